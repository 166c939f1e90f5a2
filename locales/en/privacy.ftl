# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    About your data:
    • { $operator } is responsible for this service.
    • We store what you ask for and write here, so volunteers can help you.
    • Your messages go through { $platform }, which can see them.
    • We delete your data after { PLURAL($days) ->
        [one] one day
       *[other] { $days } days
    } without use.
    • /mydata shows your data, /delete deletes it.
    Please do not write phone numbers, addresses, health or religion.
privacy-more =
    What we store: your language, the account you write from, what you ask for, your notes, your questions and the files you send in a conversation with a volunteer.
    The group's volunteers and coordinators see your request and your note. Your volunteer sees what you write to them.
    We check every message for words that may mean danger. If we find them, we show you emergency numbers and tell staff at the municipality.
privacy-more-button = 📄 Read more
privacy-agree = ✅ I agree
privacy-agree-news = ✅ I agree, and send me news
privacy-decline = ✖️ No, I only want to look
privacy-agreed = Thank you.
privacy-declined = OK. You can look at all offers. To ask for one, you must agree first.
privacy-withdraw-warning = You agreed before. If you now choose "No", your requests, questions, files and answers to events are deleted.
privacy-needed = To send a request or a question, we must store it. Please read the privacy notice first.
privacy-read = 🔒 Read the privacy notice

platform-terminal = this terminal
platform-telegram = Telegram
platform-discord = Discord
