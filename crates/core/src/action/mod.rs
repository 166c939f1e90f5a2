//! Button actions: what a button asks the engine to do, and its compact wire form.
//!
//! An action is one of four domains' actions, each in its own file here, below every flow, so
//! that messages and the store can carry buttons without reaching up into the handlers.
//!
//! The wire form is `1:<code>[:<arg>[:<arg>]]`. The leading `1` is the encoding's version, so a
//! future change can tell old buttons from new ones. Codes are unique across the domains, and
//! the codes and arguments are those of the first version, so buttons already in people's
//! chats keep working. Every encoded action fits Telegram's 64-byte callback_data and
//! Discord's 100-character custom_id. Decoding is strict and total: anything that is not
//! exactly what `encode` writes is rejected.

mod account;
mod coordinator;
mod newcomer;
mod volunteer;

pub use account::{AccountAction, PrivacyChoice};
pub use coordinator::CoordinatorAction;
pub use newcomer::NewcomerAction;
pub use volunteer::VolunteerAction;

/// The most bytes an encoded action may take (Telegram's callback_data limit).
pub const MAX_PAYLOAD_BYTES: usize = 64;

const VERSION: &str = "1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Language, privacy, the main menu, help, one's own data.
    Account(AccountAction),
    /// Offers, requests, events and questions, as a newcomer uses them.
    Newcomer(NewcomerAction),
    /// Signing up, taking requests and talking to the family.
    Volunteer(VolunteerAction),
    /// Approvals, requests nobody took, broadcasts, events, questions, offers, the report.
    Coordinator(CoordinatorAction),
}

impl From<AccountAction> for Action {
    fn from(action: AccountAction) -> Self {
        Action::Account(action)
    }
}

impl From<NewcomerAction> for Action {
    fn from(action: NewcomerAction) -> Self {
        Action::Newcomer(action)
    }
}

impl From<VolunteerAction> for Action {
    fn from(action: VolunteerAction) -> Self {
        Action::Volunteer(action)
    }
}

impl From<CoordinatorAction> for Action {
    fn from(action: CoordinatorAction) -> Self {
        Action::Coordinator(action)
    }
}

macro_rules! encode_as_action {
    ($($sub:ident),*) => {$(
        impl $sub {
            /// The payload of this action's button.
            pub fn encode(self) -> String {
                Action::from(self).encode()
            }
        }
    )*};
}

encode_as_action!(
    AccountAction,
    NewcomerAction,
    VolunteerAction,
    CoordinatorAction
);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a button payload this version of Velkommen made")]
pub struct InvalidPayload;

/// An action's code and arguments, as written after the version.
struct Wire {
    code: &'static str,
    args: Vec<String>,
}

impl Wire {
    fn bare(code: &'static str) -> Wire {
        Wire { code, args: vec![] }
    }

    fn with(code: &'static str, arg: impl ToString) -> Wire {
        Wire {
            code,
            args: vec![arg.to_string()],
        }
    }
}

impl Action {
    /// Whether this button sits on a message the person must keep as it is: someone's
    /// relayed words, a request's note, a question, a cry for help, an announcement. The
    /// answer to pressing it goes below that message, never in its place.
    pub fn keeps_its_message(&self) -> bool {
        matches!(
            self,
            Action::Account(AccountAction::Urgent)
                | Action::Newcomer(
                    NewcomerAction::ReplyToAnswer(_)
                        | NewcomerAction::Rsvp(..)
                        | NewcomerAction::Calendar(_)
                        | NewcomerAction::Feedback(..)
                )
                | Action::Volunteer(
                    VolunteerAction::Accept(_)
                        | VolunteerAction::NotMe(_)
                        | VolunteerAction::OpenRelay(_)
                        | VolunteerAction::EndRelay(_)
                )
                | Action::Coordinator(
                    CoordinatorAction::Approve(_)
                        | CoordinatorAction::Decline(_)
                        | CoordinatorAction::TakeRequest(_)
                        | CoordinatorAction::HandOver(_)
                        | CoordinatorAction::CloseRequest(_)
                        | CoordinatorAction::AnswerQuestion(_)
                        | CoordinatorAction::TakeAlert(_)
                )
        )
    }

    pub fn encode(self) -> String {
        let wire = match self {
            Action::Account(a) => a.wire(),
            Action::Newcomer(a) => a.wire(),
            Action::Volunteer(a) => a.wire(),
            Action::Coordinator(a) => a.wire(),
        };
        let mut out = format!("{VERSION}:{}", wire.code);
        for arg in wire.args {
            out.push(':');
            out.push_str(&arg);
        }
        out
    }

    pub fn decode(payload: &str) -> Result<Action, InvalidPayload> {
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(InvalidPayload);
        }
        let mut parts = payload.split(':');
        if parts.next() != Some(VERSION) {
            return Err(InvalidPayload);
        }
        let code = parts.next().ok_or(InvalidPayload)?;
        let args: Vec<&str> = parts.collect();
        if args.len() > 2 {
            return Err(InvalidPayload);
        }
        if let Some(a) = AccountAction::read(code, &args)? {
            return Ok(a.into());
        }
        if let Some(a) = NewcomerAction::read(code, &args)? {
            return Ok(a.into());
        }
        if let Some(a) = VolunteerAction::read(code, &args)? {
            return Ok(a.into());
        }
        if let Some(a) = CoordinatorAction::read(code, &args)? {
            return Ok(a.into());
        }
        Err(InvalidPayload)
    }
}

/// A positive decimal id exactly as `encode` writes it: no sign, no leading zero.
fn id<T: TryFrom<i64>>(raw: &str) -> Result<T, InvalidPayload> {
    let canonical = !raw.is_empty()
        && raw.len() <= 19
        && raw.bytes().all(|b| b.is_ascii_digit())
        && !raw.starts_with('0');
    if !canonical {
        return Err(InvalidPayload);
    }
    let n: i64 = raw.parse().map_err(|_| InvalidPayload)?;
    T::try_from(n).map_err(|_| InvalidPayload)
}

/// A value parsed by its own strict parser, any failure being an invalid payload.
fn parsed<T, E>(result: Result<T, E>) -> Result<T, InvalidPayload> {
    result.map_err(|_| InvalidPayload)
}

#[cfg(test)]
mod tests;
