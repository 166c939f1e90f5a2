//! What a newcomer does: browse offers, ask for one, follow their requests, see events,
//! write back to an answer, say how the help went.

use super::{InvalidPayload, Wire, id, parsed};
use crate::domain::category::Category;
use crate::domain::ids::{EventId, OfferId, QuestionId, RequestId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewcomerAction {
    Categories,
    Category(Category),
    Offer(OfferId),
    Interested(OfferId),
    /// Send the request for this offer without a note.
    SkipNote(OfferId),
    MyRequests,
    CancelRequest(RequestId),
    ConfirmCancelRequest(RequestId),
    Feedback(RequestId, bool),
    Ask,
    /// Send the text written at the menu as a question.
    SendAsQuestion,
    ReplyToAnswer(QuestionId),
    UpcomingEvents,
    ShowEvent(EventId),
    Rsvp(EventId, bool),
    Calendar(EventId),
}

impl NewcomerAction {
    pub(super) fn wire(self) -> Wire {
        match self {
            NewcomerAction::Categories => Wire::bare("cs"),
            NewcomerAction::Category(c) => Wire::with("c", c.code()),
            NewcomerAction::Offer(id) => Wire::with("o", id),
            NewcomerAction::Interested(id) => Wire::with("i", id),
            NewcomerAction::SkipNote(id) => Wire::with("nn", id),
            NewcomerAction::MyRequests => Wire::bare("r"),
            NewcomerAction::CancelRequest(id) => Wire::with("rc", id),
            NewcomerAction::ConfirmCancelRequest(id) => Wire::with("ry", id),
            NewcomerAction::Feedback(id, good) => Wire::with(if good { "fu" } else { "fd" }, id),
            NewcomerAction::Ask => Wire::bare("q"),
            NewcomerAction::SendAsQuestion => Wire::bare("qs"),
            NewcomerAction::ReplyToAnswer(id) => Wire::with("qr", id),
            NewcomerAction::UpcomingEvents => Wire::bare("u"),
            NewcomerAction::ShowEvent(id) => Wire::with("ev", id),
            NewcomerAction::Rsvp(id, going) => Wire::with(if going { "eY" } else { "eN" }, id),
            NewcomerAction::Calendar(id) => Wire::with("ei", id),
        }
    }

    /// The action a code and its arguments name, if the code is one of this domain's.
    pub(super) fn read(code: &str, args: &[&str]) -> Result<Option<Self>, InvalidPayload> {
        Ok(Some(match (code, args) {
            ("cs", []) => NewcomerAction::Categories,
            ("c", [a]) => NewcomerAction::Category(parsed(Category::try_from(*a))?),
            ("o", [a]) => NewcomerAction::Offer(id(a)?),
            ("i", [a]) => NewcomerAction::Interested(id(a)?),
            ("nn", [a]) => NewcomerAction::SkipNote(id(a)?),
            ("r", []) => NewcomerAction::MyRequests,
            ("rc", [a]) => NewcomerAction::CancelRequest(id(a)?),
            ("ry", [a]) => NewcomerAction::ConfirmCancelRequest(id(a)?),
            ("fu", [a]) => NewcomerAction::Feedback(id(a)?, true),
            ("fd", [a]) => NewcomerAction::Feedback(id(a)?, false),
            ("q", []) => NewcomerAction::Ask,
            ("qs", []) => NewcomerAction::SendAsQuestion,
            ("qr", [a]) => NewcomerAction::ReplyToAnswer(id(a)?),
            ("u", []) => NewcomerAction::UpcomingEvents,
            ("ev", [a]) => NewcomerAction::ShowEvent(id(a)?),
            ("eY", [a]) => NewcomerAction::Rsvp(id(a)?, true),
            ("eN", [a]) => NewcomerAction::Rsvp(id(a)?, false),
            ("ei", [a]) => NewcomerAction::Calendar(id(a)?),
            _ => return Ok(None),
        }))
    }
}
