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
pending-title = Sign-ups waiting for you:

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
invite-code = Give this code to the new coordinator. It works once. They write: /start { $code }
invite-used = You are now a coordinator of { $group }.
invite-invalid = This invite code is unknown or has been used.
