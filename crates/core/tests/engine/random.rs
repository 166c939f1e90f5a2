//! Random inbound events never crash the engine, and every answer is a real message.

use proptest::prelude::*;
use velkommen_core::action::{AccountAction, CoordinatorAction, NewcomerAction, VolunteerAction};
use velkommen_core::engine::Command;
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
        .prop_map(|name| Input::Command(Command::named(name, ""))),
        prop::sample::select(vec![
            Action::from(AccountAction::Menu),
            Action::from(NewcomerAction::Categories),
            Action::from(NewcomerAction::MyRequests),
            Action::from(NewcomerAction::Ask),
            Action::from(AccountAction::MyData),
            Action::from(AccountAction::Delete),
            Action::from(AccountAction::ConfirmDelete),
            Action::from(AccountAction::ChooseLanguage),
            Action::from(AccountAction::ShowPrivacy),
            Action::from(VolunteerAction::SignUp),
            Action::from(VolunteerAction::SignupNext),
            Action::from(VolunteerAction::SignupSend),
            Action::from(VolunteerAction::MyTasks),
            Action::from(CoordinatorAction::Broadcast),
            Action::from(CoordinatorAction::SkipText),
            Action::from(CoordinatorAction::BroadcastSend),
            Action::from(CoordinatorAction::NewEvent),
            Action::from(CoordinatorAction::EventCreate),
            Action::from(NewcomerAction::UpcomingEvents),
            Action::from(CoordinatorAction::Questions),
            Action::from(CoordinatorAction::Summary),
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
