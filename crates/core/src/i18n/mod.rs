//! Every user-facing text, from the Fluent files in `locales/`, chosen per person and per message.

mod plural;

pub use plural::{PluralCategory, PluralRules};

use std::collections::HashMap;

use anyhow::Context;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::domain::lang::{Lang, Languages};

/// First-strong isolate and pop directional isolate (Unicode bidi).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// The loaded Fluent bundles, one per language.
///
/// Fluent's own bidi isolation is switched off: it would wrap every placeable, numbers and
/// Danish words included, in invisible marks that some clients show as boxes. Instead, in a
/// right-to-left language only the placeables that carry no right-to-left letter (Latin names,
/// times, addresses) are isolated, which is where a reader would otherwise see them reordered.
pub struct Locales {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
    /// Something a person types, taps or copies: a command, an invite code, a phone number.
    /// Never wrapped in bidi marks, which would go with it into the copy and break it; the
    /// texts put such a thing on a line of its own instead, where it reads the right way.
    Code(&'a str),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}

impl Locales {
    /// The texts of every language folder (see [`Languages`]).
    pub fn load() -> anyhow::Result<Self> {
        let languages = Languages::load()?;
        let mut bundles = HashMap::new();
        for lang in Lang::all() {
            let files: Vec<(&str, &str)> = languages
                .files()
                .iter()
                .filter(|f| f.folder == lang.code() && f.name.ends_with(".ftl"))
                .map(|f| (f.name.as_str(), f.text.as_str()))
                .collect();
            if files.is_empty() {
                anyhow::bail!("locales/{lang} has no .ftl file");
            }
            bundles.insert(
                lang,
                bundle(lang, &files).with_context(|| format!("in locales/{lang}"))?,
            );
        }
        Ok(Self { bundles })
    }

    /// A message with no variables.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// A message with its variables.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let bundle = &self.bundles[&lang];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(%lang, id, "missing Fluent message");
            return format!("⟦{id}⟧");
        };
        let mut fluent_args = FluentArgs::new();
        // A variable that chooses a variant is compared, not shown: isolation marks around it
        // would match no variant and fall to the default.
        // Only a right-to-left language isolates, so only it needs to know them.
        let mut chooses = Vec::new();
        if lang.is_rtl() {
            selectors(pattern, &mut chooses);
        }
        for (name, value) in args {
            let value = match value {
                Arg::Num(n) => FluentValue::from(*n),
                Arg::Str(s) if lang.is_rtl() && !has_rtl_letter(s) && !chooses.contains(name) => {
                    FluentValue::from(format!("{FSI}{s}{PDI}"))
                }
                Arg::Str(s) | Arg::Code(s) => FluentValue::from(*s),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if !errors.is_empty() {
            tracing::error!(%lang, id, ?errors, "Fluent message did not format cleanly");
        }
        text.into_owned()
    }
}

/// The variables that choose a variant anywhere in `pattern`.
fn selectors<'a>(pattern: &fluent_syntax::ast::Pattern<&'a str>, out: &mut Vec<&'a str>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        if let Expression::Select { selector, variants } = expression {
            if let InlineExpression::VariableReference { id } = selector {
                out.push(id.name);
            }
            for variant in variants {
                selectors(&variant.value, out);
            }
        }
    }
}

/// At most `max` characters of `text`, cut at a word where one is near, with "…" when cut:
/// a short reminder of someone's words, never a byte slice that could split a letter.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = match cut.rfind(char::is_whitespace) {
        Some(space) if cut[..space].chars().count() * 2 > max => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end())
}

fn bundle(lang: Lang, files: &[(&str, &str)]) -> anyhow::Result<FluentBundle<FluentResource>> {
    let langid = lang
        .code()
        .parse()
        .with_context(|| format!("while parsing language tag {lang}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
        .add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(lang.plural(n.value).as_str()),
                _ => FluentValue::from("other"),
            }
        })
        .context("while adding the PLURAL function")?;
    for (path, text) in files {
        let resource = FluentResource::try_new((*text).to_owned())
            .map_err(|(_, errors)| anyhow::anyhow!("syntax errors in {path}: {errors:?}"))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| anyhow::anyhow!("duplicate messages in {path}: {errors:?}"))?;
    }
    Ok(bundle)
}

fn has_rtl_letter(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_person_types_or_copies_is_never_wrapped_in_bidi_marks() {
        let locales = Locales::load().unwrap();
        let command = "/start inv-Ab3dE9xK";
        let text = locales.format(
            Lang::of("ar"),
            "invite-code",
            &[("command", Arg::Code(command)), ("days", 7i64.into())],
        );
        assert!(
            text.lines().any(|line| line.trim() == command),
            "the code stands on a line of its own, as typed: {text:?}"
        );
        let help = locales.text(Lang::of("ar"), "help");
        assert!(help.lines().any(|line| line.trim().starts_with("/help ")));
        // And no text in any language carries a bidi control of its own.
        for file in Languages::get().files() {
            let (folder, path, text) = (file.folder, &file.name, &file.text);
            assert!(
                !text.contains([
                    '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{202A}', '\u{202B}',
                    '\u{202E}'
                ]),
                "locales/{folder}/{path} carries bidi control marks"
            );
        }
    }

    #[test]
    fn arrows_point_the_way_the_reader_reads() {
        let locales = Locales::load().unwrap();
        let (back, forward) = (
            ["nav-back", "pending-previous"],
            ["signup-next", "pending-next", "note-skip"],
        );
        for lang in Lang::all() {
            let (back_arrow, forward_arrow) = if lang.is_rtl() {
                ("➡️", "⬅️")
            } else {
                ("⬅️", "➡️")
            };
            for id in back {
                assert!(
                    locales.text(lang, id).starts_with(back_arrow),
                    "{lang} {id}"
                );
            }
            for id in forward {
                assert!(
                    locales.text(lang, id).starts_with(forward_arrow),
                    "{lang} {id}"
                );
            }
        }
    }

    #[test]
    fn arabic_isolates_latin_placeables_but_not_arabic_ones() {
        let locales = Locales::load().unwrap();
        let text = locales.format(
            Lang::of("ar"),
            "offer-when",
            &[("when", "14:00–17:00".into())],
        );
        assert!(text.contains("\u{2068}14:00–17:00\u{2069}"), "{text:?}");
        let text = locales.format(Lang::of("ar"), "offer-when", &[("when", "كل خميس".into())]);
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }

    /// A Latin word that chooses a variant is compared as it is: the marks that isolate a
    /// shown one would match no variant, and a right-to-left reader would get the default.
    #[test]
    fn a_variable_that_chooses_a_variant_is_not_isolated_in_a_right_to_left_language() {
        let locales = Locales::load().unwrap();
        for lang in Lang::all().into_iter().filter(|l| l.is_rtl()) {
            let args = |carrier: &'static str| {
                [
                    ("operator", "Ballerup Kommune".into()),
                    ("platform", "Telegram".into()),
                    ("carrier", carrier.into()),
                    ("days", 365_i64.into()),
                ]
            };
            let local = locales.format(lang, "privacy-notice", &args("local"));
            let abroad = locales.format(lang, "privacy-notice", &args("abroad"));
            assert_ne!(local, abroad, "{lang}: both carriers read the same");
            assert!(
                local.contains("\u{2068}Ballerup Kommune\u{2069}"),
                "{local:?}"
            );
        }
    }

    #[test]
    fn danish_and_english_carry_no_isolation_marks() {
        let locales = Locales::load().unwrap();
        for lang in [Lang::of("da"), Lang::of("en")] {
            let text = locales.format(lang, "offer-when", &[("when", "14:00–17:00".into())]);
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        }
    }
}
