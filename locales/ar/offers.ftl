# Browsing the offers: categories, lists and details.

categories-title = يُرجى اختيار موضوع:
category-meet = 🤝 التعرف على الناس
category-help = 🧾 مساعدة في الرسائل والأوراق
category-learn = 📚 اللغة والمدرسة
category-family = 👨‍👩‍👧 العائلة
category-culture = 🎭 الثقافة والديمقراطية
category-home = 🛋️ أثاث وملابس

offers-in-category = { $category }
    يُرجى اختيار ما يناسبك:
offers-none = لا توجد أنشطة أو خدمات هنا بعد.

offer-when = 🕒 الموعد: { $when }
offer-where = 📍 المكان: { $where }
offer-who = 👥 الجهة المنظِّمة: { $group }
offer-checked = ✔️ آخر مراجعة من المجموعة: { $date }
offer-not-translated = هذا النص غير متوفر بالعربية بعد. إليك النص باللغة { $language }.
offer-kind-drop-in = 🚪 يمكنك الحضور مباشرة. لا حاجة إلى التسجيل.
offer-kind-volunteer = 🙋 يُرجى الضغط على الزر، وسيتواصل معك أحد المتطوعين هنا.
offer-interested = 🙋 نعم، أريد هذا
offer-unknown = لم يعد هذا متاحًا. هذه هي المواضيع.

# On a printed poster, under the offer's title.
poster-scan = مسح الرمز يفتح النشاط بلغتك.
offer-retired = هذا النشاط توقّف. هذه هي المواضيع، لاختيار نشاط آخر.
