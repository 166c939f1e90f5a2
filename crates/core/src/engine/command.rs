//! Commands, parsed once here for every front door: `/start offer-3`, `/help@VelkommenBot`,
//! a Discord slash command with its options.

use crate::domain::ids::OfferId;

/// A command a person gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start`, perhaps with a deep link's payload such as `offer-3` or an invite code.
    Start {
        arg: String,
    },
    /// `/invite CODE`.
    Invite {
        code: String,
    },
    Menu,
    Language,
    Help,
    MyData,
    Delete,
    /// `/web`: a coordinator's one-time link to the web page.
    Web,
    /// A poster's code sent alone, without a slash (`offer-7-p3`), as people on Discord do
    /// instead of scanning: a deep link at the menu, and ordinary words anywhere else.
    Code {
        code: String,
    },
    /// Anything else, by the name typed (at most 32 characters kept).
    Unknown {
        name: String,
    },
}

impl Command {
    /// The commands a platform lists in its menu, with the message describing the argument
    /// of one that takes one. Each is described by `command-<name>` and named for display by
    /// `command-<name>-name` in the locales.
    pub const MENU: [(&'static str, Option<&'static str>); 7] = [
        ("start", None),
        ("menu", None),
        ("language", None),
        ("help", None),
        ("mydata", None),
        ("delete", None),
        ("invite", Some("command-invite-code")),
    ];

    /// A command by its name, with or without the slash or a Telegram `@botname` suffix, in
    /// any case, and what followed it.
    pub fn named(name: &str, arg: &str) -> Command {
        let name = name.trim_start_matches('/');
        let name = name.split('@').next().unwrap_or_default().to_lowercase();
        let arg = arg.trim().to_owned();
        match name.as_str() {
            "start" if arg.starts_with("inv-") => Command::Invite { code: arg },
            "start" => Command::Start { arg },
            "invite" => Command::Invite { code: arg },
            "menu" => Command::Menu,
            "language" => Command::Language,
            "help" => Command::Help,
            "mydata" => Command::MyData,
            "delete" => Command::Delete,
            "web" => Command::Web,
            _ => Command::Unknown {
                name: name.chars().take(32).collect(),
            },
        }
    }

    /// A typed line: `/name rest` is a command; so is a poster's code alone (`offer-7-p3`),
    /// which people on Discord send instead of scanning. Anything else is not.
    pub fn from_text(text: &str) -> Option<Command> {
        // Most messages are not a code: only a short one that starts like one is looked at.
        let trimmed = text.trim();
        if trimmed.len() <= 64
            && trimmed
                .get(..6)
                .is_some_and(|start| start.eq_ignore_ascii_case("offer-"))
        {
            let code = Command::Code {
                code: trimmed.to_lowercase(),
            };
            if code.deep_link().is_some() {
                return Some(code);
            }
        }
        let command = text.trim_start().strip_prefix('/')?;
        if command.is_empty() || command.starts_with(char::is_whitespace) {
            return None;
        }
        let (name, arg) = command
            .split_once(char::is_whitespace)
            .unwrap_or((command, ""));
        Some(Command::named(name, arg))
    }

    /// The offer a `/start offer-<id>` deep link names, written exactly as Velkommen writes ids;
    /// a poster's link adds `-p<poster>` (see [`Command::poster`]).
    pub fn deep_link(&self) -> Option<OfferId> {
        let (offer, _) = self.deep_link_parts()?;
        OfferId::try_from(exact_number(offer)?).ok()
    }

    /// The poster a `/start offer-<id>-p<poster>` link was printed on.
    pub fn poster(&self) -> Option<i64> {
        self.deep_link()?;
        let (_, poster) = self.deep_link_parts()?;
        exact_number(poster?).filter(|id| *id > 0)
    }

    /// The offer's digits and, for a poster's link, the poster's.
    fn deep_link_parts(&self) -> Option<(&str, Option<&str>)> {
        let (Command::Start { arg } | Command::Code { code: arg }) = self else {
            return None;
        };
        let rest = arg.strip_prefix("offer-")?;
        Some(match rest.split_once("-p") {
            Some((offer, poster)) => (offer, Some(poster)),
            None => (rest, None),
        })
    }
}

/// A number written exactly as Velkommen writes it: digits, no sign, no leading zero.
fn exact_number(digits: &str) -> Option<i64> {
    let n: i64 = digits.parse().ok()?;
    (n.to_string() == digits).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posters_code_sent_alone_is_its_deep_link() {
        let sent = Command::from_text(" Offer-12-p7 ").unwrap();
        assert_eq!(sent.deep_link(), OfferId::try_from(12).ok());
        assert_eq!(sent.poster(), Some(7));
        assert_eq!(Command::from_text("offer 12"), None);
        assert_eq!(Command::from_text("my offer-12 please"), None);
    }

    #[test]
    fn a_posters_link_names_its_offer_and_its_poster() {
        let start = Command::from_text("/start offer-12-p7").unwrap();
        assert_eq!(start.deep_link(), OfferId::try_from(12).ok());
        assert_eq!(start.poster(), Some(7));
        let plain = Command::from_text("/start offer-12").unwrap();
        assert_eq!(plain.poster(), None);
        for forged in [
            "/start offer-12-p07",
            "/start offer-12-p-1",
            "/start offer-x-p7",
            "/start offer-12-p",
        ] {
            assert_eq!(
                Command::from_text(forged).unwrap().poster(),
                None,
                "{forged}"
            );
        }
    }

    #[test]
    fn a_deep_link_passes_its_payload() {
        let start = Command::from_text("/start offer-12").unwrap();
        assert_eq!(start.deep_link(), OfferId::try_from(12).ok());
        assert_eq!(
            Command::from_text("/start offer-012").unwrap().deep_link(),
            None
        );
    }

    #[test]
    fn a_command_may_name_the_bot_and_shout() {
        assert_eq!(
            Command::from_text("/HELP@VelkommenBot"),
            Some(Command::Help)
        );
        assert_eq!(Command::named("mydata", ""), Command::MyData);
    }

    #[test]
    fn an_invite_comes_by_start_or_by_invite() {
        let code = "inv-abc".to_owned();
        assert_eq!(
            Command::from_text("/start inv-abc"),
            Some(Command::Invite { code: code.clone() })
        );
        assert_eq!(
            Command::from_text("/invite  inv-abc "),
            Some(Command::Invite { code })
        );
    }

    #[test]
    fn text_is_text() {
        assert_eq!(Command::from_text("hello /start"), None);
        assert_eq!(Command::from_text("/"), None);
        assert_eq!(Command::from_text("/ start"), None);
    }
}
