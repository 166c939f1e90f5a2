# General screens: language picker, menu, help, errors.

language-picker = يُرجى اختيار لغتك.
language-changed = حسنًا، سأكتب لك بالعربية.

welcome = أهلًا بك في «فيلكومن»! أساعدك في العثور على أنشطة ومساعدة من متطوعين في باليروب.
menu-title = كيف يمكنني مساعدتك؟
menu-offers = 📋 الأنشطة والخدمات
menu-my-requests = 📨 طلباتي
menu-ask = ❓ لديّ سؤال
menu-upcoming = 📅 الفعاليات القادمة
menu-help = ℹ️ طريقة الاستخدام
menu-my-data = 🔒 بياناتي
nav-menu = 🏠 القائمة
nav-language = 🌐 اللغة
nav-back = ➡️ رجوع
# Between the items of a list, such as languages or groups.
list-separator = {"، "}

help =
    أساعدك في العثور على أنشطة ومتطوعين في باليروب.
    للاختيار، يُرجى الضغط على الأزرار. ويمكن أيضًا كتابة:
    /start – البدء من جديد
    /menu – القائمة الرئيسية
    /language – تغيير اللغة
    /mydata – رؤية ما أحفظه عنك
    /delete – حذف كل ما يخصك
    /help – طريقة الاستخدام

not-understood = عذرًا، لم أفهم ذلك. يُرجى استخدام الأزرار. في حالة الخطر، يُرجى الضغط على 🆘 أو الاتصال بالرقم 112.
text-as-question =
    رسالتك:
    { $text }

    هل نرسلها سؤالًا إلى موظف في البلدية؟ سيصل الرد هنا.
text-as-question-send = 📨 نعم، إرسالها سؤالًا
unknown-command =
    لا أعرف هذا الأمر:
    { $command }
    لمعرفة ما يمكنني فعله، تكفي كتابة:
    /help
button-expired = هذا الزر لم يعد يعمل.
state-reset = عذرًا، تم تحديث البرنامج ولم أعد أعرف أين توقفنا. هذه هي القائمة.
something-went-wrong = عذرًا، حدث خطأ من جهتنا. لم يضِع أي شيء. يُرجى المحاولة مرة أخرى.
file-not-expected = لا يمكنني تمرير الصور والرسائل الصوتية والملفات إلا في محادثة مع متطوع.
message-too-long = رسالتك طويلة جدًا. الحد الأقصى لعدد الأحرف هو { $max }.

# The urgent path: "I need help now", danger words, and the alert to staff.
menu-urgent = 🆘 أحتاج إلى مساعدة الآن
urgent-now = 🆘 عند وجود خطر الآن عليك أو على شخص آخر، يُرجى الاتصال بالرقم 112.
urgent-numbers = أرقام يمكن أن تساعد:
urgent-line = ☎️ { $name }: { $number }
urgent-line-hours = { $line } ({ $hours })
urgent-name-danish = { $name } ({ $danish })
urgent-gentle = 🆘 في حالة الخطر، يُرجى الضغط على «أحتاج إلى مساعدة الآن» أو الاتصال بالرقم 112.
helpline-municipality = البلدية
helpline-municipality-about = للأسئلة الموجّهة إلى البلدية
helpline-after-hours = الخدمة الاجتماعية المناوبة
helpline-after-hours-about = عندما يحتاج طفل أو شخص بالغ إلى مساعدة خارج أوقات الدوام
urgent-told = أبلغنا أحد موظفي البلدية، وسيكتب إليك هنا في أقرب وقت ممكن. لا يمكننا الاتصال بك هاتفيًا.
alert-notice = 🆘 قد يحتاج شخص إلى مساعدة الآن: { $danger }. كتب الشخص رقم { $person } ({ $language }):
    { $words }
alert-notice-button = 🆘 ضغط شخص على «أحتاج إلى مساعدة الآن». الشخص رقم { $person } ({ $language }).
alert-notice-someone = 🆘 يحتاج شخص إلى مساعدة الآن: الشخص رقم { $person } ({ $language }). لم يتولَّ أحد من المناوبين الأمر بعد.
alert-again = 🆘 كتب الشخص رقم { $person } ({ $language }) مرة أخرى بشأن التنبيه رقم { $alert }:
    { $words }
alert-flood = ⚠️ تنبيهات كثيرة جدًا خلال ساعة على { $platform } (الحد المسموح: { $count })، وقد تكون موجة من الرسائل الكاذبة. ما زال الجميع يحصلون على أرقام الطوارئ، والرسائل تنتظر في قائمة الأسئلة.
alert-child-duty = 👶 قد يكون طفل في خطر. تذكير بواجب الإبلاغ عند القلق على سلامة طفل. يُرجى الإبلاغ هنا:
    { $channel }
alert-child-duty-unset = 👶 قد يكون طفل في خطر. تذكير بواجب إبلاغ قسم الأطفال والأسرة في البلدية عند القلق على سلامة طفل.
alert-danger-violence_at_home = عنف في المنزل
alert-danger-sexual_violence = عنف جنسي
alert-danger-self_harm = انتحار أو إيذاء النفس
alert-danger-child_in_danger = طفل في خطر
alert-danger-threat = تهديد
alert-danger-trafficking = اتجار بالبشر أو عمل قسري
alert-danger-in_danger = خطر لم يُذكر نوعه
alert-take = 🙋 سأتولى الأمر
alert-answer = ✍️ الكتابة إلى الشخص
alert-taken = شكرًا. الأمر بيدك الآن، ولن يُبلَّغ الآخرون. يُرجى الكتابة إلى الشخص الآن، ثم إغلاق التنبيه عند معرفة النتيجة.
alert-outcome-reached = ✅ تم التواصل
alert-outcome-referred = ↪️ تمت الإحالة إلى جهة أخرى
alert-outcome-no-answer = 🔕 لا رد
alert-outcome-not-a-cry = ➖ لم يكن طلب نجدة
alert-closed = أُغلق التنبيه: { $outcome }.

# Limits per person.
too-fast = وصلتنا منك رسائل كثيرة بسرعة. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى. عند وجود خطر، يُرجى الاتصال بالرقم 112.
too-busy = يكتب إلينا كثير من الناس الآن. يُرجى المحاولة مرة أخرى بعد دقيقة. عند وجود خطر، يُرجى الاتصال بالرقم 112.
file-quota = أرسلت ملفات كثيرة اليوم. يُرجى إرسال المزيد غدًا، أو كتابة رسالتك نصًّا.
