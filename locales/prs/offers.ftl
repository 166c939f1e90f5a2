# Browsing the offers: categories, lists and details.

categories-title = یک موضوع را انتخاب کنید:
category-meet = 🤝 آشنایی با مردم
category-help = 🧾 کمک در نامه‌ها و اسناد
category-learn = 📚 زبان و مکتب
category-family = 👨‍👩‍👧 خانواده
category-culture = 🎭 فرهنگ و دیموکراسی
category-home = 🛋️ فرنیچر و لباس

offers-in-category = { $category }
    یکی را انتخاب کنید:
offers-none = اینجا هنوز هیچ فعالیتی نیست.

offer-when = 🕒 وقت: { $when }
offer-where = 📍 مکان: { $where }
offer-who = 👥 گروه: { $group }
offer-checked = ✔️ آخرین بررسی گروه: { $date }
offer-not-translated = این فعالیت هنوز به دری نوشته نشده است. این هم متن آن به زبان { $language }.
offer-kind-drop-in = 🚪 فقط بیایید. ثبت‌نام لازم نیست.
offer-kind-volunteer = 🙋 دکمه را فشار دهید تا یک رضاکار همین‌جا با شما تماس بگیرد.
offer-interested = 🙋 بلی، این را می‌خواهم
offer-unknown = این فعالیت دیگر وجود ندارد. این هم موضوع‌ها.

# On a printed poster, under the offer's title.
poster-scan = کود را اسکن کنید: این فعالیت به زبان شما باز می‌شود.
offer-retired = این فعالیت دیگر جریان ندارد. این هم موضوع‌ها، تا فعالیت دیگری پیدا کنید.
