//! What a person does with their own account: language, privacy, menu, help, their data.

use super::{InvalidPayload, Wire, parsed};
use crate::domain::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountAction {
    /// Show the language picker.
    ChooseLanguage,
    SetLanguage(Lang),
    ShowPrivacy,
    /// The details of the privacy notice, beyond what fits on one phone screen.
    PrivacyMore,
    Privacy(PrivacyChoice),
    Menu,
    Help,
    MyData,
    SetNews(bool),
    Delete,
    ConfirmDelete,
    /// "I need help now": the numbers to call, and a person from the municipality told.
    Urgent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyChoice {
    Agree,
    AgreeWithNews,
    Decline,
}

impl AccountAction {
    pub(super) fn wire(self) -> Wire {
        match self {
            AccountAction::ChooseLanguage => Wire::bare("L"),
            AccountAction::SetLanguage(lang) => Wire::with("l", lang.code()),
            AccountAction::ShowPrivacy => Wire::bare("pv"),
            AccountAction::PrivacyMore => Wire::bare("pm"),
            AccountAction::Privacy(choice) => Wire::with(
                "p",
                match choice {
                    PrivacyChoice::Agree => "a",
                    PrivacyChoice::AgreeWithNews => "n",
                    PrivacyChoice::Decline => "d",
                },
            ),
            AccountAction::Menu => Wire::bare("m"),
            AccountAction::Help => Wire::bare("h"),
            AccountAction::MyData => Wire::bare("d"),
            AccountAction::SetNews(on) => Wire::with("a", if on { "1" } else { "0" }),
            AccountAction::Delete => Wire::bare("x"),
            AccountAction::ConfirmDelete => Wire::bare("xy"),
            AccountAction::Urgent => Wire::bare("hn"),
        }
    }

    /// The action a code and its arguments name, if the code is one of this domain's.
    pub(super) fn read(code: &str, args: &[&str]) -> Result<Option<Self>, InvalidPayload> {
        Ok(Some(match (code, args) {
            ("L", []) => AccountAction::ChooseLanguage,
            ("l", [a]) => AccountAction::SetLanguage(parsed(Lang::try_from(*a))?),
            ("pv", []) => AccountAction::ShowPrivacy,
            ("pm", []) => AccountAction::PrivacyMore,
            ("p", ["a"]) => AccountAction::Privacy(PrivacyChoice::Agree),
            ("p", ["n"]) => AccountAction::Privacy(PrivacyChoice::AgreeWithNews),
            ("p", ["d"]) => AccountAction::Privacy(PrivacyChoice::Decline),
            ("m", []) => AccountAction::Menu,
            ("h", []) => AccountAction::Help,
            ("d", []) => AccountAction::MyData,
            ("a", ["1"]) => AccountAction::SetNews(true),
            ("a", ["0"]) => AccountAction::SetNews(false),
            ("x", []) => AccountAction::Delete,
            ("xy", []) => AccountAction::ConfirmDelete,
            ("hn", []) => AccountAction::Urgent,
            _ => return Ok(None),
        }))
    }
}
