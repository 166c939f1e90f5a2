//! `velkommen catalog import`: loading the catalogue again changes nothing.

use crate::expected::*;
use crate::helpers::*;

fn totals(catalogue: &Catalogue) -> String {
    format!(
        "the catalogue now has {} groups and {} offers.",
        catalogue.groups,
        catalogue.offers.len()
    )
}

#[test]
fn importing_the_ballerup_catalogue_twice_leaves_as_many_groups_and_offers_as_once() {
    // Arrange
    let app = spawn_app();
    let catalogue = Catalogue::ballerup();

    // Act
    let first = app.run_ok(&["catalog", "import", BALLERUP]);
    let second = app.run_ok(&["catalog", "import", BALLERUP]);

    // Assert
    let expected = format!(
        "Imported {} groups and {} offers from {BALLERUP}; {}\n",
        catalogue.groups,
        catalogue.offers.len(),
        totals(&catalogue)
    );
    assert_eq!(first, expected);
    assert_eq!(second, expected);
}

in_every_language!(after_two_imports_every_topic_lists_each_of_its_offers_once);
fn after_two_imports_every_topic_lists_each_of_its_offers_once(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    app.run_ok(&["catalog", "import", BALLERUP]);
    app.run_ok(&["catalog", "import", BALLERUP]);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);
    chat.press(&say.t("menu-offers"));

    for category in ["meet", "help", "learn", "family", "culture", "home"] {
        // Act
        let list = chat.press(&say.t(&format!("category-{category}")));

        // Assert
        let expected: Vec<&str> = catalogue
            .offers_in(category)
            .iter()
            .map(|o| o.title(lang))
            .collect();
        let offered: Vec<String> = list
            .buttons()
            .into_iter()
            .take_while(|b| *b != say.t("nav-back"))
            .collect();
        assert_eq!(offered, expected, "{category}");
        chat.press(&say.t("nav-back"));
    }
    chat.finish();
}

in_every_language!(a_request_made_before_a_new_import_still_names_its_offer_after_it);
fn a_request_made_before_a_new_import_still_names_its_offer_after_it(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);
    ask_for(&mut chat, lang, offer);
    chat.send(lang.note());
    chat.finish();

    // Act
    app.run_ok(&["catalog", "import", BALLERUP]);
    let mut chat = app.chat_as("Amal", lang);
    chat.send("/menu");
    let mine = chat.press(&say.t("menu-my-requests"));
    chat.finish();

    // Assert
    let waiting = say.t("request-status-open");
    assert_shows!(
        mine,
        say.f(
            "request-line",
            &[("offer", title.into()), ("status", (&waiting).into())]
        )
    );
}
