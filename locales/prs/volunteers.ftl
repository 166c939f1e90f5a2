# Volunteers: choosing the role, signing up, the volunteer menu, notifications and taking requests.

role-title = ولکومن چطور می‌تواند به شما کمک کند؟
role-newcomer = 🧳 من تازه به اینجا آمده‌ام
role-volunteer = 🤝 می‌خواهم رضاکار شوم

signup-name = تشکر که می‌خواهید کمک کنید! تازه‌واردان و هماهنگ‌کننده‌ها شما را به چه نامی صدا کنند؟ نام اول شما کافی است.
signup-groups = با کدام گروه‌ها رضاکاری می‌کنید؟ برای انتخاب، گروه‌ها را فشار دهید و بعد دکمهٔ «بعدی» را. اگر فعلاً هیچ گروهی را انتخاب نکنید، مشکلی نیست.
signup-languages = به کدام زبان‌ها گپ می‌زنید؟ دست‌کم یکی را انتخاب کنید.
signup-helps = در چه کارهایی می‌توانید کمک کنید؟ دست‌کم یکی را انتخاب کنید.
signup-choose-one = لطفاً دست‌کم یکی را انتخاب کنید.
signup-next = ⬅️ بعدی
signup-send = ✅ فرستادن
signup-none = هنوز هیچ
signup-confirm =
    لطفاً بررسی کنید:
    نام: { $name }
    گروه‌ها: { $groups }
    زبان‌ها: { $languages }
    زمینه‌های کمک: { $helps }
    هماهنگ‌کننده‌های گروه‌های شما این را می‌بینند. تازه‌واردان فقط نام شما را می‌بینند. برای پاک کردن همهٔ این‌ها بنویسید:
    /delete
signup-sent = تشکر! یک هماهنگ‌کننده ثبت‌نام شما را بررسی می‌کند. نتیجه را همین‌جا به شما می‌گویم.
profile-saved = پروفایل شما ذخیره شد.

volunteer-menu-title = چه کاری می‌خواهید انجام دهید؟
volunteer-pending = ثبت‌نام شما منتظر بررسی یک هماهنگ‌کننده است.
volunteer-declined-status = ثبت‌نام شما تأیید نشد. اگر سوال دارید، به شاروالی بنویسید.
volunteer-paused-note = فعلاً درخواست‌های نو برای شما فرستاده نمی‌شود.
menu-my-tasks = 📥 کارهای من
menu-pause = ⏸️ فعلاً درخواست نو نمی‌خواهم
menu-resume = ▶️ دوباره درخواست نو می‌خواهم
menu-edit-profile = ✏️ تغییر پروفایل من
menu-leave = 🚪 رضاکاری را تمام می‌کنم
paused = متوقف شد. تا وقتی «دوباره درخواست نو می‌خواهم» را فشار ندهید، درخواست نو برای شما نمی‌آید.
resumed = دوباره خوش آمدید! از حالا درخواست‌های نو دوباره برای شما می‌آید.
tasks-none = شما هیچ کار باز ندارید.
tasks-title = کارهای شما:
task-line = • شماره { $request }: { $offer }
task-write = 💬 نوشتن: شماره { $request }
task-done = ✅ انجام شد: شماره { $request }

notice-new-request =
    🆕 درخواست نو، شماره { $request }: { $offer }
    زبان: { $language }
    یادداشت: { $note }
notice-no-note = بدون یادداشت
notice-accept = ✅ من به عهده می‌گیرم
notice-not-me = 🙅 من نمی‌توانم
notice-taken = درخواست شماره { $request } ({ $offer }) را یک رضاکار دیگر به عهده گرفت. تشکر!
claim-won = درخواست شماره { $request } را به عهده گرفتید: { $offer }. حالا اولین پیام خود را به خانواده بنویسید. پیام از راه من می‌رود و آن‌ها فقط نام شما را می‌بینند.
claim-lost = کس دیگری این درخواست را پیش از شما به عهده گرفت. با این هم تشکر!
request-withdrawn = خانواده درخواست شماره { $request } ({ $offer }) را لغو کرد. با این هم تشکر!
not-me-ok = بسیار خوب. دیگران می‌توانند آن را به عهده بگیرند.
newcomer-claimed = خبر خوش! { $name }، یک رضاکار، در «{ $offer }» به شما کمک می‌کند و همین‌جا برای شما می‌نویسد.

relay-open-volunteer = شما دربارهٔ درخواست شماره { $request } ({ $offer }) به خانواده می‌نویسید. پیام بنویسید، یا عکس، پیام صوتی یا فایل بفرستید.
relay-open-newcomer = شما دربارهٔ «{ $offer }» به { $name } می‌نویسید. پیام بنویسید، یا عکس، پیام صوتی یا فایل بفرستید.
relay-from-volunteer = 💬 { $name } («{ $offer }»):
relay-from-newcomer = 💬 خانواده، درخواست شماره { $request } ({ $offer }):
file-too-large = این فایل بسیار بزرگ است. لطفاً فایل‌هایی بفرستید که بیشتر از { $max } میگابایت نباشند، یا از هر صفحه یک عکس.
relay-reply = ↩️ جواب
relay-sent = ✓ فرستاده شد.
relay-file-cpr = 🔒 پیش از فرستادن عکس یک نامه، شمارهٔ CPR روی آن را بپوشانید.
relay-end = 🔚 پایان گفتگو
relay-ended = گفتگو دربارهٔ «{ $offer }» تمام شد.
relay-closed = این گفتگو تمام شده است.
mark-done = ✅ کار انجام شد
done-confirm = آیا درخواست شماره { $request } («{ $offer }») انجام شد؟ بعد از آن گفتگو بسته می‌شود و از خانواده پرسیده می‌شود که کار چطور پیش رفت.
done-yes = ✅ بلی، انجام شد
done-not-yet = ➡️ هنوز نه
ended-ask = آیا کمک در درخواست شماره { $request } («{ $offer }») داده شد؟
ended-by-family = خانواده گفتگو دربارهٔ درخواست شماره { $request } («{ $offer }») را تمام کرد. آیا کمک داده شد؟
ended-give-back = ↩️ نه، به گروه پس داده شود
given-back = تشکر. درخواست شماره { $request } به گروه برمی‌گردد و به هماهنگ‌کننده‌های آن خبر داده می‌شود.
given-back-family = درخواست شما برای «{ $offer }» دوباره باز است. دنبال کس دیگری هستیم که به شما کمک کند.
request-done-volunteer = تشکر! ثبت شد که درخواست شماره { $request } انجام شده است.
feedback-ask = { $name } گفت که کار «{ $offer }» انجام شد. آیا کمکی را که لازم داشتید گرفتید؟
feedback-good = 👍 بلی
feedback-bad = 👎 نه
feedback-thanks = تشکر که به ما گفتید.

# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order. Dari itself is one
# of Velkommen's own languages (locales/prs), so "fa" here means the Persian of Iran.
spoken-ti = تیگرینیا
spoken-fa = فارسی (ایران)
spoken-so = سومالیایی
spoken-ku = کردی
spoken-tr = ترکی (ترکیه)
spoken-ps = پشتو
spoken-ru = روسی
task-closed = یک هماهنگ‌کننده درخواست شماره { $request } ({ $offer }) را بست. لازم نیست کار دیگری بکنید. تشکر!
