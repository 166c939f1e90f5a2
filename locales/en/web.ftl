# The coordinators' web page.
web-title = Velkommen · coordinators
web-nav-dashboard = Overview
web-nav-broadcast = New announcement
web-logout = Log out
web-language = Language
web-back = Back to the overview
web-urgent = Urgent calls for help that nobody has taken yet
web-pending = Volunteers waiting for approval
web-pending-none = Nobody is waiting for approval.
web-approve = Approve
web-decline = Decline
web-open-requests = Requests nobody has taken, oldest first
web-open-requests-none = Every request has been taken.
web-take = Take it myself
web-request-offer = Offer
web-request-group = Group
web-request-language = Language
web-request-waiting = Waiting
web-request-note = Note
web-questions = Open questions from newcomers
web-outbox = Messages waiting to go out
web-outbox-platform = Platform
web-outbox-queued = Waiting
web-outbox-oldest = Oldest has waited
web-outbox-empty = Nothing is waiting to go out.
web-minutes = { PLURAL($count) ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
web-hours = { PLURAL($count) ->
        [one] { $count } hour
       *[other] { $count } hours
    }
web-days = { PLURAL($count) ->
        [one] { $count } day
       *[other] { $count } days
    }
web-audience = Who gets it
web-audience-newcomers = Newcomers
web-audience-volunteers = Volunteers
web-audience-both = Both
web-group = Group
web-group-all = Every group
web-recipients = Recipients
web-recipients-total = { PLURAL($count) ->
        [one] { $count } person in all
       *[other] { $count } people in all
    }
web-count-update = Count again
web-text-empty = empty
web-text-help = Write in as many languages as you can. Readers whose language has no text get the text of the nearest language they read.
web-preview = How it reads in chat
web-send = Send now
web-error-no-text = Write the announcement in at least one language.
web-error-too-long = This text is too long. At most { $max } characters.
web-error-unreached = Readers of this language would get nothing. Write it here, or in English or Danish.
web-report-title = Delivery of announcement no. { $id }
web-report-refresh = Refresh
web-report-status = Status
web-report-count = Count
web-log-in = Please log in. Send /web to the bot in Telegram or Discord, and open the link it gives you.
web-session-ended = You have been logged out, or your session has ended. Send /web to the bot for a new link.
web-forbidden = You may not see or change this.
web-form-expired = This form had run out. Go back, reload the page and try again. Nothing was changed.
web-busy = There have been too many login tries. Please wait a minute and try again.
web-link-used = This link has been used already, or it has run out. Send /web to the bot for a new one.
web-logged-out = You are logged out.
web-went-wrong = Something went wrong on our side. Nothing was lost. Please try again.
web-nav-posters = Posters
web-posters-help = Open an offer's poster and print it from the browser. Its QR code opens the offer in the reader's own language on Telegram.
web-poster-place = Where the poster will hang (printed at the foot, optional)
web-poster-none = Posters need the bot's Telegram username: set { $setting }
web-poster-set-place = Put it on the posters
web-answer-in = Your answer, in
web-answer-send = Send the answer
web-questions-none = No questions are waiting for an answer.
web-nav-questions = Answer questions
web-error-no-words = Write a few words first.
web-nav-report = Report
web-report-quarters = Quarters
web-report-csv = Download as CSV
web-report-empty = There are no groups of yours in this report.
web-report-print = To hand it out at the quarterly meeting, print this page from the browser.
web-report-no-quarter = There is no such quarter. Choose one from the list.
web-report-questions = Questions from newcomers: { $asked } asked, { $answered } answered.
web-chart-requests = Requests per group
web-chart-taken = taken by a volunteer
web-chart-not-taken = not taken
web-chart-hours = Hours until a volunteer took a request (median)
web-chart-hours-legend = hours (median)
web-col-received = Requests
web-col-claimed = Taken
web-col-done = Done
web-col-cancelled = Cancelled
web-col-hours = Hours to take (median)
web-col-escalated = Passed to coordinators
web-col-open = Still open
web-col-volunteers = Active volunteers
web-col-pending = Volunteers waiting
web-col-events = Events
web-col-going = Said they come
web-nav-offers = Offers
web-offers-help = Keep the offers of your groups true: mark each as checked, and write it in every language. A language marked missing reads the text of a nearby language.
web-offers-none = Your groups have no offers.
web-offer-verified = checked on
web-offer-never-verified = never checked
web-offer-stale = not checked for half a year
web-offer-missing = missing
web-offer-verify = Still true today
web-offer-save = Save
web-offer-title = Name of the offer
web-offer-description = What it is
web-offer-when = When
web-offer-where = Where
web-offer-fallback = There is no text in this language yet. Below is the { $language } text: write it over and save.
web-nav-requests = Requests
web-all-languages = All languages
web-older-than = At least this many days old
web-filter = Show
web-hand-to = Hand it to
web-hand = Hand over
web-requests-none = No requests match.
web-status-open = not taken
web-status-claimed = taken
web-status-done = done
web-status-cancelled = cancelled
web-status-all = all
web-session-ended-kept = Your session ended before this was sent, so nothing was sent or saved. Your words are below: copy them, send /web to the bot for a new link, and paste them in again.
