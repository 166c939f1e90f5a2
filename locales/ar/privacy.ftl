# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    قبل أن نبدأ: عن بياناتك.
    • الجهة المسؤولة عن هذه الخدمة: { $operator }.
    • نحفظ لغتك، وحسابك الذي تصلنا منه رسائلك، وطلباتك، وملاحظاتك، وأسئلتك، وملفاتك، حتى يتمكن المتطوعون من مساعدتك.
    • تمرّ رسائلك عبر { $platform }، ويمكن لهذه المنصة الاطلاع عليها.
    • نحذف بياناتك بعد مرور { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } دون استخدام الخدمة.
    • لرؤية بياناتك أو حذفها، تكفي كتابة:
    /mydata
    /delete
    يُرجى عدم كتابة أرقام الهواتف أو العناوين أو أي شيء عن الصحة أو الدين في الرسائل.
privacy-agree = ✅ أوافق
privacy-agree-news = ✅ أوافق، وأريد الأخبار
privacy-decline = ✖️ لا، أريد أن أتصفح فقط
privacy-agreed = شكرًا لك.
privacy-declined = حسنًا. يمكنك رؤية كل الأنشطة والخدمات. ولطلب أيٍّ منها، تلزم الموافقة أولًا.
privacy-withdraw-warning = لقد وافقت من قبل. إذا اخترت «لا» الآن، فستُحذف طلباتك وأسئلتك وملفاتك وردودك على الفعاليات.
privacy-needed = لإرسال طلب أو سؤال، يجب أن نحفظه. يُرجى قراءة إشعار الخصوصية أولًا.
privacy-read = 🔒 قراءة إشعار الخصوصية

platform-terminal = هذه الطرفية
platform-telegram = تيليغرام
platform-discord = ديسكورد
