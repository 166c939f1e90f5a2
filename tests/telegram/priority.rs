//! Replies never lost and never late behind an announcement: one send budget for the bot,
//! direct replies first, notices next, the announcement with what is left; against a fake
//! Telegram that enforces 30 messages a second overall, and again with 10 % of sends failing.

use std::time::{Duration, Instant};

use velkommen_core::action::{
    AccountAction, Action, CoordinatorAction, NewcomerAction, PrivacyChoice, VolunteerAction,
};
use velkommen_core::category::Category;
use velkommen_core::domain::{Audience, Recipients};
use velkommen_core::ids::PersonId;
use velkommen_core::roles::Spoken;
use velkommen_core::{Lang, Locales, Reply, Store};
use velkommen_telegram_fake::{Chaos, RateLimits};

use crate::helpers::{Person, TestBot, fake_and_db, known_person};

/// Recipients of the announcement; `VELKOMMEN_TEST_RECIPIENTS` makes a quicker run.
fn recipients() -> usize {
    std::env::var("VELKOMMEN_TEST_RECIPIENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000)
}

/// The people who press menu buttons while it goes out.
const PRESSERS: i64 = 10;
const FIRST_RECIPIENT: i64 = 100_000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_and_a_notice_go_first_while_an_announcement_goes_out_and_none_is_lost() {
    // The same run twice at once, each with its own fake and process: clean, and with 10 %
    // of sends failing.
    let (clean, troubled) = tokio::join!(
        run(None),
        run(Some(Chaos {
            share: 0.10,
            seed: 16
        }))
    );
    for figures in [&clean, &troubled] {
        println!("{figures:#?}");
    }

    let n = recipients() as f64;
    // Clean: every answer within 2 s, the notice within 5 s, the announcement within
    // 1.1 × N/30 s, and every recipient exactly once.
    let slowest = clean.replies.iter().max().copied().unwrap_or_default();
    assert!(slowest <= Duration::from_secs(2), "{clean:#?}");
    assert!(clean.notice <= Duration::from_secs(5), "{clean:#?}");
    assert!(
        clean.announcement.as_secs_f64() <= 1.1 * n / 30.0,
        "{clean:#?}"
    );
    assert_eq!(clean.copies, (recipients(), recipients()), "{clean:#?}");
    // The pacer leaves 25 ms a second for jitter on the way to the platform, which a test
    // machine busy with other tests now and then exceeds; each such 429 is waited out. A
    // pacer that ignored the limit would draw hundreds. (On an idle machine the bench draws
    // none in 10,000.)
    assert!(clean.rate_limited * 100 <= recipients(), "{clean:#?}");

    // Troubled: every answer and the notice still arrive, and everyone gets the announcement.
    assert_eq!(
        troubled.replies.len(),
        PRESSERS as usize + 1,
        "{troubled:#?}"
    );
    assert!(troubled.chaos > 0, "{troubled:#?}");
    assert_eq!(troubled.copies.0, recipients(), "{troubled:#?}");
}

#[derive(Debug)]
struct Figures {
    /// From each press to its answer at the fake: the pressers, then the newcomer asking.
    replies: Vec<Duration>,
    /// From the newcomer's press to the volunteer's notice at the fake.
    notice: Duration,
    /// From queueing the announcement to its last copy at the fake.
    announcement: Duration,
    /// Recipients with at least one copy, and with exactly one.
    copies: (usize, usize),
    /// 429s the fake answered for going past its limits.
    rate_limited: usize,
    /// Sends the chaos failed or stalled.
    chaos: usize,
}

async fn run(chaos: Option<Chaos>) -> Figures {
    let mut bot = fake_and_db().await;
    bot.env = vec![
        ("VELKOMMEN_COORDINATORS", "telegram:9000=*"),
        ("VELKOMMEN_QUIET_HOURS", "0-0"),
    ];
    bot.start().await;
    let locales = Locales::load().expect("the locales");

    // Amal, who will ask for homework help, finds the offer first: it says which group.
    let amal = bot.user(9300, "Amal", "da");
    onboard(&amal).await;
    amal.presses(NewcomerAction::Categories).await;
    amal.presses(NewcomerAction::Category(Category::Learn))
        .await;
    let offer = amal
        .screen()
        .buttons
        .iter()
        .flatten()
        .find_map(|b| match Action::decode(&b.data) {
            Ok(Action::Newcomer(NewcomerAction::Offer(id))) => Some(id),
            _ => None,
        })
        .expect("an offer to learn");
    let store = bot.store().await;
    let group = store
        .offer(offer, Lang::of("da"))
        .await
        .expect("the offer")
        .expect("the offer exists")
        .group_id;
    amal.presses(NewcomerAction::Offer(offer)).await;
    amal.presses(NewcomerAction::Interested(offer)).await;

    // Lars signs up to help with it, in Danish; Mette approves him.
    let mette = bot.user(9000, "Mette", "da");
    onboard(&mette).await;
    let lars = bot.user(9100, "Lars", "da");
    lars.says("/start").await;
    lars.presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    lars.presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    lars.presses(VolunteerAction::SignUp).await;
    lars.says("Lars").await;
    lars.presses(VolunteerAction::ToggleGroup(group)).await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::ToggleSpoken(Spoken::of("da")))
        .await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::ToggleHelp(Category::Learn))
        .await;
    lars.presses(VolunteerAction::SignupNext).await;
    lars.presses(VolunteerAction::SignupSend).await;
    let approve = locales.text(Lang::of("da"), "approve");
    wait_until(&bot, || {
        mette
            .fake
            .messages(mette.id())
            .iter()
            .any(|m| m.buttons.iter().flatten().any(|b| b.label == approve))
    })
    .await;
    let lars_id = person(&store, 9100).await;
    mette.presses(CoordinatorAction::Approve(lars_id)).await;
    let approved = locales.text(Lang::of("da"), "volunteer-approved");
    wait_until(&bot, || {
        lars.fake
            .messages(lars.id())
            .iter()
            .any(|m| m.text.contains(&approved))
    })
    .await;

    // Ten more newcomers at their menus.
    let mut pressers = vec![];
    for n in 0..PRESSERS {
        let person = bot.user(9200 + n, "Newcomer", "da");
        onboard(&person).await;
        pressers.push(person);
    }

    // The announcement's recipients: Arabic-speaking newcomers.
    let mut people = vec![];
    for n in 0..recipients() as i64 {
        let id = FIRST_RECIPIENT + n;
        bot.fake.add_user(id, "Recipient", Some("ar"));
        people.push(known_person(&store, id, Lang::of("ar")).await);
    }
    // They agreed to the privacy notice and to news.
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", bot.db.display()))
        .await
        .expect("the database");
    sqlx::query("UPDATE people SET consent = 'agreed', news = 1 WHERE lang = 'ar'")
        .execute(&raw)
        .await
        .expect("the recipients agree");
    raw.close().await;
    bot.fake.enforce(RateLimits {
        overall: 30,
        per_chat: None,
    });
    if let Some(chaos) = chaos {
        bot.fake.chaos(chaos);
    }

    let started = Instant::now();
    let by = person(&store, 9000).await;
    store
        .send_broadcast(
            by,
            &Recipients {
                audience: Audience::Newcomers,
                group: None,
                lang: Some(Lang::of("ar")),
                newcomers_of_group: false,
            },
            &[(
                Lang::of("ar"),
                Reply::text(Lang::of("ar"), "اجتماع الحوار يوم الخميس الساعة ١٧".into()),
            )],
            None,
            chrono::Utc::now(),
        )
        .await
        .expect("the announcement is queued");
    // Let it get going: the outbox is busy.
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Everyone presses at once; Amal asks without a note.
    let mut waits = vec![];
    for person in pressers.iter().chain([&amal]) {
        let before = bot.fake.reply_count(person.id());
        let action: Action = if person.id() == amal.id() {
            NewcomerAction::SkipNote(offer).into()
        } else {
            NewcomerAction::Categories.into()
        };
        let screen = person.screen();
        let pressed = Instant::now();
        bot.fake
            .user_presses(&person.user, screen.id, &action.encode());
        waits.push((person.id(), before, pressed));
    }
    let notice_before = bot.fake.reply_count(lars.id());
    let asked = waits.last().expect("Amal pressed").2;
    let mut replies = vec![];
    for (chat, before, pressed) in waits {
        let times = bot
            .fake
            .replies(chat, before + 1, Duration::from_secs(60))
            .await
            .unwrap_or_else(|| {
                let calls: Vec<_> = bot
                    .fake
                    .calls()
                    .into_iter()
                    .filter(|c| c.chat_id() == Some(chat))
                    .collect();
                panic!("{chat} got no answer: {calls:#?}")
            });
        replies.push(times[before].saturating_duration_since(pressed));
    }
    let notice = bot
        .fake
        .replies(lars.id(), notice_before + 1, Duration::from_secs(120))
        .await
        .expect("Lars hears of Amal's request")[notice_before]
        .saturating_duration_since(asked);

    // The announcement finishes.
    let deadline = Instant::now() + Duration::from_secs(600);
    let (copies, last) = loop {
        let calls = bot.fake.calls();
        let mut per_chat = std::collections::HashMap::<i64, usize>::new();
        let mut last = started;
        for call in calls.iter().filter(|c| c.is("sendMessage") && c.ok()) {
            if let Some(chat) = call.chat_id().filter(|c| *c >= FIRST_RECIPIENT) {
                *per_chat.entry(chat).or_default() += 1;
                last = last.max(call.at);
            }
        }
        if per_chat.len() >= recipients() || Instant::now() > deadline {
            let once = per_chat.values().filter(|n| **n == 1).count();
            break ((per_chat.len(), once), last);
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let trouble = bot.fake.trouble();
    Figures {
        replies,
        notice,
        announcement: last.saturating_duration_since(started),
        copies,
        rate_limited: trouble.rate_limited,
        chaos: trouble.chaos,
    }
}

/// From the first message to the main menu.
async fn onboard(person: &Person) {
    person.says("/start").await;
    person
        .presses(AccountAction::SetLanguage(Lang::of("da")))
        .await;
    person
        .presses(AccountAction::Privacy(PrivacyChoice::Agree))
        .await;
    let roles = person.screen();
    if roles
        .buttons
        .iter()
        .flatten()
        .any(|b| b.data == AccountAction::Menu.encode())
    {
        person.presses(AccountAction::Menu).await;
    }
}

async fn person(store: &Store, telegram_id: i64) -> PersonId {
    store
        .person_at(&velkommen_core::Address::new(
            velkommen_core::Platform::Telegram,
            telegram_id.to_string(),
        ))
        .await
        .expect("the people")
        .expect("the person is known")
        .id
}

async fn wait_until(bot: &TestBot, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready() {
        assert!(Instant::now() < deadline, "waited in vain");
        bot.fake.settle(Duration::from_millis(50)).await;
    }
}
