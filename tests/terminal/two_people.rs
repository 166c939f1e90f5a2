//! Several simulated people in one terminal, each with their own language and place.

use crate::expected::*;
use crate::helpers::*;

#[test]
fn three_people_in_one_terminal_keep_their_own_language_and_place_in_the_conversation() {
    // Arrange: Amal (Arabic) stops at the note prompt, Lars (Danish) at the privacy notice,
    // Grace (English) at the menu.
    let app = spawn_app();
    let (ar, da, en) = (
        Texts::of(Lang::Ar),
        Texts::of(Lang::Da),
        Texts::of(Lang::En),
    );
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let mut chat = newcomer_who_agreed(&app, "Amal", Lang::Ar);
    ask_for(&mut chat, Lang::Ar, offer);

    let now_lars = chat.send(":as Lars da");
    chat.send(Lang::Da.greeting());
    let lars_notice = chat.press(&format!("✓ {}", da.language_name()));

    let now_grace = chat.send(":as Grace en");
    let grace_picker = chat.send(Lang::En.greeting());
    chat.press(&format!("✓ {}", en.language_name()));
    chat.press(&en.t("privacy-agree"));
    chat.press(&en.t("role-newcomer"));

    // Act: each takes up where they were.
    chat.send(":as Amal");
    let amal_sent = chat.send(Lang::Ar.note());
    chat.send(":as Lars");
    let lars_agreed = chat.press(&da.t("privacy-agree"));
    chat.send(":as Grace");
    let grace_requests = chat.press(&en.t("menu-my-requests"));
    chat.finish();

    // Assert
    assert_eq!(
        now_lars.text(),
        da.f("terminal-now-as", &[("name", "Lars".into())])
    );
    assert_eq!(
        now_grace.text(),
        en.f("terminal-now-as", &[("name", "Grace".into())])
    );
    assert_shows!(lars_notice, da.t("welcome"));
    assert_eq!(
        grace_picker.buttons()[0],
        format!("✓ {}", en.language_name())
    );
    let title = offer.title(Lang::Ar);
    assert_shows!(amal_sent, ar.f("request-sent", &[("offer", title.into())]));
    assert_shows!(amal_sent, ar.t("menu-title"));
    assert_shows!(lars_agreed, da.t("privacy-agreed"));
    assert_shows!(lars_agreed, da.t("role-title"));
    assert_shows!(grace_requests, en.t("my-requests-none"));
}
