# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.
# Terms: request = запит, sign-up = заявка (волонтерська), offer = пропозиція,
# event = захід, announcement = оголошення, newcomer = новоприбулі, family = родина,
# municipality = комуна.

coordinator-menu-title = Меню координатора. Що ви хочете зробити?
menu-pending-signups = 🆕 Заявки на розгляді: { $count }
menu-open-requests = 📬 Запити, які ніхто не взяв
menu-invite = 🎟️ Запросити координатора
menu-coordinator = 🧭 Меню координатора

signup-notice =
    🆕 Нова волонтерська заявка: { $name }
    Групи: { $groups }
    Мови: { $languages }
    Чим може допомогти: { $helps }
approve = ✅ Схвалити
decline = ✖️ Відхилити
approved-coordinator = { $name }: заявку схвалено.
declined-coordinator = { $name }: заявку відхилено.
already-decided = Щодо цієї заявки вже ухвалено рішення.
volunteer-approved = Вітаємо! Вашу волонтерську заявку схвалено. Я повідомлятиму вас тут про запити, які ви можете взяти.
volunteer-declined = Цього разу вашу заявку не схвалено. Якщо маєте запитання, напишіть до комуни.
pending-none = Немає заявок на розгляді.
pending-count = { PLURAL($count) ->
    [one] { $count } заявка чекає на ваше рішення.
    [few] { $count } заявки чекають на ваше рішення.
    [many] { $count } заявок чекають на ваше рішення.
   *[other] { $count } заявки чекають на ваше рішення.
    }
pending-page = Сторінка { $page } з { $pages }
pending-approve = ✅ { $name }
pending-decline = ✖️ { $name }
pending-previous = ⬅️ Назад
pending-next = ➡️ Далі

open-requests-none = Усі запити вже взято.
open-requests-title = Запити, які ніхто не взяв:
open-request-line = • №{ $request } { $offer } ({ $language }, { $date })
escalation-notice =
    ⏰ Запит №{ $request } досі ніхто не взяв: { $offer }
    Мова: { $language }
    Примітка: { $note }
take-myself = 🙋 Беру на себе: №{ $request }
hand-over = 👉 Передати волонтерові: №{ $request }
hand-choose = Кому передати запит №{ $request }?
hand-none = У групі ще немає схвалених волонтерів.
handed = Запит №{ $request } передано. Ним займається: { $name }.
notice-handed = Вам доручили запит №{ $request }: { $offer }. Напишіть родині зараз.

invite-choose-group = Для якої групи новий координатор?
# $command is the whole line to type, such as "/start inv-…": keep it on its own line.
invite-code =
    Дайте цей код новому координаторові. Його можна використати один раз, і він діє { PLURAL($days) ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }. Новому координаторові треба написати:
    { $command }
invite-used = Тепер ви координуєте групу «{ $group }».
invite-invalid = Цей код запрошення невідомий, термін його дії минув або його вже використано.
invite-after-privacy = Ваш код запрошення спрацює, щойно ви прочитаєте, як ми захищаємо ваші дані, і погодитеся.
invite-paused = Забагато неправильних кодів. Зачекайте, будь ласка, годину й спробуйте ще раз.
invite-open-title = Ваші коди, які ще діють (натисніть на код, щоб відкликати його):
invite-revoke = ✖️ { $group } · діє до: { $date }
invite-revoked = Код відкликано. Він більше не діє.

menu-broadcast = 📣 Нове оголошення
menu-broadcasts = 📊 Надіслані оголошення
menu-events = 📅 Заходи
menu-questions = ❓ Запитання без відповіді: { $count }
menu-our-offers = 🗂️ Наші пропозиції
menu-summary = 📈 Звіт за квартал

broadcast-audience = Кому надіслати оголошення? Його отримають лише ті, хто погодився отримувати новини.
audience-newcomers = 🧳 Новоприбулі
audience-volunteers = 🤝 Волонтери
audience-both = 👥 Усі разом
broadcast-group = Яким саме волонтерам?
broadcast-group-own = Яка група? Оголошення отримають лише люди цієї групи: її волонтери та новоприбулі, які надсилали запити щодо її пропозицій або відгукнулися на її заходи.
broadcast-all-groups = Усі групи
broadcast-language = Лише тим, хто користується певною мовою?
broadcast-all-languages = Усі мови
# $language is the language's own name ("Dansk", "English", "Українська"), so it stands
# after "Мова:" and is referred to as "цією мовою" rather than inflected.
broadcast-write =
    Мова: { $language }. Напишіть текст цією мовою (усього { PLURAL($count) ->
        [one] { $count } отримувач
        [few] { $count } отримувачі
        [many] { $count } отримувачів
       *[other] { $count } отримувача
    }). Або натисніть «Пропустити»: тоді ці люди отримають текст першою доступною мовою з цього списку: { $fallback }.
broadcast-skip = ⏭️ Пропустити цю мову
broadcast-needs-text = Напишіть, будь ласка, текст хоча б данською або англійською, щоб усі щось отримали.
broadcast-preview =
    { PLURAL($count) ->
        [one] Попередній перегляд: це отримає { $count } людина.
        [few] Попередній перегляд: це отримають { $count } людини.
        [many] Попередній перегляд: це отримають { $count } людей.
       *[other] Попередній перегляд: це отримають { $count } людини.
    }
broadcast-preview-language =
    { PLURAL($count) ->
        [one] { $language }: { $count } людина побачить:
        [few] { $language }: { $count } людини побачать:
        [many] { $language }: { $count } людей побачать:
       *[other] { $language }: { $count } людини побачать:
    }
broadcast-preview-fallback =
    { PLURAL($count) ->
        [one] { $language }: { $count } людина отримає текст іншою мовою ({ $fallback }), бо тексту цією мовою немає:
        [few] { $language }: { $count } людини отримають текст іншою мовою ({ $fallback }), бо тексту цією мовою немає:
        [many] { $language }: { $count } людей отримають текст іншою мовою ({ $fallback }), бо тексту цією мовою немає:
       *[other] { $language }: { $count } людини отримають текст іншою мовою ({ $fallback }), бо тексту цією мовою немає:
    }
broadcast-confirm = Надіслати зараз?
broadcast-send = 📣 Надіслати
broadcast-sent = Оголошення надсилається.
broadcasts-title = Надіслані оголошення. Виберіть одне, щоб побачити стан доставки:
broadcast-line = №{ $id } · { $date }
report-title = Доставка оголошення №{ $id }:
report-no-address = Недоступні на жодній платформі під час надсилання: { $count }
report-cancelled = Це оголошення скасовано.
report-refresh = 🔄 Оновити
broadcast-cancel = ✖️ Скасувати те, що ще не надіслано
broadcast-cancelled = Скасовано. Зупинені повідомлення: { $count }
# Shown in the delivery report as "• Telegram · арабська · доставлено: 5".
delivery-pending = очікує
delivery-delivered = доставлено
delivery-failed = не вдалося
delivery-unreachable = недоступно (бота заблоковано або повідомлення вимкнено)
delivery-cancelled = скасовано

events-title = Заходи ваших груп:
event-new = ➕ Новий захід
event-group = Яка група проводить захід?
event-audience = Для кого цей захід?
event-time = Коли він починається? Напишіть дату й час за данським часом, наприклад: 17.12.2026 14:00 або 17 грудня о 14:00.
event-time-invalid = Не вдалося розпізнати дату й час. Напишіть, наприклад: 17.12.2026 14:00.
event-time-past = Цей час уже минув. Напишіть дату й час у майбутньому.
event-place = Де він відбудеться? Напишіть місце й адресу.
event-title = Мова: { $language }. Напишіть назву заходу цією мовою або натисніть «Пропустити».
event-description = Мова: { $language }. Напишіть короткий опис цією мовою.
event-check = Перевірте, будь ласка, захід:
event-create = ✅ Створити захід
event-created = Захід створено. Оголосити про нього зараз?
event-announce = 📣 Оголосити
event-rsvp-counts = Прийдуть: { $going } · Не прийдуть: { $notgoing }
event-going-volunteers = Волонтери, які прийдуть: { $names }
event-going-newcomers = Новоприбулі, які прийдуть, за мовами: { $languages }
event-text =
    📅 { $title }
    🕒 { $when }
    📍 { $place }
    { $description }
event-going = ✅ Я прийду
event-not-going = ✖️ Не прийду
event-calendar = 📅 Додати до календаря
event-going-noted = До зустрічі на заході «{ $title }»! Я нагадаю вам перед початком.
event-going-noted-no-reminder = До зустрічі на заході «{ $title }»!
event-not-going-noted = Добре, ми записали, що ви не прийдете на захід «{ $title }».
event-calendar-file = «{ $title }» як файл для календаря:
event-reminder = ⏰ Нагадування про захід, на який ви збиралися прийти:
events-none = Найближчим часом заходів немає.
events-upcoming = Найближчі заходи:

questions-none = Немає запитань, що чекають на відповідь.
questions-title = Запитання, що чекають на відповідь:
question-line =
    ❓ ({ $language }, { $date })
    { $question }
question-line-late =
    ⏰ Чекає вже давно! ({ $language }, { $date })
    { $question }
question-answer = 💬 Відповісти
question-answer-prompt =
    Запитання було таке:
    { $question }
    Напишіть свою відповідь. Я передам її цій людині.
question-answered = 💬 Відповідь на ваше запитання «{ $question }»:
question-answered-urgent = 💬 Вам пишуть із комуни:
question-follow-up = Напишіть свою відповідь координаторові.
question-follow-up-from = 💬 Відповідь щодо запитання «{ $question }»:

our-offers-title = Пропозиції ваших груп. ⚠️ означає, що пропозицію не перевіряли 6 місяців; ⏸️ — що її прибрали з каталогу на вебсторінці:
offer-still-correct = ✅ Усе ще актуально
offer-edit = ✏️ Змінити текст
offer-verified = Дякуємо. Пропозицію позначено як перевірену сьогодні.
offer-verified-on = Востаннє перевірено: { $date }
offer-never-verified = Ще жодного разу не перевіряли.
offer-edit-which = Який текст?
offer-field-title = Назва
offer-field-description = Опис
offer-field-when = Коли
offer-field-where = Де
offer-edit-language = Якою мовою?
offer-edit-write = Напишіть новий текст.
offer-saved = Збережено. Пропозицію також позначено як перевірену сьогодні.

summary-title = Останні три місяці, за групами:
summary-nothing = За останні три місяці в жодної групи не було ні запитів, ні заходів.
# $hours is a ready-made text such as "3.5" or "–", hence the abbreviation "год".
summary-group =
    { $group }
    Запити: { $received } · взято { $claimed } · виконано { $done } · скасовано { $cancelled }
    Медіанний час до взяття запиту: { $hours }
    Передано координаторам: { $escalated } · ще чекають: { $open }
    Волонтери: активні — { $active } · чекають на схвалення — { $pending }
    Заходи: { $events } · учасників: { $going }
summary-hours = { $hours } год
summary-no-hours = – (ще жодного не взято)
summary-questions = Запитання: поставлено { $asked } · з відповіддю { $answered }

# The audit trail of coordinator and staff actions.
menu-audit = 🧾 Хто що зробив
menu-coordinators = 👥 Координатори
audit-title = Хто що зробив, спершу найновіше (людей позначено номерами):
audit-none = У журналі поки нічого немає.
audit-line = { $date } · { $who }: { $what } №{ $subject }
audit-approve = схвалено заявку волонтера
audit-decline = відхилено заявку волонтера
audit-broadcast = надіслано оголошення
audit-cancel-broadcast = зупинено оголошення
audit-verify-offer = підтверджено пропозицію
audit-edit-offer = змінено пропозицію
audit-create-event = створено захід
audit-invite = створено код запрошення для групи
audit-revoke-invite = відкликано код запрошення
audit-became-coordinator = отримано роль координатора групи
audit-take-request = взято запит
audit-hand-request = передано запит

web-link =
    Ваше посилання на вебсторінку координаторів. Воно діє один раз, протягом { PLURAL($minutes) ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Нікому його не передавайте.
    { $link }
web-off = Вебсторінку тут не ввімкнено. Зверніться до ІТ-відділу комуни.
request-closed = Запит №{ $request } закрито.
event-changed = 📅 Захід, на який ви збиралися прийти, змінився. Ось який він тепер:
audit-close-request = закрито запит
audit-retire-offer = прибрано пропозицію з каталогу або повернуто
audit-edit-event = змінено захід
audit-remove-coordinator = забрано групу в координатора
audit-step-down = складено повноваження координатора групи


coordinators-title = Хто координує яку групу:
coordinators-invited-line = • Людина №{ $person } · { $group } (за кодом запрошення)
coordinators-configured-line = • { $address } · { $groups } (у файлі налаштувань; змінювати там)
coordinators-every-group = усі групи
coordinators-none = Поки нікого.
coordinator-remove = ✖️ Забрати групу { $group } у людини №{ $person }
coordinator-step-down = 🚪 Скласти повноваження: { $group }
coordinator-removed = Готово: групу забрано, а сеанси цієї людини на вебсторінці завершено.
coordinator-stepped-down = Ви більше не координуєте цю групу. Дякуємо за вашу роботу.
coordinator-removed-notice = Ви більше не координуєте групу { $group }. Цю зміну зробив працівник комуни. Дякуємо за вашу роботу.
