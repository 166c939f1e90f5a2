# Showing, changing and deleting what is stored about a person.

my-data-title = این معلوماتی است که دربارهٔ شما نگه می‌داریم:
my-data-number = شمارهٔ شما نزد ما: { $id } (وقتی دربارهٔ معلومات خود از ما می‌پرسید، این شماره را بگویید)
my-data-language = زبان: { $language }
my-data-consent-agreed = متن حریم خصوصی: شما به تاریخ { $date } موافقه کردید.
my-data-consent-declined = متن حریم خصوصی: شما «نه» گفتید. ما فقط چیزی را نگه می‌داریم که برای جواب دادن به شما لازم است: زبان شما و حسابی که از آن می‌نویسید.
my-data-consent-pending = متن حریم خصوصی: هنوز جواب نداده‌اید.
my-data-news-on = خبرها: بلی، شما خبرها را می‌گیرید.
my-data-news-off = خبرها: نه.
my-data-accounts = حساب‌ها: { $accounts }
my-data-since = اولین تماس: { $date }
my-data-requests =
    { PLURAL($count) ->
        [one] درخواست‌ها: { $count }.
       *[other] درخواست‌ها: { $count }.
    }
my-data-requests-none = درخواست‌ها: هیچ.
my-data-request = • { $offer } · { $date }: { $status }
my-data-request-note = ↲ یادداشت شما: { $note }
my-data-questions =
    { PLURAL($count) ->
        [one] سوال‌ها: { $count }.
       *[other] سوال‌ها: { $count }.
    }
my-data-questions-none = سوال‌ها: هیچ.
my-data-question = • { $date }: { $text }
my-data-alerts = 🆘 دفعاتی که کمک عاجل خواستید: { $count }
my-data-alert = • { $date }: { $status }
my-data-alert-open = منتظر یک کارمند شاروالی
my-data-alert-taken = یک کارمند شاروالی به آن رسیدگی می‌کند
my-data-looked-up = 👁️ دفعاتی که کارمندان معلومات شما را دیدند: { $count }
my-data-look = • { $date }: { $role ->
        [staff] کارمند شاروالی
       *[coordinator] هماهنگ‌کنندهٔ یک گروه
    }، برای دیدن { $purpose ->
        [request] درخواست شما
        [question] سوال شما
       *[alert] پیام کمک عاجل شما
    }
my-data-looks-older = دفعات پیشتر: { $count }
my-data-volunteer =
    نام شما به حیث رضاکار: { $name }
    گروه‌ها: { $groups }
    زبان‌ها: { $languages }
    زمینه‌های کمک: { $helps }
my-data-volunteer-approved = شما به حیث رضاکار تأیید شده‌اید.
my-data-files =
    { PLURAL($count) ->
        [one] فایل‌هایی که از راه ربات فرستادید: { $count }.
       *[other] فایل‌هایی که از راه ربات فرستادید: { $count }.
    }
my-data-news-toggle-on = 🔔 خبرها را می‌خواهم
my-data-withdraw = ✖️ رضایتم را پس می‌گیرم
my-data-news-toggle-off = 🔕 خبرها را نمی‌خواهم
news-on = بسیار خوب. شما خبرهای شاروالی و گروه‌های رضاکاران را می‌گیرید.
news-off = بسیار خوب. دیگر خبر نمی‌گیرید.
my-data-delete = 🗑️ پاک کردن معلوماتم

delete-confirm = آیا می‌خواهید همه چیزهایی را که دربارهٔ شما نگه می‌داریم پاک کنیم؟ این کار دیگر برگشت ندارد.
delete-yes = 🗑️ بلی، همه چیز پاک شود
delete-no = نه، پاک نشود
deleted =
    همه چیز دربارهٔ شما پاک شد: درخواست‌ها، یادداشت‌ها، سوال‌ها، فایل‌ها و پیام‌هایی که از راه ربات فرستاده بودید.
    آنچه می‌ماند: پیام‌هایی که قبلاً رسیده‌اند، در گفتگوی شخص دیگر می‌مانند. کاپی‌های احتیاطی تا { PLURAL($backup_days) ->
        [one] { $backup_days } روز
       *[other] { $backup_days } روز
    } دیگر می‌مانند. ثبت‌های سیستم ما فقط شماره‌ها و وقت‌ها را نگه می‌دارد، نه حرف‌های شما را.
    خدا حافظ! اگر خواستید دوباره بیایید، بنویسید:
    /start
delete-kept = بسیار خوب، هیچ چیز پاک نشد.

retention-warning =
    مدت زیادی است که از شما خبری نداریم. بعد از { PLURAL($days) ->
        [one] { $days } روز
       *[other] { $days } روز
    } همه چیزهایی را که دربارهٔ شما نگه می‌داریم پاک می‌کنیم. اگر می‌خواهید نگه داشته شود، فقط یک پیام اینجا بنویسید.
