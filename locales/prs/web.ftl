# The coordinators' web page.
web-title = ولکومن · هماهنگ‌کننده‌ها
web-nav-dashboard = صفحهٔ اصلی
web-nav-broadcast = اعلان نو
web-logout = خروج
web-language = زبان
web-back = برگشت به صفحهٔ اصلی
web-urgent = درخواست‌های عاجل کمک که هنوز کسی به عهده نگرفته
web-pending = رضاکارانی که منتظر تأیید هستند
web-pending-none = هیچ کس منتظر تأیید نیست.
web-approve = تأیید
web-decline = رد
web-open-requests = درخواست‌هایی که کسی به عهده نگرفته، قدیمی‌ترین اول
web-open-requests-none = همهٔ درخواست‌ها به عهده گرفته شده‌اند.
web-take = خودم به عهده می‌گیرم
web-request-offer = فعالیت
web-request-group = گروه
web-request-language = زبان
web-request-waiting = مدت انتظار
web-request-note = یادداشت
web-questions = سوال‌های بی‌جواب تازه‌واردان
web-outbox = پیام‌هایی که منتظر فرستادن هستند
web-outbox-platform = پلتفورم
web-outbox-queued = منتظر
web-outbox-oldest = انتظار قدیمی‌ترین پیام
web-outbox-empty = هیچ پیامی منتظر فرستادن نیست.
web-minutes = { PLURAL($count) ->
        [one] { $count } دقیقه
       *[other] { $count } دقیقه
    }
web-hours = { PLURAL($count) ->
        [one] { $count } ساعت
       *[other] { $count } ساعت
    }
web-days = { PLURAL($count) ->
        [one] { $count } روز
       *[other] { $count } روز
    }
web-audience = چه کسانی می‌گیرند
web-audience-newcomers = تازه‌واردان
web-audience-volunteers = رضاکاران
web-audience-both = هر دو
web-group = گروه
web-group-all = همهٔ گروه‌ها
web-recipients = گیرندگان
web-recipients-total = { PLURAL($count) ->
        [one] در مجموع { $count } نفر
       *[other] در مجموع { $count } نفر
    }
web-text-empty = خالی
web-text-help = به هر تعداد زبانی که می‌توانید بنویسید. کسی که برای زبانش متنی نیست، متن نزدیک‌ترین زبانی را می‌گیرد که می‌خواند.
web-preview = در گفتگو چطور خوانده می‌شود
web-send = همین حالا بفرستید
web-error-no-text = اعلان را دست‌کم به یک زبان بنویسید.
web-error-too-long = این متن بسیار طولانی است. حد اکثر تعداد حروف: { $max }
web-error-unreached = به خوانندگان این زبان هیچ چیزی نمی‌رسد. آن را اینجا بنویسید، یا به انگلیسی یا دنمارکی.
web-report-title = رسیدن اعلان شماره { $id }
web-report-refresh = تازه کردن
web-report-status = وضعیت
web-report-count = تعداد
web-log-in =
    لطفاً داخل شوید. در تلگرام یا دیسکورد این را به ربات بفرستید:
    /web
    و لینکی را که به شما می‌دهد باز کنید.
web-session-ended =
    شما بیرون شده‌اید، یا وقت ورود شما تمام شده است. برای گرفتن لینک نو، این را به ربات بفرستید:
    /web
web-forbidden = شما اجازهٔ دیدن یا تغییر این را ندارید.
web-form-expired = وقت این فورم تمام شده بود. برگردید، صفحه را تازه کنید و دوباره کوشش کنید. هیچ چیزی تغییر نکرد.
web-busy = کوشش‌های ورود بسیار زیاد شد. لطفاً یک دقیقه صبر کنید و دوباره کوشش کنید.
web-link-used =
    این لینک پیش از این استفاده شده، یا وقتش تمام شده است. برای گرفتن لینک نو، این را به ربات بفرستید:
    /web
web-login-title = ورود به ولکومن
web-login-help = برای ورود در این دستگاه، دکمه را فشار دهید. لینک فقط یک بار کار می‌کند.
web-login-button = ورود
web-logged-out = شما بیرون شدید.
web-went-wrong = از طرف ما مشکلی پیش آمد. هیچ چیزی از بین نرفت. لطفاً دوباره کوشش کنید.
web-nav-posters = پوسترها
web-posters-help = پوستر یک فعالیت را باز کنید و از براوزر چاپ کنید. کود QR آن، فعالیت را در تلگرام به زبان خود خواننده باز می‌کند.
web-poster-place = جایی که پوستر نصب می‌شود (در پایین پوستر چاپ می‌شود، اختیاری)
web-poster-none = برای پوسترها نام کاربری ربات در تلگرام ضرورت است: { $setting } را تنظیم کنید
web-poster-set-place = گذاشتن روی پوسترها
web-answer-in = جواب شما، به زبان
web-answer-send = فرستادن جواب
web-questions-none = هیچ سوالی منتظر جواب نیست.
web-nav-questions = جواب دادن به سوال‌ها
web-error-no-words = اول چند کلمه بنویسید.
web-nav-report = گزارش
web-report-quarters = ربع‌ها
web-report-csv = دانلود به شکل CSV
web-report-empty = هیچ‌کدام از گروه‌های شما در این گزارش نیست.
web-report-print = برای توزیع در جلسهٔ ربعوار، این صفحه را از براوزر چاپ کنید.
web-report-no-quarter = چنین ربعی وجود ندارد. یکی را از فهرست انتخاب کنید.
web-report-questions = سوال‌های تازه‌واردان: { $asked } پرسیده شد، { $answered } جواب داده شد.
web-chart-requests = درخواست‌ها در هر گروه
web-chart-taken = رضاکار به عهده گرفت
web-chart-not-taken = به عهده گرفته نشد
web-chart-hours = ساعت‌ها تا وقتی که یک رضاکار درخواست را به عهده گرفت
web-chart-hours-legend = ساعت (میانه)
web-col-received = درخواست‌ها
web-col-claimed = به عهده گرفته شد
web-col-done = انجام شد
web-col-cancelled = لغو شد
web-col-hours = ساعت تا به عهده گرفتن (میانه)
web-col-escalated = سپرده شد به هماهنگ‌کننده‌ها
web-col-open = هنوز باز
web-col-volunteers = رضاکاران فعال
web-col-pending = رضاکاران منتظر
web-col-events = برنامه‌ها
web-col-going = گفتند می‌آیند
web-nav-offers = فعالیت‌ها
web-offers-help = فعالیت‌های گروه‌های خود را درست نگه دارید: هر کدام را «بررسی شد» علامه بزنید، و آن را به هر زبان بنویسید. خوانندگان زبانی که «نوشته نشده» است، متن یک زبان نزدیک را می‌خوانند.
web-offers-none = گروه‌های شما هیچ فعالیتی ندارند.
web-offer-verified = بررسی شد در
web-offer-never-verified = هیچ وقت بررسی نشده
web-offer-stale = شش ماه است بررسی نشده
web-offer-missing = نوشته نشده
web-offer-verify = امروز هم درست است
web-offer-save = ذخیره
web-offer-title = نام فعالیت
web-offer-description = توضیح
web-offer-when = چه وقت
web-offer-where = کجا
web-offer-fallback = به این زبان هنوز متنی نیست. در پایین متن { $language } است: آن را با متن این زبان عوض کنید و ذخیره کنید.
web-nav-requests = درخواست‌ها
web-all-languages = همهٔ زبان‌ها
web-older-than = دست‌کم این تعداد روز پیش
web-filter = نشان دادن
web-hand-to = سپردن به
web-hand = سپردن
web-requests-none = هیچ درخواستی با این انتخاب پیدا نشد.
web-status-open = به عهده گرفته نشده
web-status-claimed = به عهده گرفته شده
web-status-done = انجام شده
web-status-cancelled = لغو شده
web-status-all = همه
web-session-ended-kept =
    وقت ورود شما پیش از فرستادن تمام شد، پس هیچ چیزی فرستاده یا ذخیره نشد. نوشته‌های شما در پایین است: آن‌ها را کاپی کنید، برای گرفتن لینک نو این را به ربات بفرستید:
    /web
    و بعد نوشته‌ها را دوباره اینجا بگذارید.
web-nav-events = برنامه‌ها
web-event-title = عنوان
web-event-when = چه وقت
web-event-going = می‌آیند
web-event-not-going = نمی‌آیند
web-event-announce = اعلان کردن
web-events-none = گروه‌های شما هنوز هیچ برنامه‌ای ندارند.
web-event-new = برنامهٔ نو
web-event-help = عنوان و چند سطر را به هر تعداد زبانی که می‌توانید بنویسید. به کسانی که می‌گویند می‌آیند، در وقتی که در پایین انتخاب می‌کنید یادآوری می‌شود.
web-event-create = ساختن برنامه
web-error-time = تاریخ و ساعت را بنویسید.
web-error-past = این وقت گذشته است. یک وقت آینده را بنویسید.
web-preview-fit = تلگرام: { $telegram } از 4096 حرف · دیسکورد: { $discord } از 2000
web-preview-split = { PLURAL($parts) ->
        [one] دیسکورد آن را به شکل یک پیام می‌گیرد.
       *[other] دیسکورد آن را به شکل { $parts } پیام می‌گیرد.
    }
web-send-at = بعداً فرستادن
web-send-at-help = برای فرستادن همین حالا، این را خالی بگذارید. اعلانی که بعداً فرستاده شود، به همان کسانی می‌رسد که اگر همین حالا فرستاده می‌شد، به آن‌ها می‌رسید.
web-report-scheduled = در { $when } فرستاده می‌شود. تا آن وقت می‌توانید آن را لغو کنید.
web-report-failures = چرا بعضی پیام‌ها نرسید
web-report-reason = دلیل
web-unreachable-telegram = ربات را بلاک کرده
web-unreachable-discord = پیام‌های مستقیم را بسته
web-close-why = بستن، چون
web-close = بستن
web-close-helped = کمک را گرفتند
web-close-no-volunteer = کسی نتوانست آن را به عهده بگیرد
web-close-no-answer = جواب ندادند
web-close-duplicate = دو بار یا به اشتباه خواسته شد
web-offer-retire = برداشتن از فهرست فعالیت‌ها
web-offer-bring-back = برگرداندن به فهرست فعالیت‌ها
web-offer-retired = از فهرست فعالیت‌ها برداشته شده
web-offer-retired-now = این فعالیت از فهرست برداشته شد. تازه‌واردان دیگر آن را نمی‌بینند. درخواست‌هایی که پیش از این شده‌اند، باقی می‌مانند.
web-offer-back-now = این فعالیت دوباره در فهرست است.
web-event-edit = تغییر
web-event-edit-help = اگر وقت یا جای برنامه تغییر کند، به کسانی که گفته‌اند می‌آیند خبر داده می‌شود.
web-event-save = ذخیرهٔ تغییرات
web-event-changed = برنامه تغییر کرد.
web-cancel = لغو
web-remind = یادآوری به کسانی که می‌آیند
web-remind-0 = بدون یادآوری
web-remind-2 = 2 ساعت پیش از شروع
web-remind-24 = یک روز پیش از شروع
web-remind-48 = دو روز پیش از شروع
web-remind-168 = یک هفته پیش از شروع
web-chart-p90-legend = 9 درخواست از هر 10 در این مدت به عهده گرفته شد
web-chart-languages = درخواست‌ها بر اساس زبان
web-chart-kinds = درخواست‌ها بر اساس نوع فعالیت
web-chart-requests-legend = درخواست‌ها
web-col-p90 = ساعت تا به عهده گرفتن 9 درخواست از هر 10
web-alert-button = دکمهٔ «همین حالا کمک لازم دارم» را فشار داد
web-alert-help = شاید کسی در خطر باشد. اگر همین حالا می‌توانید به او بنویسید، آن را به عهده بگیرید؛ آن وقت دیگران خبر نمی‌شوند.
web-alert-answer = در صفحهٔ سوال‌ها به او بنویسید
web-coordinators = هماهنگ‌کننده‌ها
web-coordinators-help = کسانی را که با کود دعوت هماهنگ‌کننده شده‌اند، اینجا می‌توانید بردارید؛ آن‌ها فوراً از صفحه بیرون می‌شوند. کسانی که در فایل تنظیمات نام برده شده‌اند، همان‌جا تغییر داده می‌شوند.
web-coordinator-remove = برداشتن
web-coordinator-configured = در فایل تنظیمات
web-coordinator-removed = آن گروه دیگر به این هماهنگ‌کننده تعلق ندارد، و او از صفحه بیرون شد.
web-own-groups = گروه‌های شما
web-step-down = کنار رفتن
web-stepped-down = شما دیگر هماهنگ‌کنندهٔ آن گروه نیستید، و از صفحه بیرون شدید. از زحمات شما تشکر.
web-alert-someone = کسی همین حالا به کمک ضرورت دارد
web-alerts-mine = هشدارهایی که به عهدهٔ شماست
web-alerts-mine-help = به آن شخص بنویسید، بعد هشدار را ببندید و نتیجه را انتخاب کنید.
web-alert-outcome = نتیجه چه شد
web-alert-outcome-choose = انتخاب کنید…
web-alert-close = بستن هشدار
web-alert-outcome-missing = لطفاً پیش از بستن هشدار، نتیجهٔ آن را انتخاب کنید.
web-alert-outcomes = هشدارها بر اساس قاعده
web-alert-outcomes-help = هشدارهای هر الگوی خطر چطور پایان یافتند. فقط تعداد نشان داده می‌شود، نه کلمات پیام‌ها. از آن برای بهتر ساختن فایل‌های الگو استفاده کنید.
web-alert-rule = قاعده
web-alert-raised = تعداد هشدار
web-alert-outcomes-none = هنوز هیچ هشداری نیست.
web-helplines-unverified = شماره‌های کمکی که هنوز کسی بررسی نکرده
web-helplines-unverified-help = این شماره‌ها به کسانی نشان داده می‌شوند که در خطر هستند. به هر شماره زنگ بزنید، یا شماره و ساعت‌های کارش را از راه دیگری بررسی کنید، بعد آن را در فهرست شماره‌ها «بررسی شد» علامه بزنید.
web-nav-staff = کارمندان شاروالی
web-invites = هماهنگ‌کننده‌های نو
web-invites-help = هر کسی که این کود را به ربات بفرستد، هماهنگ‌کنندهٔ آن گروه می‌شود. کود را فقط به یک نفر و از یک راه مطمئن بدهید.
web-invite-make = ساختن کود
web-invites-open = کودهایی که ساخته‌اید و هنوز کار می‌کنند
web-invite-revoke = پس گرفتن
web-audit = چه کسی چه کرد
web-report-posters = پوسترها: از هر پوستر چند نفر برای اولین بار به ربات نوشتند
web-report-posters-none = در این ربع هیچ کس از پوستری که جایش معلوم است، به ربات ننوشت.
web-poster-where = جای نصب
web-poster-opens = اولین پیام‌ها

## Accessibility: the skip link, the folding menu, a form's error summary, hidden headings.
web-skip = رفتن به محتوای صفحه
web-menu = فهرست
web-errors-title = لطفاً پیش از ادامه دادن، این را بررسی کنید:
web-actions = کارهایی که می‌توانید انجام دهید
web-request-number = شماره
web-offer-tabs = متن به هر زبان
web-chart-numbers = نشان دادن ارقام

## The accessibility statement (tilgængelighedserklæring) at /was.
web-was-title = بیانیهٔ دسترسی‌پذیری
web-was-intro = { $operator } می‌خواهد که همه بتوانند از این صفحه استفاده کنند. این بیانیه دربارهٔ صفحهٔ هماهنگ‌کننده‌های ولکومن در { $url } است.
web-was-status-heading = این صفحه تا چه اندازه دسترسی‌پذیر است
web-was-status-full = تا جایی که ما می‌دانیم، این صفحه قانون دسترسی‌پذیری صفحه‌های انترنتی را رعایت می‌کند: WCAG 2.1، سطح AA.
web-was-status-partly = این صفحه قانون دسترسی‌پذیری صفحه‌های انترنتی (WCAG 2.1، سطح AA) را تا اندازه‌ای رعایت می‌کند. چیزهایی که هنوز کار نمی‌کنند، در پایین نوشته شده‌اند.
web-was-issues-heading = چیزهایی که هنوز دسترسی‌پذیر نیستند
web-was-issues-none = ما از هیچ چیزی در این صفحه خبر نداریم که دسترسی‌پذیر نباشد.
web-was-method-heading = چطور بررسی کردیم
web-was-method = هر بار که نرم‌افزار تغییر می‌کند، همهٔ صفحه‌ها به طور خودکار با ابزار axe-core بررسی می‌شوند. این بررسی همهٔ زبان‌ها را، هم در کمپیوتر و هم در تیلفون، در بر می‌گیرد. کیبورد، چوکات فوکس، عنوان‌ها، زبان‌ها و متن چارت‌ها هم بررسی می‌شوند.
web-was-contact-heading = مشکل را به ما بگویید
web-was-contact = اگر استفاده از چیزی در این صفحه برای شما سخت یا ناممکن است، به ما بگویید. ما به شما کمک می‌کنیم و آن را درست می‌کنیم.
web-was-email = ایمیل
web-was-phone = تیلفون
web-was-complaint-heading = اگر می‌خواهید شکایت کنید
web-was-complaint = اگر از جواب ما راضی نیستید، می‌توانید به ادارهٔ دیجیتالی‌سازی دنمارک (Digitaliseringsstyrelsen) شکایت کنید. این اداره بر رعایت قانون دسترسی‌پذیری صفحه‌های انترنتی نظارت می‌کند.
web-was-made = این بیانیه به تاریخ { $date } تهیه شد.
