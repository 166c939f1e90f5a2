//! The conversation engine: one inbound event in, the replies to the person who acted out.

mod coordinators;
mod screens;
mod state;
mod text;
mod volunteers;

pub use coordinators::report_lines;
pub use state::{STATE_VERSION, SignupStep, State};
pub use text::{TextError, clean};
pub use volunteers::{MAX_FILE_BYTES, MAX_NAME_CHARS, MAX_RELAY_CHARS};

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::action::{Action, PrivacyChoice};
use crate::catalog::OfferKind;
use crate::clock::{Clock, SystemClock};
use crate::i18n::Locales;
use crate::ids::OfferId;
use crate::lang::Lang;
use crate::platform::Address;
use crate::roles::Staff;
use crate::routing::Routing;
use crate::store::{Consent, Person, RequestDetail, RequestStatus, Store};
use screens::Ui;

pub use crate::message::{Attachment, AttachmentKind, Button, NativeFile, Outbound, Reply};

/// An event from any front door, in neutral form.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub from: Address,
    /// The platform's display name. Never stored: a name is only kept where a person
    /// chooses to give one.
    pub display_name: String,
    /// The platform's language hint, such as Telegram's `from.language_code`.
    pub lang_hint: Option<String>,
    pub input: Input,
}

#[derive(Debug, Clone)]
pub enum Input {
    /// A command such as `/start offer-3`: the name without its slash, and what follows it.
    Command {
        name: String,
        arg: String,
    },
    Text(String),
    /// A button's payload exactly as the client sent it back: untrusted.
    Button(String),
    /// A photo, voice note or document, with its caption (possibly empty).
    File {
        file: IncomingFile,
        caption: String,
    },
}

/// A file as a front door received it.
#[derive(Debug, Clone)]
pub struct IncomingFile {
    pub kind: AttachmentKind,
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
    /// Where the file is on its platform, so the same platform can pass it on without a copy.
    pub native: Option<NativeFile>,
}

/// What the operator decides, shown in the privacy notice and applied to limits.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Who is responsible for the data, such as "Ballerup Kommune".
    pub operator: String,
    /// Days without contact after which a person's data is erased.
    pub retention_days: u32,
    /// Coordinators and admins named in configuration.
    pub staff: Vec<Staff>,
    /// Who hears of requests, and when.
    pub routing: Routing,
    /// Questions unanswered for longer than this are flagged to coordinators.
    pub question_flag_after: chrono::Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            operator: "Ballerup Kommune".into(),
            retention_days: 365,
            staff: vec![],
            routing: Routing::default(),
            question_flag_after: chrono::Duration::hours(48),
        }
    }
}

impl Settings {
    /// Flags unanswered questions after this many hours, when given.
    pub fn with_question_flag_hours(mut self, hours: Option<u32>) -> Self {
        if let Some(hours) = hours {
            self.question_flag_after = chrono::Duration::hours(hours.into());
        }
        self
    }
}

/// Longest note on a request, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// Longest free question, in characters.
pub const MAX_QUESTION_CHARS: usize = 2000;

#[derive(Clone)]
pub struct Engine {
    store: Store,
    locales: Arc<Locales>,
    settings: Arc<Settings>,
    clock: Arc<dyn Clock>,
}

/// What one step of a conversation produced: the replies and the state to store.
struct Step {
    replies: Vec<Reply>,
    state: State,
}

impl Step {
    /// Puts a line above the step's first message, so the person gets one message, not two.
    fn prepend(mut self, line: Reply) -> Step {
        match self.replies.first_mut() {
            Some(first) => first.text = format!("{}\n\n{}", line.text, first.text),
            None => self.replies.push(line),
        }
        self
    }
}

impl Engine {
    pub fn new(store: Store, locales: Arc<Locales>, settings: Settings) -> Self {
        Self {
            store,
            locales,
            settings: Arc::new(settings),
            clock: Arc::new(SystemClock),
        }
    }

    /// The same engine reading the time from `clock`, as tests of delays and quiet hours do.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Erases everyone not seen within the retention period, by the engine's clock.
    pub async fn purge_expired(&self) -> anyhow::Result<u64> {
        let now = self.now();
        let cutoff = now - chrono::Duration::days(i64::from(self.settings.retention_days));
        self.store.purge_inactive(cutoff, now).await
    }

    /// The time by the engine's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// Handles one inbound event and answers the person who sent it. Never fails: an
    /// unexpected error is logged with its chain and answered with a kind "something went
    /// wrong, nothing was lost".
    pub async fn handle(&self, inbound: Inbound) -> Vec<Outbound> {
        let replies = match self.try_handle(&inbound).await {
            Ok(replies) => replies,
            Err(error) => {
                tracing::error!(
                    platform = %inbound.from.platform,
                    error = format!("{error:#}"),
                    "could not handle an inbound event"
                );
                let lang = match self.store.person_at(&inbound.from).await {
                    Ok(Some(person)) => person.lang,
                    _ => hint(&inbound),
                };
                vec![self.ui(lang).plain("something-went-wrong")]
            }
        };
        replies
            .into_iter()
            .map(|message| Outbound {
                to: inbound.from.clone(),
                message,
            })
            .collect()
    }

    fn ui(&self, lang: Lang) -> Ui<'_> {
        Ui::new(&self.locales, lang)
    }

    async fn try_handle(&self, inbound: &Inbound) -> anyhow::Result<Vec<Reply>> {
        let now = self.now();
        let Some(person) = self.store.person_at(&inbound.from).await? else {
            return self.first_contact(inbound).await;
        };
        self.store.touch(person.id, &inbound.from, now).await?;
        let stored = self.store.load_state(person.id).await?;
        let (state, reset) = match stored.as_ref().and_then(State::from_stored) {
            Some(state) => (state, false),
            None => (State::Menu, true),
        };
        let mut step = self.step(inbound, person.clone(), state.clone()).await?;
        if reset {
            step = step.prepend(self.ui(person.lang).plain("state-reset"));
        }
        if step.state != state || stored.is_none_or(|s| s.version != STATE_VERSION) {
            self.store
                .save_state(person.id, &step.state.to_stored(), now)
                .await?;
        }
        Ok(step.replies)
    }

    /// Someone the store does not know yet: ask for their language, preselected from the hint.
    async fn first_contact(&self, inbound: &Inbound) -> anyhow::Result<Vec<Reply>> {
        // The id lets an operator name a coordinator in configuration; never the message.
        tracing::info!(platform = %inbound.from.platform, user_id = %inbound.from.user_id, "first contact");
        let lang = hint(inbound);
        let then = match &inbound.input {
            Input::Command { name, arg } if command(name) == "start" => deep_link(arg),
            _ => None,
        };
        let state = State::ChoosingLanguage { then };
        self.store
            .create_person(&inbound.from, lang, &state.to_stored(), self.now())
            .await?;
        let ui = self.ui(lang);
        let mut picker = ui.language_picker();
        if matches!(inbound.input, Input::Button(_)) {
            picker.text = format!("{}\n\n{}", ui.t("button-expired"), picker.text);
        }
        let invite = match &inbound.input {
            Input::Command { name, arg }
                if command(name) == "start" && arg.trim().starts_with("inv-") =>
            {
                Some(arg.clone())
            }
            _ => None,
        };
        if let Some(code) = invite {
            let person = self.store.person_at(&inbound.from).await?;
            if let Some(person) = person {
                let said = self.redeem_invite(&person, &code).await?;
                picker.text = format!("{}\n\n{}", said.text, picker.text);
            }
        }
        Ok(vec![picker])
    }

    async fn step(&self, inbound: &Inbound, person: Person, state: State) -> anyhow::Result<Step> {
        match &inbound.input {
            Input::Command { name, arg } => {
                self.on_command(&person, state, &command(name), arg).await
            }
            Input::Button(payload) => match Action::decode(payload) {
                Ok(action) => self.on_action(&person, state, action).await,
                Err(_) => self.expired(&person, state).await,
            },
            Input::Text(text) => self.on_text(&person, state, text).await,
            Input::File { file, caption } => self.on_file(&person, state, file, caption).await,
        }
    }

    /// A file goes to the other side of a conversation; anywhere else it has nowhere to go:
    /// say so, keep nothing.
    async fn on_file(
        &self,
        person: &Person,
        state: State,
        file: &IncomingFile,
        caption: &str,
    ) -> anyhow::Result<Step> {
        if let State::Relaying { request } = state {
            return self.relay(person, request, caption, Some(file)).await;
        }
        Ok(self
            .current_screen(person, state)
            .await?
            .prepend(self.ui(person.lang).plain("file-not-expected")))
    }

    async fn on_command(
        &self,
        person: &Person,
        state: State,
        name: &str,
        arg: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        match name {
            "start" | "invite" if arg.trim().starts_with("inv-") || name == "invite" => {
                self.use_invite(person, arg).await
            }
            "start" => match deep_link(arg) {
                Some(offer) if person.consent != Consent::Pending => {
                    self.on_action(person, State::Menu, Action::Offer(offer))
                        .await
                }
                then => Ok(Step {
                    replies: vec![ui.language_picker()],
                    state: State::ChoosingLanguage { then },
                }),
            },
            "menu" => self.on_action(person, State::Menu, Action::Menu).await,
            "language" => self.on_action(person, state, Action::ChooseLanguage).await,
            "help" => self.on_action(person, state, Action::Help).await,
            "mydata" => self.on_action(person, state, Action::MyData).await,
            "delete" => self.on_action(person, state, Action::Delete).await,
            _ => {
                let shown: String = name.chars().take(32).collect();
                Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain_with(
                        "unknown-command",
                        &[("command", (&format!("/{shown}")).into())],
                    )))
            }
        }
    }

    async fn on_text(&self, person: &Person, state: State, raw: &str) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        match state {
            State::WritingNote { offer } => match text::words(raw, MAX_NOTE_CHARS) {
                Ok(note) => self.send_request(person, offer, Some(&note)).await,
                Err(error) => Ok(self.keep_writing(person, state, error).await?),
            },
            State::WritingQuestion => match text::words(raw, MAX_QUESTION_CHARS) {
                Ok(question) => {
                    self.store
                        .create_question(person.id, person.lang, &question, self.now())
                        .await?;
                    self.menu_after(person, ui.plain("question-sent")).await
                }
                Err(error) => Ok(self.keep_writing(person, state, error).await?),
            },
            State::Signup {
                step: SignupStep::Name,
                draft,
                editing,
            } => self.on_signup_name(person, raw, draft, editing).await,
            State::Relaying { request } => self.relay(person, request, raw, None).await,
            State::FollowingUp { question } => self.follow_up(person, question, raw).await,
            coordinating @ (State::Broadcasting { .. }
            | State::CreatingEvent { .. }
            | State::AnsweringQuestion { .. }
            | State::EditingOffer { .. }) => {
                self.on_coordinator_text(person, coordinating, raw).await
            }
            other => Ok(self
                .current_screen(person, other)
                .await?
                .prepend(ui.plain("not-understood"))),
        }
    }

    /// Free text that was not taken: say why and ask again, keeping what was collected.
    async fn keep_writing(
        &self,
        person: &Person,
        state: State,
        error: TextError,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let why = match error {
            TextError::NoWords if matches!(state, State::WritingNote { .. }) => {
                ui.plain("note-empty")
            }
            TextError::NoWords => ui.plain("not-understood"),
            TextError::TooLong { max } => ui.plain_with("message-too-long", &[("max", max.into())]),
        };
        Ok(self.current_screen(person, state).await?.prepend(why))
    }

    /// A line, then the main menu: where most finished steps end.
    async fn menu_after(&self, person: &Person, line: Reply) -> anyhow::Result<Step> {
        Ok(Step {
            replies: vec![self.main_menu(person).await?],
            state: State::Menu,
        }
        .prepend(line))
    }

    /// A stale or forged button: say so, and show where the person stands.
    async fn expired(&self, person: &Person, state: State) -> anyhow::Result<Step> {
        Ok(self
            .current_screen(person, state)
            .await?
            .prepend(self.ui(person.lang).plain("button-expired")))
    }

    /// The screen of the state a person is in, shown again.
    async fn current_screen(&self, person: &Person, state: State) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let reply = match &state {
            State::ChoosingLanguage { .. } => ui.language_picker(),
            State::ReadingPrivacy { .. } => self.privacy(person).await?,
            State::Menu => self.main_menu(person).await?,
            State::WritingNote { offer } => match self.store.offer(*offer, person.lang).await? {
                Some(offer) => ui.note_prompt(&offer),
                None => {
                    return Ok(Step {
                        replies: vec![self.main_menu(person).await?],
                        state: State::Menu,
                    });
                }
            },
            State::WritingQuestion => ui.question_prompt(),
            State::ConfirmingDelete => ui.delete_confirm(),
            State::Signup { step, draft, .. } => self.signup_screen(person, *step, draft).await?,
            State::Broadcasting { .. }
            | State::CreatingEvent { .. }
            | State::AnsweringQuestion { .. }
            | State::FollowingUp { .. }
            | State::EditingOffer { .. } => match self.coordinator_screen(person, &state).await? {
                Some(reply) => reply,
                None => self.main_menu(person).await?,
            },
            State::Relaying { request } => match self.relay_screen(person, *request).await? {
                Some(reply) => reply,
                None => {
                    return Ok(Step {
                        replies: vec![self.main_menu(person).await?],
                        state: State::Menu,
                    });
                }
            },
        };
        Ok(Step {
            replies: vec![reply],
            state,
        })
    }

    async fn on_action(
        &self,
        person: &Person,
        state: State,
        action: Action,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let now = self.now();
        let stay = |reply: Reply, state: State| {
            Ok(Step {
                replies: vec![reply],
                state,
            })
        };
        match action {
            Action::ChooseLanguage => stay(ui.language_picker(), state),
            Action::SetLanguage(lang) => {
                self.store.set_lang(person.id, lang).await?;
                let person = Person {
                    lang,
                    ..person.clone()
                };
                let ui = self.ui(lang);
                match state {
                    State::ChoosingLanguage { then } | State::ReadingPrivacy { then }
                        if person.consent == Consent::Pending =>
                    {
                        stay(self.privacy(&person).await?, State::ReadingPrivacy { then })
                    }
                    State::ChoosingLanguage { .. } | State::ReadingPrivacy { .. } => Ok(self
                        .current_screen(&person, State::Menu)
                        .await?
                        .prepend(ui.plain("language-changed"))),
                    other => Ok(self
                        .current_screen(&person, other)
                        .await?
                        .prepend(ui.plain("language-changed"))),
                }
            }
            Action::ShowPrivacy => {
                let then = match state {
                    State::ChoosingLanguage { then } | State::ReadingPrivacy { then } => then,
                    _ => None,
                };
                stay(self.privacy(person).await?, State::ReadingPrivacy { then })
            }
            Action::Privacy(choice) => {
                // Only an answer to the notice on screen counts: an old "No" must not erase data.
                let State::ReadingPrivacy { then } = state else {
                    return self.expired(person, state).await;
                };
                let (consent, news, said) = match choice {
                    PrivacyChoice::Agree => (Consent::Agreed, false, "privacy-agreed"),
                    PrivacyChoice::AgreeWithNews => (Consent::Agreed, true, "privacy-agreed"),
                    PrivacyChoice::Decline => (Consent::Declined, false, "privacy-declined"),
                };
                let first_answer = person.consent == Consent::Pending;
                self.store
                    .set_consent(person.id, consent, news, now)
                    .await?;
                let person = Person {
                    consent,
                    news,
                    ..person.clone()
                };
                Ok(match then {
                    Some(offer) => Step {
                        replies: vec![self.offer_screen(&person, offer).await?],
                        state: State::Menu,
                    },
                    // The role is asked once, the first time someone agrees.
                    None if first_answer => Step {
                        replies: vec![self.role_choice(&person).await?],
                        state: State::Menu,
                    },
                    None => Step {
                        replies: vec![self.main_menu(&person).await?],
                        state: State::Menu,
                    },
                }
                .prepend(ui.plain(said)))
            }
            Action::Menu => {
                let step = Step {
                    replies: vec![self.main_menu(person).await?],
                    state: State::Menu,
                };
                Ok(if state == State::ConfirmingDelete {
                    step.prepend(ui.plain("delete-kept"))
                } else {
                    step
                })
            }
            Action::Categories => stay(ui.categories(), State::Menu),
            Action::Category(category) => {
                let offers = self.store.offers_in(category, person.lang).await?;
                stay(ui.offer_list(category, &offers), State::Menu)
            }
            Action::Offer(id) => stay(self.offer_screen(person, id).await?, State::Menu),
            Action::Interested(id) => {
                if person.consent != Consent::Agreed {
                    return stay(ui.privacy_needed(), state);
                }
                let Some(offer) = self.store.offer(id, person.lang).await? else {
                    return self.expired(person, state).await;
                };
                if offer.kind != OfferKind::Volunteer {
                    return self.expired(person, state).await;
                }
                let active = self
                    .store
                    .requests_of(person.id, person.lang)
                    .await?
                    .into_iter()
                    .any(|r| r.offer == id && r.status.is_active());
                if active {
                    return stay(ui.request_exists(&offer.title), State::Menu);
                }
                stay(ui.note_prompt(&offer), State::WritingNote { offer: id })
            }
            Action::SkipNote(id) => match state {
                State::WritingNote { offer } if offer == id => {
                    self.send_request(person, id, None).await
                }
                other => self.expired(person, other).await,
            },
            Action::MyRequests => {
                let requests = self.store.requests_of(person.id, person.lang).await?;
                stay(ui.my_requests(&requests), State::Menu)
            }
            Action::CancelRequest(id) => {
                match self.store.request_of(person.id, id, person.lang).await? {
                    Some(request) if request.status.is_active() => {
                        stay(ui.cancel_confirm(&request), State::Menu)
                    }
                    _ => self.expired(person, state).await,
                }
            }
            Action::ConfirmCancelRequest(id) => {
                let request = self.store.request_of(person.id, id, person.lang).await?;
                match request {
                    Some(request) if self.cancel(person, id).await? => {
                        let requests = self.store.requests_of(person.id, person.lang).await?;
                        Ok(Step {
                            replies: vec![ui.my_requests(&requests)],
                            state: State::Menu,
                        }
                        .prepend(ui.plain_with(
                            "request-cancelled",
                            &[("offer", (&request.offer_title).into())],
                        )))
                    }
                    _ => self.expired(person, state).await,
                }
            }
            Action::Ask => {
                if person.consent != Consent::Agreed {
                    return stay(ui.privacy_needed(), state);
                }
                stay(ui.question_prompt(), State::WritingQuestion)
            }
            Action::Help => stay(ui.help(), state),
            Action::MyData => stay(self.my_data_screen(person).await?, State::Menu),
            Action::SetNews(on) => {
                if person.consent != Consent::Agreed {
                    return stay(ui.privacy_needed(), state);
                }
                self.store.set_news(person.id, on).await?;
                let person = Person {
                    news: on,
                    ..person.clone()
                };
                Ok(Step {
                    replies: vec![self.my_data_screen(&person).await?],
                    state: State::Menu,
                }
                .prepend(ui.plain(if on { "news-on" } else { "news-off" })))
            }
            Action::Delete => stay(ui.delete_confirm(), State::ConfirmingDelete),
            Action::ConfirmDelete => {
                if state != State::ConfirmingDelete {
                    return self.expired(person, state).await;
                }
                let mut tx = self.store.begin().await?;
                self.release_tasks(&mut tx, person).await?;
                tx.delete_person(person.id).await?;
                tx.commit().await?;
                // The person is gone: no state is saved after this step.
                Ok(Step {
                    replies: vec![ui.plain("deleted")],
                    state: State::ConfirmingDelete,
                })
            }
            role_action => self.on_role_action(person, state, role_action).await,
        }
    }

    /// An offer's page, or the topics if it no longer exists.
    async fn offer_screen(&self, person: &Person, id: OfferId) -> anyhow::Result<Reply> {
        let ui = self.ui(person.lang);
        Ok(match self.store.offer(id, person.lang).await? {
            Some(offer) => ui.offer(&offer),
            None => ui.with_text_before("offer-unknown", ui.categories()),
        })
    }

    /// Everything stored about a person.
    async fn my_data_screen(&self, person: &Person) -> anyhow::Result<Reply> {
        let requests = self.store.requests_of(person.id, person.lang).await?;
        let questions = self.store.questions_of(person.id).await?;
        let addresses = self.store.addresses_of(person.id).await?;
        let mut screen = self
            .ui(person.lang)
            .my_data(person, &addresses, &requests, &questions);
        let extra = self.role_data(person).await?;
        if !extra.is_empty() {
            screen.text = format!("{}\n{}", screen.text, extra.join("\n"));
        }
        Ok(screen)
    }

    /// The privacy notice, naming the platforms that carry this person's messages.
    async fn privacy(&self, person: &Person) -> anyhow::Result<Reply> {
        let platforms = self.store.platforms(person.id).await?;
        Ok(self
            .ui(person.lang)
            .privacy(&self.settings, &platforms, person.consent))
    }

    async fn send_request(
        &self,
        person: &Person,
        offer: OfferId,
        note: Option<&str>,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let Some(view) = self.store.offer(offer, person.lang).await? else {
            return self.expired(person, State::Menu).await;
        };
        let now = self.now();
        // Everything but the request's id, which comes with its insert, is read before.
        let plan = self.plan_route(person.id, &view).await?;
        let mut tx = self.store.begin().await?;
        let created = tx
            .insert_request(person.id, offer, person.lang, note, now)
            .await?;
        if let (Ok(id), Some(plan)) = (created, &plan) {
            let request = RequestDetail {
                id,
                newcomer: person.id,
                offer,
                group: view.group_id,
                category: view.category,
                lang: person.lang,
                note: note.map(str::to_owned),
                status: RequestStatus::Open,
                volunteer: None,
                relay_open: false,
                created_at: now,
            };
            self.route(&mut tx, &request, plan).await?;
        }
        tx.commit().await?;
        let said = match created {
            Ok(_) => "request-sent",
            Err(_) => "request-exists",
        };
        self.menu_after(
            person,
            ui.plain_with(said, &[("offer", (&view.title).into())]),
        )
        .await
    }
}

/// A command's name as typed, without the slash or a Telegram `@botname` suffix, lowercased.
fn command(name: &str) -> String {
    let name = name.trim_start_matches('/');
    name.split('@').next().unwrap_or_default().to_lowercase()
}

/// The offer a `/start offer-<id>` deep link names, written exactly as Velkommen writes ids.
fn deep_link(arg: &str) -> Option<OfferId> {
    let digits = arg.trim().strip_prefix("offer-")?;
    let id: i64 = digits.parse().ok()?;
    if id.to_string() != digits {
        return None;
    }
    OfferId::try_from(id).ok()
}

fn hint(inbound: &Inbound) -> Lang {
    inbound
        .lang_hint
        .as_deref()
        .and_then(Lang::from_hint)
        .unwrap_or(Lang::En)
}
