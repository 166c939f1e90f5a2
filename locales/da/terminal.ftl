# The terminal front door's own lines.

terminal-intro = Velkommen i terminalen. Skriv et tal for at trykke på en knap, eller skriv tekst. Skriv /help for hjælp, ":file STI" for at sende en fil, ":as NAVN" for at blive en anden person, ":quit" for at stoppe.
terminal-now-as = Du er nu { $name }.
terminal-no-button = Der er ingen knap med nummer { $number }.
