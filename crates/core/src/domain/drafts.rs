//! What a coordinator has said so far while putting a broadcast or an event together. Both are
//! kept in the persisted conversation state, so their serialized form is pinned by tests.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::audience::Audience;
use super::ids::{EventId, GroupId};
use super::lang::Lang;
use super::offers::NewEvent;

/// What a coordinator has said so far about a broadcast.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BroadcastDraft {
    pub audience: Option<Audience>,
    /// Asked only when volunteers are in the audience.
    pub group: Option<AllOr<GroupId>>,
    pub lang: Option<AllOr<Lang>>,
    pub texts: Vec<(Lang, String)>,
    /// Languages already asked for, written or left empty.
    pub asked: Vec<Lang>,
    /// The event this announces, whose texts and buttons it carries.
    pub event: Option<EventId>,
}

/// A choice of every group or language, or of one. (A nested `Option` would not survive
/// being stored as JSON: `Some(None)` comes back as `None`.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AllOr<T> {
    All,
    One(T),
}

impl<T: Copy> AllOr<T> {
    pub fn one(self) -> Option<T> {
        match self {
            AllOr::All => None,
            AllOr::One(t) => Some(t),
        }
    }

    pub fn from_option(option: Option<T>) -> Self {
        option.map_or(AllOr::All, AllOr::One)
    }
}

/// Those going to an event are reminded a day before, unless its coordinator chose otherwise.
pub const DEFAULT_REMIND_HOURS: u32 = 24;

/// What a coordinator has said so far about a new event.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDraft {
    pub group: Option<GroupId>,
    pub audience: Option<Audience>,
    pub starts_at: Option<DateTime<Utc>>,
    pub place: Option<String>,
    /// (language, title, description)
    pub texts: Vec<(Lang, String, String)>,
    /// A title written, waiting for its description.
    pub title: Option<(Lang, String)>,
    pub asked: Vec<Lang>,
    /// How many hours before the start those going are reminded; 0 for no reminder, `None`
    /// for the usual day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remind_hours: Option<u32>,
}

impl BroadcastDraft {
    /// The first language asked for, when the texts are asked for again.
    pub fn next_language_from_start(&self) -> Option<Lang> {
        BroadcastDraft {
            asked: vec![],
            ..self.clone()
        }
        .next_language()
    }

    pub fn next_language(&self) -> Option<Lang> {
        let wanted: Vec<Lang> = match self.lang {
            Some(AllOr::One(lang)) => vec![lang],
            _ => Lang::all().to_vec(),
        };
        wanted.into_iter().find(|l| !self.asked.contains(l))
    }

    /// Who the draft names: the audience, one group or every group, one language or every
    /// language; `None` until each is chosen. Who that reaches depends on who sends it:
    /// `Engine::recipients_for`.
    pub fn addressed(&self) -> Option<(Audience, Option<GroupId>, Option<Lang>)> {
        Some((
            self.audience?,
            self.group.and_then(AllOr::one),
            self.lang?.one(),
        ))
    }

    /// The text readers of `lang` get, and the language it is in: their own, else Danish,
    /// else English.
    pub fn text_for(&self, lang: Lang) -> Option<(Lang, &str)> {
        lang.chain().into_iter().find_map(|l| {
            self.texts
                .iter()
                .find(|(t, _)| *t == l)
                .map(|(t, s)| (*t, s.as_str()))
        })
    }
}

impl EventDraft {
    /// The event, once everything is given.
    pub fn as_new_event(&self) -> Option<NewEvent<'_>> {
        if self.texts.is_empty() {
            return None;
        }
        Some(NewEvent {
            group: self.group?,
            audience: self.audience?,
            starts_at: self.starts_at?,
            place: self.place.as_deref()?,
            texts: &self.texts,
            remind_hours: self.remind_hours.unwrap_or(DEFAULT_REMIND_HOURS),
        })
    }

    pub fn next_language(&self) -> Option<Lang> {
        Lang::all().into_iter().find(|l| !self.asked.contains(l))
    }
}
