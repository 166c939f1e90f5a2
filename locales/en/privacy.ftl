# The privacy notice shown after the language choice, and the consent buttons.

privacy-notice =
    Before we start: about your data.
    • { $operator } is responsible for this service.
    • We store your language, the account you write from, what you ask for, your notes, questions and the files you send, so volunteers can help you.
    • Your messages are carried by { $platform }, which can see them.
    • We delete your data after { PLURAL($days) ->
        [one] one day
       *[other] { $days } days
    } without use.
    • Write /mydata to see your data and /delete to delete it.
    Please do not write phone numbers, addresses, health or religion in your messages.
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
