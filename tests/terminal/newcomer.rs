//! The newcomer's round trip: from a first hello to a request sent, followed and cancelled.

use crate::expected::*;
use crate::helpers::*;

in_every_language!(a_newcomer_asks_for_a_volunteer_offer_follows_it_and_cancels_it);
fn a_newcomer_asks_for_a_volunteer_offer_follows_it_and_cancels_it(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = app.chat_as("Amal", lang);

    // Act and assert, one step of the conversation at a time.
    // The first message is answered with the language picker in every language, the
    // device's language first and ticked.
    let picker = chat.send(lang.greeting());
    assert!(
        picker.text().starts_with(&say.t("language-picker")),
        "{picker}"
    );
    let ticked = format!("✓ {}", say.language_name());
    let mut expected_buttons = vec![ticked.clone()];
    for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
        let other = Texts::of(other);
        assert_shows!(picker, other.t("language-picker"));
        expected_buttons.push(other.language_name());
    }
    let mut shown_buttons = picker.buttons();
    shown_buttons[1..].sort();
    expected_buttons[1..].sort();
    assert_eq!(shown_buttons, expected_buttons, "{picker}");

    // Choosing it brings the privacy notice; agreeing brings the choice of role, and
    // "I'm new here" the menu.
    let notice = chat.press(&ticked);
    assert_shows!(notice, say.t("welcome"));
    let roles = chat.press(&say.t("privacy-agree"));
    assert_shows!(roles, say.t("privacy-agreed"));
    assert_shows!(roles, say.t("role-title"));
    let menu = chat.press(&say.t("role-newcomer"));
    assert_shows!(menu, say.t("menu-title"));

    // Offers, a topic, an offer a volunteer follows up on.
    let topics = chat.press(&say.t("menu-offers"));
    assert_shows!(topics, say.t("categories-title"));
    let list = chat.press(&say.t(&offer.category_message()));
    assert!(list.buttons().iter().any(|b| b == title), "{list}");
    let page = chat.press(title);
    assert_shows!(page, format!("{title}\n"));
    assert_shows!(page, say.t("offer-kind-volunteer"));

    // "I'm interested", a note, and the request is sent.
    let prompt = chat.press(&say.t("offer-interested"));
    assert_shows!(prompt, say.f("note-prompt", &[("offer", title.into())]));
    let sent = chat.send(lang.note());
    assert_shows!(sent, say.f("request-sent", &[("offer", title.into())]));

    // My requests shows it waiting for a volunteer.
    let mine = chat.press(&say.t("menu-my-requests"));
    let waiting = say.t("request-status-open");
    assert_shows!(
        mine,
        say.f(
            "request-line",
            &[("offer", title.into()), ("status", (&waiting).into())]
        )
    );

    // Cancelling asks first, then marks it cancelled.
    let cancel = say.f("request-cancel-button", &[("offer", title.into())]);
    let confirm = chat.press(&cancel);
    assert_shows!(
        confirm,
        say.f("request-cancel-confirm", &[("offer", title.into())])
    );
    let cancelled = chat.press(&say.t("request-cancel-yes"));
    assert_shows!(
        cancelled,
        say.f("request-cancelled", &[("offer", title.into())])
    );
    let status = say.t("request-status-cancelled");
    assert_shows!(
        cancelled,
        say.f(
            "request-line",
            &[("offer", title.into()), ("status", (&status).into())]
        )
    );
    assert!(!cancelled.buttons().contains(&cancel), "{cancelled}");
    chat.finish();
}
