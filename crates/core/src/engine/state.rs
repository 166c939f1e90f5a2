//! Where a person stands in a conversation, and its versioned persisted form.

use serde::{Deserialize, Serialize};

use crate::domain::ids::{OfferId, QuestionId, RequestId};
use crate::domain::lang::Lang;
use crate::domain::{BroadcastDraft, Draft, EventDraft, OfferField, StoredState};

/// The current version of the persisted form. Raise it when a variant changes shape; a
/// conversation stored in another version is reset to the menu with an apology.
pub const STATE_VERSION: i64 = 1;

/// What the bot waits for from a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "s", rename_all = "snake_case")]
pub enum State {
    /// First contact: waits for a language. `then` is an offer a deep link asked for;
    /// `invite` the hash of an invite code given before the privacy notice was agreed, used
    /// once it is.
    ChoosingLanguage {
        then: Option<OfferId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        invite: Option<String>,
    },
    /// Waits for the answer to the privacy notice.
    ReadingPrivacy {
        then: Option<OfferId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        invite: Option<String>,
    },
    /// Idle at the main menu or any browsing screen.
    Menu,
    /// Waits for the optional note of a request for `offer`.
    WritingNote { offer: OfferId },
    /// Waits for a free question.
    WritingQuestion,
    /// Text written at the menu, offered to be sent as a question to a person.
    ConfirmingQuestion { text: String },
    /// Waits for the confirmation of `/delete`.
    ConfirmingDelete,
    /// Signing up as a volunteer, or editing the profile: what was collected so far.
    Signup {
        step: SignupStep,
        draft: Draft,
        editing: bool,
    },
    /// In a request's conversation: what the person writes goes to the other side.
    Relaying { request: RequestId },
    /// A coordinator putting a broadcast together.
    Broadcasting { draft: BroadcastDraft },
    /// A coordinator putting an event together.
    CreatingEvent { draft: EventDraft },
    /// A coordinator writing the answer to a question.
    AnsweringQuestion { question: QuestionId },
    /// A newcomer writing back to the coordinator who answered their question.
    FollowingUp { question: QuestionId },
    /// A coordinator changing one text of an offer: which, then in what language, then the text.
    EditingOffer {
        offer: OfferId,
        field: Option<OfferField>,
        lang: Option<Lang>,
    },
}

/// The question a volunteer sign-up is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignupStep {
    Name,
    Groups,
    Languages,
    Helps,
    Confirm,
}

impl State {
    pub fn to_stored(&self) -> StoredState {
        StoredState {
            version: STATE_VERSION,
            state: serde_json::to_string(self).expect("a State always serializes"),
        }
    }

    /// Reads a stored state; `None` when it was written by another version or is unreadable.
    pub fn from_stored(stored: &StoredState) -> Option<State> {
        if stored.version != STATE_VERSION {
            return None;
        }
        serde_json::from_str(&stored.state).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_survives_being_stored() {
        let offer = OfferId::try_from(7).unwrap();
        for state in [
            State::ChoosingLanguage {
                then: Some(offer),
                invite: None,
            },
            State::ReadingPrivacy {
                then: None,
                invite: Some("ab12".into()),
            },
            State::Menu,
            State::WritingNote { offer },
            State::WritingQuestion,
            State::ConfirmingQuestion {
                text: "Hvad betyder brevet?".into(),
            },
            State::ConfirmingDelete,
            State::Signup {
                step: SignupStep::Languages,
                draft: Draft {
                    name: "Lars".into(),
                    ..Draft::default()
                },
                editing: false,
            },
            State::Relaying {
                request: RequestId::try_from(3).unwrap(),
            },
        ] {
            assert_eq!(State::from_stored(&state.to_stored()), Some(state));
        }
    }

    #[test]
    fn a_state_from_another_version_is_not_read() {
        let mut stored = State::Menu.to_stored();
        stored.version = STATE_VERSION + 1;
        assert_eq!(State::from_stored(&stored), None);
        let garbled = StoredState {
            version: STATE_VERSION,
            state: "{\"s\":\"gone\"}".into(),
        };
        assert_eq!(State::from_stored(&garbled), None);
    }
}
