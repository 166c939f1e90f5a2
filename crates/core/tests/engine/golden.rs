//! Persisted forms written by earlier versions must still load: buttons already in people's
//! chats, conversations stored mid-flow, and messages waiting in the outbox. These strings
//! are fixed; a rename that breaks one of them strands a person, so it fails here first.

use velkommen_core::Action;
use velkommen_core::domain::StoredState;
use velkommen_core::engine::State;

/// Every kind of button payload this version writes, as it writes it.
const PAYLOADS: &[&str] = &[
    "1:L",
    "1:l:da",
    "1:l:ar",
    "1:l:en",
    "1:pv",
    "1:p:a",
    "1:p:n",
    "1:p:d",
    "1:m",
    "1:cs",
    "1:c:meet",
    "1:c:help",
    "1:c:learn",
    "1:c:family",
    "1:c:culture",
    "1:c:home",
    "1:o:7",
    "1:i:7",
    "1:nn:7",
    "1:r",
    "1:rc:12",
    "1:ry:12",
    "1:q",
    "1:h",
    "1:d",
    "1:a:1",
    "1:a:0",
    "1:x",
    "1:xy",
    "1:v",
    "1:tg:2",
    "1:ts:ar",
    "1:ts:fa",
    "1:th:learn",
    "1:sn",
    "1:ss",
    "1:t",
    "1:ps:1",
    "1:ps:0",
    "1:ep",
    "1:ac:12",
    "1:nm:12",
    "1:w:12",
    "1:we:12",
    "1:dn:12",
    "1:fu:12",
    "1:fd:12",
    "1:k",
    "1:kp",
    "1:va:31",
    "1:vd:31",
    "1:ko",
    "1:kt:12",
    "1:kh:12",
    "1:hv:12:31",
    "1:iv",
    "1:ig:2",
    "1:b",
    "1:ba:newcomers",
    "1:ba:volunteers",
    "1:ba:both",
    "1:bg:all",
    "1:bg:2",
    "1:bl:all",
    "1:bl:ar",
    "1:bs",
    "1:bx",
    "1:bL",
    "1:br:5",
    "1:bc:5",
    "1:e",
    "1:eg:2",
    "1:ea:both",
    "1:ex",
    "1:eL",
    "1:ed:5",
    "1:eA:5",
    "1:u",
    "1:ev:5",
    "1:eY:5",
    "1:eN:5",
    "1:ei:5",
    "1:kq",
    "1:qa:4",
    "1:qr:4",
    "1:kf",
    "1:mo:7",
    "1:mv:7",
    "1:me:7",
    "1:mf:title",
    "1:mf:description",
    "1:ml:en",
    "1:ks",
];

#[test]
fn every_button_payload_already_in_chats_still_decodes_to_itself() {
    for payload in PAYLOADS {
        let action = Action::decode(payload)
            .unwrap_or_else(|_| panic!("{payload} no longer decodes: old buttons would expire"));
        assert_eq!(&action.encode(), payload);
    }
}

#[test]
fn buttons_of_each_kind_keep_their_meaning() {
    use velkommen_core::action::*;
    use velkommen_core::category::Category;
    use velkommen_core::ids::*;
    use velkommen_core::lang::Lang;
    let request = RequestId::try_from(12).unwrap();
    let volunteer = PersonId::try_from(31).unwrap();
    for (payload, meaning) in [
        (
            "1:l:ar",
            Action::from(AccountAction::SetLanguage(Lang::of("ar"))),
        ),
        (
            "1:c:learn",
            NewcomerAction::Category(Category::Learn).into(),
        ),
        ("1:ac:12", VolunteerAction::Accept(request).into()),
        (
            "1:hv:12:31",
            CoordinatorAction::HandTo(request, volunteer).into(),
        ),
        (
            "1:eY:5",
            NewcomerAction::Rsvp(EventId::try_from(5).unwrap(), true).into(),
        ),
        (
            "1:bc:5",
            CoordinatorAction::CancelBroadcast(BroadcastId::try_from(5).unwrap()).into(),
        ),
    ] {
        assert_eq!(Action::decode(payload), Ok(meaning), "{payload}");
    }
}

/// Conversations as this version stores them, one of each state.
const STATES: &[&str] = &[
    r#"{"s":"choosing_language","then":7}"#,
    r#"{"s":"reading_privacy","then":null}"#,
    r#"{"s":"menu"}"#,
    r#"{"s":"writing_note","offer":7}"#,
    r#"{"s":"writing_question"}"#,
    r#"{"s":"confirming_delete"}"#,
    r#"{"s":"signup","step":"helps","draft":{"name":"Lars","groups":[1],"spoken":["ar"],"helps":["meet"]},"editing":true}"#,
    r#"{"s":"relaying","request":3}"#,
    r#"{"s":"broadcasting","draft":{"audience":"volunteers","group":{"One":2},"lang":"All","texts":[["da","Hej"]],"asked":["da"],"event":5}}"#,
    r#"{"s":"creating_event","draft":{"group":2,"audience":"both","starts_at":"2026-11-30T12:00:00Z","place":"Ballerup Bibliotek","texts":[["en","Café","Coffee"]],"title":["ar","مقهى"],"asked":["da","en"]}}"#,
    r#"{"s":"answering_question","question":4}"#,
    r#"{"s":"following_up","question":4}"#,
    r#"{"s":"editing_offer","offer":7,"field":"title","lang":"ar"}"#,
];

#[test]
fn every_stored_conversation_resumes_after_a_deploy() {
    for json in STATES {
        let stored = StoredState {
            version: 1,
            state: (*json).into(),
        };
        let state = State::from_stored(&stored)
            .unwrap_or_else(|| panic!("{json} no longer loads: the conversation would be reset"));
        assert_eq!(&state.to_stored().state, json);
    }
}

#[test]
fn a_queued_message_from_this_version_still_loads() {
    let json = r#"{"lang":"ar","text":"مرحبا","buttons":[[{"label":"↩️","action":"1:w:12"}]],"attachment":{"kind":"photo","file_id":3,"file_name":"letter.jpg","mime":"image/jpeg"}}"#;
    let message: velkommen_core::Reply = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_string(&message).unwrap(), json);
}
