# Browsing the offers: categories, lists and details.

categories-title = Choose a topic:
category-meet = 🤝 Meet people
category-help = 🧾 Practical help
category-learn = 📚 Language and school
category-family = 👨‍👩‍👧 Family
category-culture = 🎭 Culture and democracy
category-home = 🛋️ Things for the home

offers-in-category = { $category }
    Choose an offer:
offers-none = There are no offers here yet.

offer-when = 🕒 When: { $when }
offer-where = 📍 Where: { $where }
offer-who = 👥 Who: { $group }
offer-checked = ✔️ Checked by the group: { $date }
offer-not-translated = This offer is not yet in English. Here it is in { $language }.
offer-kind-drop-in = 🚪 Just come by. You do not need to sign up.
offer-kind-volunteer = 🙋 Press the button, and a volunteer will contact you here.
offer-interested = 🙋 I'm interested
offer-unknown = This offer no longer exists. Here are the topics.

# On a printed poster, under the offer's title.
poster-scan = Scan the code: the offer opens in your language.
offer-retired = This offer is no longer running. Here are the topics, to find another.
