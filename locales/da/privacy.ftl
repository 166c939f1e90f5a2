# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    Dine data:
    • { $operator } har ansvaret for dem og bruger dem til at hjælpe dig.
    • Den gruppe, du spørger, og kommunen ser dit ønske.
    • { $carrier ->
        [local] Du skriver på { $platform }.
       *[abroad] { $platform } sender dine beskeder via servere uden for EU.
    }
    • Vi tjekker beskeder for ord om fare, så du kan få hjælp.
    • Vi sletter dine data { PLURAL($days) ->
        [one] én dag
       *[other] { $days } dage
    } efter din sidste besked. Se dem: /mydata. Slet dem: /delete.
    Skriv ikke dit CPR-nummer eller om helbred og religion.
# "Read more" in chat, and the policy page: a title, then each part as a heading and its text.
privacy-policy-title = Sådan behandler Velkommen dine data
privacy-controller-title = Hvem har ansvaret
privacy-controller = { $operator } er dataansvarlig. Det betyder, at kommunen bestemmer, hvad vi gemmer og hvorfor. Kommunen har også ansvaret for det.
privacy-purpose-title = Hvorfor vi gemmer dine data
privacy-purpose = Vi gemmer dine data for at hjælpe dig med at finde og få tilbud fra kommunen og de frivillige grupper. Det er en del af kommunens myndighedsopgave med at tage imod nye borgere (GDPR artikel 6, stk. 1, litra e). Vi sender kun nyheder til dig, hvis du har sagt ja til det (dit samtykke, artikel 6, stk. 1, litra a). Du kan altid stoppe nyhederne i /mydata.
privacy-stored-title = Hvad vi gemmer
privacy-stored = Vi gemmer dit sprog og den konto, du skriver fra. Vi gemmer også dine ønsker, dine kommentarer, dine spørgsmål og dine svar på arrangementer. Og vi gemmer de filer, du sender i en samtale med en frivillig.
privacy-recipients-title = Hvem ser dine data
privacy-recipients = De frivillige og koordinatorerne i den gruppe, du spørger, ser dit ønske og din kommentar. Den frivillige, der hjælper dig, ser det, du skriver til ham eller hende. Medarbejdere i kommunen ser dine data, når de hjælper dig, eller når de tjekker, at Velkommen virker. Vi giver ikke dine data til andre.
privacy-platforms-title = Telegram og Discord
privacy-platforms = Dine beskeder går gennem { $platform }. Firmaet bag den app, du bruger, kan se dem, og firmaets servere er uden for EU.
privacy-danger-title = Ord om fare
privacy-danger = En computer tjekker alle beskeder for ord, der kan betyde fare. Hvis den finder sådan et ord, viser vi dig nødnumre og giver medarbejdere i kommunen besked. Så kan en af dem kontakte dig.
privacy-retention-title = Hvor længe vi gemmer dine data
privacy-retention = Vi sletter dine data { PLURAL($days) ->
        [one] én dag
       *[other] { $days } dage
    } efter din sidste besked. Filer fra en samtale om breve bliver slettet efter { PLURAL($file_days) ->
        [one] én dag
       *[other] { $file_days } dage
    }. Vores sikkerhedskopier gemmer en kopi i op til { PLURAL($backup_days) ->
        [one] én dag
       *[other] { $backup_days } dage
    } længere.
privacy-kept-title = Hvad der bliver tilbage, når du sletter
privacy-kept = Beskeder, der allerede er nået frem, bliver liggende i den anden persons chat. Vores sikkerhedskopier gemmer en kopi i op til { PLURAL($backup_days) ->
        [one] én dag
       *[other] { $backup_days } dage
    }. Vores logfiler gemmer tal og tidspunkter, aldrig dine ord.
privacy-rights-title = Dine rettigheder
privacy-rights = Du kan se dine data (/mydata) og få dem slettet (/delete). Du kan altid trække dit samtykke tilbage i /mydata. I /mydata kan du også se, hvornår medarbejdere eller koordinatorer har kigget på dine data, og hvorfor. Du kan også bede os om at rette dine data.
privacy-complaint-title = Hvis du vil klage
privacy-complaint = Du kan klage til Datatilsynet: datatilsynet.dk, telefon 33 19 32 00.
privacy-dpo-title = Databeskyttelsesrådgiver
privacy-dpo = Skriv til vores databeskyttelsesrådgiver: { $dpo }
privacy-full = Læs hele privatlivspolitikken her: { $url }
privacy-more-button = 📄 Læs mere
privacy-agree = ✅ Ja, det er i orden
privacy-agree-news = ✅ Ja, og send mig gerne nyheder
privacy-decline = ✖️ Nej, jeg vil kun kigge
privacy-agreed = Tak.
privacy-declined = OK. Du kan se alle tilbud. For at bede om et tilbud skal du først sige ja.
privacy-withdrawn = OK, du har sagt nej. Vi har slettet dine ønsker, dine spørgsmål, dine filer og dine svar på arrangementer. Vi gemmer kun dit sprog og den konto, du skriver fra, så vi kan svare dig. Beskeder, der allerede er nået frem, bliver liggende i den anden persons chat. Vores sikkerhedskopier gemmer en kopi i op til { PLURAL($backup_days) ->
        [one] én dag
       *[other] { $backup_days } dage
    }. Vores logfiler gemmer tal og tidspunkter, aldrig dine ord.
privacy-withdraw-warning = Du har sagt ja før. Hvis du nu vælger "Nej", bliver dine ønsker, spørgsmål, filer og svar på arrangementer slettet.
privacy-needed = For at sende et ønske eller et spørgsmål skal vi gemme det. Læs venligst privatlivspolitikken først.
privacy-read = 🔒 Læs privatlivspolitikken

platform-terminal = denne terminal
platform-telegram = Telegram
platform-discord = Discord
