//! Saying no to the privacy notice: browsing stays open, asking for an offer does not.

use crate::expected::*;
use crate::helpers::*;

in_every_language!(
    someone_who_declined_the_privacy_notice_browses_offers_and_is_asked_to_read_it_to_ask
);
fn someone_who_declined_the_privacy_notice_browses_offers_and_is_asked_to_read_it_to_ask(
    lang: Lang,
) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let mut chat = app.chat_as("Amal", lang);
    chat.send(lang.greeting());
    chat.press(&format!("✓ {}", say.language_name()));

    // Act
    let declined = chat.press(&say.t("privacy-decline"));
    let page = open_offer(&mut chat, lang, offer);
    let interested = chat.press(&say.t("offer-interested"));
    let notice = chat.press(&say.t("privacy-read"));
    chat.finish();

    // Assert
    assert_shows!(declined, say.t("privacy-declined"));
    assert_shows!(declined, say.t("menu-title"));
    assert_shows!(page, say.t("offer-kind-volunteer"));
    assert_shows!(interested, say.t("privacy-needed"));
    assert!(!interested.shows(&say.t("note-skip")), "{interested}");
    assert_shows!(notice, say.t("welcome"));
    assert!(
        notice.buttons().contains(&say.t("privacy-agree")),
        "{notice}"
    );
}

in_every_language!(someone_who_declined_and_then_agrees_can_ask_for_an_offer);
fn someone_who_declined_and_then_agrees_can_ask_for_an_offer(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = app.chat_as("Amal", lang);
    chat.send(lang.greeting());
    chat.press(&format!("✓ {}", say.language_name()));
    chat.press(&say.t("privacy-decline"));
    ask_for(&mut chat, lang, offer);
    chat.press(&say.t("privacy-read"));

    // Act: agreeing comes back to the offer asked for.
    let agreed = chat.press(&say.t("privacy-agree"));
    let prompt = chat.press(&say.t("offer-interested"));
    chat.finish();

    // Assert
    assert_shows!(agreed, say.t("privacy-agreed"));
    assert_shows!(agreed, format!("{title}\n"));
    assert_shows!(prompt, say.f("note-prompt", &[("offer", title.into())]));
}
