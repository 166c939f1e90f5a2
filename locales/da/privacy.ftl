# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    Før vi begynder: om dine data.
    • { $operator } er ansvarlig for denne tjeneste.
    • Vi gemmer dit sprog, den konto, du skriver fra, det, du beder om, dine bemærkninger, spørgsmål og de filer, du sender, så frivillige kan hjælpe dig.
    • Dine beskeder bliver sendt via { $platform }, som kan se dem.
    • Vi sletter dine data, når du ikke har brugt tjenesten i { PLURAL($days) ->
        [one] én dag
       *[other] { $days } dage
    }.
    • Skriv /mydata for at se dine data og /delete for at slette dem.
    Skriv venligst ikke telefonnumre, adresser eller oplysninger om helbred eller religion i dine beskeder.
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
