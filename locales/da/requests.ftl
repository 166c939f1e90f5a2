# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    Du beder om: { $offer }
    Vil du skrive en kort kommentar? For eksempel: "vi er 2 voksne og 3 børn" eller "helst efter kl. 15".
    Skriv ikke telefonnumre, adresser eller oplysninger om helbred.
note-skip = ➡️ Send uden kommentar
note-cancel = ✖️ Annuller
note-empty = Skriv venligst et par ord, eller tryk på "Send uden kommentar".
request-sent = Tak! Dit ønske om "{ $offer }" er sendt. En frivillig skriver til dig her.
request-exists = Du har allerede bedt om "{ $offer }". Du kan følge dit ønske under "Mine ønsker".

my-requests-title = Dine ønsker:
my-requests-none = Du har ingen ønsker endnu.
my-requests-none-active = Du har ingen åbne ønsker.
my-requests-closed = Tidligere ønsker:
request-write-button = 💬 Skriv til din frivillige: { $offer }
my-requests-count =
    { PLURAL($count) ->
        [one] Du har ét ønske.
       *[other] Du har { $count } ønsker.
    }
request-line = • { $offer }: { $status }
request-status-open = venter på en frivillig
request-status-claimed = en frivillig hjælper dig
request-status-done = klaret
request-status-cancelled = aflyst
request-cancel-button = ✖️ Aflys: { $offer }
request-cancel-confirm = Vil du aflyse dit ønske om "{ $offer }"?
request-cancel-yes = Ja, aflys det
request-cancel-no = Nej, behold det
request-cancelled = Dit ønske om "{ $offer }" er aflyst.

question-prompt = Skriv dit spørgsmål i én besked. En medarbejder i kommunen svarer dig her.
question-sent = Tak. Dit spørgsmål er sendt. En medarbejder i kommunen svarer dig her.
request-family-left = Familien, som du hjalp med ønske #{ $request } ("{ $offer }"), har slettet sine data, så samtalen er slut. Tak for din hjælp.
request-volunteer-left = Den frivillige, der hjalp dig med "{ $offer }", er stoppet. Dit ønske er åbent igen, og vi leder efter en ny frivillig. Du behøver ikke gøre noget.
request-closed-helped = Dit ønske om "{ $offer }" er lukket, fordi du har fået hjælpen. Det er vi glade for. Du kan altid bede om noget andet.
request-closed-no-volunteer = Vi beklager: Ingen kunne tage dit ønske om "{ $offer }" denne gang, så det er lukket. Du er velkommen til at spørge igen senere eller skrive et spørgsmål til os.
request-closed-no-answer = Vi har ikke hørt fra dig, så dit ønske om "{ $offer }" er lukket. Har du stadig brug for det, er du velkommen til at spørge igen.
request-closed-duplicate = Dit ønske om "{ $offer }" er lukket, fordi det blev sendt to gange eller ved en fejl. Har du stadig brug for det, er du velkommen til at spørge igen.
