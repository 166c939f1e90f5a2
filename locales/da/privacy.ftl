# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    Om dine data:
    • { $operator } er ansvarlig for denne tjeneste.
    • Vi gemmer det, du beder om og skriver her, så frivillige kan hjælpe dig.
    • Dine beskeder sendes via { $platform }, som kan se dem.
    • Vi sletter dine data efter { PLURAL($days) ->
        [one] én dag
       *[other] { $days } dage
    } uden brug.
    • /mydata viser dine data, /delete sletter dem.
    Skriv venligst ikke telefonnumre, adresser, helbred eller religion.
privacy-more =
    Det gemmer vi: dit sprog, den konto, du skriver fra, det, du beder om, dine bemærkninger, dine spørgsmål og de filer, du sender i en samtale med en frivillig.
    Gruppens frivillige og koordinatorer ser din anmodning og din bemærkning. Din frivillige ser det, du skriver til dem.
    Vi tjekker alle beskeder for ord, der kan betyde fare. Finder vi dem, viser vi dig nødnumre og giver en medarbejder i kommunen besked.
privacy-more-button = 📄 Læs mere
privacy-agree = ✅ Ja, det er i orden
privacy-agree-news = ✅ Ja, og send mig gerne nyheder
privacy-decline = ✖️ Nej, jeg vil kun kigge
privacy-agreed = Tak.
privacy-declined = OK. Du kan se alle tilbud. For at bede om et tilbud skal du først sige ja.
privacy-withdraw-warning = Du har sagt ja før. Hvis du nu vælger "Nej", bliver dine anmodninger, spørgsmål, filer og svar på arrangementer slettet.
privacy-needed = For at sende en anmodning eller et spørgsmål skal vi gemme det. Læs venligst privatlivserklæringen først.
privacy-read = 🔒 Læs privatlivserklæringen

platform-terminal = denne terminal
platform-telegram = Telegram
platform-discord = Discord
