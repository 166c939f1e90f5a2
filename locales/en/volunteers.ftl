# Volunteers: choosing the role, signing up, the volunteer menu, notifications and taking requests.

role-title = How can Velkommen help you?
role-newcomer = 🧳 I'm new here
role-volunteer = 🤝 I want to volunteer

signup-name = Thank you for wanting to help! What should newcomers and coordinators call you? Your first name is enough.
signup-groups = Which groups do you volunteer with? Tap to choose, then press "Next". You may choose none yet.
signup-languages = Which languages do you speak? Choose at least one.
signup-helps = What can you help with? Choose at least one.
signup-choose-one = Please choose at least one.
signup-next = ➡️ Next
signup-send = ✅ Send
signup-none = none yet
signup-confirm =
    Please check:
    Name: { $name }
    Groups: { $groups }
    Languages: { $languages }
    Helps with: { $helps }
    The coordinators of your groups see this. Newcomers see only your name. /delete erases it all.
signup-sent = Thank you! A coordinator will look at your sign-up. I will tell you here.
profile-saved = Your profile is saved.

volunteer-menu-title = What would you like to do?
volunteer-pending = Your sign-up is waiting for a coordinator.
volunteer-declined-status = Your sign-up was not approved. Write to the municipality if you have questions.
volunteer-paused-note = Your notifications are paused.
menu-my-tasks = 📥 My tasks
menu-pause = ⏸️ Pause notifications
menu-resume = ▶️ Resume notifications
menu-edit-profile = ✏️ Edit my profile
menu-leave = 🚪 Stop as a volunteer
paused = Paused. You will not hear of new requests until you resume.
resumed = Welcome back. You will hear of new requests again.
tasks-none = You have no open tasks.
tasks-title = Your tasks:
task-line = • #{ $request } { $offer }
task-write = 💬 Write: #{ $request }
task-done = ✅ Done: #{ $request }

notice-new-request =
    🆕 New request #{ $request }: { $offer }
    Language: { $language }
    Note: { $note }
notice-no-note = no note
notice-accept = ✅ I'll take it
notice-not-me = 🙅 Not me
notice-taken = Request #{ $request } ({ $offer }) was taken by another volunteer. Thank you!
claim-won = You took request #{ $request }: { $offer }. Write your first message to the family now. It goes through me, and they see only your name.
claim-lost = Someone else already took this request. Thank you all the same!
request-withdrawn = Request #{ $request } ({ $offer }) was cancelled by the family. Thank you all the same!
not-me-ok = OK. The others can take it.
newcomer-claimed = Good news! { $name }, a volunteer, will help you with "{ $offer }" and will write to you here.

relay-open-volunteer = You are writing to the family about request #{ $request } ({ $offer }). Write a message, or send a photo, voice message or file.
relay-open-newcomer = You are writing to { $name } about "{ $offer }". Write a message, or send a photo, voice message or file.
relay-from-volunteer = 💬 { $name } ("{ $offer }"):
relay-from-newcomer = 💬 The family, request #{ $request } ({ $offer }):
file-too-large = This file is too large. Please send files of at most { $max } MB, or a photo of each page.
relay-reply = ↩️ Reply
relay-sent = ✓ Sent.
relay-file-cpr = 🔒 On letters, cover the CPR number before you send a photo.
relay-end = 🔚 End the conversation
relay-ended = The conversation about "{ $offer }" has ended.
relay-closed = This conversation has ended.
mark-done = ✅ Mark as done
done-confirm = Is request #{ $request } ("{ $offer }") done? The conversation then closes, and the family is asked how it went.
done-yes = ✅ Yes, it is done
done-not-yet = ⬅️ Not yet
ended-ask = Was the help with request #{ $request } ("{ $offer }") given?
ended-by-family = The family ended the conversation about request #{ $request } ("{ $offer }"). Was the help given?
ended-give-back = ↩️ No, give it back to the group
given-back = Thank you. Request #{ $request } goes back to the group, and its coordinators are told.
given-back-family = Your request for "{ $offer }" is open again. We are looking for someone else to help you.
request-done-volunteer = Thank you! Request #{ $request } is marked as done.
feedback-ask = { $name } marked "{ $offer }" as done. Did you get the help you needed?
feedback-good = 👍 Yes
feedback-bad = 👎 No
feedback-thanks = Thank you for telling us.

# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order.
spoken-ti = Tigrinya
spoken-fa = Farsi (Persian)
spoken-so = Somali
spoken-ku = Kurdish
spoken-tr = Turkish
spoken-ps = Pashto
spoken-ru = Russian
task-closed = A coordinator closed request #{ $request } ({ $offer }). You do not need to do anything more. Thank you!
