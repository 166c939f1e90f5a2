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

/// Lars, a volunteer on Discord, and Amal, a newcomer on Telegram, in one conversation: Lars
/// has taken her request for homework help and written to her.
struct Across {
    bot: crate::helpers::TestBot,
    lars: Person,
    amal: Newcomer,
}

async fn lars_and_amal_across_platforms(env: &[(&str, &str)]) -> Across {
    let mut env = env.to_vec();
    env.extend([
        ("VELKOMMEN_COORDINATORS", "discord:8001"),
        ("VELKOMMEN_QUIET_HOURS", "0-0"),
    ]);
    let bot = spawn_both(&env).await;
    let t = |id: &str| english(id);
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
    Across { bot, lars, amal }
}

fn english(id: &str) -> String {
    Locales::load()
        .expect("the locales")
        .text(Lang::of("en"), id)
}

impl Newcomer {
    /// The payload of the newest "Reply" button in Amal's chat.
    fn reply_button(&self) -> String {
        let reply = english("relay-reply");
        self.messages()
            .iter()
            .rev()
            .flat_map(|m| m.buttons.iter().flatten().cloned().collect::<Vec<_>>())
            .find(|b| b.label == reply)
            .expect("a reply button")
            .data
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_volunteer_on_discord_helps_a_newcomer_on_telegram_with_texts_and_a_photo_of_a_letter() {
    // Logged at the level a deployment would run, to see that nobody's words or user ids
    // reach the log.
    let Across { bot, lars, amal } = lars_and_amal_across_platforms(&[("RUST_LOG", "info")]).await;
    let t = |id: &str| english(id);

    // Amal answers with a text and a photo of the letter.
    let reply = t("relay-reply");
    let reply_data = amal.reply_button();
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

/// The database's size once its write-ahead log is written back into it: what the data
/// takes. The log itself is reused after each checkpoint, so it does not grow with the data.
async fn database_bytes(db: &std::path::Path) -> u64 {
    use sqlx::Connection;
    let mut connection = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("the database opens");
    sqlx::query("PRAGMA wal_checkpoint(FULL)")
        .execute(&mut connection)
        .await
        .expect("a checkpoint");
    connection.close().await.expect("the connection closes");
    std::fs::metadata(db).expect("the database file").len()
}

/// Omar presses "Menu"; how long until the bot answered in his chat.
async fn menu_latency(omar: &Newcomer) -> Duration {
    let screen = omar
        .messages()
        .into_iter()
        .rev()
        .find(|m| m.from_bot && !m.buttons.is_empty())
        .expect("a screen with buttons");
    let data = screen
        .buttons
        .iter()
        .flatten()
        .find(|b| b.data == AccountAction::Menu.encode())
        .map(|b| b.data.clone())
        .unwrap_or_else(|| AccountAction::Menu.encode());
    let before = omar.fake.calls().len();
    let started = std::time::Instant::now();
    omar.fake.user_presses(&omar.user, screen.id, &data);
    omar.fake
        .wait_for(STEP_TIMEOUT, |calls| {
            calls[before..]
                .iter()
                .any(|c| c.chat_id() == Some(omar.user.id) && !c.is("answerCallbackQuery"))
                .then_some(())
        })
        .await;
    started.elapsed()
}

/// The flood: one person in a conversation across platforms sends 2,000 messages and
/// 200 photos of about 300 KB (a phone photo as Telegram compresses it) within a minute. The
/// limits answer once, drop the rest without work, keep the day's file quota, and the
/// database grows by less than 5 MiB; another person is answered throughout. Their
/// latencies are printed for the closing note (`--nocapture`), not asserted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_messages_and_photos_from_one_person_costs_little_and_others_are_served() {
    let Across { bot, lars, amal } = lars_and_amal_across_platforms(&[]).await;
    let telegram = bot.telegram.clone().expect("the fake Telegram");
    let omar = Newcomer {
        user: telegram.add_user(8102, "Omar", Some("en")),
        fake: telegram.clone(),
    };
    omar.writes("/start").await;
    omar.presses(&AccountAction::SetLanguage(Lang::of("en")).encode())
        .await;
    omar.presses(&AccountAction::Privacy(PrivacyChoice::Agree).encode())
        .await;
    let mut usual = vec![];
    for _ in 0..10 {
        usual.push(menu_latency(&omar).await);
    }
    amal.presses(&amal.reply_button()).await;
    let relayed_before = bot.fake.messages(lars.id()).len();
    let size_before = database_bytes(&bot.db).await;

    // 2,200 updates, one every 27 ms: a photo after every ten texts.
    let flooder = {
        let (fake, user) = (telegram.clone(), amal.user.clone());
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            let mut tick = tokio::time::interval(Duration::from_millis(27));
            let mut photo = vec![0u8; 300 * 1024];
            photo[..4].copy_from_slice(b"\xff\xd8\xff\xe0");
            for n in 0..2_200u32 {
                tick.tick().await;
                if n % 11 == 10 {
                    photo[4..8].copy_from_slice(&n.to_le_bytes());
                    fake.user_sends_photo(&user, &photo, "");
                } else {
                    fake.user_writes(&user, &format!("flood {n}"));
                }
            }
            started.elapsed()
        })
    };
    let mut during = vec![];
    while !flooder.is_finished() {
        during.push(menu_latency(&omar).await);
        tokio::time::sleep(Duration::from_millis(2_000)).await;
    }
    let flood_took = flooder.await.expect("the flood was sent");

    // The bot has worked through the flood (three seconds without a word to Amal), and
    // everything admitted has reached Lars; then the database is measured.
    let mut seen = 0;
    loop {
        tokio::time::sleep(Duration::from_secs(3)).await;
        let now = telegram.reply_count(amal.user.id);
        if now == seen {
            break;
        }
        seen = now;
    }
    let store = bot.store().await;
    crate::helpers::wait_for_outbox(&store, "queued", 0, Duration::from_secs(120)).await;
    bot.fake.settle(Duration::from_millis(1_000)).await;
    let grown = database_bytes(&bot.db).await.saturating_sub(size_before);
    let relayed = bot.fake.messages(lars.id()).len() - relayed_before;
    let photos = bot.fake.messages(lars.id())[relayed_before..]
        .iter()
        .filter(|m| !m.files.is_empty())
        .count();
    let slow_down = english("too-fast");
    let told = amal
        .messages()
        .iter()
        .filter(|m| m.text == slow_down)
        .count();
    let median = |mut all: Vec<Duration>| {
        all.sort();
        all[all.len() / 2]
    };
    println!(
        "flood: 2,000 texts and 200 photos in {:.1} s; relayed {relayed} (photos {photos}); \
         told to slow down {told} times; photos fetched {}; database grew {:.2} MiB; another person's menu: \
         usual median {:.0} ms (max {:.0}), during the flood median {:.0} ms (max {:.0}, {} samples)",
        flood_took.as_secs_f64(),
        telegram.calls().iter().filter(|c| c.is("getFile")).count(),
        grown as f64 / 1024.0 / 1024.0,
        median(usual.clone()).as_secs_f64() * 1000.0,
        usual.iter().max().expect("samples").as_secs_f64() * 1000.0,
        median(during.clone()).as_secs_f64() * 1000.0,
        during.iter().max().expect("samples").as_secs_f64() * 1000.0,
        during.len(),
    );
    assert!(
        grown < 5 * 1024 * 1024,
        "the database grew by {grown} bytes"
    );
    assert!(told >= 1, "the flooder was never told to slow down");
    assert!(
        relayed < 300,
        "{relayed} messages of the flood reached Lars: the limits let it through"
    );
    let fetched = telegram.calls().iter().filter(|c| c.is("getFile")).count();
    assert!(
        fetched <= 30,
        "{fetched} of the 200 photos were fetched: a flood's files are dropped unread"
    );
    assert!(
        photos <= 30,
        "{photos} photos crossed: more than the day's quota"
    );
    assert!(
        during.len() >= 10,
        "Omar was answered only {} times during the flood",
        during.len()
    );
}
