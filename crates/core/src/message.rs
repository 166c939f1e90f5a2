//! What the engine sends: messages with buttons, places and files, addressed to a person.
//! Messages to people other than the one acting are stored in the outbox in this form.

use serde::{Deserialize, Serialize};

use crate::action::Action;
use crate::catalog::Place;
use crate::domain::ids::FileId;
use crate::domain::lang::Lang;
use crate::platform::Address;

/// A message on its way to one person, wherever they are.
#[derive(Debug, Clone, PartialEq)]
pub struct Outbound {
    pub to: Address,
    pub message: Reply,
}

/// A message to show a person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reply {
    pub lang: Lang,
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Vec<Button>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Place>,
    /// A photo, voice note or document carried with the text, as when a relay passes one on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Attachment>,
    /// Sent below the message whose button was pressed, never in its place: that message
    /// carries words or details the person must keep (a relayed message, a request's note,
    /// an announcement).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub below: bool,
    /// Shown with no link preview: a platform's preview fetcher opens the links it sees, and
    /// must not open a one-time login link before the person does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_preview: bool,
    /// The answer to a cry for help or a press of 🆘: it goes before every other reply in
    /// the bot's send budget.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub urgent: bool,
}

impl Reply {
    /// A message with text only.
    pub fn text(lang: Lang, text: String) -> Reply {
        Reply {
            lang,
            text,
            buttons: vec![],
            place: None,
            attachment: None,
            below: false,
            no_preview: false,
            urgent: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    #[serde(with = "encoded")]
    pub action: Action,
}

impl Button {
    pub fn new(label: impl Into<String>, action: impl Into<Action>) -> Button {
        Button {
            label: label.into(),
            action: action.into(),
        }
    }
}

/// A file passed on through the bot. The bytes live in the store (`files`), so any front door
/// can send them; `native` lets the platform the file came from pass it on without a copy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    pub kind: AttachmentKind,
    /// The stored file; `None` for one made for this reply alone, such as a calendar file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<FileId>,
    /// The bytes of a file made for this reply alone: never stored, never queued.
    #[serde(skip)]
    pub inline: Option<Vec<u8>>,
    pub file_name: String,
    pub mime: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<NativeFile>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttachmentKind {
    Photo,
    Voice,
    Document,
}

/// Where a file already is on a platform: a chat and message there, such as Telegram's
/// `copyMessage` needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NativeFile {
    pub platform: crate::platform::Platform,
    pub chat_id: String,
    pub message_id: String,
}

mod encoded {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::action::Action;

    pub fn serialize<S: Serializer>(action: &Action, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&action.encode())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
        let payload = String::deserialize(d)?;
        Action::decode(&payload).map_err(serde::de::Error::custom)
    }
}

/// Splits a text into parts of at most `max` units, where `units` tells what one character
/// counts for on the platform (Telegram counts UTF-16 code units, Discord characters): at
/// the last line break in reach, else the last space, else anywhere between two characters.
/// Blank parts are left out.
pub fn split(text: &str, max: usize, units: fn(char) -> usize) -> Vec<String> {
    let mut parts = vec![];
    let mut rest = text.trim_end();
    while !rest.is_empty() {
        // The byte offset where `max` units end, if the rest is longer.
        let mut counted = 0;
        let mut limit = None;
        for (offset, c) in rest.char_indices() {
            if counted + units(c) > max {
                limit = Some(offset);
                break;
            }
            counted += units(c);
        }
        let Some(limit) = limit else {
            parts.push(rest.to_owned());
            break;
        };
        let head = &rest[..limit];
        let cut = head
            .rfind('\n')
            .or_else(|| head.rfind(' '))
            .filter(|&at| at > 0)
            .unwrap_or(limit);
        let (part, tail) = rest.split_at(cut);
        if !part.trim().is_empty() {
            parts.push(part.trim_end().to_owned());
        }
        rest = tail.trim_start_matches(['\n', ' ']);
    }
    parts
}
