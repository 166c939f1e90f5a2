# The terminal front door's own lines.

terminal-intro = Velkommen у терміналі. Введіть число, щоб натиснути кнопку, або напишіть текст. Введіть /help для довідки, ":file ШЛЯХ", щоб надіслати файл, ":as ІМʼЯ", щоб стати іншою людиною, ":quit", щоб вийти.
terminal-now-as = Тепер ви — { $name }.
terminal-no-button = Кнопки { $number } немає.
