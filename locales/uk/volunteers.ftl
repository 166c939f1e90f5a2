# Volunteers: choosing the role, signing up, the volunteer menu, notifications and taking requests.

role-title = Як Velkommen може вам допомогти?
role-newcomer = 🧳 Я тут нещодавно
role-volunteer = 🤝 Хочу долучитися до волонтерства

signup-name = Дякуємо за бажання допомогти! Як до вас звертатися новоприбулим і координаторам? Достатньо імені.
signup-groups = У яких групах ви волонтерите? Натисніть, щоб вибрати, а потім — «Далі». Можна поки що нічого не вибирати.
signup-languages = Якими мовами ви розмовляєте? Виберіть хоча б одну.
signup-helps = Чим ви можете допомогти? Виберіть хоча б один варіант.
signup-choose-one = Виберіть, будь ласка, хоча б один варіант.
signup-next = ➡️ Далі
signup-send = ✅ Надіслати
signup-none = поки що немає
signup-confirm =
    Перевірте, будь ласка:
    Імʼя: { $name }
    Групи: { $groups }
    Мови: { $languages }
    Чим допомагаєте: { $helps }
    Це бачать координатори ваших груп. Новоприбулі бачать лише ваше імʼя. Командою /delete можна все це видалити.
signup-sent = Дякуємо! Координатор розгляне вашу заявку. Про рішення я повідомлю вас тут.
profile-saved = Ваш профіль збережено.

volunteer-menu-title = Що ви хочете зробити?
volunteer-pending = Ваша заявка чекає на розгляд координатора.
volunteer-declined-status = Вашу заявку не схвалено. Якщо маєте запитання, напишіть до комуни.
volunteer-paused-note = Ваші сповіщення призупинено.
menu-my-tasks = 📥 Мої завдання
menu-pause = ⏸️ Призупинити сповіщення
menu-resume = ▶️ Відновити сповіщення
menu-edit-profile = ✏️ Змінити мій профіль
menu-leave = 🚪 Припинити волонтерство
paused = Призупинено. Ви не отримуватимете повідомлень про нові запити, доки не відновите сповіщення.
resumed = З поверненням! Ви знову отримуватимете повідомлення про нові запити.
tasks-none = У вас немає відкритих завдань.
tasks-title = Ваші завдання:
task-line = • №{ $request } { $offer }
task-write = 💬 Написати: №{ $request }
task-done = ✅ Виконано: №{ $request }

notice-new-request =
    🆕 Новий запит №{ $request }: { $offer }
    Мова: { $language }
    Примітка: { $note }
notice-no-note = без примітки
notice-accept = ✅ Беру
notice-not-me = 🙅 Не можу
notice-taken = Запитом №{ $request } ({ $offer }) уже займається інший волонтер. Дякуємо!
claim-won = Ви взяли запит №{ $request }: { $offer }. Напишіть родині перше повідомлення зараз. Воно піде через мене, і родина бачитиме лише ваше імʼя.
claim-lost = Цим запитом уже займається хтось інший. Усе одно дякуємо!
request-withdrawn = Родина скасувала запит №{ $request } ({ $offer }). Усе одно дякуємо!
not-me-ok = Добре. Його зможе взяти хтось інший.
newcomer-claimed = Добра новина! { $name } з команди волонтерів допоможе вам із запитом «{ $offer }» і напише вам тут.

relay-open-volunteer = Ви пишете родині щодо запиту №{ $request } ({ $offer }). Напишіть повідомлення або надішліть фото, голосове повідомлення чи файл.
relay-open-newcomer = Це розмова про ваш запит «{ $offer }». Тут вам відповідає { $name }. Напишіть повідомлення або надішліть фото, голосове повідомлення чи файл.
relay-from-volunteer = 💬 { $name } («{ $offer }»):
relay-from-newcomer = 💬 Родина, запит №{ $request } ({ $offer }):
file-too-large = Цей файл завеликий. Надсилайте, будь ласка, файли розміром до { $max } МБ або фото кожної сторінки.
relay-reply = ↩️ Відповісти
relay-sent = ✓ Надіслано.
relay-file-cpr = 🔒 На листах закривайте номер CPR, перш ніж надсилати фото.
relay-end = 🔚 Завершити розмову
relay-ended = Розмову про запит «{ $offer }» завершено.
relay-closed = Цю розмову завершено.
mark-done = ✅ Позначити як виконаний
done-confirm = Запит №{ $request } («{ $offer }») виконано? Тоді розмову буде закрито, а родину запитають, як усе пройшло.
done-yes = ✅ Так, виконано
done-not-yet = ⬅️ Ще ні
ended-ask = Чи надано допомогу за запитом №{ $request } («{ $offer }»)?
ended-by-family = Родина завершила розмову щодо запиту №{ $request } («{ $offer }»). Чи надано допомогу?
ended-give-back = ↩️ Ні, повернути запит групі
given-back = Дякуємо. Запит №{ $request } повертається до групи, а її координаторів буде повідомлено.
given-back-family = Ваш запит «{ $offer }» знову відкритий. Ми шукаємо іншу людину, яка вам допоможе.
request-done-volunteer = Дякуємо! Запит №{ $request } позначено як виконаний.
feedback-ask = { $name } повідомляє, що запит «{ $offer }» виконано. Ви отримали потрібну допомогу?
feedback-good = 👍 Так
feedback-bad = 👎 Ні
feedback-thanks = Дякуємо, що повідомили.

# Language names as used in lists and labels ("Мови: арабська, данська").
# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order.
spoken-ti = тигринья
spoken-fa = фарсі (перська)
spoken-so = сомалійська
spoken-ku = курдська
spoken-tr = турецька
spoken-ps = пушту
spoken-ru = російська
task-closed = Координатор закрив запит №{ $request } ({ $offer }). Вам більше нічого не треба робити. Дякуємо!
