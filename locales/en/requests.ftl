# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    You are asking for: { $offer }
    Do you want to add a short note? For example: "we are 2 adults and 3 children" or "best after 15:00".
    Do not write phone numbers, addresses or health information.
note-skip = ➡️ Send without a note
note-cancel = ✖️ Cancel
note-empty = Please write a few words, or press "Send without a note".
request-sent = Thank you! Your request for "{ $offer }" is sent. A volunteer will write to you here.
request-exists = You have already asked for "{ $offer }". You can follow it under "My requests".

my-requests-title = Your requests:
my-requests-none = You have no requests yet.
my-requests-none-active = You have no open requests.
my-requests-closed = Earlier requests:
request-write-button = 💬 Write to your volunteer: { $offer }
my-requests-count =
    { PLURAL($count) ->
        [one] You have one request.
       *[other] You have { $count } requests.
    }
request-line = • { $offer }: { $status }
request-status-open = waiting for a volunteer
request-status-claimed = a volunteer is helping you
request-status-done = done
request-status-cancelled = cancelled
request-cancel-button = ✖️ Cancel: { $offer }
request-cancel-confirm = Do you want to cancel your request for "{ $offer }"?
request-cancel-yes = Yes, cancel it
request-cancel-no = No, keep it
request-cancelled = Your request for "{ $offer }" is cancelled.

question-prompt = Write your question in one message. A coordinator from the municipality will answer you here.
question-sent = Thank you. Your question is sent. A coordinator will answer you here.
request-family-left = The family you helped with request #{ $request } ("{ $offer }") has deleted their data, so the conversation has ended. Thank you for your help.
request-volunteer-left = The volunteer who helped you with "{ $offer }" has left. Your request is open again, and we are looking for someone new. You do not need to do anything.
request-closed-helped = Your request for "{ $offer }" is closed, because you got the help. We are glad. You can ask for something else at any time.
request-closed-no-volunteer = We are sorry: nobody could take your request for "{ $offer }" this time, so it is closed. You are welcome to ask again later, or to write us a question.
request-closed-no-answer = We did not hear back from you, so your request for "{ $offer }" is closed. If you still need it, you are welcome to ask again.
request-closed-duplicate = Your request for "{ $offer }" is closed, because it was made twice or by mistake. If you still need it, you are welcome to ask again.
