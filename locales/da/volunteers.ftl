# Volunteers: choosing the role, signing up, the volunteer menu, notifications and taking requests.

role-title = Hvordan kan Velkommen hjælpe dig?
role-newcomer = 🧳 Jeg er ny her
role-volunteer = 🤝 Jeg vil være frivillig

signup-name = Tak, fordi du vil hjælpe! Hvad skal nytilkomne og koordinatorer kalde dig? Dit fornavn er nok.
signup-groups = Hvilke grupper er du frivillig i? Tryk for at vælge, og tryk så på "Næste". Du kan også springe det over indtil videre.
signup-languages = Hvilke sprog taler du? Vælg mindst ét.
signup-helps = Hvad kan du hjælpe med? Vælg mindst én ting.
signup-choose-one = Vælg venligst mindst én mulighed.
signup-next = ➡️ Næste
signup-send = ✅ Send
signup-none = ingen endnu
signup-confirm =
    Tjek venligst:
    Navn: { $name }
    Grupper: { $groups }
    Sprog: { $languages }
    Hjælper med: { $helps }
    Koordinatorerne i dine grupper kan se dette. Nytilkomne ser kun dit navn. /delete sletter det hele.
signup-sent = Tak! En koordinator kigger på din tilmelding. Jeg giver dig besked her.
profile-saved = Din profil er gemt.

volunteer-menu-title = Hvad vil du gerne gøre?
volunteer-pending = Din tilmelding venter på en koordinator.
volunteer-declined-status = Din tilmelding blev ikke godkendt. Skriv til kommunen, hvis du har spørgsmål.
volunteer-paused-note = Du holder pause. Du får ikke besked om nye ønsker.
menu-my-tasks = 📥 Mine opgaver
menu-pause = ⏸️ Hold pause fra nye ønsker
menu-resume = ▶️ Få nye ønsker igen
menu-edit-profile = ✏️ Ret min profil
menu-leave = 🚪 Stop som frivillig
paused = Du holder pause nu. Du hører ikke om nye ønsker, før du trykker på "Få nye ønsker igen".
resumed = Velkommen tilbage. Du hører om nye ønsker igen.
tasks-none = Du har ingen åbne opgaver.
tasks-title = Dine opgaver:
task-line = • #{ $request } { $offer }
task-write = 💬 Skriv: #{ $request }
task-done = ✅ Klaret: #{ $request }

notice-new-request =
    🆕 Nyt ønske #{ $request }: { $offer }
    Sprog: { $language }
    Kommentar: { $note }
notice-no-note = ingen kommentar
notice-accept = ✅ Jeg tager det
notice-not-me = 🙅 Ikke mig
notice-taken = Ønske #{ $request } ({ $offer }) er taget af en anden frivillig. Tak!
claim-won = Du har taget ønske #{ $request }: { $offer }. Skriv din første besked til familien nu. Den går gennem mig, og de ser kun dit navn.
claim-lost = En anden har allerede taget dette ønske. Tak alligevel!
request-withdrawn = Familien har aflyst ønske #{ $request } ({ $offer }). Tak alligevel!
not-me-ok = OK. De andre kan tage det.
newcomer-claimed = Godt nyt! { $name }, en frivillig, hjælper dig med "{ $offer }" og skriver til dig her.

relay-open-volunteer = Du skriver til familien om ønske #{ $request } ({ $offer }). Skriv en besked, eller send et billede, en talebesked eller en fil.
relay-open-newcomer = Du skriver til { $name } om "{ $offer }". Skriv en besked, eller send et billede, en talebesked eller en fil.
relay-from-volunteer = 💬 { $name } ("{ $offer }"):
relay-from-newcomer = 💬 Familien, ønske #{ $request } ({ $offer }):
file-too-large = Filen er for stor. Send venligst filer på højst { $max } MB eller et billede af hver side.
relay-reply = ↩️ Svar
relay-sent = ✓ Sendt.
relay-file-cpr = 🔒 Dæk CPR-nummeret til på breve, før du sender et billede.
relay-end = 🔚 Afslut samtalen
relay-ended = Samtalen om "{ $offer }" er afsluttet.
relay-closed = Denne samtale er afsluttet.
mark-done = ✅ Markér som klaret
done-confirm = Er ønske #{ $request } ("{ $offer }") klaret? Så lukkes samtalen, og familien bliver spurgt, hvordan det gik.
done-yes = ✅ Ja, det er klaret
done-not-yet = ⬅️ Ikke endnu
ended-ask = Fik familien hjælp med ønske #{ $request } ("{ $offer }")?
ended-by-family = Familien har afsluttet samtalen om ønske #{ $request } ("{ $offer }"). Fik de hjælpen?
ended-give-back = ↩️ Nej, giv den tilbage til gruppen
given-back = Tak. Ønske #{ $request } går tilbage til gruppen, og gruppens koordinatorer får besked.
given-back-family = Dit ønske om "{ $offer }" er åbent igen. Vi leder efter en anden, der kan hjælpe dig.
request-done-volunteer = Tak! Ønske #{ $request } er markeret som klaret.
feedback-ask = { $name } har markeret "{ $offer }" som klaret. Fik du den hjælp, du havde brug for?
feedback-good = 👍 Ja
feedback-bad = 👎 Nej
feedback-thanks = Tak, fordi du fortalte os det.

# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order.
spoken-ti = tigrinya
spoken-fa = farsi (persisk)
spoken-so = somali
spoken-ku = kurdisk
spoken-tr = tyrkisk
spoken-ps = pashto
spoken-ru = russisk
task-closed = En koordinator har lukket ønske #{ $request } ({ $offer }). Du skal ikke gøre mere. Tak!
