//! A language is a folder: the binary started on a locales tree with one more folder offers
//! it and speaks it, with no change to the code.

use std::path::Path;

use crate::expected::*;
use crate::helpers::*;

/// The text every one-line message of the test language `xx` starts with, so that a screen
/// shows which language it is in.
const MARK: &str = "[xx] ";

/// Copies `locales/` into `into`, with `en` copied once more as `xx`: its own name "Xxish",
/// its own platform code, and every one-line message marked with [`MARK`].
fn locales_with_xx(into: &Path) {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for folder in std::fs::read_dir(&source).unwrap() {
        let folder = folder.unwrap().path();
        let name = folder.file_name().unwrap().to_owned();
        copy_folder(&folder, &into.join(&name), |_, text| text);
    }
    copy_folder(&source.join("en"), &into.join("xx"), |file, text| {
        if file == "language.toml" {
            return text
                .replace("name = \"English\"", "name = \"Xxish\"")
                .replace("order = 3", "order = 5")
                .replace("hints = [\"en\"]", "hints = [\"xx\"]")
                .replace("discord = [\"en-US\", \"en-GB\"]", "discord = []")
                .replace("first-guess = true", "first-guess = false")
                .replace("en = \"English\"", "en = \"Xxish\"");
        }
        if !file.ends_with(".ftl") {
            return text;
        }
        text.lines()
            .map(|line| match line.split_once(" = ") {
                Some((id, value))
                    if !id.starts_with([' ', '#', '.'])
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
                {
                    format!("{id} = {MARK}{value}")
                }
                _ => line.to_owned(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
}

fn copy_folder(from: &Path, to: &Path, change: impl Fn(&str, String) -> String) {
    std::fs::create_dir_all(to).unwrap();
    for file in std::fs::read_dir(from).unwrap() {
        let file = file.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(to.join(&name), change(&name, text)).unwrap();
    }
}

#[test]
fn a_new_locale_folder_is_offered_in_the_picker_and_serves_every_screen_with_no_code_change() {
    // Arrange: the locales tree with an `xx` folder, and a device that reports `xx`.
    let tree = tempfile::tempdir().unwrap();
    locales_with_xx(tree.path());
    let app = spawn_app().with_env("VELKOMMEN_LOCALES", tree.path().to_str().unwrap());
    let en = Texts::of(Lang::En);
    let xx = |id: &str| format!("{MARK}{}", en.t(id));
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    // The catalogue has no `xx` texts: xx's chain (copied from English) falls back to Danish.
    let title = offer.title(Lang::Da);
    let mut chat = app.chat_with(&["chat", "--as", "Xu", "--lang", "xx"]);

    // Act and assert: the picker offers it first, ticked, beside every other language.
    let picker = chat.send("Hello");
    assert!(
        picker.text().starts_with(&xx("language-picker")),
        "{picker}"
    );
    let buttons = picker.buttons();
    assert_eq!(buttons[0], "✓ Xxish", "{picker}");
    for other in Lang::ALL {
        assert!(
            buttons.contains(&Texts::of(other).language_name()),
            "{picker}"
        );
    }

    // And every screen after it is in xx.
    let notice = chat.press("✓ Xxish");
    assert_shows!(notice, xx("welcome"));
    let roles = chat.press(&xx("privacy-agree"));
    assert_shows!(roles, xx("role-title"));
    let menu = chat.press(&xx("role-newcomer"));
    assert_shows!(menu, xx("menu-title"));
    let topics = chat.press(&xx("menu-offers"));
    assert_shows!(topics, xx("categories-title"));
    let list = chat.press(&xx(&offer.category_message()));
    assert!(list.buttons().iter().any(|b| b == title), "{list}");
    let page = chat.press(title);
    // The page says that the offer is not yet in the reader's language.
    assert_shows!(
        page,
        format!(
            "{MARK}{}",
            en.f("offer-not-translated", &[("language", "Dansk".into())])
        )
    );
    assert_shows!(page, xx("offer-kind-volunteer"));
    chat.press(&xx("offer-interested"));
    let sent = chat.send("We are two");
    assert_shows!(
        sent,
        format!("{MARK}{}", en.f("request-sent", &[("offer", title.into())]))
    );
    let data = chat.send("/mydata");
    assert_shows!(data, xx("my-data-title"));
    chat.finish();
}

#[test]
fn without_the_folder_the_language_is_unknown() {
    let app = spawn_app();
    let output = app.run(&["chat", "--lang", "xx"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("unknown language code \"xx\""),
        "{output:?}"
    );
}

#[test]
fn a_folder_without_its_language_toml_stops_the_start_with_the_reason() {
    let tree = tempfile::tempdir().unwrap();
    locales_with_xx(tree.path());
    std::fs::remove_file(tree.path().join("xx/language.toml")).unwrap();
    let app = spawn_app().with_env("VELKOMMEN_LOCALES", tree.path().to_str().unwrap());
    let output = app.run(&["migrate"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("locales/xx has no language.toml"),
        "{output:?}"
    );
}
