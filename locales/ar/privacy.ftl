# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    عن بياناتك:
    • الجهة المسؤولة عنها: { $operator }. نستخدم بياناتك لمساعدتك، ضمن عمل البلدية.
    • طلبك تراه المجموعة التي يصلها، ويراه موظفو البلدية.
    • { $carrier ->
        [local] تصلنا رسائلك عبر { $platform }.
       *[abroad] تمرّ رسائلك عبر خوادم { $platform }، وهي خارج الاتحاد الأوروبي.
    }
    • نبحث في الرسائل عن كلمات تدل على خطر، لنساعدك.
    • إذا لم تصلنا منك أي رسالة مدة { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، نحذف بياناتك.
    • لرؤية بياناتك:
    /mydata
    • لحذفها:
    /delete
    يُرجى عدم كتابة رقم CPR أو ما يخص الصحة أو الدين.
# "Read more" in chat, and the policy page: a title, then each part as a heading and its text.
privacy-policy-title = كيف يتعامل «فيلكومن» مع بياناتك
privacy-controller-title = الجهة المسؤولة
privacy-controller = المسؤول عن معالجة البيانات: { $operator }. هذه الجهة تقرّر ما نحفظه ولماذا، وتتحمّل المسؤولية عن ذلك.
privacy-purpose-title = لماذا نحفظ بياناتك
privacy-purpose =
    نحفظ بياناتك لمساعدتك في العثور على أنشطة البلدية ومجموعات المتطوعين فيها، والاستفادة منها. وهذا جزء من المهمة العامة للبلدية في استقبال القادمين الجدد. والأساس القانوني لذلك: المادة 6 (1) (هـ) من اللائحة العامة لحماية البيانات (GDPR).
    أما الأخبار، فلا نرسلها إليك إلا إذا وافقت على ذلك. والأساس القانوني لها هو موافقتك: المادة 6 (1) (أ). ويمكن إيقاف الأخبار في أي وقت عبر:
    /mydata
privacy-stored-title = ما نحفظه
privacy-stored = لغتك، والحساب الذي تصلنا منه رسائلك، وطلباتك، وملاحظاتك، وأسئلتك، وردودك على الفعاليات، والملفات المرسلة منك في المحادثة مع متطوع.
privacy-recipients-title = مَن يرى بياناتك
privacy-recipients = طلبك وملاحظتك يراهما المتطوعون والمنسّقون في المجموعة التي يصلها الطلب. والمتطوع الذي يساعدك يرى الرسائل التي تصله منك. ويرى موظفو البلدية بياناتك عند مساعدتك أو عند التحقق من سير الخدمة. ولا نعطي بياناتك لأحد غيرهم.
privacy-platforms-title = تيليغرام وديسكورد
privacy-platforms = تمرّ رسائلك عبر { $platform }. وتستطيع الشركة المالكة للتطبيق رؤية هذه الرسائل، وخوادمها خارج الاتحاد الأوروبي.
privacy-danger-title = كلمات تدل على خطر
privacy-danger = يفحص الحاسوب تلقائيًا كل رسالة بحثًا عن كلمات قد تدل على خطر. وإذا وجدها، نرسل إليك أرقام الطوارئ ونُبلغ موظفي البلدية، وقد يتواصلون معك.
privacy-retention-title = مدة حفظ البيانات
privacy-retention = إذا لم تصلنا منك أي رسالة مدة { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، نحذف بياناتك. أما الملفات المرسلة في محادثات المساعدة على فهم الرسائل الرسمية، فتُحذف بعد { PLURAL($file_days) ->
        [zero] { $file_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $file_days } أيام
        [many] { $file_days } يومًا
       *[other] { $file_days } يوم
    }. وتبقى نسخة من بياناتك في النسخ الاحتياطية لمدة تصل إلى { PLURAL($backup_days) ->
        [zero] { $backup_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $backup_days } أيام
        [many] { $backup_days } يومًا
       *[other] { $backup_days } يوم
    } بعد الحذف.
privacy-kept-title = ما يبقى بعد الحذف
privacy-kept = الرسائل التي وصلت من قبل تظل في محادثة الشخص الآخر. وتبقى نسخة من بياناتك في النسخ الاحتياطية لمدة تصل إلى { PLURAL($backup_days) ->
        [zero] { $backup_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $backup_days } أيام
        [many] { $backup_days } يومًا
       *[other] { $backup_days } يوم
    }. وسجلّاتنا تحفظ أرقامًا وأوقاتًا فقط، ولا تحفظ كلامك أبدًا.
privacy-rights-title = حقوقك
privacy-rights =
    يحق لك:
    • رؤية بياناتك، وسحب موافقتك في أي وقت:
    /mydata
    • حذف بياناتك:
    /delete
    • معرفة متى اطّلع الموظفون على بياناتك، ولماذا:
    /mydata
    • طلب تصحيح بياناتك منّا.
privacy-complaint-title = تقديم شكوى
privacy-complaint =
    يمكنك تقديم شكوى إلى هيئة حماية البيانات الدنماركية (Datatilsynet):
    datatilsynet.dk
    الهاتف: 33 19 32 00
privacy-dpo-title = مسؤول حماية البيانات
privacy-dpo = للكتابة إلى مسؤول حماية البيانات لدينا: { $dpo }
privacy-full = سياسة الخصوصية كاملة: { $url }
privacy-more-button = 📄 المزيد
privacy-agree = ✅ أوافق
privacy-agree-news = ✅ أوافق، وأريد الأخبار
privacy-decline = ✖️ لا، أريد أن أتصفح فقط
privacy-agreed = شكرًا لك.
privacy-declined = حسنًا. يمكنك رؤية كل الأنشطة والخدمات. ولطلب أيٍّ منها، تلزم الموافقة أولًا.
privacy-withdrawn = حسنًا، لقد اخترت «لا». حذفنا طلباتك وأسئلتك وملفاتك وردودك على الفعاليات. لا نحفظ إلا لغتك، والحساب الذي تصلنا منه رسائلك، حتى نتمكن من الرد عليك. الرسائل التي وصلت من قبل تظل في محادثة الشخص الآخر. وتبقى نسخة من بياناتك في النسخ الاحتياطية لمدة تصل إلى { PLURAL($backup_days) ->
        [zero] { $backup_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $backup_days } أيام
        [many] { $backup_days } يومًا
       *[other] { $backup_days } يوم
    }. وسجلّاتنا تحفظ أرقامًا وأوقاتًا فقط، ولا تحفظ كلامك أبدًا.
privacy-withdraw-warning = لقد وافقت من قبل. إذا اخترت «لا» الآن، فستُحذف طلباتك وأسئلتك وملفاتك وردودك على الفعاليات.
privacy-needed = لإرسال طلب أو سؤال، يجب أن نحفظه. يُرجى قراءة إشعار الخصوصية أولًا.
privacy-read = 🔒 قراءة إشعار الخصوصية

platform-terminal = هذه الطرفية
platform-telegram = تيليغرام
platform-discord = ديسكورد
