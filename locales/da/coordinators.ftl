# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.

coordinator-menu-title = Koordinatormenu. Hvad vil du gerne gøre?
menu-pending-signups = 🆕 Tilmeldinger, der venter: { $count }
menu-open-requests = 📬 Ønsker, som ingen har taget
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
volunteer-approved = Velkommen! En koordinator har godkendt dig som frivillig. Jeg giver dig besked her om ønsker, du kan tage.
volunteer-declined = En koordinator har ikke godkendt din tilmelding denne gang. Skriv til kommunen, hvis du har spørgsmål.
pending-none = Ingen tilmeldinger venter.
pending-count = { PLURAL($count) ->
    [one] Én tilmelding venter på dig.
   *[other] { $count } tilmeldinger venter på dig.
    }
pending-page = Side { $page } af { $pages }
pending-approve = ✅ { $name }
pending-decline = ✖️ { $name }
pending-previous = ⬅️ Forrige
pending-next = ➡️ Næste

open-requests-none = Alle ønsker er taget.
open-requests-title = Ønsker, som ingen har taget:
open-request-line = • #{ $request } { $offer } ({ $language }, { $date })
escalation-notice =
    ⏰ Ingen har taget ønske #{ $request } endnu: { $offer }
    Sprog: { $language }
    Kommentar: { $note }
take-myself = 🙋 Jeg tager det selv: #{ $request }
hand-over = 👉 Giv det til en frivillig: #{ $request }
hand-choose = Hvem skal tage ønske #{ $request }?
hand-none = Gruppen har ingen godkendte frivillige endnu.
handed = Ønske #{ $request } er givet til { $name }.
notice-handed = En koordinator har givet dig ønske #{ $request }: { $offer }. Skriv til familien nu.

invite-choose-group = Hvilken gruppe skal den nye koordinator stå for?
invite-code =
    Giv denne kode til den nye koordinator. Den kan bruges én gang inden for { PLURAL($days) ->
        [one] en dag
       *[other] { $days } dage
    }. Den nye koordinator skal skrive:
    { $command }
invite-used = Du er nu koordinator for { $group }.
invite-invalid = Denne invitationskode er ukendt, udløbet eller allerede brugt.
invite-after-privacy = Din invitationskode gælder, når du har læst, hvordan vi passer på dine data, og har sagt ja.
invite-paused = For mange forkerte koder. Vent en time, og prøv så igen.
invite-open-title = Koder, du har lavet, som stadig virker (tryk på en kode for at trække den tilbage):
invite-revoke = ✖️ { $group } · gælder til { $date }
invite-revoked = Koden er trukket tilbage. Den virker ikke længere.

menu-broadcast = 📣 Ny besked til mange
menu-broadcasts = 📊 Sendte beskeder til mange
menu-events = 📅 Arrangementer
menu-questions = ❓ Spørgsmål, der venter: { $count }
menu-our-offers = 🗂️ Vores tilbud
menu-summary = 📈 Kvartalsoversigt

broadcast-audience = Hvem skal have beskeden? Kun dem, der har bedt om nyheder, får den.
audience-newcomers = 🧳 Nytilkomne
audience-volunteers = 🤝 Frivillige
audience-both = 👥 Begge
broadcast-group = Hvilke frivillige?
broadcast-group-own = Hvilken gruppe? Kun gruppens egne folk får den: dens frivillige og de nytilkomne, der har bedt om et af dens tilbud eller svaret på et af dens arrangementer.
broadcast-all-groups = Alle grupper
broadcast-language = Kun dem, der bruger ét bestemt sprog?
broadcast-all-languages = Alle sprog
broadcast-write = Skriv teksten på { $language } ({ PLURAL($count) ->
        [one] én modtager
       *[other] { $count } modtagere
    } i alt). Eller tryk på "Spring dette sprog over". Så får de, der læser { $language }, teksten på det første af disse sprog, der har en tekst: { $fallback }.
broadcast-skip = ⏭️ Spring dette sprog over
broadcast-needs-text = Skriv venligst mindst én tekst på dansk eller engelsk, så alle får noget.
broadcast-preview = Forhåndsvisning. Modtagere i alt: { $count }
broadcast-preview-language = På { $language } ser { PLURAL($count) ->
        [one] én person
       *[other] { $count } personer
    }:
broadcast-preview-fallback = På { $language } får { PLURAL($count) ->
        [one] én person
       *[other] { $count } personer
    } teksten på { $fallback }, fordi der ikke er nogen tekst på { $language }:
broadcast-confirm = Vil du sende den nu?
broadcast-send = 📣 Send
broadcast-sent = Beskeden er på vej.
broadcasts-title = Sendte beskeder til mange. Vælg én for at se, hvordan leveringen gik:
broadcast-line = #{ $id } · { $date }
report-title = Levering af besked #{ $id }:
report-no-address = Kunne ikke nås på nogen platform, da den blev sendt: { $count }
report-cancelled = Denne besked blev annulleret.
report-refresh = 🔄 Opdatér
broadcast-cancel = ✖️ Annuller det, der ikke er sendt endnu
broadcast-cancelled = Annulleret. Beskeder, der blev stoppet: { $count }
delivery-pending = venter
delivery-delivered = leveret
delivery-failed = fejlede
delivery-unreachable = kan ikke nås (har blokeret botten eller lukket for beskeder)
delivery-cancelled = annulleret

events-title = Dine gruppers arrangementer:
event-new = ➕ Nyt arrangement
event-group = Hvilken gruppe holder arrangementet?
event-audience = Hvem er arrangementet for?
event-time = Hvornår starter det? Skriv dato og klokkeslæt i dansk tid, for eksempel 17.12.2026 kl. 14.00 eller 17. december kl. 14.
event-time-invalid = Det kunne jeg ikke læse som dato og klokkeslæt. Skriv det sådan her: 17.12.2026 kl. 14.00.
event-time-past = Det tidspunkt er allerede forbi. Skriv en dato og et klokkeslæt i fremtiden.
event-place = Hvor er det? Skriv stedet og adressen.
event-title = Skriv titlen på { $language }, eller tryk på "Spring dette sprog over".
event-description = Skriv en kort beskrivelse på { $language }.
event-check = Tjek venligst arrangementet:
event-create = ✅ Opret arrangementet
event-created = Arrangementet er oprettet. Vil du annoncere det nu?
event-announce = 📣 Annoncér det
event-rsvp-counts = Kommer: { $going } · Kommer ikke: { $notgoing }
event-going-volunteers = Frivillige, der kommer: { $names }
event-going-newcomers = Nytilkomne, der kommer, fordelt på sprog: { $languages }
event-text =
    📅 { $title }
    🕒 { $when }
    📍 { $place }
    { $description }
event-going = ✅ Jeg kommer
event-not-going = ✖️ Jeg kommer ikke
event-calendar = 📅 Føj til kalenderen
event-going-noted = Vi ses til "{ $title }"! Jeg minder dig om det, før det begynder.
event-going-noted-no-reminder = Vi ses til "{ $title }"!
event-not-going-noted = OK, du kommer ikke til "{ $title }".
event-calendar-file = "{ $title }" som kalenderfil:
event-reminder = ⏰ Husk: Du har meldt dig til dette arrangement:
events-none = Der er ingen kommende arrangementer lige nu.
events-upcoming = Kommende arrangementer:

questions-none = Ingen spørgsmål venter.
questions-title = Spørgsmål, der venter på svar:
question-line =
    ❓ ({ $language }, { $date })
    { $question }
question-line-late =
    ⏰ Har ventet længe! ({ $language }, { $date })
    { $question }
question-answer = 💬 Svar
question-answer-prompt =
    Spørgsmålet var:
    { $question }
    Skriv dit svar. Det går til personen gennem mig.
question-answered = 💬 Svar på dit spørgsmål "{ $question }":
question-answered-urgent = 💬 En medarbejder i kommunen skriver til dig:
question-follow-up = Skriv dit svar til den, der svarede dig.
question-follow-up-from = 💬 Opfølgning på spørgsmålet "{ $question }":

our-offers-title = Dine gruppers tilbud. ⚠️ betyder, at tilbuddet ikke er tjekket i 6 måneder; ⏸️ betyder, at det er taget ud af kataloget på websiden:
offer-still-correct = ✅ Stadig korrekt
offer-edit = ✏️ Ret en tekst
offer-verified = Tak. Tilbuddet er markeret som tjekket i dag.
offer-verified-on = Sidst tjekket: { $date }
offer-never-verified = Aldrig tjekket.
offer-edit-which = Hvilken tekst?
offer-field-title = Titel
offer-field-description = Beskrivelse
offer-field-when = Hvornår
offer-field-where = Hvor
offer-edit-language = På hvilket sprog?
offer-edit-write = Skriv den nye tekst.
offer-saved = Gemt. Tilbuddet er også markeret som tjekket i dag.

summary-title = De sidste tre måneder, pr. gruppe:
summary-nothing = Ingen gruppe har haft ønsker eller arrangementer i de sidste tre måneder.
summary-group =
    { $group }
    Ønsker: { $received } · taget { $claimed } · klaret { $done } · aflyst { $cancelled }
    Mediantid, før et ønske blev taget: { $hours }
    Sendt videre til koordinator: { $escalated } · venter stadig: { $open }
    Frivillige: aktive { $active } · venter på godkendelse { $pending }
    Arrangementer: { $events } · tilmeldte: { $going }
summary-hours = { $hours } timer
summary-no-hours = – (ingen taget endnu)
summary-questions = Spørgsmål: { $asked } stillet · { $answered } besvaret

# The audit trail of coordinator and staff actions.
menu-audit = 🧾 Hvem gjorde hvad
menu-coordinators = 👥 Koordinatorer
audit-title = Hvem gjorde hvad, nyeste først (personer vises med deres nummer):
audit-none = Der er intet i loggen endnu.
audit-line = { $date } · { $who }: { $what } #{ $subject }
audit-approve = godkendte frivillig
audit-decline = afviste frivillig
audit-broadcast = sendte besked til mange
audit-cancel-broadcast = stoppede besked til mange
audit-verify-offer = tjekkede tilbud
audit-edit-offer = ændrede tilbud
audit-create-event = oprettede arrangement
audit-invite = lavede invitationskode til gruppe
audit-revoke-invite = tilbagekaldte invitationskode
audit-became-coordinator = blev koordinator for gruppe
audit-take-request = tog ønske
audit-hand-request = gav en frivillig ønske

web-link =
    Dit link til koordinatorernes webside. Det virker én gang inden for { PLURAL($minutes) ->
        [one] et minut
       *[other] { $minutes } minutter
    }. Giv det ikke videre.
    { $link }
web-off = Websiden er ikke slået til her. Spørg kommunens IT-afdeling.
request-closed = Ønske #{ $request } er lukket.
event-changed = 📅 Et arrangement, du har meldt dig til, er ændret. Sådan ser det ud nu:
audit-close-request = lukkede ønske
audit-retire-offer = tog tilbud ud eller satte det tilbage
audit-edit-event = ændrede arrangement
audit-remove-coordinator = fratog koordinator en gruppe
audit-step-down = trådte tilbage som koordinator for gruppe


coordinators-title = Hvem koordinerer hvilken gruppe:
coordinators-invited-line = • Person #{ $person } · { $group } (med invitationskode)
coordinators-configured-line = • { $address } · { $groups } (i konfigurationsfilen; ret det dér)
coordinators-every-group = alle grupper
coordinators-none = Ingen endnu.
coordinator-remove = ✖️ Fjern #{ $person } fra { $group }
coordinator-step-down = 🚪 Træd tilbage fra { $group }
coordinator-removed = Det er gjort. Personen er ikke længere koordinator for gruppen og er logget ud af websiden.
coordinator-stepped-down = Du er ikke længere koordinator for gruppen. Tak for din indsats.
coordinator-removed-notice = Du er ikke længere koordinator for { $group }. En medarbejder i kommunen har ændret det. Tak for din indsats.
