# Showing, changing and deleting what is stored about a person.

my-data-title = Det her gemmer vi om dig:
my-data-number = Dit nummer hos os: { $id } (nævn det, når du spørger os om dine data)
my-data-language = Sprog: { $language }
my-data-consent-agreed = Privatlivspolitik: du sagde ja ({ $date }).
my-data-consent-declined = Privatlivspolitik: du sagde nej. Vi gemmer kun det, vi skal bruge for at svare dig: dit sprog og den konto, du skriver fra.
my-data-consent-pending = Privatlivspolitik: ikke besvaret endnu.
my-data-news-on = Nyheder: ja, du får nyheder.
my-data-news-off = Nyheder: nej.
my-data-accounts = Konti: { $accounts }
my-data-since = Første kontakt: { $date }
my-data-requests =
    { PLURAL($count) ->
        [one] Ønsker: ét.
       *[other] Ønsker: { $count }.
    }
my-data-requests-none = Ønsker: ingen.
my-data-request = • { $offer } · { $date }: { $status }
my-data-request-note = ↳ Din kommentar: { $note }
my-data-questions =
    { PLURAL($count) ->
        [one] Spørgsmål: ét.
       *[other] Spørgsmål: { $count }.
    }
my-data-questions-none = Spørgsmål: ingen.
my-data-question = • { $date }: { $text }
my-data-alerts = 🆘 Antal gange, du har bedt om akut hjælp: { $count }
my-data-alert = • { $date }: { $status }
my-data-alert-open = venter på en medarbejder i kommunen
my-data-alert-taken = en medarbejder i kommunen tager sig af det
my-data-looked-up = 👁️ Antal gange, nogen har kigget på dine data: { $count }
my-data-look = • { $date }: { $role ->
        [staff] en medarbejder i kommunen
       *[coordinator] en koordinator fra en frivillig gruppe
    } kiggede på { $purpose ->
        [request] dit ønske
        [question] dit spørgsmål
       *[alert] din besked om akut hjælp
    }
my-data-looks-older = Tidligere gange: { $count }
my-data-volunteer =
    Som frivillig: { $name }
    Grupper: { $groups }
    Sprog: { $languages }
    Hjælper med: { $helps }
my-data-volunteer-approved = Du er godkendt som frivillig.
my-data-files =
    { PLURAL($count) ->
        [one] Filer, du har sendt gennem botten: én.
       *[other] Filer, du har sendt gennem botten: { $count }.
    }
my-data-news-toggle-on = 🔔 Send mig nyheder
my-data-withdraw = ✖️ Træk mit samtykke tilbage
my-data-news-toggle-off = 🔕 Stop nyheder
news-on = OK. Du får nyheder fra kommunen og de frivillige grupper.
news-off = OK. Du får ikke nyheder.
my-data-delete = 🗑️ Slet mine data

delete-confirm = Vil du slette alt, hvad vi gemmer om dig? Det kan ikke fortrydes.
delete-yes = 🗑️ Ja, slet alt
delete-no = Nej, behold det
deleted =
    Vi har slettet alt om dig: dine ønsker, dine kommentarer, dine spørgsmål, dine filer og de beskeder med dine ord, som vi havde gemt.
    Det bliver tilbage: Beskeder, der allerede er nået frem, bliver liggende i den anden persons chat. Vores sikkerhedskopier gemmer en kopi i op til { PLURAL($backup_days) ->
        [one] én dag
       *[other] { $backup_days } dage
    }. Vores logfiler gemmer tal og tidspunkter, aldrig dine ord.
    Farvel! Skriv /start, hvis du vil komme tilbage.
delete-kept = OK, der blev ikke slettet noget.

retention-warning =
    Vi har ikke hørt fra dig længe. Om { PLURAL($days) ->
        [one] én dag
       *[other] { $days } dage
    } sletter vi alt, vi gemmer om dig. Vil du beholde det, så skriv bare en besked her.
