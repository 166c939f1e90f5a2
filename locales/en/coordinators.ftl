# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.

coordinator-menu-title = Coordinator menu. What would you like to do?
menu-pending-signups = 🆕 Sign-ups waiting: { $count }
menu-open-requests = 📬 Requests nobody has taken
menu-invite = 🎟️ Invite a coordinator
menu-coordinator = 🧭 Coordinator menu

signup-notice =
    🆕 New volunteer: { $name }
    Groups: { $groups }
    Languages: { $languages }
    Helps with: { $helps }
approve = ✅ Approve
decline = ✖️ Decline
approved-coordinator = { $name } is approved.
declined-coordinator = { $name } is declined.
already-decided = Someone already decided on this sign-up.
volunteer-approved = Welcome! A coordinator approved you as a volunteer. I will tell you here of requests you can take.
volunteer-declined = A coordinator did not approve your sign-up this time. Write to the municipality if you have questions.
pending-none = No sign-ups are waiting.
pending-count = { PLURAL($count) ->
    [one] One sign-up is waiting for you.
   *[other] { $count } sign-ups are waiting for you.
    }
pending-page = Page { $page } of { $pages }
pending-approve = ✅ { $name }
pending-decline = ✖️ { $name }
pending-previous = ⬅️ Previous
pending-next = ➡️ Next

open-requests-none = Every request has been taken.
open-requests-title = Requests nobody has taken:
open-request-line = • #{ $request } { $offer } ({ $language }, { $date })
escalation-notice =
    ⏰ Nobody has taken request #{ $request } yet: { $offer }
    Language: { $language }
    Note: { $note }
take-myself = 🙋 I'll take it myself: #{ $request }
hand-over = 👉 Give it to a volunteer: #{ $request }
hand-choose = Who should take request #{ $request }?
hand-none = The group has no approved volunteers yet.
handed = Request #{ $request } is given to { $name }.
notice-handed = A coordinator gave you request #{ $request }: { $offer }. Write to the family now.

invite-choose-group = Which group is the new coordinator for?
invite-code =
    Give this code to the new coordinator. It works once, within { PLURAL($days) ->
        [one] a day
       *[other] { $days } days
    }. They write:
    { $command }
invite-used = You are now a coordinator of { $group }.
invite-invalid = This invite code is unknown, has expired or has been used.
invite-after-privacy = Your invite code counts once you have read how we keep your data and agreed.
invite-paused = Too many wrong codes. Please wait an hour, then try again.
invite-open-title = Codes you made that still work (tap one to withdraw it):
invite-revoke = ✖️ { $group } · until { $date }
invite-revoked = The code is withdrawn. It no longer works.

menu-broadcast = 📣 New announcement
menu-broadcasts = 📊 Sent announcements
menu-events = 📅 Events
menu-questions = ❓ Questions waiting: { $count }
menu-our-offers = 🗂️ Our offers
menu-summary = 📈 Quarterly summary

broadcast-audience = Who should receive the announcement? Only people who asked for news get it.
audience-newcomers = 🧳 Newcomers
audience-volunteers = 🤝 Volunteers
audience-both = 👥 Both
broadcast-group = Which volunteers?
broadcast-group-own = Which group? Only that group’s own people get it: its volunteers, and newcomers who asked for its offers or answered its events.
broadcast-all-groups = All groups
broadcast-language = Only people who use one language?
broadcast-all-languages = All languages
broadcast-write = Write the text in { $language } ({ PLURAL($count) ->
        [one] one recipient
       *[other] { $count } recipients
    } in all). Or press "Skip": readers of { $language } then get the first of these that is written: { $fallback }.
broadcast-skip = ⏭️ Skip this language
broadcast-needs-text = Please write at least a Danish or an English text, so everyone gets something.
broadcast-preview = Preview: { $count } people will receive this.
broadcast-preview-language = { $language }: { PLURAL($count) ->
        [one] one person sees
       *[other] { $count } people see
    }:
broadcast-preview-fallback = { $language }: { PLURAL($count) ->
        [one] one person gets
       *[other] { $count } people get
    } the { $fallback } text, because there is no { $language } text:
broadcast-confirm = Send it now?
broadcast-send = 📣 Send
broadcast-sent = The announcement is on its way.
broadcasts-title = Sent announcements. Choose one to see how delivery went:
broadcast-line = #{ $id } · { $date }
report-title = Delivery of announcement #{ $id }:
report-no-address = Not reachable on any platform when it was sent: { $count }
report-cancelled = This announcement was cancelled.
report-refresh = 🔄 Refresh
broadcast-cancel = ✖️ Cancel what has not gone out
broadcast-cancelled = Cancelled. Messages stopped: { $count }
delivery-pending = waiting
delivery-delivered = delivered
delivery-failed = failed
delivery-unreachable = unreachable (blocked the bot or closed messages)
delivery-cancelled = cancelled

events-title = Your groups' events:
event-new = ➕ New event
event-group = Which group holds the event?
event-audience = Who is the event for?
event-time = When does it start? Write the day and time in Danish time, for example 17.12.2026 14:00 or 17 December at 14:00.
event-time-invalid = I could not read that as a day and a time. Write it like 17.12.2026 14:00.
event-time-past = That time has already passed. Write a day and time still to come.
event-place = Where is it? Write the place and address.
event-title = Write the title in { $language }, or press "Skip".
event-description = Write a short description in { $language }.
event-check = Please check the event:
event-create = ✅ Create the event
event-created = The event is created. Announce it now?
event-announce = 📣 Announce it
event-rsvp-counts = Going: { $going } · Not going: { $notgoing }
event-going-volunteers = Volunteers going: { $names }
event-going-newcomers = Newcomers going, by language: { $languages }
event-text =
    📅 { $title }
    🕒 { $when }
    📍 { $place }
    { $description }
event-going = ✅ I'm going
event-not-going = ✖️ Not going
event-calendar = 📅 Add to calendar
event-going-noted = See you at "{ $title }"! I will remind you before it starts.
event-going-noted-no-reminder = See you at "{ $title }"!
event-not-going-noted = OK, you are not going to "{ $title }".
event-calendar-file = "{ $title }" as a calendar file:
event-reminder = ⏰ Reminder of an event you said you would come to:
events-none = There are no upcoming events right now.
events-upcoming = Upcoming events:

questions-none = No questions are waiting.
questions-title = Questions waiting for an answer:
question-line =
    ❓ ({ $language }, { $date })
    { $question }
question-line-late =
    ⏰ Waiting long! ({ $language }, { $date })
    { $question }
question-answer = 💬 Answer
question-answer-prompt =
    The question was:
    { $question }
    Write your answer. It goes to the person through me.
question-answered = 💬 Answer to your question "{ $question }":
question-answered-urgent = 💬 A member of staff at the municipality writes to you:
question-follow-up = Write your reply to the coordinator.
question-follow-up-from = 💬 Reply about the question "{ $question }":

our-offers-title = Your groups' offers. ⚠️ means not checked for 6 months; ⏸️ means taken out of the catalogue on the web page:
offer-still-correct = ✅ Still correct
offer-edit = ✏️ Change a text
offer-verified = Thank you. The offer is marked as checked today.
offer-verified-on = Last checked: { $date }
offer-never-verified = Never checked.
offer-edit-which = Which text?
offer-field-title = Title
offer-field-description = Description
offer-field-when = When
offer-field-where = Where
offer-edit-language = In which language?
offer-edit-write = Write the new text.
offer-saved = Saved. The offer is also marked as checked today.

summary-title = The last three months, per group:
summary-nothing = No group had a request or an event in these three months.
summary-group =
    { $group }
    Requests: { $received } · taken { $claimed } · done { $done } · cancelled { $cancelled }
    Median time to be taken: { $hours }
    Escalated: { $escalated } · still waiting: { $open }
    Volunteers: { $active } active · { $pending } waiting for approval
    Events: { $events } · going: { $going }
summary-hours = { $hours } hours
summary-no-hours = – (none taken yet)
summary-questions = Questions: { $asked } asked · { $answered } answered

# The audit trail of coordinator and staff actions.
menu-audit = 🧾 Who did what
menu-coordinators = 👥 Coordinators
audit-title = Who did what, newest first (people by their number):
audit-none = Nothing in the trail yet.
audit-line = { $date } · { $who }: { $what } #{ $subject }
audit-approve = approved volunteer
audit-decline = declined volunteer
audit-broadcast = sent announcement
audit-cancel-broadcast = stopped announcement
audit-verify-offer = confirmed offer
audit-edit-offer = changed offer
audit-create-event = created event
audit-invite = made an invite code for group
audit-revoke-invite = withdrew invite code
audit-became-coordinator = became coordinator of group
audit-take-request = took request
audit-hand-request = handed on request

web-link =
    Your link to the coordinators' web page. It works once, within { PLURAL($minutes) ->
        [one] a minute
       *[other] { $minutes } minutes
    }. Do not pass it on.
    { $link }
web-off = The web page is not switched on here. Ask the municipality's IT staff.
request-closed = Request #{ $request } is closed.
event-changed = 📅 An event you said you would come to has changed. This is how it is now:
audit-close-request = closed request
audit-retire-offer = took out or put back offer
audit-edit-event = changed event
audit-remove-coordinator = took a group from coordinator
audit-step-down = stepped down as coordinator of group


coordinators-title = Who coordinates which group:
coordinators-invited-line = • Person #{ $person } · { $group } (by invite code)
coordinators-configured-line = • { $address } · { $groups } (in the configuration file; change it there)
coordinators-every-group = every group
coordinators-none = Nobody yet.
coordinator-remove = ✖️ Take { $group } from #{ $person }
coordinator-step-down = 🚪 Step down from { $group }
coordinator-removed = Done: the group is taken from them, and their sessions on the web page have ended.
coordinator-stepped-down = You no longer coordinate that group. Thank you for your work.
coordinator-removed-notice = You no longer coordinate { $group }. A member of staff has made this change. Thank you for your work.
