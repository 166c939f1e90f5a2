# Browsing the offers: categories, lists and details.

categories-title = اختر موضوعًا:
category-meet = 🤝 التعرف على الناس
category-help = 🧾 مساعدة عملية
category-learn = 📚 اللغة والمدرسة
category-family = 👨‍👩‍👧 العائلة
category-culture = 🎭 الثقافة والديمقراطية
category-home = 🛋️ أغراض للبيت

offers-in-category = { $category }
    يُرجى اختيار ما يناسبك:
offers-none = لا توجد أنشطة أو خدمات هنا بعد.

offer-when = 🕒 متى: { $when }
offer-where = 📍 أين: { $where }
offer-who = 👥 الجهة المنظِّمة: { $group }
offer-checked = ✔️ راجعته المجموعة في: { $date }
offer-not-translated = هذا النشاط غير متوفر بالعربية بعد. إليك نصه باللغة { $language }.
offer-kind-drop-in = 🚪 يمكنك الحضور مباشرة. لا حاجة إلى التسجيل.
offer-kind-volunteer = 🙋 اضغط على الزر، وسيتواصل معك متطوع هنا.
offer-interested = 🙋 نعم، أريد هذا
offer-unknown = لم يعد هذا متاحًا. هذه هي المواضيع.
