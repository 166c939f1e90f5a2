# Showing, changing and deleting what is stored about a person.

my-data-title = Ось що ми зберігаємо про вас:
my-data-number = Ваш номер у нас: { $id } (назвіть його, коли звертаєтеся до нас щодо своїх даних)
my-data-language = Мова: { $language }
my-data-consent-agreed = Згода на обробку даних: ви погодилися (дата: { $date }).
my-data-consent-declined = Згода на обробку даних: ви відмовилися. Ми зберігаємо лише те, що потрібно, щоб вам відповідати: вашу мову та обліковий запис, з якого ви пишете.
my-data-consent-pending = Згода на обробку даних: ви ще не відповіли.
my-data-news-on = Новини: так, ви отримуєте новини.
my-data-news-off = Новини: ні.
my-data-accounts = Облікові записи: { $accounts }
my-data-since = Перший контакт: { $date }
my-data-requests =
    { PLURAL($count) ->
        [one] Ви надіслали { $count } запит.
        [few] Ви надіслали { $count } запити.
        [many] Ви надіслали { $count } запитів.
       *[other] Ви надіслали { $count } запиту.
    }
my-data-requests-none = Запитів ви ще не надсилали.
my-data-request = • { $offer } · { $date }: { $status }
my-data-request-note = ↳ Ваша примітка: { $note }
my-data-questions =
    { PLURAL($count) ->
        [one] Ви поставили { $count } запитання.
        [few] Ви поставили { $count } запитання.
        [many] Ви поставили { $count } запитань.
       *[other] Ви поставили { $count } запитання.
    }
my-data-questions-none = Запитань ви ще не ставили.
my-data-question = • { $date }: { $text }
my-data-alerts = 🆘 Скільки разів ви просили термінової допомоги: { $count }
my-data-alert = • { $date }: { $status }
my-data-alert-open = чекає на відповідь працівників
my-data-alert-taken = цим уже займаються в комуні
my-data-looked-up = 👁️ Скільки разів працівники переглядали ваші дані: { $count }
my-data-look = • { $date }: { $role ->
        [staff] працівник комуни
       *[coordinator] координатор групи
    }, щоб переглянути { $purpose ->
        [request] ваш запит
        [question] ваше запитання
       *[alert] ваше прохання про термінову допомогу
    }
my-data-looks-older = Попередні перегляди: { $count }
my-data-volunteer =
    Волонтерський профіль: { $name }
    Групи: { $groups }
    Мови: { $languages }
    Чим допомагаєте: { $helps }
my-data-volunteer-approved = Вашу волонтерську заявку схвалено.
my-data-files =
    { PLURAL($count) ->
        [one] Ви надіслали через бота { $count } файл.
        [few] Ви надіслали через бота { $count } файли.
        [many] Ви надіслали через бота { $count } файлів.
       *[other] Ви надіслали через бота { $count } файлу.
    }
my-data-news-toggle-on = 🔔 Надсилати мені новини
my-data-withdraw = ✖️ Відкликати мою згоду
my-data-news-toggle-off = 🔕 Не надсилати новини
news-on = Добре. Ви отримуватимете новини від комуни та волонтерських груп.
news-off = Добре. Новин ви більше не отримуватимете.
my-data-delete = 🗑️ Видалити мої дані

delete-confirm = Видалити все, що ми зберігаємо про вас? Цю дію не можна скасувати.
delete-yes = 🗑️ Так, видалити все
delete-no = Ні, залишити
deleted =
    Усе про вас видалено: ваші запити, примітки, запитання, файли й повідомлення з вашими словами.
    Що залишилося: повідомлення, які вже доставлено, — у чаті іншої людини. Резервні копії зберігають ваші дані ще щонайбільше { PLURAL($backup_days) ->
        [one] { $backup_days } день
        [few] { $backup_days } дні
        [many] { $backup_days } днів
       *[other] { $backup_days } дня
    }. Наші технічні журнали зберігають лише числа й час, а ваших слів — ніколи.
    До побачення! Напишіть /start, якщо захочете повернутися.
delete-kept = Добре, нічого не видалено.

retention-warning =
    Ми давно нічого від вас не чули. Через { PLURAL($days) ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } ми видалимо все, що про вас зберігаємо. Щоб ми нічого не видаляли, просто напишіть тут будь-яке повідомлення.
