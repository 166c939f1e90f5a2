# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    Du beder om: { $offer }
    Vil du skrive en kort bemærkning? For eksempel: "vi er 2 voksne og 3 børn" eller "helst efter kl. 15".
    Skriv ikke telefonnumre, adresser eller oplysninger om helbred.
note-skip = ➡️ Send uden bemærkning
note-cancel = ✖️ Annuller
note-empty = Skriv venligst et par ord, eller tryk på "Send uden bemærkning".
request-sent = Tak! Din anmodning om "{ $offer }" er sendt. En frivillig skriver til dig her.
request-exists = Du har allerede bedt om "{ $offer }". Du kan følge din anmodning under "Mine anmodninger".

my-requests-title = Dine anmodninger:
my-requests-none = Du har ingen anmodninger endnu.
my-requests-none-active = Du har ingen åbne anmodninger.
my-requests-closed = Tidligere anmodninger:
request-write-button = 💬 Skriv til din frivillige: { $offer }
my-requests-count =
    { PLURAL($count) ->
        [one] Du har én anmodning.
       *[other] Du har { $count } anmodninger.
    }
request-line = • { $offer }: { $status }
request-status-open = venter på en frivillig
request-status-claimed = en frivillig hjælper dig
request-status-done = afsluttet
request-status-cancelled = annulleret
request-cancel-button = ✖️ Annuller: { $offer }
request-cancel-confirm = Vil du annullere din anmodning om "{ $offer }"?
request-cancel-yes = Ja, annuller den
request-cancel-no = Nej, behold den
request-cancelled = Din anmodning om "{ $offer }" er annulleret.

question-prompt = Skriv dit spørgsmål i én besked. En koordinator fra kommunen svarer dig her.
question-sent = Tak. Dit spørgsmål er sendt. En koordinator svarer dig her.
request-family-left = Familien, som du hjalp med anmodning #{ $request } ("{ $offer }"), har slettet sine data, så samtalen er slut. Tak for din hjælp.
request-volunteer-left = Den frivillige, der hjalp dig med "{ $offer }", er stoppet. Din anmodning er åben igen, og vi leder efter en ny frivillig. Du behøver ikke gøre noget.
request-closed-helped = Din anmodning om "{ $offer }" er lukket, fordi du har fået hjælpen. Det er vi glade for. Du kan altid bede om noget andet.
request-closed-no-volunteer = Vi beklager: Ingen kunne tage din anmodning om "{ $offer }" denne gang, så den er lukket. Du er velkommen til at spørge igen senere eller skrive et spørgsmål til os.
request-closed-no-answer = Vi har ikke hørt fra dig, så din anmodning om "{ $offer }" er lukket. Har du stadig brug for det, er du velkommen til at spørge igen.
request-closed-duplicate = Din anmodning om "{ $offer }" er lukket, fordi den blev sendt to gange eller ved en fejl. Har du stadig brug for det, er du velkommen til at spørge igen.
