# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    Ви просите: { $offer }
    Хочете додати коротку примітку? Наприклад: «нас двоє дорослих і троє дітей» або «краще після 15:00».
    Не пишіть номери телефонів, адреси чи відомості про здоровʼя.
note-skip = ➡️ Надіслати без примітки
note-cancel = ✖️ Скасувати
note-empty = Напишіть, будь ласка, кілька слів або натисніть «Надіслати без примітки».
request-sent = Дякуємо! Ваш запит «{ $offer }» надіслано. Волонтер напише вам тут.
request-exists = Ви вже надіслали запит «{ $offer }». Стежити за ним можна в розділі «Мої запити».

my-requests-title = Ваші запити:
my-requests-none = У вас поки що немає запитів.
my-requests-none-active = Відкритих запитів у вас немає.
my-requests-closed = Попередні запити:
request-write-button = 💬 Написати волонтерові: { $offer }
my-requests-count =
    { PLURAL($count) ->
        [one] У вас { $count } запит.
        [few] У вас { $count } запити.
        [many] У вас { $count } запитів.
       *[other] У вас { $count } запиту.
    }
request-line = • { $offer }: { $status }
request-status-open = чекає на волонтера
request-status-claimed = волонтер вам допомагає
request-status-done = виконано
request-status-cancelled = скасовано
request-cancel-button = ✖️ Скасувати: { $offer }
request-cancel-confirm = Скасувати ваш запит «{ $offer }»?
request-cancel-yes = Так, скасувати
request-cancel-no = Ні, залишити
request-cancelled = Ваш запит «{ $offer }» скасовано.

question-prompt = Напишіть ваше запитання одним повідомленням. Координатор комуни відповість вам тут.
question-sent = Дякуємо. Ваше запитання надіслано. Координатор відповість вам тут.
request-family-left = Родина, якій ви допомагали із запитом №{ $request } («{ $offer }»), видалила свої дані, тож розмову завершено. Дякуємо вам за допомогу.
request-volunteer-left = Людина, яка допомагала вам із запитом «{ $offer }», більше не волонтерить. Ваш запит знову відкритий, і ми шукаємо іншу людину, яка вам допоможе. Вам нічого не потрібно робити.
request-closed-helped = Ваш запит «{ $offer }» закрито, бо ви отримали допомогу. Ми раді. Ви можете попросити про щось інше будь-коли.
request-closed-no-volunteer = На жаль, цього разу ніхто не зміг узятися за ваш запит «{ $offer }», тож його закрито. Ви можете попросити знову пізніше або написати нам запитання.
request-closed-no-answer = Ми не отримали від вас відповіді, тож ваш запит «{ $offer }» закрито. Якщо вам це ще потрібно, попросіть знову.
request-closed-duplicate = Ваш запит «{ $offer }» закрито, бо його надіслали двічі або помилково. Якщо вам це ще потрібно, попросіть знову.
