# General screens: language picker, menu, help, errors.

language-picker = لطفاً زبان خود را انتخاب کنید.
language-changed = بسیار خوب، از این به بعد به دری برای شما می‌نویسم.

welcome = به ولکومن خوش آمدید! اینجا فعالیت‌ها و کمک رضاکاران بالروپ را پیدا می‌کنید.
menu-title = چه کاری می‌خواهید انجام دهید؟
menu-offers = 📋 فعالیت‌ها و کمک‌ها
menu-my-requests = 📨 درخواست‌های من
menu-ask = ❓ سوال دارم
menu-upcoming = 📅 برنامه‌های آینده
menu-help = ℹ️ طرز استفاده
menu-my-data = 🔒 معلومات من
nav-menu = 🏠 فهرست
nav-language = 🌐 زبان
nav-back = ➡️ برگشت
# Between the items of a list, such as languages or groups.
list-separator = {"، "}

help =
    اینجا می‌توانید فعالیت‌ها و رضاکاران را در بالروپ پیدا کنید.
    برای انتخاب، دکمه‌ها را فشار دهید. این‌ها را هم می‌توانید بنویسید:
    /start – شروع دوباره
    /menu – فهرست اصلی
    /language – تغییر زبان
    /mydata – دیدن معلوماتی که دربارهٔ شما نگه می‌داریم
    /delete – پاک کردن همه چیز دربارهٔ شما
    /help – همین رهنما

not-understood = ببخشید، این را نفهمیدم. لطفاً از دکمه‌ها استفاده کنید. اگر در خطر هستید، 🆘 را فشار دهید یا به 112 زنگ بزنید.
text-as-question =
    شما نوشتید:
    { $text }

    آیا این را به حیث سوال به یک کارمند شاروالی بفرستم؟ جواب همین‌جا می‌آید.
text-as-question-send = 📨 بلی، این سوال را بفرستید
unknown-command =
    این دستور را نمی‌شناسم:
    { $command }
    برای دیدن کارهایی که می‌توانم انجام دهم، بنویسید:
    /help
button-expired = این دکمه دیگر کار نمی‌کند.
state-reset = ببخشید، ربات تغییر کرد و نمی‌دانم گفتگوی ما به کجا رسیده بود. این هم فهرست.
something-went-wrong = ببخشید، از طرف ما مشکلی پیش آمد. هیچ چیز از بین نرفت. لطفاً دوباره کوشش کنید.
file-not-expected = عکس، پیام صوتی و فایل را فقط در گفتگو با یک رضاکار می‌توانم برسانم.
message-too-long = پیام شما بسیار طولانی است. لطفاً بیشتر از { $max } حرف ننویسید.

# The urgent path: "I need help now", danger words, and the alert to staff.
menu-urgent = 🆘 همین حالا کمک لازم دارم
urgent-now = 🆘 اگر شما یا کس دیگری همین حالا در خطر هستید، به 112 زنگ بزنید.
urgent-numbers = شماره‌هایی که می‌توانند کمک کنند:
urgent-line = ☎️ { $name }: { $number }
urgent-line-hours = { $line } ({ $hours })
urgent-name-danish = { $name } ({ $danish })
urgent-gentle = 🆘 اگر در خطر هستید، «همین حالا کمک لازم دارم» را فشار دهید یا به 112 زنگ بزنید.
helpline-municipality = شاروالی
helpline-municipality-about = برای سوال‌هایی که از شاروالی دارید
helpline-after-hours = خدمات اجتماعی بیرون از ساعات رسمی
helpline-after-hours-about = وقتی کسی، طفل باشد یا کلان، بیرون از ساعات رسمی به کمک ضرورت دارد
urgent-told = به یک کارمند شاروالی خبر داده شد. او هر چه زودتر همین‌جا برای شما می‌نویسد. ما نمی‌توانیم به شما زنگ بزنیم.
alert-notice = 🆘 ممکن است کسی همین حالا به کمک ضرورت داشته باشد: { $danger }. شخص شماره { $person } ({ $language }) نوشت:
    { $words }
alert-notice-button = 🆘 کسی «همین حالا کمک لازم دارم» را فشار داد. شخص شماره { $person } ({ $language }).
alert-notice-someone = 🆘 کسی همین حالا به کمک ضرورت دارد. شخص شماره { $person } ({ $language }). هنوز هیچ یک از نوکریوال‌ها آن را به عهده نگرفته است.
alert-again = 🆘 شخص شماره { $person } ({ $language }) دربارهٔ هشدار شماره { $alert } دوباره نوشت:
    { $words }
alert-flood = ⚠️ در یک ساعت هشدارهای بسیار زیادی در { $platform } آمد (حد آن: { $count }). شاید موجی از پیام‌های دروغ باشد. شماره‌های عاجل هنوز به همه نشان داده می‌شوند و متن پیام‌ها در میان سوال‌ها منتظر می‌ماند.
alert-child-duty = 👶 ممکن است یک طفل در خطر باشد. به یاد داشته باشید که وظیفه دارید نگرانی دربارهٔ یک طفل را گزارش دهید (underretning). اینجا گزارش دهید:
    { $channel }
alert-child-duty-unset = 👶 ممکن است یک طفل در خطر باشد. به یاد داشته باشید که وظیفه دارید نگرانی دربارهٔ یک طفل را به بخش اطفال و خانوادهٔ شاروالی گزارش دهید (underretning).
alert-danger-violence_at_home = خشونت در خانه
alert-danger-sexual_violence = خشونت جنسی
alert-danger-self_harm = خودکشی یا آسیب رساندن به خود
alert-danger-child_in_danger = یک طفل در خطر
alert-danger-threat = تهدید
alert-danger-trafficking = قاچاق انسان یا کار اجباری
alert-danger-in_danger = در خطر، نوع خطر گفته نشده
alert-take = 🙋 من به عهده می‌گیرم
alert-answer = ✍️ به او بنویسید
alert-taken = تشکر. این کار به عهدهٔ شماست و به دیگران خبر داده نمی‌شود. حالا به او بنویسید و وقتی دانستید نتیجه چه شد، هشدار را ببندید.
alert-outcome-reached = ✅ با او تماس گرفته شد
alert-outcome-referred = ↪️ به جای دیگر فرستاده شد
alert-outcome-no-answer = 🔕 جواب نداد
alert-outcome-not-a-cry = ➖ کسی کمک نخواسته بود
alert-closed = هشدار بسته شد: { $outcome }.

# Limits per person.
too-fast = شما بسیار تیز می‌نویسید. لطفاً کمی صبر کنید و بعد دوباره کوشش کنید. اگر در خطر هستید، به 112 زنگ بزنید.
too-busy = همین حالا مردم بسیار زیادی برای ما می‌نویسند. لطفاً یک دقیقه بعد دوباره کوشش کنید. اگر در خطر هستید، به 112 زنگ بزنید.
file-quota = امروز فایل‌های زیادی فرستادید. لطفاً بقیه را فردا بفرستید، یا پیام خود را به شکل متن بنویسید.
