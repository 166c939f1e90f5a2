//! The urgent path in the terminal: a cry for help is answered with the numbers in the
//! person's language and is not also offered as a question; "how to use" is not "help now".

use crate::expected::*;
use crate::helpers::*;

in_every_language!(a_cry_at_the_menu_gets_the_numbers_and_is_not_offered_again_as_a_question);
fn a_cry_at_the_menu_gets_the_numbers_and_is_not_offered_again_as_a_question(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);

    // Act
    let answered = chat.send(lang.cry());
    let mine = chat.send("/mydata");
    chat.finish();

    // Assert
    assert_shows!(answered, say.t("urgent-now"));
    assert_shows!(answered, say.t("urgent-told"));
    // The numbers of violence at home, each with no-break spaces, so that its digit groups
    // stay in order in right-to-left text.
    assert_shows!(answered, "1888");
    assert_shows!(answered, "70\u{a0}20\u{a0}30\u{a0}82");
    assert!(
        !answered.buttons().contains(&say.t("text-as-question-send")),
        "{answered}"
    );
    assert_shows!(mine, "🆘");
}

in_every_language!(what_is_not_understood_points_to_help_now_and_how_to_use_is_not_help_now);
fn what_is_not_understood_points_to_help_now_and_how_to_use_is_not_help_now(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = app.chat_as("Omar", lang);
    chat.send(lang.greeting());

    // Act: words where a language is being chosen.
    let answered = chat.send(lang.note());
    chat.press(&format!("✓ {}", say.language_name()));
    chat.press(&say.t("privacy-agree"));
    let menu = chat.press(&say.t("role-newcomer"));
    chat.finish();

    // Assert
    assert_shows!(answered, say.t("not-understood"));
    assert_shows!(answered, "112");
    assert!(menu.buttons().contains(&say.t("menu-help")), "{menu}");
    assert!(menu.buttons().contains(&say.t("menu-urgent")), "{menu}");
    assert_ne!(say.t("menu-help"), say.t("menu-urgent"));
}
