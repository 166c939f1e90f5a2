//! Button actions: what a button asks the engine to do, and its compact wire form.
//!
//! The wire form is `1:<code>[:<arg>]`. The leading `1` is the encoding's version, so a
//! future change can tell old buttons from new ones. Every encoded action fits Telegram's
//! 64-byte callback_data and Discord's 100-character custom_id. Decoding is strict and total:
//! anything that is not exactly what `encode` writes is rejected.

use crate::category::Category;
use crate::ids::QuestionId;
use crate::ids::{GroupId, OfferId, PersonId, RequestId};
use crate::lang::Lang;
use crate::roles::Spoken;
use crate::store::{Audience, OfferField};

/// The most bytes an encoded action may take (Telegram's callback_data limit).
pub const MAX_PAYLOAD_BYTES: usize = 64;

const VERSION: &str = "1";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivacyChoice {
    Agree,
    AgreeWithNews,
    Decline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Show the language picker.
    ChooseLanguage,
    SetLanguage(Lang),
    ShowPrivacy,
    Privacy(PrivacyChoice),
    Menu,
    Categories,
    Category(Category),
    Offer(OfferId),
    Interested(OfferId),
    /// Send the request for this offer without a note.
    SkipNote(OfferId),
    MyRequests,
    CancelRequest(RequestId),
    ConfirmCancelRequest(RequestId),
    Ask,
    Help,
    MyData,
    SetNews(bool),
    Delete,
    ConfirmDelete,

    // Volunteers
    /// Start signing up as a volunteer.
    Volunteer,
    ToggleGroup(GroupId),
    ToggleSpoken(Spoken),
    ToggleHelp(Category),
    SignupNext,
    SignupSend,
    MyTasks,
    Pause(bool),
    EditProfile,
    Accept(RequestId),
    NotMe(RequestId),
    /// Write to the other side of a request's conversation.
    OpenRelay(RequestId),
    EndRelay(RequestId),
    MarkDone(RequestId),
    Feedback(RequestId, bool),

    // Coordinators and admins
    CoordinatorMenu,
    PendingSignups,
    Approve(PersonId),
    Decline(PersonId),
    OpenRequests,
    TakeRequest(RequestId),
    HandOver(RequestId),
    HandTo(RequestId, PersonId),
    Invite,
    InviteFor(GroupId),

    // Broadcasts
    Broadcast,
    BroadcastAudience(Audience),
    /// One group's volunteers, or every group's when `None`.
    BroadcastGroup(Option<GroupId>),
    /// Only people using one language, or everyone when `None`.
    BroadcastLang(Option<Lang>),
    /// Leave the language being asked for empty: its readers get the fallback.
    SkipText,
    BroadcastSend,
    Broadcasts,
    BroadcastReport(i64),
    CancelBroadcast(i64),

    // Events
    NewEvent,
    EventGroup(GroupId),
    EventAudience(Audience),
    EventCreate,
    Events,
    EventDetail(i64),
    AnnounceEvent(i64),
    UpcomingEvents,
    ShowEvent(i64),
    Rsvp(i64, bool),
    Calendar(i64),

    // Questions
    Questions,
    AnswerQuestion(QuestionId),
    ReplyToAnswer(QuestionId),

    // Catalogue upkeep
    OurOffers,
    ManageOffer(OfferId),
    VerifyOffer(OfferId),
    EditOffer(OfferId),
    EditField(OfferField),
    EditLang(Lang),

    Summary,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a button payload this version of Velkommen made")]
pub struct InvalidPayload;

impl Action {
    pub fn encode(self) -> String {
        let (code, arg): (&str, Option<String>) = match self {
            Action::ChooseLanguage => ("L", None),
            Action::SetLanguage(lang) => ("l", Some(lang.code().into())),
            Action::ShowPrivacy => ("pv", None),
            Action::Privacy(choice) => (
                "p",
                Some(
                    match choice {
                        PrivacyChoice::Agree => "a",
                        PrivacyChoice::AgreeWithNews => "n",
                        PrivacyChoice::Decline => "d",
                    }
                    .into(),
                ),
            ),
            Action::Menu => ("m", None),
            Action::Categories => ("cs", None),
            Action::Category(c) => ("c", Some(c.code().into())),
            Action::Offer(id) => ("o", Some(id.to_string())),
            Action::Interested(id) => ("i", Some(id.to_string())),
            Action::SkipNote(id) => ("nn", Some(id.to_string())),
            Action::MyRequests => ("r", None),
            Action::CancelRequest(id) => ("rc", Some(id.to_string())),
            Action::ConfirmCancelRequest(id) => ("ry", Some(id.to_string())),
            Action::Ask => ("q", None),
            Action::Help => ("h", None),
            Action::MyData => ("d", None),
            Action::SetNews(on) => ("a", Some(if on { "1" } else { "0" }.into())),
            Action::Delete => ("x", None),
            Action::ConfirmDelete => ("xy", None),
            Action::Volunteer => ("v", None),
            Action::ToggleGroup(id) => ("tg", Some(id.to_string())),
            Action::ToggleSpoken(s) => ("ts", Some(s.code().into())),
            Action::ToggleHelp(c) => ("th", Some(c.code().into())),
            Action::SignupNext => ("sn", None),
            Action::SignupSend => ("ss", None),
            Action::MyTasks => ("t", None),
            Action::Pause(on) => ("ps", Some(if on { "1" } else { "0" }.into())),
            Action::EditProfile => ("ep", None),
            Action::Accept(id) => ("ac", Some(id.to_string())),
            Action::NotMe(id) => ("nm", Some(id.to_string())),
            Action::OpenRelay(id) => ("w", Some(id.to_string())),
            Action::EndRelay(id) => ("we", Some(id.to_string())),
            Action::MarkDone(id) => ("dn", Some(id.to_string())),
            Action::Feedback(id, good) => (if good { "fu" } else { "fd" }, Some(id.to_string())),
            Action::CoordinatorMenu => ("k", None),
            Action::PendingSignups => ("kp", None),
            Action::Approve(id) => ("va", Some(id.to_string())),
            Action::Decline(id) => ("vd", Some(id.to_string())),
            Action::OpenRequests => ("ko", None),
            Action::TakeRequest(id) => ("kt", Some(id.to_string())),
            Action::HandOver(id) => ("kh", Some(id.to_string())),
            Action::HandTo(request, volunteer) => ("hv", Some(format!("{request}:{volunteer}"))),
            Action::Invite => ("iv", None),
            Action::InviteFor(id) => ("ig", Some(id.to_string())),
            Action::Broadcast => ("b", None),
            Action::BroadcastAudience(a) => ("ba", Some(a.code().into())),
            Action::BroadcastGroup(None) => ("bg", Some("all".into())),
            Action::BroadcastGroup(Some(id)) => ("bg", Some(id.to_string())),
            Action::BroadcastLang(None) => ("bl", Some("all".into())),
            Action::BroadcastLang(Some(lang)) => ("bl", Some(lang.code().into())),
            Action::SkipText => ("bs", None),
            Action::BroadcastSend => ("bx", None),
            Action::Broadcasts => ("bL", None),
            Action::BroadcastReport(id) => ("br", Some(id.to_string())),
            Action::CancelBroadcast(id) => ("bc", Some(id.to_string())),
            Action::NewEvent => ("e", None),
            Action::EventGroup(id) => ("eg", Some(id.to_string())),
            Action::EventAudience(a) => ("ea", Some(a.code().into())),
            Action::EventCreate => ("ex", None),
            Action::Events => ("eL", None),
            Action::EventDetail(id) => ("ed", Some(id.to_string())),
            Action::AnnounceEvent(id) => ("eA", Some(id.to_string())),
            Action::UpcomingEvents => ("u", None),
            Action::ShowEvent(id) => ("ev", Some(id.to_string())),
            Action::Rsvp(id, going) => (if going { "eY" } else { "eN" }, Some(id.to_string())),
            Action::Calendar(id) => ("ei", Some(id.to_string())),
            Action::Questions => ("kq", None),
            Action::AnswerQuestion(id) => ("qa", Some(id.to_string())),
            Action::ReplyToAnswer(id) => ("qr", Some(id.to_string())),
            Action::OurOffers => ("kf", None),
            Action::ManageOffer(id) => ("mo", Some(id.to_string())),
            Action::VerifyOffer(id) => ("mv", Some(id.to_string())),
            Action::EditOffer(id) => ("me", Some(id.to_string())),
            Action::EditField(field) => ("mf", Some(field.code().into())),
            Action::EditLang(lang) => ("ml", Some(lang.code().into())),
            Action::Summary => ("ks", None),
        };
        match arg {
            Some(arg) => format!("{VERSION}:{code}:{arg}"),
            None => format!("{VERSION}:{code}"),
        }
    }

    pub fn decode(payload: &str) -> Result<Action, InvalidPayload> {
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(InvalidPayload);
        }
        let mut parts = payload.split(':');
        if parts.next() != Some(VERSION) {
            return Err(InvalidPayload);
        }
        let code = parts.next().ok_or(InvalidPayload)?;
        let arg = parts.next();
        let second = parts.next();
        if parts.next().is_some() {
            return Err(InvalidPayload);
        }
        if let ("hv", Some(request), Some(volunteer)) = (code, arg, second) {
            return Ok(Action::HandTo(id(request)?, id(volunteer)?));
        }
        if second.is_some() {
            return Err(InvalidPayload);
        }
        let action = match (code, arg) {
            ("L", None) => Action::ChooseLanguage,
            ("l", Some(a)) => Action::SetLanguage(Lang::try_from(a).map_err(|_| InvalidPayload)?),
            ("pv", None) => Action::ShowPrivacy,
            ("p", Some("a")) => Action::Privacy(PrivacyChoice::Agree),
            ("p", Some("n")) => Action::Privacy(PrivacyChoice::AgreeWithNews),
            ("p", Some("d")) => Action::Privacy(PrivacyChoice::Decline),
            ("m", None) => Action::Menu,
            ("cs", None) => Action::Categories,
            ("c", Some(a)) => Action::Category(Category::try_from(a).map_err(|_| InvalidPayload)?),
            ("o", Some(a)) => Action::Offer(id(a)?),
            ("i", Some(a)) => Action::Interested(id(a)?),
            ("nn", Some(a)) => Action::SkipNote(id(a)?),
            ("r", None) => Action::MyRequests,
            ("rc", Some(a)) => Action::CancelRequest(id(a)?),
            ("ry", Some(a)) => Action::ConfirmCancelRequest(id(a)?),
            ("q", None) => Action::Ask,
            ("h", None) => Action::Help,
            ("d", None) => Action::MyData,
            ("a", Some("1")) => Action::SetNews(true),
            ("a", Some("0")) => Action::SetNews(false),
            ("x", None) => Action::Delete,
            ("xy", None) => Action::ConfirmDelete,
            ("v", None) => Action::Volunteer,
            ("tg", Some(a)) => Action::ToggleGroup(id(a)?),
            ("ts", Some(a)) => {
                Action::ToggleSpoken(Spoken::try_from(a).map_err(|_| InvalidPayload)?)
            }
            ("th", Some(a)) => {
                Action::ToggleHelp(Category::try_from(a).map_err(|_| InvalidPayload)?)
            }
            ("sn", None) => Action::SignupNext,
            ("ss", None) => Action::SignupSend,
            ("t", None) => Action::MyTasks,
            ("ps", Some("1")) => Action::Pause(true),
            ("ps", Some("0")) => Action::Pause(false),
            ("ep", None) => Action::EditProfile,
            ("ac", Some(a)) => Action::Accept(id(a)?),
            ("nm", Some(a)) => Action::NotMe(id(a)?),
            ("w", Some(a)) => Action::OpenRelay(id(a)?),
            ("we", Some(a)) => Action::EndRelay(id(a)?),
            ("dn", Some(a)) => Action::MarkDone(id(a)?),
            ("fu", Some(a)) => Action::Feedback(id(a)?, true),
            ("fd", Some(a)) => Action::Feedback(id(a)?, false),
            ("k", None) => Action::CoordinatorMenu,
            ("kp", None) => Action::PendingSignups,
            ("va", Some(a)) => Action::Approve(id(a)?),
            ("vd", Some(a)) => Action::Decline(id(a)?),
            ("ko", None) => Action::OpenRequests,
            ("kt", Some(a)) => Action::TakeRequest(id(a)?),
            ("kh", Some(a)) => Action::HandOver(id(a)?),
            ("iv", None) => Action::Invite,
            ("ig", Some(a)) => Action::InviteFor(id(a)?),
            ("b", None) => Action::Broadcast,
            ("ba", Some(a)) => {
                Action::BroadcastAudience(Audience::parse(a).map_err(|_| InvalidPayload)?)
            }
            ("bg", Some("all")) => Action::BroadcastGroup(None),
            ("bg", Some(a)) => Action::BroadcastGroup(Some(id(a)?)),
            ("bl", Some("all")) => Action::BroadcastLang(None),
            ("bl", Some(a)) => {
                Action::BroadcastLang(Some(Lang::try_from(a).map_err(|_| InvalidPayload)?))
            }
            ("bs", None) => Action::SkipText,
            ("bx", None) => Action::BroadcastSend,
            ("bL", None) => Action::Broadcasts,
            ("br", Some(a)) => Action::BroadcastReport(number(a)?),
            ("bc", Some(a)) => Action::CancelBroadcast(number(a)?),
            ("e", None) => Action::NewEvent,
            ("eg", Some(a)) => Action::EventGroup(id(a)?),
            ("ea", Some(a)) => {
                Action::EventAudience(Audience::parse(a).map_err(|_| InvalidPayload)?)
            }
            ("ex", None) => Action::EventCreate,
            ("eL", None) => Action::Events,
            ("ed", Some(a)) => Action::EventDetail(number(a)?),
            ("eA", Some(a)) => Action::AnnounceEvent(number(a)?),
            ("u", None) => Action::UpcomingEvents,
            ("ev", Some(a)) => Action::ShowEvent(number(a)?),
            ("eY", Some(a)) => Action::Rsvp(number(a)?, true),
            ("eN", Some(a)) => Action::Rsvp(number(a)?, false),
            ("ei", Some(a)) => Action::Calendar(number(a)?),
            ("kq", None) => Action::Questions,
            ("qa", Some(a)) => Action::AnswerQuestion(id(a)?),
            ("qr", Some(a)) => Action::ReplyToAnswer(id(a)?),
            ("kf", None) => Action::OurOffers,
            ("mo", Some(a)) => Action::ManageOffer(id(a)?),
            ("mv", Some(a)) => Action::VerifyOffer(id(a)?),
            ("me", Some(a)) => Action::EditOffer(id(a)?),
            ("mf", Some(a)) => Action::EditField(OfferField::parse(a).map_err(|_| InvalidPayload)?),
            ("ml", Some(a)) => Action::EditLang(Lang::try_from(a).map_err(|_| InvalidPayload)?),
            ("ks", None) => Action::Summary,
            _ => return Err(InvalidPayload),
        };
        Ok(action)
    }
}

/// A positive number exactly as `encode` writes it, for rows without a typed id.
fn number(raw: &str) -> Result<i64, InvalidPayload> {
    id::<crate::ids::PersonId>(raw).map(crate::ids::PersonId::get)
}

/// A positive decimal id exactly as `encode` writes it: no sign, no leading zero.
fn id<T: TryFrom<i64>>(raw: &str) -> Result<T, InvalidPayload> {
    let canonical = !raw.is_empty()
        && raw.len() <= 19
        && raw.bytes().all(|b| b.is_ascii_digit())
        && !raw.starts_with('0');
    if !canonical {
        return Err(InvalidPayload);
    }
    let n: i64 = raw.parse().map_err(|_| InvalidPayload)?;
    T::try_from(n).map_err(|_| InvalidPayload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_action() -> impl Strategy<Value = Action> {
        let id = 1..=i64::MAX;
        let lang = prop::sample::select(Lang::ALL.to_vec());
        let category = prop::sample::select(Category::ALL.to_vec());
        let choice = prop::sample::select(vec![
            PrivacyChoice::Agree,
            PrivacyChoice::AgreeWithNews,
            PrivacyChoice::Decline,
        ]);
        prop_oneof![
            Just(Action::ChooseLanguage),
            lang.prop_map(Action::SetLanguage),
            Just(Action::ShowPrivacy),
            choice.prop_map(Action::Privacy),
            Just(Action::Menu),
            Just(Action::Categories),
            category.prop_map(Action::Category),
            id.clone()
                .prop_map(|n| Action::Offer(OfferId::try_from(n).unwrap())),
            id.clone()
                .prop_map(|n| Action::Interested(OfferId::try_from(n).unwrap())),
            id.clone()
                .prop_map(|n| Action::SkipNote(OfferId::try_from(n).unwrap())),
            Just(Action::MyRequests),
            id.clone()
                .prop_map(|n| Action::CancelRequest(RequestId::try_from(n).unwrap())),
            id.prop_map(|n| Action::ConfirmCancelRequest(RequestId::try_from(n).unwrap())),
            Just(Action::Ask),
            Just(Action::Help),
            Just(Action::MyData),
            any::<bool>().prop_map(Action::SetNews),
            Just(Action::Delete),
            Just(Action::ConfirmDelete),
            Just(Action::Volunteer),
            (1..=i64::MAX).prop_map(|n| Action::ToggleGroup(GroupId::try_from(n).unwrap())),
            prop::sample::select(Spoken::ALL.to_vec()).prop_map(Action::ToggleSpoken),
            prop::sample::select(Category::ALL.to_vec()).prop_map(Action::ToggleHelp),
            Just(Action::SignupNext),
            Just(Action::SignupSend),
            Just(Action::MyTasks),
            any::<bool>().prop_map(Action::Pause),
            Just(Action::EditProfile),
            (1..=i64::MAX).prop_map(|n| Action::Accept(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::NotMe(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::OpenRelay(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::EndRelay(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::MarkDone(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX, any::<bool>())
                .prop_map(|(n, g)| Action::Feedback(RequestId::try_from(n).unwrap(), g)),
            Just(Action::CoordinatorMenu),
            Just(Action::PendingSignups),
            (1..=i64::MAX).prop_map(|n| Action::Approve(PersonId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::Decline(PersonId::try_from(n).unwrap())),
            Just(Action::OpenRequests),
            (1..=i64::MAX).prop_map(|n| Action::TakeRequest(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::HandOver(RequestId::try_from(n).unwrap())),
            (1..=i64::MAX, 1..=i64::MAX).prop_map(|(r, p)| Action::HandTo(
                RequestId::try_from(r).unwrap(),
                PersonId::try_from(p).unwrap()
            )),
            Just(Action::Invite),
            (1..=i64::MAX).prop_map(|n| Action::InviteFor(GroupId::try_from(n).unwrap())),
            Just(Action::Broadcast),
            prop::sample::select(vec![
                Audience::Newcomers,
                Audience::Volunteers,
                Audience::Both
            ])
            .prop_map(Action::BroadcastAudience),
            prop::option::of((1..=i64::MAX).prop_map(|n| GroupId::try_from(n).unwrap()))
                .prop_map(Action::BroadcastGroup),
            prop::option::of(prop::sample::select(Lang::ALL.to_vec()))
                .prop_map(Action::BroadcastLang),
            Just(Action::SkipText),
            Just(Action::BroadcastSend),
            Just(Action::Broadcasts),
            (1..=i64::MAX).prop_map(Action::BroadcastReport),
            (1..=i64::MAX).prop_map(Action::CancelBroadcast),
            Just(Action::NewEvent),
            (1..=i64::MAX).prop_map(|n| Action::EventGroup(GroupId::try_from(n).unwrap())),
            prop::sample::select(vec![
                Audience::Newcomers,
                Audience::Volunteers,
                Audience::Both
            ])
            .prop_map(Action::EventAudience),
            Just(Action::EventCreate),
            Just(Action::Events),
            (1..=i64::MAX).prop_map(Action::EventDetail),
            (1..=i64::MAX).prop_map(Action::AnnounceEvent),
            Just(Action::UpcomingEvents),
            (1..=i64::MAX).prop_map(Action::ShowEvent),
            (1..=i64::MAX, any::<bool>()).prop_map(|(n, g)| Action::Rsvp(n, g)),
            (1..=i64::MAX).prop_map(Action::Calendar),
            Just(Action::Questions),
            (1..=i64::MAX).prop_map(|n| Action::AnswerQuestion(QuestionId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::ReplyToAnswer(QuestionId::try_from(n).unwrap())),
            Just(Action::OurOffers),
            (1..=i64::MAX).prop_map(|n| Action::ManageOffer(OfferId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::VerifyOffer(OfferId::try_from(n).unwrap())),
            (1..=i64::MAX).prop_map(|n| Action::EditOffer(OfferId::try_from(n).unwrap())),
            prop::sample::select(OfferField::ALL.to_vec()).prop_map(Action::EditField),
            prop::sample::select(Lang::ALL.to_vec()).prop_map(Action::EditLang),
            Just(Action::Summary),
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
}
