//! Button actions: what a button asks the engine to do, and its compact wire form.
//!
//! The wire form is `1:<code>[:<arg>]`. The leading `1` is the encoding's version, so a
//! future change can tell old buttons from new ones. Every encoded action fits Telegram's
//! 64-byte callback_data and Discord's 100-character custom_id. Decoding is strict and total:
//! anything that is not exactly what `encode` writes is rejected.

use crate::category::Category;
use crate::ids::{OfferId, RequestId};
use crate::lang::Lang;

/// The most bytes an encoded action may take (Telegram's callback_data limit).
pub const MAX_PAYLOAD_BYTES: usize = 64;

const VERSION: &str = "1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyChoice {
    Agree,
    AgreeWithNews,
    Decline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the language picker.
    ChooseLanguage,
    SetLanguage(Lang),
    ShowPrivacy,
    Privacy(PrivacyChoice),
    Menu,
    Categories,
    Category(Category),
    Offer(OfferId),
    Interested(OfferId),
    /// Send the request for this offer without a note.
    SkipNote(OfferId),
    MyRequests,
    CancelRequest(RequestId),
    ConfirmCancelRequest(RequestId),
    Ask,
    Help,
    MyData,
    SetNews(bool),
    Delete,
    ConfirmDelete,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a button payload this version of Velkommen made")]
pub struct InvalidPayload;

impl Action {
    pub fn encode(self) -> String {
        let (code, arg): (&str, Option<String>) = match self {
            Action::ChooseLanguage => ("L", None),
            Action::SetLanguage(lang) => ("l", Some(lang.code().into())),
            Action::ShowPrivacy => ("pv", None),
            Action::Privacy(choice) => (
                "p",
                Some(
                    match choice {
                        PrivacyChoice::Agree => "a",
                        PrivacyChoice::AgreeWithNews => "n",
                        PrivacyChoice::Decline => "d",
                    }
                    .into(),
                ),
            ),
            Action::Menu => ("m", None),
            Action::Categories => ("cs", None),
            Action::Category(c) => ("c", Some(c.code().into())),
            Action::Offer(id) => ("o", Some(id.to_string())),
            Action::Interested(id) => ("i", Some(id.to_string())),
            Action::SkipNote(id) => ("nn", Some(id.to_string())),
            Action::MyRequests => ("r", None),
            Action::CancelRequest(id) => ("rc", Some(id.to_string())),
            Action::ConfirmCancelRequest(id) => ("ry", Some(id.to_string())),
            Action::Ask => ("q", None),
            Action::Help => ("h", None),
            Action::MyData => ("d", None),
            Action::SetNews(on) => ("a", Some(if on { "1" } else { "0" }.into())),
            Action::Delete => ("x", None),
            Action::ConfirmDelete => ("xy", None),
        };
        match arg {
            Some(arg) => format!("{VERSION}:{code}:{arg}"),
            None => format!("{VERSION}:{code}"),
        }
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
        let arg = parts.next();
        if parts.next().is_some() {
            return Err(InvalidPayload);
        }
        let action = match (code, arg) {
            ("L", None) => Action::ChooseLanguage,
            ("l", Some(a)) => Action::SetLanguage(Lang::try_from(a).map_err(|_| InvalidPayload)?),
            ("pv", None) => Action::ShowPrivacy,
            ("p", Some("a")) => Action::Privacy(PrivacyChoice::Agree),
            ("p", Some("n")) => Action::Privacy(PrivacyChoice::AgreeWithNews),
            ("p", Some("d")) => Action::Privacy(PrivacyChoice::Decline),
            ("m", None) => Action::Menu,
            ("cs", None) => Action::Categories,
            ("c", Some(a)) => Action::Category(Category::try_from(a).map_err(|_| InvalidPayload)?),
            ("o", Some(a)) => Action::Offer(id(a)?),
            ("i", Some(a)) => Action::Interested(id(a)?),
            ("nn", Some(a)) => Action::SkipNote(id(a)?),
            ("r", None) => Action::MyRequests,
            ("rc", Some(a)) => Action::CancelRequest(id(a)?),
            ("ry", Some(a)) => Action::ConfirmCancelRequest(id(a)?),
            ("q", None) => Action::Ask,
            ("h", None) => Action::Help,
            ("d", None) => Action::MyData,
            ("a", Some("1")) => Action::SetNews(true),
            ("a", Some("0")) => Action::SetNews(false),
            ("x", None) => Action::Delete,
            ("xy", None) => Action::ConfirmDelete,
            _ => return Err(InvalidPayload),
        };
        Ok(action)
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_action() -> impl Strategy<Value = Action> {
        let id = 1..=i64::MAX;
        let lang = prop::sample::select(Lang::ALL.to_vec());
        let category = prop::sample::select(Category::ALL.to_vec());
        let choice = prop::sample::select(vec![
            PrivacyChoice::Agree,
            PrivacyChoice::AgreeWithNews,
            PrivacyChoice::Decline,
        ]);
        prop_oneof![
            Just(Action::ChooseLanguage),
            lang.prop_map(Action::SetLanguage),
            Just(Action::ShowPrivacy),
            choice.prop_map(Action::Privacy),
            Just(Action::Menu),
            Just(Action::Categories),
            category.prop_map(Action::Category),
            id.clone()
                .prop_map(|n| Action::Offer(OfferId::try_from(n).unwrap())),
            id.clone()
                .prop_map(|n| Action::Interested(OfferId::try_from(n).unwrap())),
            id.clone()
                .prop_map(|n| Action::SkipNote(OfferId::try_from(n).unwrap())),
            Just(Action::MyRequests),
            id.clone()
                .prop_map(|n| Action::CancelRequest(RequestId::try_from(n).unwrap())),
            id.prop_map(|n| Action::ConfirmCancelRequest(RequestId::try_from(n).unwrap())),
            Just(Action::Ask),
            Just(Action::Help),
            Just(Action::MyData),
            any::<bool>().prop_map(Action::SetNews),
            Just(Action::Delete),
            Just(Action::ConfirmDelete),
        ]
    }

    proptest! {
        #[test]
        fn every_action_survives_a_round_trip_within_64_bytes(action in any_action()) {
            let payload = action.encode();
            prop_assert!(payload.len() <= MAX_PAYLOAD_BYTES);
            prop_assert_eq!(Action::decode(&payload), Ok(action));
        }

        #[test]
        fn decoding_arbitrary_text_never_panics(raw in ".{0,80}") {
            if let Ok(action) = Action::decode(&raw) {
                // Whatever decodes must be exactly what encode writes.
                prop_assert_eq!(action.encode(), raw);
            }
        }
    }

    #[test]
    fn forged_and_stale_payloads_are_rejected() {
        for bad in [
            "",
            "1",
            "2:m",
            "1:m:",
            "1:o",
            "1:o:0",
            "1:o:-3",
            "1:o:007",
            "1:o:+7",
            "1:o:7:8",
            "1:l:fr",
            "1:l:AR",
            "1:a:2",
            "1:zz",
            "1:o:99999999999999999999",
            " 1:m",
            "1:m ",
        ] {
            assert_eq!(Action::decode(bad), Err(InvalidPayload), "{bad:?}");
        }
    }
}
