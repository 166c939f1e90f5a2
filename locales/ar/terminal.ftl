# The terminal front door's own lines.

terminal-intro =
    أهلًا بك في فيلكومن داخل الطرفية. اكتب رقمًا للضغط على زر، أو اكتب نصًا.
    للمساعدة:
    /help
    لإرسال ملف، اكتب مساره بعد:
    :file
    لتصبح شخصًا آخر، اكتب اسمه بعد:
    :as
    للخروج:
    :quit
terminal-now-as = أنت الآن { $name }.
terminal-no-button = لا يوجد زر رقم { $number }.
