//! Input the bot cannot use gets a kind answer in the person's language, and the chat goes on.

use crate::expected::*;
use crate::helpers::*;

/// Ten thousand letters of the person's script.
fn ten_thousand_characters(lang: Lang) -> String {
    match lang {
        Lang::Ar | Lang::Prs => "ب".repeat(10_000),
        Lang::Da | Lang::En => "a".repeat(10_000),
        Lang::Uk => "я".repeat(10_000),
    }
}

const EMOJI_ONLY: &str = "👍🙏🏽❤️";
const ZERO_WIDTH_ONLY: &str = "\u{200B}\u{200C}\u{200D}\u{FEFF}";

in_every_language!(
    a_note_of_ten_thousand_characters_is_refused_with_the_limit_and_a_short_one_is_taken
);
fn a_note_of_ten_thousand_characters_is_refused_with_the_limit_and_a_short_one_is_taken(
    lang: Lang,
) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);
    ask_for(&mut chat, lang, offer);

    // Act
    let refused = chat.send(&ten_thousand_characters(lang));
    let sent = chat.send(lang.note());
    chat.finish();

    // Assert
    let too_long = match lang {
        // 500 is "many" in Ukrainian, where the message has a form for each.
        Lang::Uk => {
            "Ваше повідомлення задовге. Напишіть, будь ласка, не більше ніж 500 символів.".into()
        }
        Lang::Ar | Lang::Da | Lang::En | Lang::Prs => {
            say.f("message-too-long", &[("max", 500.into())])
        }
    };
    assert_shows!(refused, too_long);
    assert_shows!(refused, say.f("note-prompt", &[("offer", title.into())]));
    assert_shows!(sent, say.f("request-sent", &[("offer", title.into())]));
}

in_every_language!(
    a_note_of_only_emoji_or_invisible_characters_is_answered_with_a_request_for_words
);
fn a_note_of_only_emoji_or_invisible_characters_is_answered_with_a_request_for_words(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);
    ask_for(&mut chat, lang, offer);

    for note in [EMOJI_ONLY, ZERO_WIDTH_ONLY] {
        // Act
        let refused = chat.send(note);

        // Assert
        assert_shows!(refused, say.t("note-empty"));
        assert_shows!(refused, say.f("note-prompt", &[("offer", title.into())]));
    }
    chat.finish();
}

in_every_language!(text_at_the_menu_is_answered_with_not_understood_and_the_menu);
fn text_at_the_menu_is_answered_with_not_understood_and_the_menu(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);

    for text in [EMOJI_ONLY, ZERO_WIDTH_ONLY] {
        // Act
        let answer = chat.send(text);

        // Assert
        assert_shows!(
            answer,
            format!("{}\n\n{}", say.t("not-understood"), say.t("menu-title"))
        );
    }
    let answer = chat.send(&ten_thousand_characters(lang));
    assert_shows!(answer, say.t("menu-title"));
    assert!(!answer.shows(&ten_thousand_characters(lang)), "{answer}");
    chat.finish();
}

in_every_language!(words_at_the_menu_are_offered_to_a_person_as_a_question);
fn words_at_the_menu_are_offered_to_a_person_as_a_question(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);

    // Act
    let offered = chat.send(lang.note());
    let sent = chat.press(&say.t("text-as-question-send"));
    chat.finish();

    // Assert
    assert_shows!(offered, lang.note());
    assert_shows!(sent, say.t("question-sent"));
}

in_every_language!(an_unknown_command_is_named_back_with_a_pointer_to_help);
fn an_unknown_command_is_named_back_with_a_pointer_to_help(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);

    // Act
    let answer = chat.send("/foo");
    chat.finish();

    // Assert
    assert_shows!(
        answer,
        say.f("unknown-command", &[("command", Arg::Code("/foo"))])
    );
    assert_shows!(answer, say.t("menu-title"));
}

in_every_language!(a_button_number_that_does_not_exist_is_answered_and_the_buttons_still_work);
fn a_button_number_that_does_not_exist_is_answered_and_the_buttons_still_work(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);

    // Act
    let missing = chat.send("42");
    let topics = chat.press(&say.t("menu-offers"));
    chat.finish();

    // Assert
    assert_eq!(
        missing.text(),
        say.f("terminal-no-button", &[("number", 42.into())])
    );
    assert_shows!(topics, say.t("categories-title"));
}

in_every_language!(a_number_sent_before_any_button_is_a_first_message_like_any_other);
fn a_number_sent_before_any_button_is_a_first_message_like_any_other(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = app.chat_as("Amal", lang);

    // Act
    let picker = chat.send("1");
    chat.finish();

    // Assert
    assert!(
        picker.text().starts_with(&say.t("language-picker")),
        "{picker}"
    );
}

in_every_language!(a_missing_button_is_answered_in_the_language_the_person_chose_not_their_devices);
fn a_missing_button_is_answered_in_the_language_the_person_chose_not_their_devices(lang: Lang) {
    // Arrange: the device reports another language than the one the person picks.
    let app = spawn_app();
    let say = Texts::of(lang);
    let device = if lang == Lang::En { Lang::Da } else { Lang::En };
    let mut chat = app.chat_as("Amal", device);
    chat.send(lang.greeting());
    chat.press(&say.language_name());
    chat.press(&say.t("privacy-agree"));

    // Act
    let missing = chat.send("42");
    chat.finish();

    // Assert
    assert_eq!(
        missing.text(),
        say.f("terminal-no-button", &[("number", 42.into())])
    );
}
