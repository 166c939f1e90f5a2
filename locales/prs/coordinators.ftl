# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.

coordinator-menu-title = فهرست هماهنگ‌کننده. چه کاری می‌خواهید انجام دهید؟
menu-pending-signups = 🆕 ثبت‌نام‌های منتظر: { $count }
menu-open-requests = 📬 درخواست‌هایی که کسی به عهده نگرفته
menu-invite = 🎟️ دعوت یک هماهنگ‌کننده
menu-coordinator = 🧭 فهرست هماهنگ‌کننده

signup-notice =
    🆕 رضاکار نو: { $name }
    گروه‌ها: { $groups }
    زبان‌ها: { $languages }
    زمینه‌های کمک: { $helps }
approve = ✅ تأیید
decline = ✖️ رد
approved-coordinator = ثبت‌نام { $name } تأیید شد.
declined-coordinator = ثبت‌نام { $name } رد شد.
already-decided = کس دیگری پیش از این دربارهٔ این ثبت‌نام تصمیم گرفته است.
volunteer-approved = خوش آمدید! یک هماهنگ‌کننده شما را به حیث رضاکار تأیید کرد. از درخواست‌هایی که می‌توانید به عهده بگیرید، همین‌جا به شما خبر می‌دهم.
volunteer-declined = یک هماهنگ‌کننده این بار ثبت‌نام شما را تأیید نکرد. اگر سوالی دارید، به شاروالی بنویسید.
pending-none = هیچ ثبت‌نامی منتظر نیست.
pending-count = { PLURAL($count) ->
    [one] { $count } ثبت‌نام منتظر تصمیم شماست.
   *[other] { $count } ثبت‌نام منتظر تصمیم شماست.
    }
pending-page = صفحهٔ { $page } از { $pages }
pending-approve = ✅ { $name }
pending-decline = ✖️ { $name }
pending-previous = ➡️ قبلی
pending-next = ⬅️ بعدی

open-requests-none = همهٔ درخواست‌ها به عهده گرفته شده‌اند.
open-requests-title = درخواست‌هایی که کسی به عهده نگرفته:
open-request-line = • شماره { $request }: { $offer } ({ $language }، { $date })
escalation-notice =
    ⏰ درخواست شماره { $request } را هنوز کسی به عهده نگرفته است: { $offer }
    زبان: { $language }
    یادداشت: { $note }
take-myself = 🙋 خودم به عهده می‌گیرم: شماره { $request }
hand-over = 👉 سپردن به یک رضاکار: شماره { $request }
hand-choose = درخواست شماره { $request } را چه کسی به عهده بگیرد؟
hand-none = این گروه هنوز هیچ رضاکار تأییدشده ندارد.
handed = درخواست شماره { $request } به { $name } سپرده شد.
notice-handed = یک هماهنگ‌کننده درخواست شماره { $request } را به شما سپرد: { $offer }. لطفاً همین حالا به خانواده بنویسید.

invite-choose-group = هماهنگ‌کنندهٔ نو برای کدام گروه است؟
invite-code =
    این کود را به هماهنگ‌کنندهٔ نو بدهید. این کود فقط یک بار و فقط تا { PLURAL($days) ->
        [one] یک روز
       *[other] { $days } روز
    } کار می‌کند. او باید این را به ربات بفرستد:
    { $command }
invite-used = شما حالا هماهنگ‌کنندهٔ { $group } هستید.
invite-invalid = این کود دعوت شناخته نشد، وقتش تمام شده، یا پیش از این استفاده شده است.
invite-after-privacy = کود دعوت شما وقتی فعال می‌شود که متن حریم خصوصی را بخوانید و موافقه کنید.
invite-paused = تعداد زیادی کود نادرست نوشته شد. لطفاً یک ساعت صبر کنید و دوباره کوشش کنید.
invite-open-title = کودهایی که ساخته‌اید و هنوز کار می‌کنند (برای پس گرفتن یک کود، آن را فشار دهید):
invite-revoke = ✖️ { $group } · تا { $date }
invite-revoked = کود پس گرفته شد. دیگر کار نمی‌کند.

menu-broadcast = 📣 اعلان نو
menu-broadcasts = 📊 اعلان‌های فرستاده‌شده
menu-events = 📅 برنامه‌ها
menu-questions = ❓ سوال‌های منتظر جواب: { $count }
menu-our-offers = 🗂️ فعالیت‌های ما
menu-summary = 📈 خلاصهٔ ربعوار

broadcast-audience = اعلان به چه کسانی برسد؟ اعلان فقط به کسانی می‌رسد که خبرها را خواسته‌اند.
audience-newcomers = 🧳 تازه‌واردان
audience-volunteers = 🤝 رضاکاران
audience-both = 👥 هر دو
broadcast-group = کدام رضاکاران؟
broadcast-group-own = کدام گروه؟ فقط اعضای خود آن گروه آن را می‌گیرند: رضاکارانش، و تازه‌واردانی که فعالیت‌هایش را خواسته‌اند یا به برنامه‌هایش جواب داده‌اند.
broadcast-all-groups = همهٔ گروه‌ها
broadcast-language = فقط برای کسانی که از یک زبان خاص استفاده می‌کنند؟
broadcast-all-languages = همهٔ زبان‌ها
broadcast-write = متن را به { $language } بنویسید (در مجموع { PLURAL($count) ->
        [one] { $count } گیرنده
       *[other] { $count } گیرنده
    }). یا دکمهٔ «گذشتن از این زبان» را فشار دهید: آن وقت خوانندگان { $language } اولین متنی را می‌گیرند که به این زبان‌ها (به همین ترتیب) نوشته شده باشد: { $fallback }.
broadcast-skip = ⏭️ گذشتن از این زبان
broadcast-needs-text = لطفاً دست‌کم یک متن به دنمارکی یا انگلیسی بنویسید تا به همه چیزی برسد.
broadcast-preview = پیش از فرستادن: { $count } نفر این را می‌گیرند.
broadcast-preview-language = { $language }: { PLURAL($count) ->
        [one] { $count } نفر این را می‌بیند
       *[other] { $count } نفر این را می‌بینند
    }:
broadcast-preview-fallback = { $language }: { PLURAL($count) ->
        [one] { $count } نفر متن { $fallback } را می‌گیرد
       *[other] { $count } نفر متن { $fallback } را می‌گیرند
    }، چون متن { $language } وجود ندارد:
broadcast-confirm = همین حالا فرستاده شود؟
broadcast-send = 📣 فرستادن
broadcast-sent = اعلان در راه است.
broadcasts-title = اعلان‌های فرستاده‌شده. یکی را انتخاب کنید تا ببینید چطور رسید:
broadcast-line = شماره { $id } · { $date }
report-title = رسیدن اعلان شماره { $id }:
report-no-address = در وقت فرستادن، در هیچ پلتفورمی در دسترس نبودند: { $count }
report-cancelled = این اعلان لغو شد.
report-refresh = 🔄 تازه کردن
broadcast-cancel = ✖️ لغو پیام‌هایی که هنوز نرفته‌اند
broadcast-cancelled = لغو شد. پیام‌های متوقف‌شده: { $count }
delivery-pending = در انتظار
delivery-delivered = رسید
delivery-failed = ناکام شد
delivery-unreachable = دسترسی ممکن نیست (ربات را بلاک کرده یا پیام‌ها را بسته است)
delivery-cancelled = لغو شد

events-title = برنامه‌های گروه‌های شما:
event-new = ➕ برنامهٔ نو
event-group = کدام گروه این برنامه را دایر می‌کند؟
event-audience = این برنامه برای چه کسانی است؟
event-time = برنامه چه وقت شروع می‌شود؟ تاریخ میلادی و ساعت را به وقت دنمارک بنویسید، مثلاً:
    17/12/2026 14:00
    یا: 17 دسمبر ساعت 14:00
    برای ساعت 2 بعد از چاشت، 14:00 بنویسید.
event-time-invalid = این تاریخ و ساعت را نتوانستم بخوانم. تاریخ میلادی و ساعت را به این شکل بنویسید:
    17/12/2026 14:00
event-time-past = این وقت گذشته است. یک تاریخ میلادی و ساعتی را بنویسید که هنوز نرسیده است.
event-place = کجا دایر می‌شود؟ جای و آدرس را بنویسید.
event-title = عنوان را به { $language } بنویسید، یا دکمهٔ «گذشتن از این زبان» را فشار دهید.
event-description = یک توضیح کوتاه به { $language } بنویسید.
event-check = لطفاً برنامه را بررسی کنید:
event-create = ✅ ساختن برنامه
event-created = برنامه ساخته شد. همین حالا اعلان شود؟
event-announce = 📣 اعلان کردن
event-rsvp-counts = می‌آیند: { $going } · نمی‌آیند: { $notgoing }
event-going-volunteers = رضاکارانی که می‌آیند: { $names }
event-going-newcomers = تازه‌واردانی که می‌آیند، بر اساس زبان: { $languages }
event-text =
    📅 { $title }
    🕒 { $when }
    📍 { $place }
    { $description }
event-going = ✅ می‌آیم
event-not-going = ✖️ نمی‌آیم
event-calendar = 📅 اضافه کردن به تقویم
event-going-noted = در «{ $title }» منتظر شما هستیم! پیش از شروع به شما یادآوری می‌کنم.
event-going-noted-no-reminder = در «{ $title }» منتظر شما هستیم!
event-not-going-noted = خوب، ثبت شد که به «{ $title }» نمی‌آیید.
event-calendar-file = «{ $title }» به شکل فایل تقویم:
event-reminder = ⏰ یادآوری برنامه‌ای که گفته بودید می‌آیید:
events-none = فعلاً هیچ برنامه‌ای در پیش نیست.
events-upcoming = برنامه‌های آینده:

questions-none = هیچ سوالی منتظر نیست.
questions-title = سوال‌هایی که منتظر جواب هستند:
question-line =
    ❓ ({ $language }، { $date })
    { $question }
question-line-late =
    ⏰ مدت زیادی است که منتظر است! ({ $language }، { $date })
    { $question }
question-answer = 💬 جواب دادن
question-answer-prompt =
    سوال این بود:
    { $question }
    جواب خود را بنویسید. از راه من به همان شخص می‌رسد.
question-answered = 💬 جواب سوال شما «{ $question }»:
question-answered-urgent = 💬 یک کارمند شاروالی به شما می‌نویسد:
question-follow-up = جواب خود را برای هماهنگ‌کننده بنویسید.
question-follow-up-from = 💬 جواب دربارهٔ سوال «{ $question }»:

our-offers-title = فعالیت‌های گروه‌های شما. ⚠️ یعنی شش ماه است که بررسی نشده؛ ⏸️ یعنی از فهرست فعالیت‌ها در صفحهٔ انترنتی برداشته شده است:
offer-still-correct = ✅ هنوز درست است
offer-edit = ✏️ تغییر یک متن
offer-verified = تشکر. بررسی امروز این فعالیت ثبت شد.
offer-verified-on = آخرین بررسی: { $date }
offer-never-verified = هیچ وقت بررسی نشده.
offer-edit-which = کدام متن؟
offer-field-title = عنوان
offer-field-description = توضیح
offer-field-when = چه وقت
offer-field-where = کجا
offer-edit-language = به کدام زبان؟
offer-edit-write = متن نو را بنویسید.
offer-saved = ذخیره شد. بررسی امروز این فعالیت هم ثبت شد.

summary-title = سه ماه گذشته، برای هر گروه:
summary-nothing = در این سه ماه هیچ گروهی درخواست یا برنامه نداشت.
summary-group =
    { $group }
    درخواست‌ها: { $received } · به عهده گرفته شد: { $claimed } · انجام شد: { $done } · لغو شد: { $cancelled }
    وقت انتظار تا به عهده گرفتن (میانه): { $hours }
    سپرده شد به هماهنگ‌کننده‌ها: { $escalated } · هنوز منتظر: { $open }
    رضاکاران: { $active } فعال · { $pending } منتظر تأیید
    برنامه‌ها: { $events } · گفتند می‌آیند: { $going }
summary-hours = { $hours } ساعت
summary-no-hours = – (هنوز هیچ درخواستی به عهده گرفته نشده)
summary-questions = سوال‌ها: { $asked } پرسیده شد · { $answered } جواب داده شد

# The audit trail of coordinator and staff actions.
menu-audit = 🧾 چه کسی چه کرد
menu-coordinators = 👥 هماهنگ‌کننده‌ها
audit-title = چه کسی چه کرد، تازه‌ترین اول (اشخاص با شماره‌شان):
audit-none = هنوز چیزی ثبت نشده است.
audit-line = { $date } · { $who }: { $what } شماره { $subject }
audit-approve = تأیید رضاکار
audit-decline = رد رضاکار
audit-broadcast = فرستادن اعلان
audit-cancel-broadcast = متوقف کردن اعلان
audit-verify-offer = تأیید درستی فعالیت
audit-edit-offer = تغییر فعالیت
audit-create-event = ساختن برنامه
audit-invite = ساختن کود دعوت برای گروه
audit-revoke-invite = پس گرفتن کود دعوت
audit-became-coordinator = شروع هماهنگی گروه
audit-take-request = به عهده گرفتن درخواست
audit-hand-request = سپردن درخواست

web-link =
    لینک شما به صفحهٔ انترنتی هماهنگ‌کننده‌ها. این لینک فقط یک بار و فقط تا { PLURAL($minutes) ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    } کار می‌کند. آن را به کس دیگری ندهید.
    { $link }
web-off = صفحهٔ انترنتی اینجا فعال نیست. از کارمندان بخش تکنالوژی معلوماتی شاروالی بپرسید.
request-closed = درخواست شماره { $request } بسته شد.
event-changed = 📅 برنامه‌ای که گفته بودید می‌آیید، تغییر کرده است. حالا این‌طور است:
audit-close-request = بستن درخواست
audit-retire-offer = برداشتن یا برگرداندن فعالیت
audit-edit-event = تغییر برنامه
audit-remove-coordinator = گرفتن گروه از هماهنگ‌کننده
audit-step-down = کنار رفتن از هماهنگی گروه


coordinators-title = چه کسی کدام گروه را هماهنگ می‌کند:
coordinators-invited-line = • شخص شماره { $person } · { $group } (با کود دعوت)
coordinators-configured-line = • { $address } · { $groups } (در فایل تنظیمات؛ همان‌جا تغییرش دهید)
coordinators-every-group = همهٔ گروه‌ها
coordinators-none = هنوز هیچ کس.
coordinator-remove = ✖️ گرفتن { $group } از شخص شماره { $person }
coordinator-step-down = 🚪 کنار رفتن از { $group }
coordinator-removed = انجام شد: گروه از او گرفته شد، و از صفحهٔ انترنتی هم بیرون شد.
coordinator-stepped-down = شما دیگر هماهنگ‌کنندهٔ آن گروه نیستید. از زحمات شما تشکر.
coordinator-removed-notice = شما دیگر هماهنگ‌کنندهٔ { $group } نیستید. یک کارمند شاروالی این تغییر را انجام داد. از زحمات شما تشکر.
