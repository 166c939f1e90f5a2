# The terminal front door's own lines.

terminal-intro = أهلًا بك في فيلكومن داخل الطرفية. اكتب رقمًا للضغط على زر، أو اكتب نصًا. اكتب ⁨/help⁩ للمساعدة، واكتب ⁨:file⁩ متبوعًا بمسار ملف لإرساله، واكتب ⁨:as⁩ متبوعًا باسم لتصبح شخصًا آخر، و⁨:quit⁩ للخروج.
terminal-now-as = أنت الآن { $name }.
terminal-no-button = لا يوجد زر رقم { $number }.
