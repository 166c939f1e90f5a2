# General screens: language picker, menu, help, errors.

# The name of this language, written in the language itself.
language-name = Dansk
language-picker = Vælg dit sprog.
language-changed = OK, jeg skriver til dig på dansk.

welcome = Velkommen til Velkommen! Jeg hjælper dig med at finde aktiviteter og hjælp fra frivillige i Ballerup.
menu-title = Hvad vil du gerne gøre?
menu-offers = 📋 Tilbud
menu-my-requests = 📨 Mine anmodninger
menu-ask = ❓ Stil et spørgsmål
menu-upcoming = 📅 Kommende arrangementer
menu-help = ℹ️ Hjælp
menu-my-data = 🔒 Mine data
nav-menu = 🏠 Menu
nav-language = 🌐 Sprog
nav-back = ⬅️ Tilbage

help =
    Jeg hjælper dig med at finde aktiviteter og frivillige i Ballerup.
    Tryk på knapperne for at vælge. Du kan også skrive:
    /start – start forfra
    /menu – hovedmenuen
    /language – skift sprog
    /mydata – se, hvad jeg gemmer om dig
    /delete – slet alt om dig
    /help – denne hjælp

not-understood = Undskyld, det forstod jeg ikke. Brug venligst knapperne.
unknown-command = Jeg kender ikke kommandoen { $command }. Skriv /help for at se, hvad jeg kan.
button-expired = Denne knap virker ikke længere.
state-reset = Undskyld, botten er blevet opdateret, og jeg har mistet tråden. Her er menuen.
something-went-wrong = Undskyld, der gik noget galt hos os. Intet er gået tabt. Prøv venligst igen.
file-not-expected = Jeg kan kun sende billeder, talebeskeder og filer videre i en samtale med en frivillig.
message-too-long = Din besked er for lang. Skriv højst { $max } tegn.
