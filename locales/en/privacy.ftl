# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    About your data:
    • { $operator } is responsible for it and uses it to help you.
    • The group you ask and municipal staff see your request.
    • { $carrier ->
        [local] You write on { $platform }.
       *[abroad] Your messages go through { $platform }. Its servers are outside the EU.
    }
    • We check messages for danger words, to get you help.
    • We delete your data { PLURAL($days) ->
        [one] one day
       *[other] { $days } days
    } after you last write. /mydata shows it, /delete deletes it.
    Do not write your CPR number, health or religion.
# "Read more" in chat, and the policy page: a title, then each part as a heading and its text.
privacy-policy-title = How Velkommen handles your data
privacy-controller-title = Who is responsible
privacy-controller = { $operator } is the data controller. It decides what we store and why, and answers for it.
privacy-purpose-title = Why we store it
privacy-purpose = We store your data to help you find and get the offers of the municipality and its volunteer groups. This is part of the municipality's public task of receiving newcomers (GDPR article 6(1)(e)). We send you news only if you said yes (your consent, article 6(1)(a)). You can stop news at any time in /mydata.
privacy-stored-title = What we store
privacy-stored = Your language, the account you write from, what you ask for, your notes, your questions, your answers to events, and the files you send in a conversation with a volunteer.
privacy-recipients-title = Who sees it
privacy-recipients = The volunteers and coordinators of the group you ask see your request and your note. Your volunteer sees what you write to them. Staff at the municipality see it when they help you or check the service. We give it to no one else.
privacy-platforms-title = Telegram and Discord
privacy-platforms = { $platform } carries your messages. The company behind it can see them, and its servers are outside the EU.
privacy-danger-title = Danger words
privacy-danger = A computer checks every message for words that may mean danger. If it finds them, we show you emergency numbers and tell staff at the municipality, who may contact you.
privacy-retention-title = How long we keep it
privacy-retention = We delete your data { PLURAL($days) ->
        [one] one day
       *[other] { $days } days
    } after you last write. Files from a conversation about letters are deleted after { PLURAL($file_days) ->
        [one] one day
       *[other] { $file_days } days
    }. Backups keep a copy for up to { PLURAL($backup_days) ->
        [one] one day
       *[other] { $backup_days } days
    } more.
privacy-kept-title = What stays after you delete
privacy-kept = Messages already delivered stay in the other person's chat. Backups keep a copy for up to { PLURAL($backup_days) ->
        [one] one day
       *[other] { $backup_days } days
    }. Our logs keep numbers and times, never your words.
privacy-rights-title = Your rights
privacy-rights = You can see your data (/mydata), have it deleted (/delete), and withdraw your consent at any time in /mydata. /mydata also shows when staff looked at your data, and why. You can also ask us to correct your data.
privacy-complaint-title = Complaints
privacy-complaint = You can complain to Datatilsynet, the Danish Data Protection Agency: datatilsynet.dk, phone 33 19 32 00.
privacy-dpo-title = Data protection officer
privacy-dpo = Write to our data protection officer: { $dpo }
privacy-full = The full policy: { $url }
privacy-more-button = 📄 Read more
privacy-agree = ✅ I agree
privacy-agree-news = ✅ I agree, and send me news
privacy-decline = ✖️ No, I only want to look
privacy-agreed = Thank you.
privacy-declined = OK. You can look at all offers. To ask for one, you must agree first.
privacy-withdrawn = OK, you said no. We deleted your requests, questions, files and answers to events. We keep only your language and the account you write from, so we can answer you. Messages already delivered stay in the other person's chat. Backups keep a copy for up to { PLURAL($backup_days) ->
        [one] one day
       *[other] { $backup_days } days
    }. Our logs keep numbers and times, never your words.
privacy-withdraw-warning = You agreed before. If you now choose "No", your requests, questions, files and answers to events are deleted.
privacy-needed = To send a request or a question, we must store it. Please read the privacy notice first.
privacy-read = 🔒 Read the privacy notice

platform-terminal = this terminal
platform-telegram = Telegram
platform-discord = Discord
