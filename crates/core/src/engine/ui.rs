//! The parts every screen is made of: texts from the locales in one language, buttons, the
//! navigation row. Each domain adds its own screens to [`Ui`] in its `screens` module.

use crate::action::{AccountAction, Action};
use crate::domain::Audience;
use crate::domain::lang::{Lang, Spoken};
use crate::i18n::{Arg, Locales};
use crate::message::{Button, Reply};

/// Screens in one language.
pub(crate) struct Ui<'a> {
    locales: &'a Locales,
    lang: Lang,
}

impl<'a> Ui<'a> {
    pub fn new(locales: &'a Locales, lang: Lang) -> Self {
        Self { locales, lang }
    }

    pub fn t(&self, id: &str) -> String {
        self.locales.text(self.lang, id)
    }

    /// Items as a list in running text, with the language's own comma («،» in Arabic).
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.t("list-separator"))
    }

    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.locales.format(self.lang, id, args)
    }

    pub fn button(&self, id: &str, action: impl Into<Action>) -> Button {
        Button {
            label: self.t(id),
            action: action.into(),
        }
    }

    /// A button whose label has variables.
    pub fn button_with(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
        action: impl Into<Action>,
    ) -> Button {
        Button {
            label: self.f(id, args),
            action: action.into(),
        }
    }

    pub fn reply(&self, text: String, buttons: Vec<Vec<Button>>) -> Reply {
        Reply {
            buttons,
            ..Reply::text(self.lang, text)
        }
    }

    /// The buttons to the page before and after `page` (from 0) of `pages`; none if there is
    /// only one.
    pub fn page_turn(
        &self,
        page: i64,
        pages: i64,
        to: impl Fn(u32) -> crate::action::CoordinatorAction,
    ) -> Vec<Button> {
        let mut turn = vec![];
        if page > 0 {
            turn.push(self.button("pending-previous", to(page as u32 - 1)));
        }
        if page + 1 < pages {
            turn.push(self.button("pending-next", to(page as u32 + 1)));
        }
        turn
    }

    /// A list's own message with "page 2 of 5" and the way to the pages beside it, when the
    /// list has more than one.
    pub fn pages(
        &self,
        page: i64,
        pages: i64,
        to: impl Fn(u32) -> crate::action::CoordinatorAction,
    ) -> Option<Reply> {
        (pages > 1).then(|| {
            self.reply(
                self.f(
                    "pending-page",
                    &[("page", (page + 1).into()), ("pages", pages.into())],
                ),
                vec![self.page_turn(page, pages, to)],
            )
        })
    }

    /// The row at the foot of every screen: back to the menu, and the language.
    pub fn nav(&self) -> Vec<Button> {
        vec![
            self.button("nav-menu", AccountAction::Menu),
            self.button("nav-language", AccountAction::ChooseLanguage),
        ]
    }

    pub fn plain(&self, id: &str) -> Reply {
        self.reply(self.t(id), vec![])
    }

    pub fn plain_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Reply {
        self.reply(self.f(id, args), vec![])
    }

    /// A screen with one more line of text above it.
    pub fn with_text_before(&self, id: &str, mut screen: Reply) -> Reply {
        screen.text = format!("{}\n\n{}", self.t(id), screen.text);
        screen
    }

    /// The language these screens are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A language's name as the reader says it in a sentence ("arabisk" in Danish), not in
    /// its own script.
    pub fn language(&self, lang: Lang) -> String {
        lang.name_in(self.lang).to_owned()
    }

    /// The name of a language a volunteer speaks: ours from their `language.toml`, the
    /// others from the reader's `spoken-<code>` message.
    pub fn spoken(&self, spoken: Spoken) -> String {
        match spoken.as_lang() {
            Some(lang) => self.language(lang),
            None => self.t(&format!("spoken-{}", spoken.code())),
        }
    }

    pub fn text_in(&self, lang: Lang, id: &str) -> String {
        self.locales.text(lang, id)
    }

    /// The button that cancels what is being written and goes back to the menu.
    pub fn cancel(&self) -> Button {
        self.button("note-cancel", AccountAction::Menu)
    }

    /// Who a broadcast or an event is for: one row per audience, then `last`.
    pub fn audience_rows<A: Into<Action>>(
        &self,
        choose: impl Fn(Audience) -> A,
        last: Vec<Button>,
    ) -> Vec<Vec<Button>> {
        vec![
            vec![self.button("audience-newcomers", choose(Audience::Newcomers))],
            vec![self.button("audience-volunteers", choose(Audience::Volunteers))],
            vec![self.button("audience-both", choose(Audience::Both))],
            last,
        ]
    }
}

/// A label with a tick in front when chosen.
pub(crate) fn ticked(on: bool, label: String) -> String {
    if on { format!("✓ {label}") } else { label }
}
