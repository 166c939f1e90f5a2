# The terminal front door's own lines.

terminal-intro =
    أهلًا بك في «فيلكومن» داخل الطرفية. للضغط على زر، يُكتب رقمه. ويمكن أيضًا كتابة نص.
    لمعرفة طريقة الاستخدام:
    /help
    لإرسال ملف، يُكتب مساره بعد:
    :file
    للتحوّل إلى شخص آخر، يُكتب اسمه بعد:
    :as
    للخروج:
    :quit
terminal-now-as = أنت الآن { $name }.
terminal-no-button = لا يوجد زر رقم { $number }.
