//! `/mydata` shows what is stored; `/delete` erases it.

use crate::expected::*;
use crate::helpers::*;

/// A newcomer who has sent a request with a note, back at the menu.
fn newcomer_with_a_request(app: &TestApp, lang: Lang) -> Chat {
    let catalogue = Catalogue::ballerup();
    let mut chat = newcomer_who_agreed(app, "Amal", lang);
    ask_for(&mut chat, lang, catalogue.volunteer_offer());
    chat.send(lang.note());
    chat
}

in_every_language!(mydata_shows_the_request_and_its_note);
fn mydata_shows_the_request_and_its_note(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let title = catalogue.volunteer_offer().title(lang);
    let mut chat = newcomer_with_a_request(&app, lang);

    // Act
    let data = chat.send("/mydata");
    chat.finish();

    // Assert
    assert_shows!(data, say.t("my-data-title"));
    let language = say.language_in_a_sentence();
    assert_shows!(
        data,
        say.f("my-data-language", &[("language", (&language).into())])
    );
    let waiting = say.t("request-status-open");
    assert_shows!(data, format!("• {title} · "));
    assert_shows!(data, format!(": {waiting}\n"));
    assert_shows!(
        data,
        say.f("my-data-request-note", &[("note", lang.note().into())])
    );
    assert!(data.buttons().contains(&say.t("my-data-delete")), "{data}");
}

in_every_language!(delete_asks_first_and_then_erases_everything);
fn delete_asks_first_and_then_erases_everything(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_with_a_request(&app, lang);

    // Act
    let confirm = chat.send("/delete");
    let deleted = chat.press(&say.t("delete-yes"));
    chat.finish();

    // Assert
    assert_shows!(confirm, say.t("delete-confirm"));
    // ("deleted" counts the backups' days in each language's plural: its first line is
    // spelled out here.)
    let erased = match lang {
        Lang::Ar => "حُذف كل ما يخصك: طلباتك، وملاحظاتك، وأسئلتك، وملفاتك، والرسائل التي فيها كلامك.",
        Lang::Da => {
            "Vi har slettet alt om dig: dine ønsker, dine kommentarer, dine spørgsmål, dine filer og de beskeder med dine ord, som vi havde gemt."
        }
        Lang::En => {
            "Everything about you is deleted: your requests, notes, questions, files and the messages that carried your words."
        }
        Lang::Uk => {
            "Усе про вас видалено: ваші запити, примітки, запитання, файли й повідомлення з вашими словами."
        }
        Lang::Prs => {
            "همه چیز دربارهٔ شما پاک شد: درخواست‌ها، یادداشت‌ها، سوال‌ها، فایل‌ها و پیام‌هایی که از راه ربات فرستاده بودید."
        }
    };
    assert_shows!(deleted, erased);
    assert!(deleted.shows("14"), "the backups' days are told: {deleted}");
}

in_every_language!(after_delete_mydata_finds_nothing_and_starts_over_at_the_language_picker);
fn after_delete_mydata_finds_nothing_and_starts_over_at_the_language_picker(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let mut chat = newcomer_with_a_request(&app, lang);
    chat.send("/delete");
    chat.press(&say.t("delete-yes"));

    // Act
    let again = chat.send("/mydata");
    chat.finish();

    // Assert
    assert!(
        again.text().starts_with(&say.t("language-picker")),
        "{again}"
    );
    assert_eq!(again.buttons()[0], format!("✓ {}", say.language_name()));
    assert!(!again.shows(&say.t("my-data-title")), "{again}");
    assert!(!again.shows(lang.note()), "{again}");
}

in_every_language!(saying_no_to_delete_keeps_the_request);
fn saying_no_to_delete_keeps_the_request(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let title = catalogue.volunteer_offer().title(lang);
    let mut chat = newcomer_with_a_request(&app, lang);
    chat.send("/delete");

    // Act
    let kept = chat.press(&say.t("delete-no"));
    let mine = chat.press(&say.t("menu-my-requests"));
    chat.finish();

    // Assert
    assert_shows!(kept, say.t("delete-kept"));
    let waiting = say.t("request-status-open");
    assert_shows!(
        mine,
        say.f(
            "request-line",
            &[("offer", title.into()), ("status", (&waiting).into())]
        )
    );
}
