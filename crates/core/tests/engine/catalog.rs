use velkommen_core::Lang;
use velkommen_core::action::NewcomerAction;
use velkommen_core::catalog::Catalog;
use velkommen_core::category::Category;

use crate::helpers::{spawn_app, text};

#[tokio::test]
async fn a_fresh_database_has_the_ballerup_catalogue_in_every_category() {
    let app = spawn_app().await;
    let (groups, offers) = app.engine.store().catalog_size().await.unwrap();
    assert!(
        groups >= 6 && offers >= 10,
        "{groups} groups, {offers} offers"
    );
    for category in Category::ALL {
        for lang in Lang::all() {
            assert!(
                !app.engine
                    .store()
                    .offers_in(category, lang)
                    .await
                    .unwrap()
                    .is_empty()
            );
        }
    }
}

#[tokio::test]
async fn importing_the_catalogue_twice_changes_nothing() {
    let app = spawn_app().await;
    let before = app.engine.store().catalog_size().await.unwrap();
    let texts_before = app.count("SELECT COUNT(*) FROM offer_texts").await;
    let catalog = Catalog::ballerup().unwrap();
    app.engine.store().import_catalog(&catalog).await.unwrap();
    app.engine.store().import_catalog(&catalog).await.unwrap();
    assert_eq!(app.engine.store().catalog_size().await.unwrap(), before);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM offer_texts").await,
        texts_before
    );
}

#[tokio::test]
async fn an_import_updates_an_offer_and_keeps_its_requests() {
    let app = spawn_app().await;
    app.newcomer("amal", Lang::of("ar")).await;
    app.ask_for("amal", Category::Learn, None).await;
    let updated = velkommen_core::catalog::BALLERUP.replace("Lektiehjælp", "Lektiecafé");
    app.engine
        .store()
        .import_catalog(&Catalog::parse(&updated).unwrap())
        .await
        .unwrap();
    let offers = app
        .engine
        .store()
        .offers_in(Category::Learn, Lang::of("da"))
        .await
        .unwrap();
    assert!(offers.iter().any(|o| o.title.contains("Lektiecafé")));
    assert_eq!(app.count("SELECT COUNT(*) FROM requests").await, 1);
}

#[tokio::test]
async fn a_missing_translation_falls_back_to_danish_then_english() {
    let app = spawn_app().await;
    let file = r#"
        [[group]]
        slug = "g"
        name = { da = "Gruppen" }
        [[offer]]
        slug = "only-danish"
        group = "g"
        category = "home"
        kind = "drop-in"
        title = { da = "Kun dansk", en = "English only" }
        description = { da = "Beskrivelse" }
        when = { da = "Tirsdag" }
        where = { da = "Huset" }
        [[offer]]
        slug = "only-english"
        group = "g"
        category = "home"
        kind = "drop-in"
        title = { en = "Only English" }
        description = { en = "Description" }
        when = { en = "Tuesday" }
        where = { en = "The house" }
    "#;
    app.engine
        .store()
        .import_catalog(&Catalog::parse(file).unwrap())
        .await
        .unwrap();
    let titles: Vec<String> = app
        .engine
        .store()
        .offers_in(Category::Home, Lang::of("ar"))
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.title)
        .collect();
    assert!(titles.contains(&"Kun dansk".to_owned()), "{titles:?}");
    assert!(titles.contains(&"Only English".to_owned()));
    app.newcomer("amal", Lang::of("ar")).await;
    let list = app
        .press("amal", NewcomerAction::Category(Category::Home))
        .await;
    assert!(text(&list).contains(&app.t(Lang::of("ar"), "category-home")));
}

#[tokio::test]
async fn the_numbers_shown_in_danger_are_those_of_the_catalogue_imported() {
    let app = spawn_app().await;
    let file = r#"
        [[group]]
        slug = "g"
        name = { da = "Gruppen" }
        [[offer]]
        slug = "o"
        group = "g"
        category = "home"
        kind = "drop-in"
        title = { da = "Tilbud" }
        description = { da = "Beskrivelse" }
        when = { da = "Tirsdag" }
        where = { da = "Huset" }
        [[helpline]]
        number = "112"
        dangers = ["all"]
        name = { da = "Alarm", en = "Emergency" }
        [[helpline]]
        number = "7013 1415"
        dangers = ["self_harm"]
        name = { da = "Regionens akuttelefon", en = "The region's medical helpline" }
    "#;
    app.engine
        .store()
        .import_catalog(&Catalog::parse(file).unwrap())
        .await
        .unwrap();
    app.newcomer("amal", Lang::of("ar")).await;
    let said = text(
        &app.press("amal", velkommen_core::action::AccountAction::Urgent)
            .await,
    );
    assert!(
        said.contains("7013\u{a0}1415"),
        "one number, in order in any script: {said}"
    );
    assert!(
        said.contains("The region's medical helpline"),
        "English before Danish: {said}"
    );
    assert!(
        !said.contains("1813"),
        "Ballerup's region is not this one: {said}"
    );
}
