# Browsing the offers: categories, lists and details.

categories-title = Виберіть тему:
category-meet = 🤝 Знайомства й спілкування
category-help = 🧾 Практична допомога
category-learn = 📚 Мова й школа
category-family = 👨‍👩‍👧 Родина
category-culture = 🎭 Культура й демократія
category-home = 🛋️ Речі для дому

offers-in-category = { $category }
    Виберіть пропозицію:
offers-none = Тут поки що немає пропозицій.

offer-when = 🕒 Коли: { $when }
offer-where = 📍 Де: { $where }
offer-who = 👥 Хто проводить: { $group }
offer-checked = ✔️ Група перевірила інформацію: { $date }
offer-not-translated = Цієї пропозиції ще немає українською. Показуємо її іншою мовою ({ $language }).
offer-kind-drop-in = 🚪 Просто приходьте. Записуватися не потрібно.
offer-kind-volunteer = 🙋 Натисніть кнопку, і волонтер звʼяжеться з вами тут.
offer-interested = 🙋 Мене це цікавить
offer-unknown = Цієї пропозиції більше немає. Ось теми.

# On a printed poster, under the offer's title.
poster-scan = Відскануйте код: пропозиція відкриється вашою мовою.
offer-retired = Ця пропозиція більше не діє. Ось теми, щоб знайти іншу.
