//! Whole conversations as Discord users in Arabic, Danish and English, and the slash commands.

use velkommen_core::action::PrivacyChoice;
use velkommen_core::action::{AccountAction, NewcomerAction, VolunteerAction};
use velkommen_core::category::Category;
use velkommen_core::ids::OfferId;
use velkommen_core::{Address, Lang, Locales, Platform};

use crate::helpers::{Answer, Person, TestBot, spawn_bot};

/// The id of the offer with this slug, through the store's catalogue in English.
pub async fn offer_id(bot: &TestBot, slug: &str) -> OfferId {
    let store = bot.store().await;
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
    let id = store
        .offers_in(offer.category, Lang::of("en"))
        .await
        .expect("the offers of a category")
        .into_iter()
        .find(|o| o.title == title)
        .expect("the offer is in the database")
        .id;
    store.close().await;
    id
}

fn assert_edited_in_place(answer: &Answer, menu: u64) {
    assert!(
        answer.messages.iter().any(|m| m.id == menu),
        "the menu was not edited in place: {:#?}",
        answer.calls
    );
    assert!(
        !answer.posted(),
        "a new message was posted instead of editing the menu: {:#?}",
        answer.calls
    );
}

/// From /start to the main menu, each button press editing the menu it was pressed on.
pub async fn onboard(person: &Person, lang: Lang) {
    let picker = person.runs("start").await;
    assert_eq!(picker.messages.len(), 1, "{:#?}", picker.calls);
    let menu = picker.messages[0].id;
    let hint = Lang::from_hint(&person.user.locale);
    let first = &picker.messages[0].buttons[0][0];
    if let Some(hint) = hint {
        assert!(
            first.label.starts_with('✓')
                && first.custom_id == AccountAction::SetLanguage(hint).encode(),
            "the client's language is preselected: {first:?}"
        );
    }
    assert_edited_in_place(
        &person.presses(AccountAction::SetLanguage(lang)).await,
        menu,
    );
    assert_edited_in_place(
        &person
            .presses(AccountAction::Privacy(PrivacyChoice::Agree))
            .await,
        menu,
    );
    if person
        .screen()
        .buttons
        .iter()
        .flatten()
        .any(|b| b.custom_id == VolunteerAction::SignUp.encode())
    {
        assert_edited_in_place(&person.presses(AccountAction::Menu).await, menu);
    }
}

async fn newcomer_asks_for_homework_help(lang: Lang, locale: &str, user_id: u64) {
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let homework = offer_id(&bot, "homework-help").await;
    let person = bot.user(user_id, "Amal", locale);

    onboard(&person, lang).await;
    person.presses(NewcomerAction::Categories).await;
    person
        .presses(NewcomerAction::Category(Category::Learn))
        .await;
    person.presses(NewcomerAction::Offer(homework)).await;
    let note = person.presses(NewcomerAction::Interested(homework)).await;
    assert!(!note.text().is_empty());
    let sent = person.says("We are five, best after 15:00 @everyone").await;

    assert!(sent.posted(), "the answer to a text is a new message");
    let store = bot.store().await;
    let stored = store
        .person_at(&Address::new(Platform::Discord, user_id.to_string()))
        .await
        .expect("the store answers")
        .expect("the person is stored");
    assert_eq!(stored.lang, lang, "the chosen language is stored");
    let mine = store
        .requests_of(stored.id, lang)
        .await
        .expect("the person's requests");
    assert_eq!(mine.len(), 1, "one request was sent");
    assert_eq!(mine[0].offer, homework);
    // Nothing anyone writes pings anyone.
    let posts: Vec<_> = sent
        .calls
        .iter()
        .filter(|c| c.is("POST", "/channels/{channel_id}/messages"))
        .collect();
    assert!(
        posts
            .iter()
            .all(|c| c.body["allowed_mentions"]["parse"] == serde_json::json!([]))
    );
    let help = person.runs("help").await;
    assert!(
        help.shows(
            locales
                .text(lang, "help")
                .lines()
                .next()
                .unwrap_or_default()
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_arabic_newcomer_whose_client_is_english_asks_for_homework_help_in_arabic() {
    // Discord has no Arabic locale: the person's choice is what counts.
    newcomer_asks_for_homework_help(Lang::of("ar"), "en-GB", 900_001).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_danish_newcomer_asks_for_homework_help_with_a_note() {
    newcomer_asks_for_homework_help(Lang::of("da"), "da", 900_002).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_english_newcomer_asks_for_homework_help_with_a_note() {
    newcomer_asks_for_homework_help(Lang::of("en"), "en-US", 900_003).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slash_commands_are_registered_with_every_languages_discord_localizations_from_the_locales()
{
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let commands = bot.fake.commands();

    let names: Vec<_> = commands
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "start", "menu", "language", "help", "mydata", "delete", "invite"
        ]
    );
    for command in &commands {
        let name = command["name"].as_str().unwrap();
        assert_eq!(
            command["description"],
            locales.text(Lang::of("en"), &format!("command-{name}"))
        );
        assert_eq!(
            command["description_localizations"]["da"],
            locales.text(Lang::of("da"), &format!("command-{name}"))
        );
        assert_eq!(
            command["name_localizations"]["da"],
            locales.text(Lang::of("da"), &format!("command-{name}-name"))
        );
        assert_eq!(
            command["description_localizations"]["uk"],
            locales.text(Lang::of("uk"), &format!("command-{name}")),
            "Ukrainian comes from locales/uk/language.toml's discord = [\"uk\"]"
        );
        assert!(command["description_localizations"].get("ar").is_none());
    }
    assert_eq!(
        bot.fake.gateway_stats().intents,
        velkommen_discord::intents().bits()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_command_in_a_server_channel_answers_privately_and_goes_on_in_direct_messages() {
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let person = bot.user(900_010, "Lars", "da");

    let interaction = bot.fake.user_runs_command(&person.user, "start", &[], true);
    bot.fake
        .wait_for(crate::helpers::STEP_TIMEOUT, |fake, _| {
            fake.messages(person.id())
                .iter()
                .any(|m| m.from_bot && !m.buttons.is_empty())
                .then_some(())
        })
        .await;

    let state = bot.fake.interaction_state(interaction).unwrap();
    assert!(state.response.is_some() && state.ephemeral, "{state:#?}");
    let note = bot.fake.guild_messages();
    assert_eq!(note.len(), 1);
    assert!(note[0].ephemeral && note[0].buttons.is_empty());
    assert_eq!(
        note[0].content,
        locales.text(Lang::of("da"), "discord-continue-in-dm")
    );
    let picker = person.screen();
    assert!(picker.buttons[0][0].label.starts_with('✓'));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_button_is_answered_with_the_expired_notice() {
    let bot = spawn_bot().await;
    let locales = Locales::load().expect("the locales");
    let person = bot.user(900_020, "Mette", "en-US");
    onboard(&person, Lang::of("en")).await;
    let screen = person.screen();

    let interaction = bot.fake.user_presses(&person.user, screen.id, "9:forged");
    bot.fake
        .wait_for(crate::helpers::STEP_TIMEOUT, |fake, _| {
            fake.interaction_state(interaction)
                .and_then(|s| s.response)
                .map(|_| ())
        })
        .await;
    bot.fake.settle(std::time::Duration::from_millis(250)).await;
    let expired = locales.text(Lang::of("en"), "button-expired");
    assert!(
        bot.fake
            .messages(person.id())
            .iter()
            .any(|m| m.content.contains(&expired)),
        "the expired notice is shown"
    );
}
