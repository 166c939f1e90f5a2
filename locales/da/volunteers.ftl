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
volunteer-paused-note = Dine notifikationer er sat på pause.
menu-my-tasks = 📥 Mine opgaver
menu-pause = ⏸️ Sæt notifikationer på pause
menu-resume = ▶️ Slå notifikationer til igen
menu-edit-profile = ✏️ Ret min profil
menu-leave = 🚪 Stop som frivillig
paused = Sat på pause. Du hører ikke om nye anmodninger, før du slår notifikationer til igen.
resumed = Velkommen tilbage. Du hører om nye anmodninger igen.
tasks-none = Du har ingen åbne opgaver.
tasks-title = Dine opgaver:
task-line = • #{ $request } { $offer }
task-write = 💬 Skriv: #{ $request }
task-done = ✅ Færdig: #{ $request }

notice-new-request =
    🆕 Ny anmodning #{ $request }: { $offer }
    Sprog: { $language }
    Bemærkning: { $note }
notice-no-note = ingen bemærkning
notice-accept = ✅ Jeg tager den
notice-not-me = 🙅 Ikke mig
notice-taken = Anmodning #{ $request } ({ $offer }) er taget af en anden frivillig. Tak!
claim-won = Du har taget anmodning #{ $request }: { $offer }. Skriv din første besked til familien nu. Den går gennem mig, og de ser kun dit navn.
claim-lost = En anden har allerede taget denne anmodning. Tak alligevel!
request-withdrawn = Familien har annulleret anmodning #{ $request } ({ $offer }). Tak alligevel!
not-me-ok = OK. De andre kan tage den.
newcomer-claimed = Godt nyt! { $name }, en frivillig, hjælper dig med "{ $offer }" og skriver til dig her.

relay-open-volunteer = Du skriver til familien om anmodning #{ $request } ({ $offer }). Skriv en besked, eller send et billede, en talebesked eller en fil.
relay-open-newcomer = Du skriver til { $name } om "{ $offer }". Skriv en besked, eller send et billede, en talebesked eller en fil.
relay-from-volunteer = 💬 { $name } ("{ $offer }"):
relay-from-newcomer = 💬 Familien, anmodning #{ $request } ({ $offer }):
file-too-large = Filen er for stor. Send venligst filer på højst { $max } MB eller et billede af hver side.
relay-reply = ↩️ Svar
relay-sent = ✓ Sendt.
relay-file-cpr = 🔒 Dæk CPR-nummeret til på breve, før du sender et billede.
relay-end = 🔚 Afslut samtalen
relay-ended = Samtalen om "{ $offer }" er afsluttet.
relay-closed = Denne samtale er afsluttet.
mark-done = ✅ Markér som færdig
done-confirm = Er anmodning #{ $request } ("{ $offer }") færdig? Så lukkes samtalen, og familien bliver spurgt, hvordan det gik.
done-yes = ✅ Ja, den er færdig
done-not-yet = ⬅️ Ikke endnu
ended-ask = Fik familien den hjælp, de bad om i anmodning #{ $request } ("{ $offer }")?
ended-by-family = Familien har afsluttet samtalen om anmodning #{ $request } ("{ $offer }"). Fik de hjælpen?
ended-give-back = ↩️ Nej, giv den tilbage til gruppen
given-back = Tak. Anmodning #{ $request } går tilbage til gruppen, og gruppens koordinatorer får besked.
given-back-family = Din anmodning om "{ $offer }" er åben igen. Vi leder efter en anden, der kan hjælpe dig.
request-done-volunteer = Tak! Anmodning #{ $request } er markeret som færdig.
feedback-ask = { $name } har markeret "{ $offer }" som færdig. Fik du den hjælp, du havde brug for?
feedback-good = 👍 Ja
feedback-bad = 👎 Nej
feedback-thanks = Tak, fordi du fortalte os det.

# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order.
spoken-ti = tigrinya
spoken-fa = dari/farsi
spoken-so = somali
spoken-ku = kurdisk
spoken-tr = tyrkisk
spoken-ps = pashto
task-closed = En koordinator har lukket anmodning #{ $request } ({ $offer }). Du skal ikke gøre mere. Tak!
