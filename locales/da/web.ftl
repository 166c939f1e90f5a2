# Koordinatorernes webside.
web-title = Velkommen · koordinatorer
web-nav-dashboard = Overblik
web-nav-broadcast = Ny besked til mange
web-logout = Log ud
web-language = Sprog
web-back = Tilbage til overblikket
web-urgent = Akutte råb om hjælp, som ingen har taget endnu
web-pending = Frivillige, der venter på godkendelse
web-pending-none = Ingen venter på godkendelse.
web-approve = Godkend
web-decline = Afvis
web-open-requests = Ønsker, som ingen har taget, ældste først
web-open-requests-none = Alle ønsker er taget.
web-take = Tag det selv
web-request-offer = Tilbud
web-request-group = Gruppe
web-request-language = Sprog
web-request-waiting = Venter
web-request-note = Besked
web-questions = Åbne spørgsmål fra nytilkomne
web-outbox = Beskeder, der venter på at blive sendt
web-outbox-platform = Platform
web-outbox-queued = Venter
web-outbox-oldest = Den ældste har ventet
web-outbox-empty = Intet venter på at blive sendt.
web-minutes = { PLURAL($count) ->
        [one] { $count } minut
       *[other] { $count } minutter
    }
web-hours = { PLURAL($count) ->
        [one] { $count } time
       *[other] { $count } timer
    }
web-days = { PLURAL($count) ->
        [one] { $count } dag
       *[other] { $count } dage
    }
web-audience = Hvem får den
web-audience-newcomers = Nytilkomne
web-audience-volunteers = Frivillige
web-audience-both = Begge
web-group = Gruppe
web-group-all = Alle grupper
web-recipients = Modtagere
web-recipients-total = { PLURAL($count) ->
        [one] { $count } person i alt
       *[other] { $count } personer i alt
    }
web-count-update = Tæl igen
web-text-empty = tom
web-text-help = Skriv på så mange sprog, du kan. Læsere, hvis sprog ikke har en tekst, får teksten på det nærmeste sprog, de læser.
web-preview = Sådan ser den ud i chatten
web-send = Send nu
web-error-no-text = Skriv beskeden på mindst ét sprog.
web-error-too-long = Teksten er for lang. Højst { $max } tegn.
web-error-unreached = Læsere af dette sprog ville ikke få noget. Skriv her, eller på engelsk eller dansk.
web-report-title = Levering af besked nr. { $id }
web-report-refresh = Opdater
web-report-status = Status
web-report-count = Antal
web-log-in = Log ind. Send /web til botten i Telegram eller Discord, og åbn det link, du får.
web-session-ended = Du er logget ud, eller din session er udløbet. Send /web til botten for at få et nyt link.
web-forbidden = Du må ikke se eller ændre dette.
web-form-expired = Formularen var udløbet. Gå tilbage, genindlæs siden og prøv igen. Intet blev ændret.
web-busy = Der har været for mange forsøg på at logge ind. Vent et minut, og prøv igen.
web-link-used = Dette link er allerede brugt, eller det er udløbet. Send /web til botten for at få et nyt.
web-logged-out = Du er logget ud.
web-went-wrong = Noget gik galt hos os. Intet gik tabt. Prøv igen.
web-nav-posters = Plakater
web-posters-help = Åbn et tilbuds plakat, og udskriv den fra browseren. Dens QR-kode åbner tilbuddet på læserens eget sprog i Telegram.
web-poster-place = Hvor plakaten skal hænge (står nederst, kan udelades)
web-poster-none = Plakater kræver bottens brugernavn i Telegram: sæt { $setting }
web-poster-set-place = Sæt det på plakaterne
web-answer-in = Dit svar, på
web-answer-send = Send svaret
web-questions-none = Ingen spørgsmål venter på svar.
web-nav-questions = Svar på spørgsmål
web-error-no-words = Skriv et par ord først.
web-nav-report = Rapport
web-report-quarters = Kvartaler
web-report-csv = Hent som CSV
web-report-empty = Der er ingen af dine grupper i denne rapport.
web-report-print = Udskriv siden fra browseren for at dele den ud på kvartalsmødet.
web-report-no-quarter = Det kvartal findes ikke. Vælg et fra listen.
web-report-questions = Spørgsmål fra nytilkomne: { $asked } stillet, { $answered } besvaret.
web-chart-requests = Ønsker pr. gruppe
web-chart-taken = taget af en frivillig
web-chart-not-taken = ikke taget
web-chart-hours = Timer, før en frivillig tog et ønske (median)
web-chart-hours-legend = timer (median)
web-col-received = Ønsker
web-col-claimed = Taget
web-col-done = Klaret
web-col-cancelled = Aflyst
web-col-hours = Timer før taget (median)
web-col-escalated = Sendt videre til koordinatorer
web-col-open = Stadig åbne
web-col-volunteers = Aktive frivillige
web-col-pending = Frivillige, der venter
web-col-events = Arrangementer
web-col-going = Sagde, de kommer
web-nav-offers = Tilbud
web-offers-help = Hold jeres gruppers tilbud opdaterede: marker hvert som tjekket, og skriv det på alle sprog. Et sprog, der mangler, læser teksten på et nærliggende sprog.
web-offers-none = Dine grupper har ingen tilbud.
web-offer-verified = tjekket den
web-offer-never-verified = aldrig tjekket
web-offer-stale = ikke tjekket i et halvt år
web-offer-missing = mangler
web-offer-verify = Stadig rigtigt i dag
web-offer-save = Gem
web-offer-title = Tilbuddets navn
web-offer-description = Hvad det er
web-offer-when = Hvornår
web-offer-where = Hvor
web-offer-fallback = Der er ingen tekst på dette sprog endnu. Herunder står teksten på { $language }: skriv hen over den, og gem.
web-nav-requests = Ønsker
web-all-languages = Alle sprog
web-older-than = Mindst så mange dage gamle
web-filter = Vis
web-hand-to = Giv det til
web-hand = Giv videre
web-requests-none = Ingen ønsker passer.
web-status-open = ikke taget
web-status-claimed = taget
web-status-done = klaret
web-status-cancelled = aflyst
web-status-all = alle
web-session-ended-kept = Din session udløb, før dette blev sendt, så intet blev sendt eller gemt. Dine ord står herunder: kopier dem, send /web til botten for et nyt link, og sæt dem ind igen.
