# General screens: language picker, menu, help, errors.

language-picker = Vælg dit sprog.
language-changed = OK, jeg skriver til dig på dansk.

welcome = Velkommen til Velkommen! Her finder du aktiviteter og hjælp fra frivillige i Ballerup.
menu-title = Hvad vil du gerne gøre?
menu-offers = 📋 Tilbud
menu-my-requests = 📨 Mine ønsker
menu-ask = ❓ Stil et spørgsmål
menu-upcoming = 📅 Kommende arrangementer
menu-help = ℹ️ Sådan virker det
menu-my-data = 🔒 Mine data
nav-menu = 🏠 Menu
nav-language = 🌐 Sprog
nav-back = ⬅️ Tilbage
# Between the items of a list, such as languages or groups.
list-separator = {", "}

help =
    Jeg hjælper dig med at finde aktiviteter og frivillige i Ballerup.
    Tryk på knapperne for at vælge. Du kan også skrive:
    /start – start forfra
    /menu – hovedmenuen
    /language – skift sprog
    /mydata – se, hvad jeg gemmer om dig
    /delete – slet alt om dig
    /help – denne hjælp

not-understood = Undskyld, det forstod jeg ikke. Brug venligst knapperne. Er du i fare, så tryk på 🆘 eller ring 112.
text-as-question =
    Du skrev:
    { $text }

    Skal jeg sende det til en medarbejder i kommunen som et spørgsmål? Svaret kommer her.
text-as-question-send = 📨 Ja, send det som spørgsmål
unknown-command = Jeg kender ikke kommandoen { $command }. Skriv /help for at se, hvad jeg kan.
button-expired = Denne knap virker ikke længere.
state-reset = Undskyld, botten er blevet opdateret, og jeg har mistet tråden. Her er menuen.
something-went-wrong = Undskyld, der gik noget galt hos os. Intet er gået tabt. Prøv venligst igen.
file-not-expected = Jeg kan kun sende billeder, talebeskeder og filer videre i en samtale med en frivillig.
message-too-long = Din besked er for lang. Skriv højst { $max } tegn.

# The urgent path: "I need help now", danger words, and the alert to staff.
menu-urgent = 🆘 Jeg har brug for hjælp nu
urgent-now = 🆘 Er du eller en anden i fare lige nu, så ring 112.
urgent-numbers = Numre, der kan hjælpe:
urgent-line = ☎️ { $name }: { $number }
urgent-line-hours = { $line } ({ $hours })
urgent-name-danish = { $name } ({ $danish })
urgent-gentle = 🆘 Er du i fare, så tryk på "Jeg har brug for hjælp nu" eller ring 112.
helpline-municipality = Kommunen
helpline-municipality-about = spørgsmål til kommunen
helpline-after-hours = Socialvagten
helpline-after-hours-about = når et barn eller en voksen har brug for hjælp uden for kontortid
urgent-told = En medarbejder i kommunen har fået besked og skriver til dig her, så snart det er muligt. Vi kan ikke ringe til dig.
alert-notice = 🆘 En person har måske brug for hjælp nu: { $danger }. Person #{ $person } ({ $language }) skrev:
    { $words }
alert-notice-button = 🆘 En person har trykket "Jeg har brug for hjælp nu". Person #{ $person } ({ $language }).
alert-notice-someone = 🆘 En person har brug for hjælp nu. Person #{ $person } ({ $language }). Ingen på vagt har taget alarmen endnu.
alert-again = 🆘 Person #{ $person } ({ $language }) har skrevet igen om alarm #{ $alert }:
    { $words }
alert-flood = ⚠️ For mange alarmer på { $platform } inden for en time (grænsen er { $count }). Måske er mange af dem falske. Alle får stadig nødnumrene, og beskederne ligger blandt spørgsmålene.
alert-child-duty = 👶 Et barn kan være i fare. Husk underretningspligten. Send en underretning her:
    { $channel }
alert-child-duty-unset = 👶 Et barn kan være i fare. Husk underretningspligten: send en underretning til kommunens børne- og familieafdeling.
alert-danger-violence_at_home = vold i hjemmet
alert-danger-sexual_violence = seksuel vold
alert-danger-self_harm = selvmord eller selvskade
alert-danger-child_in_danger = et barn i fare
alert-danger-threat = en trussel
alert-danger-trafficking = menneskehandel eller tvangsarbejde
alert-danger-in_danger = i fare, uden at sige hvordan
alert-take = 🙋 Jeg tager den
alert-answer = ✍️ Skriv til personen
alert-taken = Tak, du har alarmen nu. Den bliver ikke sendt videre til andre. Skriv til personen nu, og luk alarmen, når du ved, hvordan det gik.
alert-outcome-reached = ✅ Fik kontakt
alert-outcome-referred = ↪️ Henvist videre
alert-outcome-no-answer = 🔕 Intet svar
alert-outcome-not-a-cry = ➖ Ingen fare
alert-closed = Alarmen er lukket: { $outcome }.

# Limits per person.
too-fast = Du skriver meget hurtigt. Vent et øjeblik, og prøv så igen. Er du i fare, så ring 112.
too-busy = Rigtig mange skriver til os lige nu. Prøv igen om et minut. Er du i fare, så ring 112.
file-quota = Du har sendt mange filer i dag. Send flere i morgen, eller skriv din besked som tekst.
