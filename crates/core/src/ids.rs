//! Typed ids for the rows Velkommen stores. A raw number from a payload becomes an id only
//! through `TryFrom`, which accepts positive values alone.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
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

#[derive(Debug, thiserror::Error)]
#[error("an id must be a positive number, not {0}")]
pub struct InvalidId(i64);
