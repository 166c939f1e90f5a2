# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.

coordinator-menu-title = Koordinatormenu. Hvad vil du gerne gøre?
menu-pending-signups = 🆕 Tilmeldinger, der venter: { $count }
menu-open-requests = 📬 Anmodninger, som ingen har taget
menu-invite = 🎟️ Invitér en koordinator
menu-coordinator = 🧭 Koordinatormenu

signup-notice =
    🆕 Ny frivillig: { $name }
    Grupper: { $groups }
    Sprog: { $languages }
    Hjælper med: { $helps }
approve = ✅ Godkend
decline = ✖️ Afvis
approved-coordinator = { $name } er godkendt.
declined-coordinator = { $name } er afvist.
already-decided = En anden har allerede taget stilling til denne tilmelding.
volunteer-approved = Velkommen! En koordinator har godkendt dig som frivillig. Jeg giver dig besked her om anmodninger, du kan tage.
volunteer-declined = En koordinator har ikke godkendt din tilmelding denne gang. Skriv til kommunen, hvis du har spørgsmål.
pending-none = Ingen tilmeldinger venter.
pending-title = Tilmeldinger, der venter på dig:

open-requests-none = Alle anmodninger er taget.
open-requests-title = Anmodninger, som ingen har taget:
open-request-line = • #{ $request } { $offer } ({ $language }, { $date })
escalation-notice =
    ⏰ Ingen har taget anmodning #{ $request } endnu: { $offer }
    Sprog: { $language }
    Bemærkning: { $note }
take-myself = 🙋 Jeg tager den selv: #{ $request }
hand-over = 👉 Giv den til en frivillig: #{ $request }
hand-choose = Hvem skal tage anmodning #{ $request }?
hand-none = Gruppen har ingen godkendte frivillige endnu.
handed = Anmodning #{ $request } er givet til { $name }.
notice-handed = En koordinator har givet dig anmodning #{ $request }: { $offer }. Skriv til familien nu.

invite-choose-group = Hvilken gruppe skal den nye koordinator koordinere?
invite-code = Giv denne kode til den nye koordinator. Den virker én gang. Den nye koordinator skriver: /start { $code }
invite-used = Du er nu koordinator for { $group }.
invite-invalid = Denne invitationskode er ukendt eller allerede brugt.
