//! Both front doors at once: a newcomer on Telegram and a volunteer on Discord reach each
//! other through the bot — notification, accept, texts and a photo of a letter both ways.

use std::time::Duration;
use velkommen_core::action::{AccountAction, NewcomerAction, VolunteerAction};

use velkommen_core::action::PrivacyChoice;
use velkommen_core::category::Category;
use velkommen_core::{Action, Lang, Locales};
use velkommen_discord_fake::FakeDiscord;
use velkommen_telegram_fake::{FakeTelegram, Kind, User as TelegramUser};

use crate::conversation::offer_id;
use crate::helpers::{Person, STEP_TIMEOUT, spawn_both};

/// How long a message to another person may take through the outbox.
const DELIVERY: Duration = Duration::from_secs(20);

/// Presses the button whose label contains `label` on the person's last screen.
async fn press_label(person: &Person, label: &str) {
    let screen = person.screen();
    let button = screen
        .buttons
        .iter()
        .flatten()
        .find(|b| b.label.contains(label))
        .unwrap_or_else(|| panic!("no button {label:?} on {screen:#?}"))
        .clone();
    let action = Action::decode(&button.custom_id).expect("a valid payload");
    person.presses(action).await;
}

/// Waits until a Discord person has a message from the bot that `matches`.
async fn discord_gets(
    fake: &FakeDiscord,
    user: u64,
    matches: impl Fn(&velkommen_discord_fake::ChatMessage) -> bool,
) {
    fake.wait_for(DELIVERY, |fake, _| {
        fake.messages(user)
            .iter()
            .any(|m| m.from_bot && matches(m))
            .then_some(())
    })
    .await;
    fake.settle(Duration::from_millis(250)).await;
}

/// A newcomer on Telegram, pressing buttons and writing.
struct Newcomer {
    fake: FakeTelegram,
    user: TelegramUser,
}

impl Newcomer {
    fn messages(&self) -> Vec<velkommen_telegram_fake::ChatMessage> {
        self.fake.messages(self.user.id)
    }

    async fn wait_for(&self, matches: impl Fn(&velkommen_telegram_fake::ChatMessage) -> bool) {
        let deadline = tokio::time::Instant::now() + DELIVERY;
        while !self.messages().iter().any(|m| m.from_bot && matches(m)) {
            assert!(
                tokio::time::Instant::now() < deadline,
                "not delivered on Telegram: {:#?}",
                self.messages()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        self.fake.settle(Duration::from_millis(250)).await;
    }

    async fn writes(&self, text: &str) {
        let count = self.messages().len();
        self.fake.user_writes(&self.user, text);
        self.wait_new(count).await;
    }

    async fn presses(&self, data: &str) {
        let screen = self
            .messages()
            .into_iter()
            .rev()
            .find(|m| m.from_bot && m.buttons.iter().flatten().any(|b| b.data == data))
            .unwrap_or_else(|| panic!("no button {data:?}: {:#?}", self.messages()));
        let before = self.fake.calls().len();
        self.fake.user_presses(&self.user, screen.id, data);
        self.fake
            .wait_for(STEP_TIMEOUT, |calls| {
                calls[before..]
                    .iter()
                    .any(|c| c.chat_id() == Some(self.user.id))
                    .then_some(())
            })
            .await;
        self.fake.settle(Duration::from_millis(250)).await;
    }

    async fn wait_new(&self, count: usize) {
        let deadline = tokio::time::Instant::now() + STEP_TIMEOUT;
        while self.messages().len() <= count + 1 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no answer on Telegram"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.fake.settle(Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_on_discord_helps_a_newcomer_on_telegram_with_texts_and_a_photo_of_a_letter() {
    // Logged at the level a deployment would run, to see that nobody's words or user ids
    // reach the log.
    let bot = spawn_both(&[
        ("VELKOMMEN_COORDINATORS", "discord:8001"),
        ("VELKOMMEN_QUIET_HOURS", "0-0"),
        ("RUST_LOG", "info"),
    ])
    .await;
    let en = Locales::load().expect("the locales");
    let t = |id: &str| en.text(Lang::of("en"), id);
    let homework = offer_id(&bot, "homework-help").await;

    // Mette coordinates, on Discord.
    let mette = bot.user(8001, "Mette", "en-US");
    mette.runs("start").await;
    mette
        .presses(AccountAction::SetLanguage(Lang::of("en")))
        .await;
    mette
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;

    // Lars signs up as a volunteer on Discord, and Mette approves him.
    let lars = bot.user(8002, "Lars", "da");
    lars.runs("start").await;
    lars.presses(AccountAction::SetLanguage(Lang::of("en")))
        .await;
    lars.presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    lars.presses(VolunteerAction::SignUp).await;
    lars.says("Lars").await;
    press_label(&lars, "Red Cross").await;
    lars.presses(VolunteerAction::SignupNext).await;
    press_label(&lars, "English").await;
    lars.presses(VolunteerAction::SignupNext).await;
    press_label(&lars, "Language and school").await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::SignupSend).await;
    discord_gets(&bot.fake, 8001, |m| {
        m.buttons.iter().flatten().any(|b| b.label == t("approve"))
    })
    .await;
    press_label(&mette, &t("approve")).await;
    discord_gets(&bot.fake, 8002, |m| {
        m.content.contains(&t("volunteer-approved"))
    })
    .await;

    // Amal asks on Telegram.
    let telegram = bot.telegram.clone().expect("the fake Telegram");
    let amal = Newcomer {
        user: telegram.add_user(8101, "Amal", Some("en")),
        fake: telegram,
    };
    amal.writes("/start").await;
    amal.presses(&AccountAction::SetLanguage(Lang::of("en")).encode())
        .await;
    amal.presses(&AccountAction::Privacy(PrivacyChoice::Agree).encode())
        .await;
    if amal.messages().iter().any(|m| {
        m.buttons
            .iter()
            .flatten()
            .any(|b| b.data == VolunteerAction::SignUp.encode())
    }) {
        amal.presses(&AccountAction::Menu.encode()).await;
    }
    amal.presses(&NewcomerAction::Categories.encode()).await;
    amal.presses(&NewcomerAction::Category(Category::Learn).encode())
        .await;
    amal.presses(&NewcomerAction::Offer(homework).encode())
        .await;
    amal.presses(&NewcomerAction::Interested(homework).encode())
        .await;
    amal.writes("Two children, grade 4 and 7").await;

    // Lars hears of it on Discord, takes it, and writes.
    discord_gets(&bot.fake, 8002, |m| {
        m.content.contains("Two children, grade 4 and 7")
    })
    .await;
    press_label(&lars, &t("notice-accept")).await;
    lars.says("Hi! I can come on Tuesday at 16:00.").await;
    amal.wait_for(|m| m.text.contains("Hi! I can come on Tuesday at 16:00."))
        .await;

    // Amal answers with a text and a photo of the letter.
    let reply = t("relay-reply");
    let reply_data = amal
        .messages()
        .iter()
        .rev()
        .flat_map(|m| m.buttons.iter().flatten().cloned().collect::<Vec<_>>())
        .find(|b| b.label == reply)
        .expect("a reply button")
        .data;
    amal.presses(&reply_data).await;
    amal.writes("Thank you, Tuesday is good.").await;
    discord_gets(&bot.fake, 8002, |m| {
        m.content.contains("Thank you, Tuesday is good.")
    })
    .await;
    amal.presses(&reply_data).await;
    let letter = b"\xff\xd8\xff\xe0 a photo of the letter from the municipality";
    let count = amal.messages().len();
    amal.fake.user_sends_photo(&amal.user, letter, "The letter");
    amal.wait_new(count).await;
    discord_gets(&bot.fake, 8002, |m| !m.files.is_empty()).await;
    let photo = bot
        .fake
        .messages(8002)
        .into_iter()
        .find(|m| !m.files.is_empty())
        .expect("the photo arrived on Discord");
    assert_eq!(photo.files[0].bytes, letter, "the photo arrives whole");
    assert!(photo.files[0].content_type.starts_with("image/"));

    // And back: Lars sends a document from Discord; it arrives on Telegram.
    press_label(&lars, &reply).await;
    let answer = b"%PDF-1.4 the filled-in form";
    lars.sends_file("form.pdf", "application/pdf", answer, "Here is the form")
        .await;
    amal.wait_for(|m| matches!(m.kind, Kind::Document { .. } | Kind::Photo))
        .await;

    let log = bot.log();
    assert!(log.contains("first contact"), "the log ran at info: {log}");
    for words in [
        "Two children",
        "Tuesday",
        "The letter",
        "Here is the form",
        "form.pdf",
        "Lars",
    ] {
        assert!(!log.contains(words), "{words:?} is in the log:\n{log}");
    }
    for user_id in ["8001", "8002", "8101"] {
        assert!(
            !mentions(&log, user_id),
            "user id {user_id} is in the log:\n{log}"
        );
    }
}

/// Whether `number` stands in `log` as a number of its own, not as part of a longer one.
fn mentions(log: &str, number: &str) -> bool {
    log.match_indices(number).any(|(at, _)| {
        let before = log[..at].chars().next_back();
        let after = log[at + number.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_on_telegram_helps_a_newcomer_on_discord_in_arabic() {
    let bot = spawn_both(&[
        ("VELKOMMEN_COORDINATORS", "discord:8001"),
        ("VELKOMMEN_QUIET_HOURS", "0-0"),
    ])
    .await;
    let locales = Locales::load().expect("the locales");
    let homework = offer_id(&bot, "homework-help").await;
    let red_cross = {
        let store = bot.store().await;
        store
            .groups(Lang::of("en"))
            .await
            .expect("the groups")
            .into_iter()
            .find(|(_, name)| name.contains("Red Cross"))
            .expect("the Red Cross")
            .0
    };

    // Mette coordinates, on Discord.
    let mette = bot.user(8001, "Mette", "da");
    mette.runs("start").await;
    mette
        .presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    mette
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;

    // Lars signs up on Telegram, in Danish, and Mette approves him on Discord.
    let telegram = bot.telegram.clone().expect("the fake Telegram");
    let lars = Newcomer {
        user: telegram.add_user(8201, "Lars", Some("da")),
        fake: telegram,
    };
    lars.writes("/start").await;
    lars.presses(&AccountAction::SetLanguage(Lang::of("da")).encode())
        .await;
    lars.presses(&AccountAction::Privacy(PrivacyChoice::Agree).encode())
        .await;
    lars.presses(&VolunteerAction::SignUp.encode()).await;
    lars.writes("Lars").await;
    lars.presses(&VolunteerAction::ToggleGroup(red_cross).encode())
        .await;
    lars.presses(&VolunteerAction::SignupNext.encode()).await;
    lars.presses(&VolunteerAction::ToggleSpoken(velkommen_core::roles::Spoken::of("ar")).encode())
        .await;
    lars.presses(&VolunteerAction::SignupNext.encode()).await;
    lars.presses(&VolunteerAction::ToggleHelp(Category::Learn).encode())
        .await;
    lars.presses(&VolunteerAction::SignupNext.encode()).await;
    lars.presses(&VolunteerAction::SignupSend.encode()).await;
    let approve = locales.text(Lang::of("da"), "approve");
    discord_gets(&bot.fake, 8001, |m| {
        m.buttons.iter().flatten().any(|b| b.label == approve)
    })
    .await;
    press_label(&mette, &approve).await;
    let approved = locales.text(Lang::of("da"), "volunteer-approved");
    lars.wait_for(|m| m.text.contains(&approved)).await;

    // Amal asks on Discord; her client says en-GB, but she chose Arabic and that wins.
    let amal = bot.user(8301, "Amal", "en-GB");
    amal.runs("start").await;
    amal.presses(AccountAction::SetLanguage(Lang::of("ar")))
        .await;
    amal.presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    amal.presses(AccountAction::Menu).await;
    amal.presses(NewcomerAction::Categories).await;
    amal.presses(NewcomerAction::Category(Category::Learn))
        .await;
    amal.presses(NewcomerAction::Offer(homework)).await;
    amal.presses(NewcomerAction::Interested(homework)).await;
    amal.says("ابني في الصف الرابع").await;

    // Lars hears of it on Telegram, in Danish, takes it and writes.
    lars.wait_for(|m| m.text.contains("ابني في الصف الرابع"))
        .await;
    let accept = lars
        .messages()
        .iter()
        .rev()
        .flat_map(|m| m.buttons.iter().flatten().cloned().collect::<Vec<_>>())
        .find(|b| b.label == locales.text(Lang::of("da"), "notice-accept"))
        .expect("an accept button")
        .data;
    lars.presses(&accept).await;
    // Taking it leaves Amal's words where they were; the answer comes below.
    assert!(
        lars.messages()
            .iter()
            .any(|m| m.text.contains("ابني في الصف الرابع")),
        "the notice with Amal's words was overwritten"
    );
    lars.writes("Hej! Jeg kan komme tirsdag.").await;
    discord_gets(&bot.fake, 8301, |m| {
        m.content.contains("Hej! Jeg kan komme tirsdag.")
    })
    .await;
    let relayed = bot
        .fake
        .messages(8301)
        .into_iter()
        .rev()
        .find(|m| m.content.contains("Hej! Jeg kan komme tirsdag."))
        .expect("the relayed text");
    assert!(
        relayed.content.contains("Lars"),
        "labelled with the volunteer's name"
    );

    // And back, with a photo of the letter from Discord. Pressing Reply keeps Lars's words.
    press_label(&amal, &locales.text(Lang::of("ar"), "relay-reply")).await;
    let kept = bot
        .fake
        .messages(8301)
        .into_iter()
        .find(|m| m.id == relayed.id)
        .expect("the relayed message");
    assert_eq!(
        kept.content, relayed.content,
        "Reply overwrote Lars's words"
    );
    let letter = b"\xff\xd8\xff\xe0 the letter";
    amal.sends_file("brev.jpg", "image/jpeg", letter, "الرسالة")
        .await;
    lars.wait_for(|m| matches!(m.kind, Kind::Photo | Kind::Document { .. }))
        .await;
}
