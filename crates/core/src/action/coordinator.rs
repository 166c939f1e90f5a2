//! What a coordinator or member of staff does: approve volunteers, pick up requests nobody
//! took, invite coordinators, broadcast, keep events, questions and offers, read the report.

use super::{InvalidPayload, Wire, id, parsed};
use crate::domain::ids::{
    AlertId, BroadcastId, EventId, GroupId, InviteId, OfferId, PersonId, QuestionId, RequestId,
};
use crate::domain::lang::Lang;
use crate::domain::{AlertOutcome, Audience, CloseReason, OfferField};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoordinatorAction {
    Menu,
    PendingSignups,
    /// A further page of the sign-ups waiting, counted from 0.
    PendingPage(u32),
    Approve(PersonId),
    Decline(PersonId),
    OpenRequests,
    /// A page of the requests nobody took, from 0.
    OpenRequestsPage(u32),
    /// Close a request of the group that is still going: asks why.
    CloseRequest(RequestId),
    /// Close it, for this reason.
    CloseRequestWith(RequestId, CloseReason),
    TakeRequest(RequestId),
    HandOver(RequestId),
    HandTo(RequestId, PersonId),
    Invite,
    InviteFor(GroupId),
    /// Withdraw an invite code one made that nobody used yet.
    RevokeInvite(InviteId),

    Broadcast,
    BroadcastAudience(Audience),
    /// One group's volunteers, or every group's when `None`.
    BroadcastGroup(Option<GroupId>),
    /// Only people using one language, or everyone when `None`.
    BroadcastLang(Option<Lang>),
    /// Leave the language being asked for empty: its readers get the fallback.
    SkipText,
    BroadcastSend,
    Broadcasts,
    BroadcastReport(BroadcastId),
    CancelBroadcast(BroadcastId),

    NewEvent,
    EventGroup(GroupId),
    EventAudience(Audience),
    EventCreate,
    Events,
    EventDetail(EventId),
    AnnounceEvent(EventId),

    Questions,
    /// A page of the open questions, from 0.
    QuestionsPage(u32),
    AnswerQuestion(QuestionId),

    OurOffers,
    ManageOffer(OfferId),
    VerifyOffer(OfferId),
    EditOffer(OfferId),
    EditField(OfferField),
    EditLang(Lang),

    Summary,
    /// The audit trail of coordinator and staff actions (staff only).
    Audit,
    /// "I'm on it": take a cry for help, so nobody else is called in for it.
    TakeAlert(AlertId),
    /// Close a cry for help with what became of it.
    CloseAlert(AlertId, AlertOutcome),
    /// Who coordinates which group: staff may take a group from a coordinator; a group's
    /// coordinator may step down.
    Coordinators,
    RemoveCoordinator(PersonId, GroupId),
    StepDown(GroupId),
}

impl CoordinatorAction {
    pub(super) fn wire(self) -> Wire {
        match self {
            CoordinatorAction::Menu => Wire::bare("k"),
            CoordinatorAction::PendingSignups => Wire::bare("kp"),
            CoordinatorAction::PendingPage(page) => Wire::with("kq", page),
            CoordinatorAction::Approve(id) => Wire::with("va", id),
            CoordinatorAction::Decline(id) => Wire::with("vd", id),
            CoordinatorAction::OpenRequests => Wire::bare("ko"),
            CoordinatorAction::OpenRequestsPage(page) => Wire::with("ko", page),
            CoordinatorAction::CloseRequest(id) => Wire::with("kx", id),
            CoordinatorAction::CloseRequestWith(id, reason) => Wire {
                code: "kx",
                args: vec![id.to_string(), reason.code().to_owned()],
            },
            CoordinatorAction::TakeRequest(id) => Wire::with("kt", id),
            CoordinatorAction::HandOver(id) => Wire::with("kh", id),
            CoordinatorAction::HandTo(request, volunteer) => Wire {
                code: "hv",
                args: vec![request.to_string(), volunteer.to_string()],
            },
            CoordinatorAction::Invite => Wire::bare("iv"),
            CoordinatorAction::InviteFor(id) => Wire::with("ig", id),
            CoordinatorAction::RevokeInvite(id) => Wire::with("ir", id),
            CoordinatorAction::Broadcast => Wire::bare("b"),
            CoordinatorAction::BroadcastAudience(a) => Wire::with("ba", a.code()),
            CoordinatorAction::BroadcastGroup(None) => Wire::with("bg", "all"),
            CoordinatorAction::BroadcastGroup(Some(id)) => Wire::with("bg", id),
            CoordinatorAction::BroadcastLang(None) => Wire::with("bl", "all"),
            CoordinatorAction::BroadcastLang(Some(lang)) => Wire::with("bl", lang.code()),
            CoordinatorAction::SkipText => Wire::bare("bs"),
            CoordinatorAction::BroadcastSend => Wire::bare("bx"),
            CoordinatorAction::Broadcasts => Wire::bare("bL"),
            CoordinatorAction::BroadcastReport(id) => Wire::with("br", id),
            CoordinatorAction::CancelBroadcast(id) => Wire::with("bc", id),
            CoordinatorAction::NewEvent => Wire::bare("e"),
            CoordinatorAction::EventGroup(id) => Wire::with("eg", id),
            CoordinatorAction::EventAudience(a) => Wire::with("ea", a.code()),
            CoordinatorAction::EventCreate => Wire::bare("ex"),
            CoordinatorAction::Events => Wire::bare("eL"),
            CoordinatorAction::EventDetail(id) => Wire::with("ed", id),
            CoordinatorAction::AnnounceEvent(id) => Wire::with("eA", id),
            CoordinatorAction::Questions => Wire::bare("kq"),
            CoordinatorAction::QuestionsPage(page) => Wire::with("qp", page),
            CoordinatorAction::AnswerQuestion(id) => Wire::with("qa", id),
            CoordinatorAction::OurOffers => Wire::bare("kf"),
            CoordinatorAction::ManageOffer(id) => Wire::with("mo", id),
            CoordinatorAction::VerifyOffer(id) => Wire::with("mv", id),
            CoordinatorAction::EditOffer(id) => Wire::with("me", id),
            CoordinatorAction::EditField(field) => Wire::with("mf", field.code()),
            CoordinatorAction::EditLang(lang) => Wire::with("ml", lang.code()),
            CoordinatorAction::Summary => Wire::bare("ks"),
            CoordinatorAction::Audit => Wire::bare("kA"),
            CoordinatorAction::TakeAlert(id) => Wire::with("al", id),
            CoordinatorAction::Coordinators => Wire::bare("kC"),
            CoordinatorAction::RemoveCoordinator(person, group) => Wire {
                code: "kR",
                args: vec![person.to_string(), group.to_string()],
            },
            CoordinatorAction::StepDown(group) => Wire::with("kS", group),
            CoordinatorAction::CloseAlert(id, outcome) => Wire {
                code: "aC",
                args: vec![id.to_string(), outcome.code().to_owned()],
            },
        }
    }

    /// The action a code and its arguments name, if the code is one of this domain's.
    pub(super) fn read(code: &str, args: &[&str]) -> Result<Option<Self>, InvalidPayload> {
        Ok(Some(match (code, args) {
            ("k", []) => CoordinatorAction::Menu,
            ("kp", []) => CoordinatorAction::PendingSignups,
            ("kq", [a]) => CoordinatorAction::PendingPage(a.parse().map_err(|_| InvalidPayload)?),
            ("va", [a]) => CoordinatorAction::Approve(id(a)?),
            ("vd", [a]) => CoordinatorAction::Decline(id(a)?),
            ("ko", []) => CoordinatorAction::OpenRequests,
            ("qp", [a]) => CoordinatorAction::QuestionsPage(a.parse().map_err(|_| InvalidPayload)?),
            ("kx", [a]) => CoordinatorAction::CloseRequest(id(a)?),
            ("kx", [a, r]) => CoordinatorAction::CloseRequestWith(
                id(a)?,
                CloseReason::parse(r).ok_or(InvalidPayload)?,
            ),
            ("ko", [a]) => {
                CoordinatorAction::OpenRequestsPage(a.parse().map_err(|_| InvalidPayload)?)
            }
            ("kt", [a]) => CoordinatorAction::TakeRequest(id(a)?),
            ("kh", [a]) => CoordinatorAction::HandOver(id(a)?),
            ("hv", [r, v]) => CoordinatorAction::HandTo(id(r)?, id(v)?),
            ("iv", []) => CoordinatorAction::Invite,
            ("ig", [a]) => CoordinatorAction::InviteFor(id(a)?),
            ("ir", [a]) => CoordinatorAction::RevokeInvite(id(a)?),
            ("b", []) => CoordinatorAction::Broadcast,
            ("ba", [a]) => CoordinatorAction::BroadcastAudience(parsed(Audience::parse(a))?),
            ("bg", ["all"]) => CoordinatorAction::BroadcastGroup(None),
            ("bg", [a]) => CoordinatorAction::BroadcastGroup(Some(id(a)?)),
            ("bl", ["all"]) => CoordinatorAction::BroadcastLang(None),
            ("bl", [a]) => CoordinatorAction::BroadcastLang(Some(parsed(Lang::try_from(*a))?)),
            ("bs", []) => CoordinatorAction::SkipText,
            ("bx", []) => CoordinatorAction::BroadcastSend,
            ("bL", []) => CoordinatorAction::Broadcasts,
            ("br", [a]) => CoordinatorAction::BroadcastReport(id(a)?),
            ("bc", [a]) => CoordinatorAction::CancelBroadcast(id(a)?),
            ("e", []) => CoordinatorAction::NewEvent,
            ("eg", [a]) => CoordinatorAction::EventGroup(id(a)?),
            ("ea", [a]) => CoordinatorAction::EventAudience(parsed(Audience::parse(a))?),
            ("ex", []) => CoordinatorAction::EventCreate,
            ("eL", []) => CoordinatorAction::Events,
            ("ed", [a]) => CoordinatorAction::EventDetail(id(a)?),
            ("eA", [a]) => CoordinatorAction::AnnounceEvent(id(a)?),
            ("kq", []) => CoordinatorAction::Questions,
            ("qa", [a]) => CoordinatorAction::AnswerQuestion(id(a)?),
            ("kf", []) => CoordinatorAction::OurOffers,
            ("mo", [a]) => CoordinatorAction::ManageOffer(id(a)?),
            ("mv", [a]) => CoordinatorAction::VerifyOffer(id(a)?),
            ("me", [a]) => CoordinatorAction::EditOffer(id(a)?),
            ("mf", [a]) => CoordinatorAction::EditField(parsed(OfferField::parse(a))?),
            ("ml", [a]) => CoordinatorAction::EditLang(parsed(Lang::try_from(*a))?),
            ("ks", []) => CoordinatorAction::Summary,
            ("kA", []) => CoordinatorAction::Audit,
            ("al", [a]) => CoordinatorAction::TakeAlert(id(a)?),
            ("kC", []) => CoordinatorAction::Coordinators,
            ("kR", [p, g]) => CoordinatorAction::RemoveCoordinator(id(p)?, id(g)?),
            ("kS", [g]) => CoordinatorAction::StepDown(id(g)?),
            ("aC", [a, o]) => {
                CoordinatorAction::CloseAlert(id(a)?, AlertOutcome::parse(o).ok_or(InvalidPayload)?)
            }
            _ => return Ok(None),
        }))
    }
}
