//! Random inbound events never crash the engine, and every answer is a real message.

use proptest::prelude::*;
use velkommen_core::{Action, Input};

use crate::helpers::spawn_app;

fn any_input() -> impl Strategy<Value = Input> {
    prop_oneof![
        ".{0,300}".prop_map(Input::Text),
        "\\PC{0,40}".prop_map(Input::Button),
        (0i64..40, 0usize..64).prop_map(|(n, pick)| {
            // Real-looking payloads with ids that may or may not exist.
            const CODES: &[&str] = &[
                "o", "i", "nn", "rc", "ry", "c", "l", "p", "a", "m", "x", "xy", "d", "q", "v",
                "tg", "ac", "nm", "w", "we", "dn", "fu", "fd", "va", "vd", "kt", "kh", "ig", "bg",
                "br", "bc", "eg", "ed", "eA", "ev", "eY", "eN", "ei", "qa", "qr", "mo", "mv", "me",
            ];
            let code = CODES[pick % CODES.len()];
            Input::Button(format!("1:{code}:{n}"))
        }),
        prop::sample::select(vec![
            "start", "menu", "help", "mydata", "delete", "language", "invite", "x", ""
        ])
        .prop_map(|name| Input::Command {
            name: name.into(),
            arg: String::new()
        }),
        prop::sample::select(vec![
            Action::Menu,
            Action::Categories,
            Action::MyRequests,
            Action::Ask,
            Action::MyData,
            Action::Delete,
            Action::ConfirmDelete,
            Action::ChooseLanguage,
            Action::ShowPrivacy,
            Action::Volunteer,
            Action::SignupNext,
            Action::SignupSend,
            Action::MyTasks,
            Action::Broadcast,
            Action::SkipText,
            Action::BroadcastSend,
            Action::NewEvent,
            Action::EventCreate,
            Action::UpcomingEvents,
            Action::Questions,
            Action::Summary,
        ])
        .prop_map(|a| Input::Button(a.encode())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn random_events_never_crash_and_always_get_an_answer(
        events in prop::collection::vec((0usize..3, prop::option::of("(ar|da|en|ti|)"), any_input()), 1..40)
    ) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let app = spawn_app().await;
            for (who, hint, input) in events {
                let replies = app.send(&format!("p{who}"), hint.as_deref(), input).await;
                assert!(!replies.is_empty());
                let something_went_wrong = ["da", "ar", "en"].iter().any(|l| {
                    replies[0].text == app.t(velkommen_core::Lang::try_from(*l).unwrap(), "something-went-wrong")
                });
                assert!(!something_went_wrong, "an unexpected error");
            }
        });
    }
}
