# General screens: language picker, menu, help, errors.

language-picker = Виберіть мову.
language-changed = Добре, тепер я писатиму вам українською.

welcome = Вітаємо у Velkommen! Я допомагаю знайти заняття, заходи та допомогу волонтерів у Баллерупі (Ballerup).
menu-title = Що ви хочете зробити?
menu-offers = 📋 Пропозиції
menu-my-requests = 📨 Мої запити
menu-ask = ❓ Поставити запитання
menu-upcoming = 📅 Найближчі заходи
menu-help = ℹ️ Довідка
menu-my-data = 🔒 Мої дані
nav-menu = 🏠 Меню
nav-language = 🌐 Мова
nav-back = ⬅️ Назад
# Between the items of a list, such as languages or groups.
list-separator = {", "}

help =
    Я допомагаю знайти заняття та волонтерів у Баллерупі.
    Натискайте кнопки, щоб вибрати. Також можна написати:
    /start – почати спочатку
    /menu – головне меню
    /language – змінити мову
    /mydata – що я зберігаю про вас
    /delete – видалити все про вас
    /help – ця довідка

not-understood = Вибачте, я цього не розумію. Будь ласка, користуйтеся кнопками.
unknown-command = Я не знаю команди { $command }. Напишіть /help, щоб побачити, що я вмію.
button-expired = Ця кнопка вже не діє.
state-reset = Вибачте, бот оновився, і розмову довелося почати спочатку. Ось меню.
something-went-wrong = Вибачте, у нас щось пішло не так. Нічого не втрачено. Спробуйте, будь ласка, ще раз.
file-not-expected = Фото, голосові повідомлення й файли я можу передавати лише в розмові з волонтером.
message-too-long =
    { PLURAL($max) ->
        [one] Ваше повідомлення задовге. Напишіть, будь ласка, не більше ніж { $max } символ.
        [few] Ваше повідомлення задовге. Напишіть, будь ласка, не більше ніж { $max } символи.
       *[many] Ваше повідомлення задовге. Напишіть, будь ласка, не більше ніж { $max } символів.
        [other] Ваше повідомлення задовге. Напишіть, будь ласка, не більше ніж { $max } символу.
    }

# The urgent path: "I need help now", danger words, and the alert to staff.
menu-urgent = 🆘 Мені потрібна допомога зараз
urgent-now = 🆘 Якщо вам або комусь іншому зараз загрожує небезпека, телефонуйте 112.
urgent-numbers = Номери, які можуть допомогти:
urgent-line = ☎️ { $number } · { $name }
urgent-line-hours = ☎️ { $number } · { $name } ({ $hours })
urgent-told = Працівника комуни вже повідомлено, і вам напишуть тут якнайшвидше. Ми не можемо вам зателефонувати.
alert-notice = 🆘 Комусь, можливо, зараз потрібна допомога: { $danger }. Людина №{ $person } ({ $language }) написала:
    { $words }
alert-notice-button = 🆘 Хтось натиснув «Мені потрібна допомога зараз». Людина №{ $person } ({ $language }).
alert-danger-violence_at_home = насильство вдома
alert-danger-sexual_violence = сексуальне насильство
alert-danger-self_harm = самогубство або самоушкодження
alert-danger-child_in_danger = дитина в небезпеці
alert-danger-threat = погроза
alert-danger-trafficking = торгівля людьми або примусова праця
alert-take = 🙋 Я беру це на себе
alert-answer = ✍️ Написати цій людині
alert-taken = Дякуємо. Тепер це на вас: інших не залучатимуть.

# Limits per person.
too-fast = Ви пишете дуже швидко. Зачекайте, будь ласка, хвилинку і спробуйте ще раз. Якщо вам загрожує небезпека, телефонуйте 112.
too-busy = Зараз нам пише дуже багато людей. Спробуйте, будь ласка, ще раз за хвилину. Якщо вам загрожує небезпека, телефонуйте 112.
file-quota = Сьогодні ви надіслали багато файлів. Надішліть решту завтра або напишіть повідомлення текстом.
