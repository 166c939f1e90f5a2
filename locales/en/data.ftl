# Showing, changing and deleting what is stored about a person.

my-data-title = This is what we store about you:
my-data-number = Your number with us: { $id } (give it when you ask us about your data)
my-data-language = Language: { $language }
my-data-consent-agreed = Privacy notice: you agreed on { $date }.
my-data-consent-declined = Privacy notice: you said no. We keep only what we need to answer you: your language and the account you write from.
my-data-consent-pending = Privacy notice: not answered yet.
my-data-news-on = News: yes, you get news.
my-data-news-off = News: no.
my-data-accounts = Accounts: { $accounts }
my-data-since = First contact: { $date }
my-data-requests =
    { PLURAL($count) ->
        [one] Requests: one.
       *[other] Requests: { $count }.
    }
my-data-requests-none = Requests: none.
my-data-request = • { $offer } · { $date }: { $status }
my-data-request-note = ↳ Your note: { $note }
my-data-questions =
    { PLURAL($count) ->
        [one] Questions: one.
       *[other] Questions: { $count }.
    }
my-data-questions-none = Questions: none.
my-data-question = • { $date }: { $text }
my-data-alerts = 🆘 Times you asked for help now: { $count }
my-data-alert = • { $date }: { $status }
my-data-alert-open = waiting for a member of staff
my-data-alert-taken = a member of staff is on it
my-data-looked-up = 👁️ Times staff looked at your data: { $count }
my-data-look = • { $date }: { $role ->
        [staff] municipal staff
       *[coordinator] a group coordinator
    }, to see { $purpose ->
        [request] your request
        [question] your question
       *[alert] your call for help
    }
my-data-looks-older = Earlier times: { $count }
my-data-volunteer =
    As a volunteer: { $name }
    Groups: { $groups }
    Languages: { $languages }
    Helps with: { $helps }
my-data-volunteer-approved = You are an approved volunteer.
my-data-files =
    { PLURAL($count) ->
        [one] Files you sent through the bot: one.
       *[other] Files you sent through the bot: { $count }.
    }
my-data-news-toggle-on = 🔔 Send me news
my-data-withdraw = ✖️ Withdraw my consent
my-data-news-toggle-off = 🔕 Stop news
news-on = OK. You will get news from the municipality and the volunteer groups.
news-off = OK. You will not get news.
my-data-delete = 🗑️ Delete my data

delete-confirm = Do you want to delete everything we store about you? This cannot be undone.
delete-yes = 🗑️ Yes, delete everything
delete-no = No, keep it
deleted =
    Everything about you is deleted: your requests, notes, questions, files and the messages that carried your words.
    What stays: messages already delivered stay in the other person's chat. Backups keep a copy for up to { PLURAL($backup_days) ->
        [one] one day
       *[other] { $backup_days } days
    }. Our logs keep numbers and times, never your words.
    Goodbye! Write /start if you want to come back.
delete-kept = OK, nothing was deleted.

retention-warning =
    We have not heard from you for a long time. In { PLURAL($days) ->
        [one] one day
       *[other] { $days } days
    } we will delete everything we keep about you. To keep it, just write any message here.
