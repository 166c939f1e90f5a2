//! What a volunteer does: sign up, hear of requests, take one, talk to the family through
//! the bot, mark it done, pause.

use super::{InvalidPayload, Wire, id, parsed};
use crate::domain::category::Category;
use crate::domain::ids::{GroupId, RequestId};
use crate::domain::roles::Spoken;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VolunteerAction {
    /// Start signing up as a volunteer.
    SignUp,
    ToggleGroup(GroupId),
    ToggleSpoken(Spoken),
    ToggleHelp(Category),
    SignupNext,
    /// Back to the sign-up's previous question, keeping what was chosen.
    SignupBack,
    SignupSend,
    EditProfile,
    MyTasks,
    Pause(bool),
    Accept(RequestId),
    NotMe(RequestId),
    /// Write to the other side of a request's conversation (a newcomer's button too).
    OpenRelay(RequestId),
    EndRelay(RequestId),
    MarkDone(RequestId),
    /// Yes, the request is done: close it and ask the family how it went.
    ConfirmDone(RequestId),
    /// The help was not given: the request goes back to the group, whose coordinators hear.
    GiveBack(RequestId),
}

impl VolunteerAction {
    pub(super) fn wire(self) -> Wire {
        match self {
            VolunteerAction::SignUp => Wire::bare("v"),
            VolunteerAction::ToggleGroup(id) => Wire::with("tg", id),
            VolunteerAction::ToggleSpoken(s) => Wire::with("ts", s.code()),
            VolunteerAction::ToggleHelp(c) => Wire::with("th", c.code()),
            VolunteerAction::SignupNext => Wire::bare("sn"),
            VolunteerAction::SignupBack => Wire::bare("sb"),
            VolunteerAction::SignupSend => Wire::bare("ss"),
            VolunteerAction::EditProfile => Wire::bare("ep"),
            VolunteerAction::MyTasks => Wire::bare("t"),
            VolunteerAction::Pause(on) => Wire::with("ps", if on { "1" } else { "0" }),
            VolunteerAction::Accept(id) => Wire::with("ac", id),
            VolunteerAction::NotMe(id) => Wire::with("nm", id),
            VolunteerAction::OpenRelay(id) => Wire::with("w", id),
            VolunteerAction::EndRelay(id) => Wire::with("we", id),
            VolunteerAction::MarkDone(id) => Wire::with("dn", id),
            VolunteerAction::ConfirmDone(id) => Wire::with("dy", id),
            VolunteerAction::GiveBack(id) => Wire::with("gb", id),
        }
    }

    /// The action a code and its arguments name, if the code is one of this domain's.
    pub(super) fn read(code: &str, args: &[&str]) -> Result<Option<Self>, InvalidPayload> {
        Ok(Some(match (code, args) {
            ("v", []) => VolunteerAction::SignUp,
            ("tg", [a]) => VolunteerAction::ToggleGroup(id(a)?),
            ("ts", [a]) => VolunteerAction::ToggleSpoken(parsed(Spoken::try_from(*a))?),
            ("th", [a]) => VolunteerAction::ToggleHelp(parsed(Category::try_from(*a))?),
            ("sn", []) => VolunteerAction::SignupNext,
            ("sb", []) => VolunteerAction::SignupBack,
            ("ss", []) => VolunteerAction::SignupSend,
            ("ep", []) => VolunteerAction::EditProfile,
            ("t", []) => VolunteerAction::MyTasks,
            ("ps", ["1"]) => VolunteerAction::Pause(true),
            ("ps", ["0"]) => VolunteerAction::Pause(false),
            ("ac", [a]) => VolunteerAction::Accept(id(a)?),
            ("nm", [a]) => VolunteerAction::NotMe(id(a)?),
            ("w", [a]) => VolunteerAction::OpenRelay(id(a)?),
            ("we", [a]) => VolunteerAction::EndRelay(id(a)?),
            ("dn", [a]) => VolunteerAction::MarkDone(id(a)?),
            ("dy", [a]) => VolunteerAction::ConfirmDone(id(a)?),
            ("gb", [a]) => VolunteerAction::GiveBack(id(a)?),
            _ => return Ok(None),
        }))
    }
}
