//! Whole conversations as Telegram users whose apps report Arabic, Danish and English.

use velkommen_core::action::PrivacyChoice;
use velkommen_core::action::{AccountAction, NewcomerAction, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::ids::OfferId;
use velkommen_core::{Lang, Locales};

use crate::helpers::{Person, TestBot, spawn_bot};

pub async fn offer_id(bot: &TestBot, slug: &str) -> OfferId {
    let store = bot.store().await;
    let id: i64 = sqlx_free_offer_id(&store, slug).await;
    store.close().await;
    OfferId::try_from(id).expect("an offer id")
}

/// The id of the offer with this slug, through the store's catalogue in English.
async fn sqlx_free_offer_id(store: &velkommen_core::Store, slug: &str) -> i64 {
    let catalog = velkommen_core::catalog::Catalog::ballerup().expect("the Ballerup catalogue");
    let offer = catalog
        .offers
        .iter()
        .find(|o| o.slug == slug)
        .expect("the offer is in the catalogue");
    let title = offer
        .title
        .get(&Lang::of("en"))
        .expect("an English title")
        .clone();
    let offers = store
        .offers_in(offer.category, Lang::of("en"))
        .await
        .expect("the offers of a category");
    offers
        .into_iter()
        .find(|o| o.title == title)
        .expect("the offer is in the database")
        .id
        .get()
}

/// From the first message to the main menu, checking that each button press edits the
/// menu it was pressed on.
pub(crate) async fn onboard(person: &Person, lang: Lang) {
    let picker = person.says("/start").await;
    assert_eq!(picker.messages.len(), 1);
    let menu = picker.messages[0].id;
    let hint = Lang::from_hint(person.user.language_code.as_deref().unwrap_or("en"));
    let first = &picker.messages[0].buttons[0][0];
    assert!(
        first.label.starts_with('✓')
            && Some(first.data.as_str())
                == hint
                    .map(|l| AccountAction::SetLanguage(l).encode())
                    .as_deref(),
        "the app's language is preselected: {first:?}"
    );

    let privacy = person.presses(AccountAction::SetLanguage(lang)).await;
    assert_edited_in_place(&privacy, menu);
    let agreed = person
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    assert_edited_in_place(&agreed, menu);
    if person
        .screen()
        .buttons
        .iter()
        .flatten()
        .any(|b| b.data == VolunteerAction::SignUp.encode())
    {
        let home = person.presses(AccountAction::Menu).await;
        assert_edited_in_place(&home, menu);
    }
}

fn assert_edited_in_place(answer: &crate::helpers::Answer, menu: i64) {
    assert!(
        answer
            .calls
            .iter()
            .any(|c| c.is("editMessageText") && c.params["message_id"].as_i64() == Some(menu)),
        "the menu was not edited in place: {:#?}",
        answer.calls
    );
    assert!(
        !answer.calls.iter().any(|c| c.is("sendMessage")),
        "a new message was posted instead of editing the menu: {:#?}",
        answer.calls
    );
}

async fn newcomer_asks_for_homework_help(lang: Lang, app_lang: &str, user_id: i64) {
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let homework = offer_id(&bot, "homework-help").await;
    let person = bot.user(user_id, "Amal", app_lang);

    onboard(&person, lang).await;
    person.presses(NewcomerAction::Categories).await;
    person
        .presses(NewcomerAction::Category(Category::Learn))
        .await;
    let offer = person.presses(NewcomerAction::Offer(homework)).await;
    assert!(
        offer.shows(&locales.text(lang, "offer-interested"))
            || !offer.messages[0].buttons.is_empty()
    );
    person.presses(NewcomerAction::Interested(homework)).await;
    let sent = person.says("We are five, best after 15:00 <3 & more").await;

    assert!(
        sent.calls.iter().any(|c| c.is("sendMessage")),
        "the answer to a text is a new message"
    );
    let store = bot.store().await;
    let requests = store
        .person_at(&velkommen_core::Address::new(
            velkommen_core::Platform::Telegram,
            user_id.to_string(),
        ))
        .await
        .expect("the store answers")
        .expect("the person is stored");
    let mine = store
        .requests_of(requests.id, lang)
        .await
        .expect("the person's requests");
    assert_eq!(mine.len(), 1, "one request was sent");
    assert_eq!(mine[0].offer, homework);
    assert_eq!(requests.lang, lang);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_newcomer_asks_for_homework_help_with_a_note() {
    newcomer_asks_for_homework_help(Lang::of("ar"), "ar", 1001).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_danish_newcomer_asks_for_homework_help_with_a_note() {
    newcomer_asks_for_homework_help(Lang::of("da"), "da-DK", 1002).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_english_speaker_whose_app_is_arabic_asks_in_english() {
    newcomer_asks_for_homework_help(Lang::of("en"), "ar", 1003).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deep_link_opens_the_offer_after_the_privacy_notice_with_its_place_as_a_venue() {
    let bot = spawn_bot().await;
    let cafe = offer_id(&bot, "cafe-venlig").await;
    let person = bot.user(2001, "Lars", "da");

    person.says(&format!("/start offer-{}", cafe.get())).await;
    person
        .presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    let offer = person
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;

    let venue = offer
        .calls
        .iter()
        .find(|c| c.is("sendVenue"))
        .expect("the offer's place is sent as a venue");
    assert_eq!(venue.chat_id(), Some(2001));
    assert!(venue.params["latitude"].as_f64().is_some());
    assert!(
        !venue.params["address"]
            .as_str()
            .unwrap_or_default()
            .is_empty()
    );
    let texts: Vec<_> = offer.messages.iter().map(|m| m.text.clone()).collect();
    let store = bot.store().await;
    let view = store.offer(cafe, Lang::of("da")).await.unwrap().unwrap();
    assert!(
        texts.iter().any(|t| t.contains(&view.title)),
        "the offer is shown: {texts:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_command_menu_is_registered_in_every_language_from_the_locales() {
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let menus = bot.fake.commands();

    for (code, lang) in [
        ("", Lang::of("en")),
        ("da", Lang::of("da")),
        ("ar", Lang::of("ar")),
        ("en", Lang::of("en")),
        ("uk", Lang::of("uk")),
        // Norwegian and Swedish readers get the Danish menu (da's language.toml hints).
        ("nb", Lang::of("da")),
        ("sv", Lang::of("da")),
    ] {
        let menu = menus
            .get(code)
            .unwrap_or_else(|| panic!("no command menu for {code:?}: {menus:?}"));
        let names: Vec<_> = menu.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            ["start", "menu", "language", "help", "mydata", "delete"]
        );
        for (name, description) in menu {
            assert_eq!(description, &locales.text(lang, &format!("command-{name}")));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_callback_is_answered_even_a_forged_one() {
    let bot = spawn_bot().await;
    let person = bot.user(3001, "Mette", "en");
    let picker = person.says("hello").await;
    let menu = picker.messages[0].id;

    let query = bot.fake.user_presses(&person.user, menu, "9:forged");
    bot.fake
        .wait_for(crate::helpers::STEP_TIMEOUT, |calls| {
            calls
                .iter()
                .any(|c| {
                    c.is("answerCallbackQuery") && c.params["callback_query_id"] == query.as_str()
                })
                .then_some(())
        })
        .await;
    assert!(bot.fake.answered(&query));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_in_a_group_gets_no_personal_answer() {
    let bot = spawn_bot().await;
    let person = bot.user(4001, "Fatima", "ar");
    bot.fake.push_update(serde_json::json!({"message": {
        "message_id": 77,
        "from": {"id": person.id(), "is_bot": false, "first_name": "Fatima", "language_code": "ar"},
        "chat": {"id": -100_123, "type": "supergroup", "title": "Ballerup volunteers"},
        "date": 1_800_000_000,
        "text": "/start",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }}));
    // The same person then writes privately: only that is answered.
    let answer = person.says("/start").await;

    assert_eq!(answer.messages.len(), 1);
    assert!(
        bot.fake
            .calls()
            .iter()
            .all(|c| c.chat_id() != Some(-100_123)),
        "the bot wrote in the group"
    );
}
