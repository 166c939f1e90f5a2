# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    قبل أن نبدأ: عن بياناتك.
    • الجهة المسؤولة عن هذه الخدمة: { $operator }.
    • نحفظ لغتك، والحساب الذي تكتب منه، وما تطلبه، وملاحظاتك، وأسئلتك، والملفات التي ترسلها، حتى يتمكن المتطوعون من مساعدتك.
    • تمرّ رسائلك عبر { $platform }، ويمكن لهذه المنصة الاطلاع عليها.
    • نحذف بياناتك إذا لم تستخدم الخدمة مدة { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
    • لرؤية بياناتك أو حذفها، يكفي أن تكتب:
    /mydata
    /delete
    من فضلك لا تكتب في رسائلك أرقام الهواتف أو العناوين أو أي شيء عن الصحة أو الدين.
privacy-agree = ✅ أوافق
privacy-agree-news = ✅ أوافق، وأريد الأخبار
privacy-decline = ✖️ لا، أريد أن أتصفح فقط
privacy-agreed = شكرًا لك.
privacy-declined = حسنًا. يمكنك رؤية كل الأنشطة والخدمات. ولطلب أيٍّ منها، تلزم الموافقة أولًا.
privacy-withdraw-warning = لقد وافقت من قبل. إذا اخترت «لا» الآن، فستُحذف طلباتك وأسئلتك وملفاتك وردودك على الفعاليات.
privacy-needed = لإرسال طلب أو سؤال، يجب أن نحفظه. من فضلك اقرأ إشعار الخصوصية أولًا.
privacy-read = 🔒 اقرأ إشعار الخصوصية

platform-terminal = هذه الطرفية
platform-telegram = تيليغرام
platform-discord = ديسكورد
