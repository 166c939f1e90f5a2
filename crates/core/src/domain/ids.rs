//! Typed ids for the rows Velkommen stores. A raw number from a payload becomes an id only
//! through `TryFrom`, which accepts positive values alone; the store binds and reads them as
//! they are.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, sqlx::Type,
        )]
        #[serde(transparent)]
        #[sqlx(transparent)]
        pub struct $name(i64);

        impl $name {
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl TryFrom<i64> for $name {
            type Error = InvalidId;
            fn try_from(raw: i64) -> Result<Self, InvalidId> {
                if raw > 0 { Ok(Self(raw)) } else { Err(InvalidId(raw)) }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// One person, whichever platforms they reach Velkommen from.
    PersonId
);
id_type!(
    /// One offer of the catalogue.
    OfferId
);
id_type!(
    /// One volunteer group of the catalogue.
    GroupId
);
id_type!(
    /// One newcomer's request for an offer.
    RequestId
);
id_type!(
    /// One free question for the coordinators.
    QuestionId
);

id_type!(
    /// One event a coordinator announced.
    EventId
);
impl EventId {
    /// The id an event is shown with before it is stored, in its preview.
    pub const PREVIEW: EventId = EventId(0);
}

id_type!(
    /// One broadcast, with its copies in the outbox.
    BroadcastId
);
id_type!(
    /// One time-driven job: a widening, an escalation, a reminder.
    JobId
);
id_type!(
    /// One stored file, passed on through the relay.
    FileId
);
id_type!(
    /// One message waiting in (or delivered from) the outbox.
    OutboxId
);
id_type!(
    /// One invite code that makes someone a coordinator of a group.
    InviteId
);
id_type!(
    /// One cry for help: a press of "I need help now", or danger words someone wrote.
    AlertId
);

#[derive(Debug, thiserror::Error)]
#[error("an id must be a positive number, not {0}")]
pub struct InvalidId(i64);
