use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use velkommen_core::Lang;

use crate::helpers::spawn_app;

/// Message id → (attributes, variables) of every .ftl file in one locale folder.
fn messages(folder: &Path) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let attributes = message
                    .attributes
                    .iter()
                    .map(|a| a.id.name.to_owned())
                    .collect();
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    collect(value, &mut variables);
                }
                for attribute in &message.attributes {
                    collect(&attribute.value, &mut variables);
                }
                let previous = out.insert(message.id.name.to_owned(), (attributes, variables));
                assert!(
                    previous.is_none(),
                    "{} defined twice in {}",
                    message.id.name,
                    folder.display()
                );
            }
        }
    }
    out
}

fn collect(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, variables);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, variables);
            for variant in variants {
                collect(&variant.value, variables);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, variables),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, variables);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, variables)
        }
        _ => {}
    }
}

/// Every folder under `locales/`.
fn folders() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut folders: Vec<String> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    folders
}

#[test]
fn every_locale_folder_is_a_language_with_the_same_messages_attributes_and_variables() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let english = messages(&root.join("en"));
    assert!(english.len() > 50);
    let folders = folders();
    // Every folder is loaded as a language, and nothing else is.
    let mut loaded: Vec<String> = Lang::all().iter().map(|l| l.code().to_owned()).collect();
    loaded.sort();
    assert_eq!(loaded, folders);
    for folder in &folders {
        for file in ["language.toml", "safeguarding.toml"] {
            assert!(
                root.join(folder).join(file).is_file(),
                "locales/{folder}/{file}"
            );
        }
        let other = messages(&root.join(folder));
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{folder}: missing {missing:?}, extra {extra:?}"
        );
        for (id, shape) in &english {
            assert_eq!(
                &other[id], shape,
                "{folder}: {id} differs in attributes or variables"
            );
        }
    }
    // And every language.toml names its language in every language, for sentences.
    for folder in &folders {
        let file: toml::Table = toml::from_str(
            &std::fs::read_to_string(root.join(folder).join("language.toml")).unwrap(),
        )
        .unwrap();
        for reader in &folders {
            assert!(
                file["names"].get(reader).is_some_and(|n| n.is_str()),
                "locales/{folder}/language.toml has no [names] {reader}"
            );
        }
    }
}

#[test]
fn ukrainian_plurals_follow_cldr_for_every_n() {
    use velkommen_core::i18n::PluralCategory::*;
    let uk = Lang::of("uk");
    for (n, category) in [
        (0, Many),
        (1, One),
        (2, Few),
        (3, Few),
        (4, Few),
        (5, Many),
        (11, Many),
        (12, Many),
        (14, Many),
        (20, Many),
        (21, One),
        (22, Few),
        (25, Many),
        (101, One),
        (111, Many),
        (112, Many),
        (1001, One),
    ] {
        assert_eq!(uk.plural(n as f64), category, "n = {n}");
    }
    assert_eq!(uk.plural(1.5), Other);
    // And the texts use each form: "1 запит", "2 запити", "5 запитів", "21 запит".
    let locales = velkommen_core::Locales::load().unwrap();
    let form = |n: i64| locales.format(uk, "my-data-requests", &[("count", n.into())]);
    assert_eq!(form(1).replace('1', "N"), form(21).replace("21", "N"));
    assert_eq!(form(2).replace('2', "N"), form(22).replace("22", "N"));
    assert_eq!(form(5).replace('5', "N"), form(25).replace("25", "N"));
    assert_eq!(form(5).replace('5', "N"), form(111).replace("111", "N"));
    assert_ne!(form(1).replace('1', "N"), form(2).replace('2', "N"));
    assert_ne!(form(2).replace('2', "N"), form(5).replace('5', "N"));
}

#[test]
fn readers_of_arabic_and_ukrainian_get_english_before_danish() {
    for code in ["ar", "uk"] {
        let chain: Vec<&str> = Lang::of(code).chain().iter().map(|l| l.code()).collect();
        assert_eq!(chain, [code, "en", "da"]);
    }
    assert_eq!(Lang::of("da").chain(), [Lang::of("da"), Lang::of("en")]);
}

#[test]
fn dates_and_decimals_read_as_each_language_writes_them() {
    use velkommen_core::chrono::TimeZone;
    let at = velkommen_core::chrono_tz::Europe::Copenhagen
        .with_ymd_and_hms(2026, 12, 3, 17, 0, 0)
        .unwrap();
    for (code, date_time) in [
        ("da", "torsdag den 3. december 2026 kl. 17.00"),
        ("en", "Thursday 3 December 2026 at 17:00"),
        ("ar", "الخميس 3 ديسمبر 2026، الساعة 17:00"),
        ("uk", "четвер, 3 грудня 2026 р., о 17:00"),
        ("prs", "پنجشنبه 3 دسمبر 2026، ساعت 17:00"),
    ] {
        assert_eq!(Lang::of(code).date_time(&at), date_time);
    }
    // Buttons and lists: a short day, with the year only when it is not this year.
    let now = at - velkommen_core::chrono::Duration::days(30);
    let next_year = at + velkommen_core::chrono::Duration::days(365);
    for (code, this_year, other_year) in [
        (
            "da",
            "tors. 3. dec. kl. 17.00",
            "fre. 3. dec. 2027 kl. 17.00",
        ),
        ("en", "Thu 3 Dec, 17:00", "Fri 3 Dec 2027, 17:00"),
        ("uk", "чт, 3 груд., 17:00", "пт, 3 груд. 2027, 17:00"),
    ] {
        assert_eq!(Lang::of(code).short_date_time(&at, &now), this_year);
        assert_eq!(Lang::of(code).short_date_time(&next_year, &now), other_year);
    }
    assert_eq!(Lang::of("da").decimal(2.5, 1), "2,5");
    assert_eq!(Lang::of("en").decimal(2.5, 1), "2.5");
}

#[test]
fn no_language_leaves_english_untranslated() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let english = std::fs::read_dir(root.join("en")).unwrap().count();
    assert!(english > 0);
    let app_locales = velkommen_core::Locales::load().unwrap();
    // Messages whose English text may stand as it is in other languages: names and platforms.
    let same_everywhere = ["platform-telegram", "platform-discord"];
    for (id, _) in messages(&root.join("en")) {
        // Slash-command names are identifiers a platform matches, not prose.
        let command_name = id.starts_with("command-") && id.ends_with("-name");
        if same_everywhere.contains(&id.as_str()) || command_name {
            continue;
        }
        let en = app_locales.text(Lang::of("en"), &id);
        if !without_variables(&en).chars().any(char::is_alphabetic) {
            continue;
        }
        for lang in Lang::all().into_iter().filter(|l| l.code() != "en") {
            let text = app_locales.text(lang, &id);
            // "Menu", "Send", "Platform", "Status" and "E-mail" are Danish as well as English.
            if lang != Lang::of("da")
                || ![
                    "nav-menu",
                    "signup-send",
                    "broadcast-send",
                    "web-outbox-platform",
                    "web-report-status",
                    "web-menu",
                    "web-was-email",
                ]
                .contains(&id.as_str())
            {
                assert_ne!(text, en, "{lang}: {id} is the English text");
            }
        }
        for rtl in Lang::all().into_iter().filter(|l| l.is_rtl()) {
            let text = without_variables(&app_locales.text(rtl, &id));
            let latin_words = text
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 3)
                .filter(|w| {
                    ![
                        "start",
                        "menu",
                        "language",
                        "mydata",
                        "delete",
                        "help",
                        "quit",
                        "file",
                        "Velkommen",
                        "Telegram",
                        "Discord",
                        // The Danish authority's own name and address, beside its Arabic name.
                        "Datatilsynet",
                        "datatilsynet",
                        // The regulation's name as Arabic texts of it write it, beside the Arabic.
                        "GDPR",
                        // Danish words a reader meets on letters, in brackets beside their own.
                        "sagsbehandler",
                        "underretning",
                        // The accessibility statement: the standard, the tool and the
                        // authority, by their own names.
                        "WCAG",
                        "core",
                        "Digitaliseringsstyrelsen",
                    ]
                    .contains(w)
                })
                .collect::<Vec<_>>();
            assert!(
                latin_words.is_empty(),
                "{rtl}: {id} has Latin words {latin_words:?}"
            );
        }
    }
}

/// A message formatted without its variables shows them as `{$name}`: leave them out.
fn without_variables(text: &str) -> String {
    text.split('{')
        .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
        .collect()
}

#[tokio::test]
async fn arabic_counts_read_with_the_right_plural_form() {
    let app = spawn_app().await;
    let locales = app.engine.locales();
    let form = |n: i64| locales.format(Lang::of("ar"), "my-requests-count", &[("count", n.into())]);
    // Same category, same wording apart from the digits.
    let same = |a: i64, b: i64| {
        form(a).replace(&a.to_string(), "N") == form(b).replace(&b.to_string(), "N")
    };
    assert!(
        same(3, 103),
        "103 is few like 3: {} / {}",
        form(3),
        form(103)
    );
    assert!(
        same(11, 111),
        "111 is many like 11: {} / {}",
        form(11),
        form(111)
    );
    assert!(same(100, 101) && same(101, 102), "100, 101, 102 are other");
    assert!(same(10, 3) && same(99, 11));
    let distinct = [form(0), form(1), form(2), form(3), form(11), form(100)];
    for (i, a) in distinct.iter().enumerate() {
        for b in &distinct[i + 1..] {
            assert_ne!(
                a.replace(char::is_numeric, ""),
                b.replace(char::is_numeric, ""),
                "{a} / {b}"
            );
        }
    }
}

/// The words of a message's own text (its variables and selectors left out), lowercased.
/// A word is a run of letters, with the marks and joiners that belong inside words (Arabic
/// short vowels, the zero-width non-joiner, the Ukrainian apostrophe).
fn words_of(pattern: &ast::Pattern<&str>, words: &mut Vec<String>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let inside = |c: char| {
                    c.is_alphabetic()
                        || ('\u{064B}'..='\u{065F}').contains(&c)
                        || matches!(c, '\u{0670}' | '\u{200C}' | '\u{02BC}')
                };
                words.extend(
                    value
                        .split(|c: char| !inside(c))
                        .filter(|w| !w.is_empty())
                        .map(str::to_lowercase),
                );
            }
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    words_of(&variant.value, words);
                }
            }
            _ => {}
        }
    }
}

/// Whether `word` is what a glossary's `avoid` item names: `stem*`, `*end`, `*part*` or the
/// whole word.
fn avoided(item: &str, word: &str) -> bool {
    let item = item.to_lowercase();
    match (item.strip_prefix('*'), item.strip_suffix('*')) {
        (Some(rest), Some(_)) => word.contains(rest.trim_end_matches('*')),
        (Some(end), None) => word.ends_with(end),
        (None, Some(stem)) => word.starts_with(stem),
        (None, None) => word == item,
    }
}

/// Each folder's `glossary.toml` names one word for each thing the bot talks about, and the
/// synonyms not to use: no message of that folder uses one.
#[test]
fn every_folder_keeps_to_its_glossary() {
    const THINGS: [&str; 10] = [
        "request",
        "offer",
        "announcement",
        "event",
        "volunteer",
        "coordinator",
        "staff",
        "municipality",
        "telegram",
        "discord",
    ];
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut found = vec![];
    for folder in folders() {
        let path = root.join(&folder).join("glossary.toml");
        let glossary: toml::Table = toml::from_str(
            &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut avoid = vec![];
        for thing in THINGS {
            let entry = glossary
                .get(thing)
                .and_then(|t| t.as_table())
                .unwrap_or_else(|| panic!("{folder}/glossary.toml names no word for {thing}"));
            let word = entry
                .get("use")
                .and_then(|u| u.as_str())
                .unwrap_or_default();
            assert!(!word.trim().is_empty(), "{folder}: no `use` for {thing}");
            for item in entry
                .get("avoid")
                .and_then(|a| a.as_array())
                .into_iter()
                .flatten()
            {
                let item = item.as_str().expect("an avoided word is a string");
                assert!(
                    !avoided(item, &word.to_lowercase()),
                    "{folder}: {thing} avoids its own word"
                );
                avoid.push((thing, item.to_owned()));
            }
        }
        for entry in std::fs::read_dir(root.join(&folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
            for entry in resource.body {
                let ast::Entry::Message(message) = entry else {
                    continue;
                };
                let mut words = vec![];
                if let Some(value) = &message.value {
                    words_of(value, &mut words);
                }
                for attribute in &message.attributes {
                    words_of(&attribute.value, &mut words);
                }
                for (thing, item) in &avoid {
                    if let Some(word) = words.iter().find(|w| avoided(item, w)) {
                        found.push(format!(
                            "{folder}: {} says «{word}», which the glossary avoids for {thing}",
                            message.id.name
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_glossary_item_names_a_whole_word_a_stem_an_ending_or_a_part() {
    assert!(avoided("anmodning*", "anmodningen"));
    assert!(!avoided("anmodning", "anmodningen"));
    assert!(avoided("*event", "popevent"));
    assert!(avoided("*عرض*", "والعرض"));
    assert!(!avoided("подія", "подій"));
}
