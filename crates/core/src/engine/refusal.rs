//! Why an action was not carried out. Every flow returns refusals with `?`; the engine words
//! them for the person in one place, [`super::Engine::refused`].

use crate::domain::ids::PersonId;

/// Something the person asked for that is not done, and will not be by asking again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A stale or forged button, or one that no longer fits where the person stands.
    Expired,
    /// Their role or group does not allow it. Worded as `Expired`: a forged button learns
    /// nothing about what exists.
    NotAllowed,
    /// What the button names is gone. Worded as `Expired` too.
    NotFound,
    /// It needs the privacy notice agreed first.
    NeedsConsent,
    /// Someone else took the request first.
    AlreadyTaken,
    /// Another coordinator decided on the volunteer first.
    AlreadyDecided,
}

/// What can stop a step: a refusal the person is told of, or an unexpected error that is
/// logged with its chain and answered with "something went wrong, nothing was lost".
#[derive(Debug)]
pub enum Problem {
    Refused(Refusal),
    Unexpected(anyhow::Error),
}

/// A problem that reaches a place where only unexpected errors are handled (a screen shown
/// again, a job) is one: a refusal there is a bug, logged with the rest.
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Refused(refusal) => write!(f, "refused where nothing should be: {refusal:?}"),
            Problem::Unexpected(error) => write!(f, "{error:#}"),
        }
    }
}

impl std::error::Error for Problem {}

impl From<Refusal> for Problem {
    fn from(refusal: Refusal) -> Self {
        Problem::Refused(refusal)
    }
}

impl From<anyhow::Error> for Problem {
    fn from(error: anyhow::Error) -> Self {
        Problem::Unexpected(error)
    }
}

impl From<crate::domain::ids::InvalidId> for Problem {
    fn from(_: crate::domain::ids::InvalidId) -> Self {
        Problem::Refused(Refusal::NotFound)
    }
}

/// The result of a step of a conversation, or of any part of one.
pub type Flow<T = super::Step> = Result<T, Problem>;

/// Turns "not there" into a refusal: `self.store.request(id).await?.or_refuse(NotFound)?`.
pub trait OrRefuse<T> {
    fn or_refuse(self, refusal: Refusal) -> Result<T, Refusal>;
}

impl<T> OrRefuse<T> for Option<T> {
    fn or_refuse(self, refusal: Refusal) -> Result<T, Refusal> {
        self.ok_or(refusal)
    }
}

/// Refuses unless `allowed`: `allow(roles.coordinates(group), NotAllowed)?`.
pub fn allow(allowed: bool, refusal: Refusal) -> Result<(), Refusal> {
    if allowed { Ok(()) } else { Err(refusal) }
}

/// Someone acting on themselves where only others may be acted on, such as approving
/// oneself.
pub fn not_self(actor: PersonId, other: PersonId) -> Result<(), Refusal> {
    allow(actor != other, Refusal::NotAllowed)
}
