# Вебсторінка координаторів.
web-title = Velkommen · координатори
web-nav-dashboard = Огляд
web-nav-broadcast = Нове оголошення
web-logout = Вийти
web-language = Мова
web-back = Назад до огляду
web-urgent = Термінові прохання про допомогу, які ще ніхто не взяв
web-pending = Волонтери, які чекають на схвалення
web-pending-none = Ніхто не чекає на схвалення.
web-approve = Схвалити
web-decline = Відхилити
web-open-requests = Запити, які ніхто не взяв, спершу найстаріші
web-open-requests-none = Усі запити взято.
web-take = Візьму на себе
web-request-offer = Пропозиція
web-request-group = Група
web-request-language = Мова
web-request-waiting = Чекає
web-request-note = Примітка
web-questions = Відкриті запитання від новоприбулих
web-outbox = Повідомлення, які чекають на надсилання
web-outbox-platform = Платформа
web-outbox-queued = Чекають
web-outbox-oldest = Найстаріше чекає
web-outbox-empty = Ніщо не чекає на надсилання.
web-minutes = { PLURAL($count) ->
        [one] { $count } хвилина
        [few] { $count } хвилини
        [many] { $count } хвилин
       *[other] { $count } хвилини
    }
web-hours = { PLURAL($count) ->
        [one] { $count } година
        [few] { $count } години
        [many] { $count } годин
       *[other] { $count } години
    }
web-days = { PLURAL($count) ->
        [one] { $count } день
        [few] { $count } дні
        [many] { $count } днів
       *[other] { $count } дня
    }
web-audience = Хто отримає
web-audience-newcomers = Новоприбулі
web-audience-volunteers = Волонтери
web-audience-both = Усі разом
web-group = Група
web-group-all = Усі групи
web-recipients = Отримувачі
web-recipients-total = { PLURAL($count) ->
        [one] { $count } особа загалом
        [few] { $count } особи загалом
        [many] { $count } осіб загалом
       *[other] { $count } особи загалом
    }
web-text-empty = порожньо
web-text-help = Пишіть якомога більшою кількістю мов. Хто не має тексту своєю мовою, отримає текст найближчою мовою, яку читає.
web-preview = Як це виглядає в чаті
web-send = Надіслати зараз
web-error-no-text = Напишіть оголошення хоча б однією мовою.
web-error-too-long = Текст задовгий. Найбільша кількість символів: { $max }.
web-error-unreached = Читачі цієї мови нічого не отримають. Напишіть тут або англійською чи данською.
web-report-title = Доставка оголошення №{ $id }
web-report-refresh = Оновити
web-report-status = Стан
web-report-count = Кількість
web-log-in = Будь ласка, увійдіть. Надішліть /web ботові в Telegram або Discord і відкрийте посилання, яке він дасть.
web-session-ended = Ви вийшли, або ваш сеанс завершився. Надішліть /web ботові, щоб отримати нове посилання.
web-forbidden = Вам не можна це бачити чи змінювати.
web-form-expired = Термін дії форми минув. Поверніться, оновіть сторінку і спробуйте ще раз. Нічого не змінено.
web-busy = Було забагато спроб увійти. Зачекайте хвилину і спробуйте ще раз.
web-link-used = Це посилання вже використано, або термін його дії минув. Надішліть /web ботові, щоб отримати нове.
web-login-title = Вхід до Velkommen
web-login-help = Натисніть кнопку, щоб увійти на цьому пристрої. Посилання діє лише один раз.
web-login-button = Увійти
web-logged-out = Ви вийшли.
web-went-wrong = У нас щось пішло не так. Нічого не втрачено. Спробуйте ще раз.
web-nav-posters = Плакати
web-posters-help = Відкрийте плакат пропозиції і надрукуйте його з браузера. Його QR-код відкриває пропозицію в Telegram мовою читача.
web-poster-place = Де висітиме плакат (друкується внизу, необовʼязково)
web-poster-none = Для плакатів потрібне імʼя бота в Telegram: задайте { $setting }
web-poster-set-place = Додати на плакати
web-answer-in = Ваша відповідь, мова:
web-answer-send = Надіслати відповідь
web-questions-none = Немає запитань, які чекають на відповідь.
web-nav-questions = Відповісти на запитання
web-error-no-words = Спершу напишіть кілька слів.
web-nav-report = Звіт
web-report-quarters = Квартали
web-report-csv = Завантажити як CSV
web-report-empty = У цьому звіті немає ваших груп.
web-report-print = Щоб роздати звіт на квартальній зустрічі, надрукуйте цю сторінку з браузера.
web-report-no-quarter = Такого кварталу немає. Виберіть зі списку.
web-report-questions = Запитання від новоприбулих: поставлено { $asked }, відповіли на { $answered }.
web-chart-requests = Запити за групами
web-chart-taken = узяв волонтер
web-chart-not-taken = ніхто не взяв
web-chart-hours = Години, поки волонтер узяв запит
web-chart-hours-legend = години (медіана)
web-col-received = Запити
web-col-claimed = Узято
web-col-done = Виконано
web-col-cancelled = Скасовано
web-col-hours = Години до взяття (медіана)
web-col-escalated = Передано координаторам
web-col-open = Досі відкриті
web-col-volunteers = Активні волонтери
web-col-pending = Волонтери чекають
web-col-events = Заходи
web-col-going = Сказали, що прийдуть
web-nav-offers = Пропозиції
web-offers-help = Стежте, щоб пропозиції ваших груп були актуальні: позначайте кожну як перевірену і пишіть її всіма мовами. Хто читає мову з позначкою «бракує», бачить текст близькою мовою.
web-offers-none = У ваших груп немає пропозицій.
web-offer-verified = перевірено
web-offer-never-verified = ще не перевіряли
web-offer-stale = не перевіряли пів року
web-offer-missing = бракує
web-offer-verify = Досі актуально
web-offer-save = Зберегти
web-offer-title = Назва пропозиції
web-offer-description = Що це
web-offer-when = Коли
web-offer-where = Де
web-offer-fallback = Цією мовою тексту ще немає. Нижче текст мовою: { $language }. Напишіть поверх нього і збережіть.
web-nav-requests = Запити
web-all-languages = Усі мови
web-older-than = Щонайменше стільки днів тому
web-filter = Показати
web-hand-to = Кому передати
web-hand = Передати
web-requests-none = Немає запитів, що відповідають умовам.
web-status-open = ніхто не взяв
web-status-claimed = узято
web-status-done = виконано
web-status-cancelled = скасовано
web-status-all = усі
web-session-ended-kept = Ваш сеанс завершився до надсилання, тож нічого не надіслано і не збережено. Ваші слова нижче: скопіюйте їх, надішліть /web ботові, щоб отримати нове посилання, і вставте їх знову.
web-nav-events = Заходи
web-event-title = Назва
web-event-when = Коли
web-event-going = Прийдуть
web-event-not-going = Не прийдуть
web-event-announce = Оголосити
web-events-none = У ваших груп ще немає заходів.
web-event-new = Новий захід
web-event-help = Напишіть назву і кілька рядків якомога більшою кількістю мов. Тим, хто скаже, що прийде, нагадаємо тоді, коли ви оберете нижче.
web-event-create = Створити захід
web-error-time = Вкажіть дату і час.
web-error-past = Цей час уже минув. Вкажіть майбутній час.
web-preview-fit = Telegram: { $telegram } з 4096 символів · Discord: { $discord } з 2000
web-preview-split = { PLURAL($parts) ->
        [one] Discord отримає це як { $parts } повідомлення.
        [few] Discord отримає це як { $parts } повідомлення.
        [many] Discord отримає це як { $parts } повідомлень.
       *[other] Discord отримає це як { $parts } повідомлення.
    }
web-send-at = Надіслати пізніше
web-send-at-help = Залиште поле порожнім, щоб надіслати зараз. Пізніше його отримають ті, кого воно охоплює зараз.
web-report-scheduled = Буде надіслано { $when }. До того часу можна скасувати.
web-report-failures = Чому деякі не дійшли
web-report-reason = Причина
web-unreachable-telegram = заблокували бота
web-unreachable-discord = закрили особисті повідомлення
web-close-why = Закрити, бо
web-close = Закрити
web-close-helped = допомогу отримано
web-close-no-volunteer = ніхто не зміг узятися
web-close-no-answer = людина не відповіла
web-close-duplicate = запит подано двічі або помилково
web-offer-retire = Прибрати з каталогу
web-offer-bring-back = Повернути в каталог
web-offer-retired = прибрано з каталогу
web-offer-retired-now = Пропозицію прибрано з каталогу. Новоприбулі її більше не бачать. Запити, які вже надіслали, залишаються.
web-offer-back-now = Пропозиція знову в каталозі.
web-event-edit = Змінити
web-event-edit-help = Ті, хто сказав, що прийде, отримають повідомлення, якщо зміниться час або місце.
web-event-save = Зберегти зміни
web-event-changed = Захід змінено.
web-cancel = Скасувати
web-remind = Нагадати тим, хто прийде
web-remind-0 = Без нагадування
web-remind-2 = За 2 години
web-remind-24 = Напередодні
web-remind-48 = За два дні
web-remind-168 = За тиждень
web-chart-p90-legend = девʼять із десяти протягом
web-chart-languages = Запити за мовою
web-chart-kinds = Запити за видом пропозиції
web-chart-requests-legend = запити
web-col-p90 = Години: девʼять із десяти протягом
web-alert-button = натиснули «Мені потрібна допомога зараз»
web-alert-help = Людина може бути в небезпеці. Візьміться, якщо можете написати їй зараз; тоді інших не кликатимуть.
web-alert-answer = Напишіть їй у розділі «Запитання»
web-coordinators = Координатори
web-coordinators-help = Тут можна прибрати координаторів, які приєдналися за кодом запрошення; їхні сеанси завершуються одразу. Тих, хто вказаний у файлі налаштувань, змінюють там.
web-coordinator-remove = Прибрати
web-coordinator-configured = у файлі налаштувань
web-coordinator-removed = Групу в координатора забрано, а всі сеанси цієї людини завершено.
web-own-groups = Ваші групи
web-step-down = Скласти повноваження
web-stepped-down = Ви більше не координуєте цю групу і вийшли з системи. Дякуємо за вашу роботу.
web-alert-someone = комусь зараз потрібна допомога
web-alerts-mine = Тривоги, якими ви займаєтеся
web-alerts-mine-help = Напишіть людині, а потім закрийте тривогу й укажіть, чим усе скінчилося.
web-alert-outcome = Чим скінчилося
web-alert-outcome-choose = Виберіть…
web-alert-close = Закрити тривогу
web-alert-outcome-missing = Перш ніж закрити тривогу, виберіть, чим усе скінчилося.
web-alert-outcomes = Тривоги за правилами
web-alert-outcomes-help = Чим скінчилися тривоги за кожним шаблоном небезпеки. Лише числа, без жодних слів із повідомлень. Вони допоможуть удосконалити файли шаблонів.
web-alert-rule = Правило
web-alert-raised = Усього тривог
web-alert-outcomes-none = Тривог ще не було.
web-helplines-unverified = Телефони допомоги, які ще ніхто не перевірив
web-helplines-unverified-help = Ці номери бачать люди в небезпеці. Перевірте кожен номер і години роботи (наприклад, зателефонуйте), а потім позначте номер у каталозі як перевірений.
web-nav-staff = Працівники
web-invites = Нові координатори
web-invites-help = Код робить координатором групи того, хто надішле його боту. Дайте його лише одній людині й у безпечний спосіб.
web-invite-make = Створити код
web-invites-open = Ваші коди, які ще діють
web-invite-revoke = Відкликати
web-audit = Хто що зробив
web-report-posters = Плакати: скільки людей уперше написали боту через кожен плакат
web-report-posters-none = Цього кварталу ніхто не написав боту з плакату з місцем.
web-poster-where = Де висить
web-poster-opens = Перші повідомлення

## Accessibility: the skip link, the folding menu, a form's error summary, hidden headings.
web-skip = Перейти до вмісту
web-menu = Меню
web-errors-title = Будь ласка, перевірте це, перш ніж продовжити:
web-actions = Що можна зробити
web-request-number = Номер
web-offer-tabs = Текст кожною мовою
web-chart-numbers = Показати числа

## The accessibility statement (tilgængelighedserklæring) at /was.
web-was-title = Декларація про доступність
web-was-intro = { $operator } хоче, щоб цією сторінкою могли користуватися всі. Ця декларація стосується сторінки координаторів Velkommen за адресою { $url }.
web-was-status-heading = Наскільки доступна сторінка
web-was-status-full = Наскільки нам відомо, сторінка відповідає закону про доступність вебсайтів: WCAG 2.1, рівень AA.
web-was-status-partly = Сторінка частково відповідає закону про доступність вебсайтів (WCAG 2.1, рівень AA). Що ще не працює, перелічено нижче.
web-was-issues-heading = Що ще недоступне
web-was-issues-none = Ми не знаємо нічого на сторінці, що було б недоступне.
web-was-method-heading = Як ми перевіряли
web-was-method = Щоразу, коли програму змінюють, кожну сторінку автоматично перевіряють інструментом axe-core. Перевірка охоплює всі мови, на екрані компʼютера і на екрані телефону. Вона також перевіряє керування з клавіатури, рамку фокусу, заголовки, позначення мов і текст діаграм.
web-was-contact-heading = Повідомте нам про проблему
web-was-contact = Якщо вам важко або неможливо чимось скористатися на сторінці, повідомте нам. Ми допоможемо вам і виправимо це.
web-was-email = Електронна пошта
web-was-phone = Телефон
web-was-complaint-heading = Якщо ви хочете поскаржитися
web-was-complaint = Якщо вас не влаштовує наша відповідь, ви можете подати скаргу до Агентства цифрового урядування Данії (Digitaliseringsstyrelsen). Воно наглядає за дотриманням закону про доступність вебсайтів.
web-was-made = Цю декларацію складено { $date }.
