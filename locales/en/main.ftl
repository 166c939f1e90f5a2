# General screens: language picker, menu, help, errors.

language-picker = Choose your language.
language-changed = OK, I will write to you in English.

welcome = Welcome to Velkommen! I help you find activities and help from volunteers in Ballerup.
menu-title = What would you like to do?
menu-offers = 📋 Offers
menu-my-requests = 📨 My requests
menu-ask = ❓ Ask a question
menu-upcoming = 📅 Upcoming events
menu-help = ℹ️ How to use
menu-my-data = 🔒 My data
nav-menu = 🏠 Menu
nav-language = 🌐 Language
nav-back = ⬅️ Back
# Between the items of a list, such as languages or groups.
list-separator = {", "}

help =
    I help you find activities and volunteers in Ballerup.
    Press the buttons to choose. You can also write:
    /start – begin again
    /menu – the main menu
    /language – change language
    /mydata – see what I store about you
    /delete – delete everything about you
    /help – this help

not-understood = Sorry, I did not understand that. Please use the buttons. If you are in danger, press 🆘 or call 112.
text-as-question =
    You wrote:
    { $text }

    Shall I send this to a person at the municipality as a question? The answer comes here.
text-as-question-send = 📨 Yes, send it as a question
unknown-command = I don't know the command { $command }. Write /help to see what I can do.
button-expired = This button has expired.
state-reset = Sorry, the bot was updated and I lost track of where we were. Here is the menu.
something-went-wrong = Sorry, something went wrong on our side. Nothing was lost. Please try again.
file-not-expected = I can pass on photos, voice messages and files only in a conversation with a volunteer.
message-too-long = Your message is too long. Please write at most { $max } characters.

# The urgent path: "I need help now", danger words, and the alert to staff.
menu-urgent = 🆘 I need help now
urgent-now = 🆘 If you or someone else is in danger now, call 112.
urgent-numbers = Numbers that can help:
urgent-line = ☎️ { $name }: { $number }
urgent-line-hours = { $line } ({ $hours })
urgent-name-danish = { $name } ({ $danish })
urgent-gentle = 🆘 If you are in danger, press "I need help now" or call 112.
helpline-municipality = The municipality
helpline-municipality-about = questions for the municipality
helpline-after-hours = The after-hours social service
helpline-after-hours-about = when a child or an adult needs help outside office hours
urgent-told = A person from the municipality has been told and will write to you here as soon as they can. We cannot call you.
alert-notice = 🆘 Someone may need help now: { $danger }. Person #{ $person } ({ $language }) wrote:
    { $words }
alert-notice-button = 🆘 Someone pressed "I need help now". Person #{ $person } ({ $language }).
alert-notice-someone = 🆘 Someone needs help now. Person #{ $person } ({ $language }). Nobody on duty has taken it yet.
alert-again = 🆘 Person #{ $person } ({ $language }) wrote again about alert #{ $alert }:
    { $words }
alert-flood = ⚠️ Too many alerts within an hour on { $platform } (the limit is { $count }): possibly a flood of false messages. Everyone still gets the emergency numbers, and the words wait among the questions.
alert-child-duty = 👶 A child may be in danger: remember the duty to report a concern for a child (underretning). Report it here:
    { $channel }
alert-child-duty-unset = 👶 A child may be in danger: remember the duty to report a concern for a child (underretning) to the municipality's children and family service.
alert-danger-violence_at_home = violence at home
alert-danger-sexual_violence = sexual violence
alert-danger-self_harm = suicide or self-harm
alert-danger-child_in_danger = a child in danger
alert-danger-threat = a threat
alert-danger-trafficking = trafficking or forced work
alert-danger-in_danger = in danger, kind not said
alert-take = 🙋 I'm on it
alert-answer = ✍️ Write to them
alert-taken = Thank you. You are on it: the others will not be called in. Write to them now, and close the alert when you know what became of it.
alert-outcome-reached = ✅ Reached
alert-outcome-referred = ↪️ Referred on
alert-outcome-no-answer = 🔕 No answer
alert-outcome-not-a-cry = ➖ Not a cry for help
alert-closed = The alert is closed: { $outcome }.

# Limits per person.
too-fast = You are writing very fast. Please wait a moment, then try again. If you are in danger, call 112.
too-busy = Very many people are writing to us right now. Please try again in a minute. If you are in danger, call 112.
file-quota = You have sent many files today. Please send more tomorrow, or write your message as text.
