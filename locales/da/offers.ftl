# Browsing the offers: categories, lists and details.

categories-title = Vælg et emne:
category-meet = 🤝 Mød andre
category-help = 🧾 Praktisk hjælp
category-learn = 📚 Sprog og skole
category-family = 👨‍👩‍👧 Familie
category-culture = 🎭 Kultur og demokrati
category-home = 🛋️ Ting til hjemmet

offers-in-category = { $category }
    Vælg et tilbud:
offers-none = Der er ingen tilbud her endnu.

offer-when = 🕒 Hvornår: { $when }
offer-where = 📍 Hvor: { $where }
offer-who = 👥 Hvem: { $group }
offer-checked = ✔️ Tjekket af gruppen: { $date }
offer-not-translated = Dette tilbud findes endnu ikke på dansk. Her er det på { $language }.
offer-kind-drop-in = 🚪 Kom bare forbi. Du behøver ikke at tilmelde dig.
offer-kind-volunteer = 🙋 Tryk på knappen, så kontakter en frivillig dig her.
offer-interested = 🙋 Jeg er interesseret
offer-unknown = Dette tilbud findes ikke længere. Her er emnerne.

# On a printed poster, under the offer's title.
poster-scan = Scan koden: tilbuddet åbner på dit sprog.
offer-retired = Dette tilbud kører ikke længere. Her er emnerne, så du kan finde et andet.
