//! The wire form round-trips, fits the platforms' limits, and rejects anything else.

use super::*;
use crate::domain::category::Category;
use crate::domain::ids::*;
use crate::domain::lang::Lang;
use crate::domain::roles::Spoken;
use crate::domain::{Audience, OfferField};
use proptest::prelude::*;

fn any_action() -> impl Strategy<Value = Action> {
    let id = 1..=i64::MAX;
    let lang = prop::sample::select(Lang::all().to_vec());
    let category = prop::sample::select(Category::ALL.to_vec());
    let choice = prop::sample::select(vec![
        PrivacyChoice::Agree,
        PrivacyChoice::AgreeWithNews,
        PrivacyChoice::Decline,
    ]);
    prop_oneof![
        Just(Action::from(AccountAction::ChooseLanguage)),
        lang.prop_map(|v| Action::from(AccountAction::SetLanguage(v))),
        Just(Action::from(AccountAction::ShowPrivacy)),
        Just(Action::from(AccountAction::PrivacyMore)),
        choice.prop_map(|v| Action::from(AccountAction::Privacy(v))),
        Just(Action::from(AccountAction::Menu)),
        Just(Action::from(NewcomerAction::Categories)),
        category.prop_map(|v| Action::from(NewcomerAction::Category(v))),
        id.clone()
            .prop_map(|n| Action::from(NewcomerAction::Offer(OfferId::try_from(n).unwrap()))),
        id.clone()
            .prop_map(|n| Action::from(NewcomerAction::Interested(OfferId::try_from(n).unwrap()))),
        id.clone()
            .prop_map(|n| Action::from(NewcomerAction::SkipNote(OfferId::try_from(n).unwrap()))),
        Just(Action::from(NewcomerAction::MyRequests)),
        id.clone()
            .prop_map(|n| Action::from(NewcomerAction::CancelRequest(
                RequestId::try_from(n).unwrap()
            ))),
        id.prop_map(|n| Action::from(NewcomerAction::ConfirmCancelRequest(
            RequestId::try_from(n).unwrap()
        ))),
        Just(Action::from(NewcomerAction::Ask)),
        Just(Action::from(NewcomerAction::SendAsQuestion)),
        (1..=i64::MAX).prop_map(|n| Action::from(VolunteerAction::ConfirmDone(
            RequestId::try_from(n).unwrap()
        ))),
        Just(Action::from(AccountAction::Help)),
        Just(Action::from(AccountAction::MyData)),
        any::<bool>().prop_map(|v| Action::from(AccountAction::SetNews(v))),
        Just(Action::from(AccountAction::Delete)),
        Just(Action::from(AccountAction::ConfirmDelete)),
        Just(Action::from(VolunteerAction::SignUp)),
        (1..=i64::MAX).prop_map(|n| Action::from(VolunteerAction::ToggleGroup(
            GroupId::try_from(n).unwrap()
        ))),
        prop::sample::select(Spoken::all().to_vec())
            .prop_map(|v| Action::from(VolunteerAction::ToggleSpoken(v))),
        prop::sample::select(Category::ALL.to_vec())
            .prop_map(|v| Action::from(VolunteerAction::ToggleHelp(v))),
        Just(Action::from(VolunteerAction::SignupNext)),
        Just(Action::from(VolunteerAction::SignupBack)),
        Just(Action::from(VolunteerAction::SignupSend)),
        Just(Action::from(VolunteerAction::MyTasks)),
        any::<bool>().prop_map(|v| Action::from(VolunteerAction::Pause(v))),
        Just(Action::from(VolunteerAction::EditProfile)),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(VolunteerAction::Accept(RequestId::try_from(n).unwrap()))),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(VolunteerAction::NotMe(RequestId::try_from(n).unwrap()))),
        (1..=i64::MAX).prop_map(|n| Action::from(VolunteerAction::OpenRelay(
            RequestId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(VolunteerAction::EndRelay(RequestId::try_from(n).unwrap()))),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(VolunteerAction::MarkDone(RequestId::try_from(n).unwrap()))),
        (1..=i64::MAX, any::<bool>()).prop_map(|(n, g)| Action::from(NewcomerAction::Feedback(
            RequestId::try_from(n).unwrap(),
            g
        ))),
        Just(Action::from(CoordinatorAction::Menu)),
        Just(Action::from(CoordinatorAction::PendingSignups)),
        any::<u32>().prop_map(|n| Action::from(CoordinatorAction::PendingPage(n))),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(CoordinatorAction::Approve(PersonId::try_from(n).unwrap()))),
        (1..=i64::MAX)
            .prop_map(|n| Action::from(CoordinatorAction::Decline(PersonId::try_from(n).unwrap()))),
        Just(Action::from(CoordinatorAction::OpenRequests)),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::TakeRequest(
            RequestId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::HandOver(
            RequestId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX, 1..=i64::MAX).prop_map(|(r, p)| Action::from(CoordinatorAction::HandTo(
            RequestId::try_from(r).unwrap(),
            PersonId::try_from(p).unwrap()
        ))),
        Just(Action::from(CoordinatorAction::Invite)),
        Just(Action::from(CoordinatorAction::Audit)),
        Just(Action::from(CoordinatorAction::Coordinators)),
        (1..=i64::MAX, 1..=i64::MAX).prop_map(|(p, g)| Action::from(
            CoordinatorAction::RemoveCoordinator(
                PersonId::try_from(p).unwrap(),
                GroupId::try_from(g).unwrap()
            )
        )),
        (1..=i64::MAX)
            .prop_map(|g| Action::from(CoordinatorAction::StepDown(GroupId::try_from(g).unwrap()))),
        Just(Action::from(AccountAction::Urgent)),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::TakeAlert(
            AlertId::try_from(n).unwrap()
        ))),
        (
            1..=i64::MAX,
            prop::sample::select(crate::domain::AlertOutcome::ALL.to_vec())
        )
            .prop_map(|(n, o)| Action::from(CoordinatorAction::CloseAlert(
                AlertId::try_from(n).unwrap(),
                o
            ))),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::RevokeInvite(
            InviteId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::InviteFor(
            GroupId::try_from(n).unwrap()
        ))),
        Just(Action::from(CoordinatorAction::Broadcast)),
        prop::sample::select(vec![
            Audience::Newcomers,
            Audience::Volunteers,
            Audience::Both
        ])
        .prop_map(|v| Action::from(CoordinatorAction::BroadcastAudience(v))),
        prop::option::of((1..=i64::MAX).prop_map(|n| GroupId::try_from(n).unwrap()))
            .prop_map(|v| Action::from(CoordinatorAction::BroadcastGroup(v))),
        prop::option::of(prop::sample::select(Lang::all().to_vec()))
            .prop_map(|v| Action::from(CoordinatorAction::BroadcastLang(v))),
        Just(Action::from(CoordinatorAction::SkipText)),
        Just(Action::from(CoordinatorAction::BroadcastSend)),
        Just(Action::from(CoordinatorAction::Broadcasts)),
        (1..=i64::MAX).prop_map(|v| Action::from(CoordinatorAction::BroadcastReport(
            BroadcastId::try_from(v).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|v| Action::from(CoordinatorAction::CancelBroadcast(
            BroadcastId::try_from(v).unwrap()
        ))),
        Just(Action::from(CoordinatorAction::NewEvent)),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::EventGroup(
            GroupId::try_from(n).unwrap()
        ))),
        prop::sample::select(vec![
            Audience::Newcomers,
            Audience::Volunteers,
            Audience::Both
        ])
        .prop_map(|v| Action::from(CoordinatorAction::EventAudience(v))),
        Just(Action::from(CoordinatorAction::EventCreate)),
        Just(Action::from(CoordinatorAction::Events)),
        (1..=i64::MAX).prop_map(|v| Action::from(CoordinatorAction::EventDetail(
            EventId::try_from(v).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|v| Action::from(CoordinatorAction::AnnounceEvent(
            EventId::try_from(v).unwrap()
        ))),
        Just(Action::from(NewcomerAction::UpcomingEvents)),
        (1..=i64::MAX)
            .prop_map(|v| Action::from(NewcomerAction::ShowEvent(EventId::try_from(v).unwrap()))),
        (1..=i64::MAX, any::<bool>()).prop_map(|(n, g)| Action::from(NewcomerAction::Rsvp(
            EventId::try_from(n).unwrap(),
            g
        ))),
        (1..=i64::MAX)
            .prop_map(|v| Action::from(NewcomerAction::Calendar(EventId::try_from(v).unwrap()))),
        Just(Action::from(CoordinatorAction::Questions)),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::AnswerQuestion(
            QuestionId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|n| Action::from(NewcomerAction::ReplyToAnswer(
            QuestionId::try_from(n).unwrap()
        ))),
        Just(Action::from(CoordinatorAction::OurOffers)),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::ManageOffer(
            OfferId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::VerifyOffer(
            OfferId::try_from(n).unwrap()
        ))),
        (1..=i64::MAX).prop_map(|n| Action::from(CoordinatorAction::EditOffer(
            OfferId::try_from(n).unwrap()
        ))),
        prop::sample::select(OfferField::ALL.to_vec())
            .prop_map(|v| Action::from(CoordinatorAction::EditField(v))),
        prop::sample::select(Lang::all().to_vec())
            .prop_map(|v| Action::from(CoordinatorAction::EditLang(v))),
        Just(Action::from(CoordinatorAction::Summary)),
    ]
}

proptest! {
    #[test]
    fn every_action_survives_a_round_trip_within_64_bytes(action in any_action()) {
        let payload = action.encode();
        prop_assert!(payload.len() <= MAX_PAYLOAD_BYTES);
        prop_assert_eq!(Action::decode(&payload), Ok(action));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(raw in ".{0,80}") {
        if let Ok(action) = Action::decode(&raw) {
            // Whatever decodes must be exactly what encode writes.
            prop_assert_eq!(action.encode(), raw);
        }
    }
}

#[test]
fn forged_and_stale_payloads_are_rejected() {
    for bad in [
        "",
        "1",
        "2:m",
        "1:m:",
        "1:o",
        "1:o:0",
        "1:o:-3",
        "1:o:007",
        "1:o:+7",
        "1:o:7:8",
        "1:l:fr",
        "1:l:AR",
        "1:a:2",
        "1:zz",
        "1:o:99999999999999999999",
        " 1:m",
        "1:m ",
    ] {
        assert_eq!(Action::decode(bad), Err(InvalidPayload), "{bad:?}");
    }
}
