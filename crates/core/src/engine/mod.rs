//! The conversation engine: one inbound event in, the replies to the person who acted out.
//!
//! It reads who acts once per update ([`Actor`]), hands the input to the domain it belongs
//! to (`account`, `newcomer`, `volunteer`, `coordinator`) through one exhaustive `match`, and
//! words every refusal in one place. The domains add their handlers to [`Engine`].

mod actor;
mod command;
mod limits;
mod refusal;
mod state;
pub(crate) mod text;
pub(crate) mod ui;

pub use actor::Actor;
pub use command::Command;
pub use limits::{Admission, Limits};
pub use refusal::{Flow, OrRefuse, Problem, Refusal, allow, not_self};
pub use state::{STATE_VERSION, SignupStep, State};
pub use text::{TextError, clean};

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::account::urgent::Heard;
use crate::action::{AccountAction, Action};
use crate::clock::{Clock, SystemClock};
use crate::domain::lang::Lang;
use crate::domain::roles::Staff;
use crate::i18n::{Arg, Locales};
use crate::platform::Address;
use crate::routing::Routing;
use crate::store::Store;
use ui::Ui;

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
    /// A command, parsed by [`Command::from_text`] or [`Command::named`].
    Command(Command),
    Text(String),
    /// A button's payload exactly as the client sent it back: untrusted.
    Button(String),
    /// A photo, voice note or document, with its caption (possibly empty).
    File {
        file: IncomingFile,
        caption: String,
    },
}

impl Input {
    /// A typed line: a command if it reads `/name …`, text otherwise. Every front door reads
    /// typed text through this, so commands are parsed in one place.
    pub fn typed(text: &str) -> Input {
        match Command::from_text(text) {
            Some(command) => Input::Command(command),
            None => Input::Text(text.to_owned()),
        }
    }
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
    /// The file's size when the front door did not fetch it, because the core would not take
    /// it (see [`Engine::wants_file`]): `bytes` is empty then.
    pub withheld: Option<u64>,
}

/// What the operator decides, shown in the privacy notice and applied to limits.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Who is responsible for the data, such as "Ballerup Kommune".
    pub operator: String,
    /// The operator's name as readers of a language write it (بلدية باليروب), where given.
    pub operator_names: std::collections::BTreeMap<Lang, String>,
    /// Days without contact after which a person's data is erased.
    pub retention_days: u32,
    /// How long each kind of data is kept once it has served.
    pub retention: Retention,
    /// Coordinators and admins named in configuration.
    pub staff: Vec<Staff>,
    /// Who hears of a cry for help at once, when; with nobody on it at the hour, every
    /// member of staff does.
    pub duty: Vec<crate::routing::Duty>,
    /// Who hears of requests, and when.
    pub routing: Routing,
    /// Questions unanswered for longer than this are flagged to coordinators.
    pub question_flag_after: chrono::Duration,
    /// How long an invite code works.
    pub invite_valid_for: chrono::Duration,
    /// What one person, and everyone new, may do.
    pub limits: Limits,
    /// The address the coordinators' web page is reached at, for `/web` links; `None` when
    /// the page is off.
    pub desk_url: Option<String>,
    /// The municipality's own numbers and channels for the urgent path.
    pub safeguarding: Safeguard,
    /// How to reach the data protection officer, named in the privacy notice.
    pub dpo: Option<String>,
    /// What the web page's accessibility statement says of the operator.
    pub accessibility: Accessibility,
}

/// The operator's part of the web page's accessibility statement (tilgængelighedserklæring),
/// with the fields of Digitaliseringsstyrelsen's template; the rest is in the locales.
#[derive(Debug, Clone, Default)]
pub struct Accessibility {
    /// Where to write about a barrier on the page.
    pub email: Option<String>,
    /// Where to call about one.
    pub phone: Option<String>,
    /// When the statement was made or last checked.
    pub date: Option<chrono::NaiveDate>,
    /// Content known not to be accessible, in the operator's words.
    pub known_issues: Vec<String>,
}

/// The municipality's own numbers for the urgent path, from configuration, and the bound on
/// alerts that keeps a flood from burying a real cry.
#[derive(Debug, Clone)]
pub struct Safeguard {
    /// The municipality's switchboard, shown with the helplines.
    pub municipality_phone: Option<String>,
    /// The after-hours social service (socialvagt), shown with the helplines.
    pub after_hours_phone: Option<String>,
    /// Where staff report a concern about a child (underretning): a phone, an address or a
    /// web form; an alert about a child reminds them of the duty.
    pub child_concern: Option<String>,
    /// New alerts one platform may raise within an hour; past that staff get one summary.
    pub alerts_per_hour: i64,
}

impl Default for Safeguard {
    fn default() -> Self {
        Self {
            municipality_phone: None,
            after_hours_phone: None,
            child_concern: None,
            alerts_per_hour: 30,
        }
    }
}

impl Settings {
    /// The operator's name in `lang`: the one given for the language, else the one name.
    pub fn operator_in(&self, lang: Lang) -> &str {
        self.operator_names.get(&lang).unwrap_or(&self.operator)
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            operator: "Ballerup Kommune".into(),
            operator_names: std::collections::BTreeMap::new(),
            retention_days: 365,
            retention: Retention::default(),
            staff: vec![],
            duty: vec![],
            routing: Routing::default(),
            question_flag_after: chrono::Duration::hours(48),
            invite_valid_for: chrono::Duration::days(7),
            limits: Limits::default(),
            desk_url: None,
            safeguarding: Safeguard::default(),
            dpo: None,
            accessibility: Accessibility::default(),
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

/// How long each kind of data is kept once it has served, in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// A request done or cancelled, with its note.
    pub closed_requests: u32,
    /// A question once answered.
    pub answered_questions: u32,
    /// A photo, voice note or document passed on through the relay.
    pub files: u32,
    /// An entry of the audit trail of coordinator and staff actions.
    pub audit: u32,
    /// How long before erasing an inactive person they are told, so that a message keeps them.
    pub warn_before: u32,
    /// A cry for help, with what became of it.
    pub alerts: u32,
    /// A file passed on about an offer marked `sensitive_files` (a photo of a letter).
    pub sensitive_files: u32,
    /// A backup of the database, which still holds whoever was in it when it was taken; the
    /// erasure log is kept as long, so that a restore can erase them again.
    pub backups: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Self {
            closed_requests: 90,
            answered_questions: 90,
            files: 30,
            audit: 365,
            warn_before: 7,
            alerts: 90,
            sensitive_files: 7,
            backups: 14,
        }
    }
}

/// Longest note on a request, in characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// Longest free question, in characters.
pub const MAX_QUESTION_CHARS: usize = 2000;

#[derive(Clone)]
pub struct Engine {
    pub(crate) store: Store,
    pub(crate) locales: Arc<Locales>,
    pub(crate) settings: Arc<Settings>,
    clock: Arc<dyn Clock>,
    pace: Arc<limits::Pace>,
    health: Arc<crate::health::Health>,
    /// When staff were last told of a flood of alerts, per platform.
    pub(crate) flood_told: Arc<std::sync::Mutex<FloodTold>>,
}

/// When staff were last told of a flood of alerts, per platform.
pub(crate) type FloodTold = Vec<(crate::platform::Platform, DateTime<Utc>)>;

/// What one step of a conversation produced: the replies and the state to store.
pub struct Step {
    pub(crate) replies: Vec<Reply>,
    pub(crate) state: State,
}

impl Step {
    /// One screen, and the state it leaves the person in.
    pub(crate) fn one(reply: Reply, state: State) -> Step {
        Step {
            replies: vec![reply],
            state,
        }
    }

    /// Puts a line above the step's first message, so the person gets one message, not two.
    pub(crate) fn prepend(mut self, line: Reply) -> Step {
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
            pace: Arc::default(),
            health: Arc::default(),
            flood_told: Arc::default(),
        }
    }

    /// Which front doors are connected, for `/readyz`.
    pub fn health(&self) -> &crate::health::Health {
        &self.health
    }

    /// The same engine reading the time from `clock`, as tests of delays and quiet hours do.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The daily retention job, by the engine's clock: tells people who are about to be
    /// erased for inactivity, erases those not seen within the retention period, and removes
    /// closed requests, answered questions and files past their deadlines. Returns how many
    /// people were erased.
    pub async fn purge_expired(&self) -> anyhow::Result<u64> {
        let now = self.now();
        let days = |n: u32| chrono::Duration::days(i64::from(n));
        let retention = self.settings.retention;
        let cutoff = now - days(self.settings.retention_days);
        let warn_from = cutoff + days(retention.warn_before.min(self.settings.retention_days));
        self.warn_inactive(warn_from, now).await?;
        let erased = self.store.purge_inactive(cutoff, now).await?;
        let removed = self
            .store
            .purge_items(
                now - days(retention.closed_requests),
                now - days(retention.answered_questions),
                now - days(retention.files),
            )
            .await?
            + self.store.purge_audit(now - days(retention.audit)).await?
            + self
                .store
                .purge_access_log(now - days(retention.audit))
                .await?
            + self.store.purge_outbox(now - days(retention.audit)).await?
            + self
                .store
                .purge_alerts(now - days(retention.alerts))
                .await?
            + self
                .store
                .purge_sensitive_files(now - days(retention.sensitive_files))
                .await?
            + self.store.purge_desk(now).await?;
        if removed > 0 {
            self.store.checkpoint().await?;
        }
        // No backup older than this may be restored, so nothing older need be replayed.
        self.store
            .prune_privacy_log(now - days(retention.backups), now)?;
        Ok(erased)
    }

    /// Notes in the access log that `actor` saw these items, each about a person.
    pub(crate) async fn looked_up(
        &self,
        actor: crate::ids::PersonId,
        roles: &crate::domain::roles::Roles,
        seen: &[(crate::ids::PersonId, crate::store::Purpose, i64)],
    ) -> anyhow::Result<()> {
        self.store
            .log_access(actor, roles.is_staff(), seen, self.now())
            .await
    }

    /// Tells each person not seen since `since`, once, that their data will soon be erased
    /// and that any message keeps it.
    async fn warn_inactive(&self, since: DateTime<Utc>, now: DateTime<Utc>) -> anyhow::Result<()> {
        let people = self.store.to_warn(since).await?;
        if people.is_empty() {
            return Ok(());
        }
        let days = i64::from(self.settings.retention.warn_before);
        let at = self.settings.routing.quiet.next_allowed(now);
        let mut tx = self.store.begin().await?;
        for person in &people {
            let message = self
                .ui(person.lang)
                .plain_with("retention-warning", &[("days", days.into())]);
            tx.enqueue_bulk(person.id, &message, at, now).await?;
            tx.mark_warned(person.id, now).await?;
        }
        tx.commit().await
    }

    /// The time by the engine's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// Whether this person may act now without passing their limits; asks, takes nothing.
    pub fn has_room(&self, who: &Address) -> bool {
        who.platform == crate::platform::Platform::Terminal
            || self.pace.has_room(who, &self.settings.limits, self.now())
    }

    /// Whether a file of `size` bytes from `who` would be passed on now: they agreed to the
    /// privacy notice, are in a conversation with a volunteer, and are within their limits
    /// and the day's file quota. A front door fetches a file only when it would, so nothing
    /// is downloaded from someone who may not send it.
    pub async fn wants_file(&self, who: &Address, size: u64) -> bool {
        if !self.has_room(who) || size > crate::volunteer::relay::MAX_FILE_BYTES as u64 {
            return false;
        }
        let Ok(Some(person)) = self.store.person_at(who).await else {
            return false;
        };
        if person.consent != crate::domain::Consent::Agreed {
            return false;
        }
        let relaying = match self.store.load_state(person.id).await {
            Ok(stored) => matches!(
                stored.as_ref().and_then(State::from_stored),
                Some(State::Relaying { .. })
            ),
            Err(_) => false,
        };
        if !relaying {
            return false;
        }
        let limits = self.settings.limits;
        match self
            .store
            .files_since(person.id, self.now() - chrono::Duration::days(1))
            .await
        {
            Ok((count, bytes)) => {
                count < limits.files_per_day
                    && bytes.saturating_add(i64::try_from(size).unwrap_or(i64::MAX))
                        <= limits.file_bytes_per_day
            }
            Err(_) => false,
        }
    }

    /// Handles one inbound event and answers the person who sent it. Never fails: an
    /// unexpected error is logged with its chain and answered with a kind "something went
    /// wrong, nothing was lost".
    pub async fn handle(&self, inbound: Inbound) -> Vec<Outbound> {
        // The words are heard once; every later step is handed what was found. A cry for
        // help counts against the person's limits like anything else, but over them it still
        // gets the numbers. The terminal is the operator's own keyboard.
        let heard = Engine::hear(&inbound);
        let urgent = matches!(&inbound.input, Input::Button(p) if p == &AccountAction::Urgent.encode())
            || heard.cry().is_some();
        let admitted = match inbound.from.platform == crate::platform::Platform::Terminal {
            true => Admission::Admit,
            false => self
                .pace
                .admit(&inbound.from, &self.settings.limits, self.now()),
        };
        let replies = match (admitted, urgent) {
            (Admission::Admit, _) => self.try_handle(&inbound, &heard).await,
            (Admission::FirstExcess | Admission::Drop, true) => {
                self.urgent_only(&inbound, &heard).await
            }
            (Admission::FirstExcess, false) => Ok(vec![
                self.ui(self.lang_of(&inbound).await).plain("too-fast"),
            ]),
            (Admission::Drop, false) => Ok(vec![]),
        };
        let mut replies = match replies {
            Ok(replies) => replies,
            Err(error) => {
                tracing::error!(
                    platform = %inbound.from.platform,
                    error = format!("{error:#}"),
                    "could not handle an inbound event"
                );
                vec![
                    self.ui(self.lang_of(&inbound).await)
                        .plain("something-went-wrong"),
                ]
            }
        };
        // A danger word with no pattern: one gentle line, nobody paged.
        if matches!(heard, Heard::Gentle)
            && let Some(first) = replies.first_mut()
        {
            let line = self.ui(first.lang).t("urgent-gentle");
            first.text = format!("{}\n\n{line}", first.text);
        }
        // The answer to a cry goes before every other reply waiting for the send budget.
        if urgent {
            for reply in &mut replies {
                reply.urgent = true;
            }
        }
        // A button on someone's words or an announcement: the answer goes below it.
        if let Input::Button(payload) = &inbound.input
            && Action::decode(payload).is_ok_and(|action| action.keeps_its_message())
            && let Some(first) = replies.first_mut()
        {
            first.below = true;
        }
        replies
            .into_iter()
            .map(|message| Outbound {
                to: inbound.from.clone(),
                message,
            })
            .collect()
    }

    /// The language to answer an event in when it was not handled: the person's, else the
    /// platform's hint.
    async fn lang_of(&self, inbound: &Inbound) -> Lang {
        self.lang_at(&inbound.from, inbound.lang_hint.as_deref())
            .await
    }

    async fn lang_at(&self, from: &Address, hint: Option<&str>) -> Lang {
        match self.store.person_at(from).await {
            Ok(Some(person)) => person.lang,
            _ => hint
                .and_then(Lang::from_hint)
                .unwrap_or_else(Lang::first_guess),
        }
    }

    /// "Something went wrong, nothing was lost, please try again", to `from` in their
    /// language, after handling their update failed beyond an error, such as by a panic.
    pub async fn went_wrong(&self, from: &Address, hint: Option<&str>) -> Outbound {
        let lang = self.lang_at(from, hint).await;
        Outbound {
            to: from.clone(),
            message: self.ui(lang).plain("something-went-wrong"),
        }
    }

    pub(crate) fn ui(&self, lang: Lang) -> Ui<'_> {
        Ui::new(&self.locales, lang)
    }

    /// A cry for help from someone over their limits: the numbers, and the alert if they
    /// are known; nothing else is done, and nothing is stored of someone new.
    async fn urgent_only(&self, inbound: &Inbound, heard: &Heard) -> anyhow::Result<Vec<Reply>> {
        let danger = heard.cry().map(|c| c.danger);
        match self.store.person_at(&inbound.from).await? {
            Some(person) => {
                let actor = self.actor(person).await?;
                Ok(vec![
                    self.cry_for_help(&actor, inbound.from.platform, heard.cry(), None)
                        .await?,
                ])
            }
            None => Ok(vec![self.urgent_screen(hint(inbound), danger).await?]),
        }
    }

    async fn try_handle(&self, inbound: &Inbound, heard: &Heard) -> anyhow::Result<Vec<Reply>> {
        // The unit tests of the seam need a handler that panics.
        #[cfg(test)]
        if matches!(&inbound.input, Input::Text(t) if t == "⟦panic⟧") {
            panic!("a test asked for a panic");
        }
        let now = self.now();
        let Some(person) = self.store.person_at(&inbound.from).await? else {
            return self.first_contact(inbound, heard).await;
        };
        self.store.touch(person.id, &inbound.from, now).await?;
        let actor = self.actor(person).await?;
        let stored = self.store.load_state(actor.id).await?;
        let (state, reset) = match stored.as_ref().and_then(State::from_stored) {
            Some(state) => (state, false),
            None => (State::Menu, true),
        };
        // Anything a person writes may be a cry for help: it is answered with numbers at once
        // and staff are told, whatever else the words do.
        let platform = inbound.from.platform;
        let mut step = match (heard.cry(), &state) {
            // A question that is a cry for help is the one staff answer.
            (Some(cry), State::WritingQuestion) => {
                let question = self
                    .store
                    .create_question(actor.id, actor.lang, &cry.words, now)
                    .await?;
                let urgent = self
                    .cry_for_help(&actor, platform, Some(cry), Some(question))
                    .await?;
                self.menu_after(&actor, self.ui(actor.lang).plain("question-sent"))
                    .await?
                    .prepend(urgent)
            }
            // Text at the menu that is a cry for help is not also offered as a question:
            // staff have it already.
            (Some(cry), State::Menu | State::ConfirmingQuestion { .. })
                if matches!(inbound.input, Input::Text(_)) =>
            {
                let urgent = self.cry_for_help(&actor, platform, Some(cry), None).await?;
                Step::one(self.main_menu(&actor).await?, State::Menu).prepend(urgent)
            }
            (cry, _) => {
                let step = if reset && matches!(inbound.input, Input::Text(_)) {
                    // Text written for a conversation this version cannot read has nothing to
                    // answer: the menu, with the apology below.
                    Step::one(self.main_menu(&actor).await?, State::Menu)
                } else {
                    match self.step(inbound, &actor, state.clone()).await {
                        Ok(step) => step,
                        Err(Problem::Refused(refusal)) => {
                            self.refused(&actor, state.clone(), refusal).await?
                        }
                        Err(Problem::Unexpected(error)) => return Err(error),
                    }
                };
                match cry {
                    Some(cry) => {
                        step.prepend(self.cry_for_help(&actor, platform, Some(cry), None).await?)
                    }
                    None => step,
                }
            }
        };
        if reset {
            step = step.prepend(self.ui(actor.lang).plain("state-reset"));
        }
        if step.state != state || stored.is_none_or(|s| s.version != STATE_VERSION) {
            self.store
                .save_state(actor.id, &step.state.to_stored(), now)
                .await?;
        }
        Ok(step.replies)
    }

    /// The one place a refusal is worded: a line above where the person stands.
    async fn refused(&self, actor: &Actor, state: State, refusal: Refusal) -> anyhow::Result<Step> {
        let ui = self.ui(actor.lang);
        match refusal {
            Refusal::Expired | Refusal::NotAllowed | Refusal::NotFound => Ok(self
                .current_screen(actor, state)
                .await?
                .prepend(ui.plain("button-expired"))),
            Refusal::NeedsConsent => Ok(Step::one(ui.privacy_needed(), state)),
            Refusal::AlreadyTaken => self.menu_after(actor, ui.plain("claim-lost")).await,
            Refusal::AlreadyDecided => self.menu_after(actor, ui.plain("already-decided")).await,
        }
    }

    /// Someone the store does not know yet: ask for their language, preselected from the hint.
    async fn first_contact(&self, inbound: &Inbound, heard: &Heard) -> anyhow::Result<Vec<Reply>> {
        let lang = hint(inbound);
        // Too many new people at once from one platform: nothing is stored, and they are asked
        // to come back in a minute; a cry for help gets the numbers all the same. The terminal
        // is the operator's own keyboard.
        if inbound.from.platform != crate::platform::Platform::Terminal {
            let since = self.now() - chrono::Duration::minutes(1);
            let joined = self
                .store
                .new_people_since(inbound.from.platform, since)
                .await?;
            if joined >= self.settings.limits.new_people_per_minute {
                return Ok(vec![match heard.cry() {
                    Some(cry) => self.urgent_screen(lang, Some(cry.danger)).await?,
                    None => self.ui(lang).plain("too-busy"),
                }]);
            }
        }
        let then = match &inbound.input {
            Input::Command(command) => command.deep_link(),
            _ => None,
        };
        // An invite code is used once the privacy notice is agreed; until then only its hash
        // waits in the conversation.
        let invite = match &inbound.input {
            Input::Command(Command::Invite { code }) => Some(crate::domain::invite_hash(code)),
            _ => None,
        };
        let state = State::ChoosingLanguage {
            then,
            invite: invite.clone(),
        };
        let person = self
            .store
            .create_person(&inbound.from, lang, &state.to_stored(), self.now())
            .await?;
        // People are named in logs by their id here, never by a platform's id or their words.
        tracing::info!(platform = %inbound.from.platform, person = %person.id, "first contact");
        // A first message from a poster's link counts for that poster, as a number only.
        if let Input::Command(command) = &inbound.input
            && let (Some(poster), Some(offer)) = (command.poster(), command.deep_link())
        {
            self.store
                .count_poster_open(poster, offer, self.now())
                .await?;
        }
        let ui = self.ui(lang);
        let mut picker = ui.language_picker();
        if matches!(inbound.input, Input::Button(_)) {
            picker.text = format!("{}\n\n{}", ui.t("button-expired"), picker.text);
        }
        if invite.is_some() {
            picker.text = format!("{}\n\n{}", ui.t("invite-after-privacy"), picker.text);
        }
        if let Some(cry) = heard.cry() {
            let actor = self.actor(person).await?;
            let urgent = self
                .cry_for_help(&actor, inbound.from.platform, Some(cry), None)
                .await?;
            return Ok(vec![urgent, picker]);
        }
        Ok(vec![picker])
    }

    async fn step(&self, inbound: &Inbound, actor: &Actor, state: State) -> Flow {
        match &inbound.input {
            // A poster's code is a deep link at the menu; written in a note, a question or a
            // conversation, it is just words.
            Input::Command(Command::Code { code }) if state != State::Menu => {
                self.on_text(actor, state, code).await
            }
            Input::Command(command) => self.on_command(actor, state, command).await,
            Input::Button(payload) => {
                let action = Action::decode(payload).map_err(|_| Refusal::Expired)?;
                self.on_action(actor, state, action).await
            }
            Input::Text(text) => self.on_text(actor, state, text).await,
            Input::File { file, caption } => self.on_file(actor, state, file, caption).await,
        }
    }

    /// Every button, to the domain it belongs to. Each domain's handler matches every one of
    /// its actions, so an action without a handler does not compile.
    pub(crate) async fn on_action(&self, actor: &Actor, state: State, action: Action) -> Flow {
        match action {
            Action::Account(action) => self.on_account(actor, state, action).await,
            Action::Newcomer(action) => self.on_newcomer(actor, state, action).await,
            Action::Volunteer(action) => self.on_volunteer(actor, state, action).await,
            Action::Coordinator(action) => self.on_coordinator(actor, state, action).await,
        }
    }

    /// A file goes to the other side of a conversation; anywhere else it has nowhere to go:
    /// say so, keep nothing.
    async fn on_file(
        &self,
        actor: &Actor,
        state: State,
        file: &IncomingFile,
        caption: &str,
    ) -> Flow {
        if let State::Relaying { request } = state {
            return self.relay(actor, request, caption, Some(file)).await;
        }
        Ok(self
            .current_screen(actor, state)
            .await?
            .prepend(self.ui(actor.lang).plain("file-not-expected")))
    }

    async fn on_command(&self, actor: &Actor, state: State, command: &Command) -> Flow {
        let ui = self.ui(actor.lang);
        let account = |action| self.on_account(actor, state.clone(), action);
        match command {
            Command::Invite { code } => self.use_invite(actor, code).await,
            Command::Start { .. } | Command::Code { .. } => match command.deep_link() {
                Some(offer) if actor.consent != crate::domain::Consent::Pending => Ok(Step::one(
                    self.offer_screen(actor, offer).await?,
                    State::Menu,
                )),
                then => Ok(Step::one(
                    ui.language_picker(),
                    State::ChoosingLanguage { then, invite: None },
                )),
            },
            Command::Menu => {
                self.on_account(actor, State::Menu, AccountAction::Menu)
                    .await
            }
            Command::Language => account(AccountAction::ChooseLanguage).await,
            Command::Help => account(AccountAction::Help).await,
            Command::MyData => account(AccountAction::MyData).await,
            Command::Delete => account(AccountAction::Delete).await,
            Command::Web => self.desk_link(actor).await,
            Command::Unknown { name } => {
                Ok(self
                    .current_screen(actor, state)
                    .await?
                    .prepend(ui.plain_with(
                        "unknown-command",
                        &[("command", Arg::Code(&format!("/{name}")))],
                    )))
            }
        }
    }

    async fn on_text(&self, actor: &Actor, state: State, raw: &str) -> Flow {
        let ui = self.ui(actor.lang);
        match state {
            State::WritingNote { offer } => match text::words(raw, MAX_NOTE_CHARS) {
                Ok(note) => self.send_request(actor, offer, Some(&note)).await,
                Err(error) => Ok(self.keep_writing(actor, state, error).await?),
            },
            State::WritingQuestion => match text::words(raw, MAX_QUESTION_CHARS) {
                Ok(question) => self.ask(actor, &question).await,
                Err(error) => Ok(self.keep_writing(actor, state, error).await?),
            },
            State::Signup {
                step: SignupStep::Name,
                draft,
                editing,
            } => self.on_signup_name(actor, raw, draft, editing).await,
            State::Relaying { request } => self.relay(actor, request, raw, None).await,
            State::FollowingUp { question } => self.follow_up(actor, question, raw).await,
            coordinating @ (State::Broadcasting { .. }
            | State::CreatingEvent { .. }
            | State::AnsweringQuestion { .. }
            | State::EditingOffer { .. }) => {
                self.on_coordinator_text(actor, coordinating, raw).await
            }
            // Text at the menu may be a question for a person: offer to send it as one (it
            // has been checked for a cry for help already).
            State::Menu | State::ConfirmingQuestion { .. }
                if actor.consent == crate::domain::Consent::Agreed
                    && !actor.roles.is_coordinator() =>
            {
                match text::words(raw, MAX_QUESTION_CHARS) {
                    Ok(text) => Ok(Step::one(
                        ui.text_as_question(&text),
                        State::ConfirmingQuestion { text },
                    )),
                    Err(error) => Ok(self.keep_writing(actor, State::Menu, error).await?),
                }
            }
            other @ (State::ChoosingLanguage { .. }
            | State::ReadingPrivacy { .. }
            | State::Menu
            | State::ConfirmingQuestion { .. }
            | State::ConfirmingDelete
            | State::Signup { .. }) => Ok(self
                .current_screen(actor, other)
                .await?
                .prepend(ui.plain("not-understood"))),
        }
    }

    /// Free text that was not taken: say why and ask again, keeping what was collected.
    pub(crate) async fn keep_writing(
        &self,
        actor: &Actor,
        state: State,
        error: TextError,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(actor.lang);
        let why = match error {
            TextError::NoWords if matches!(state, State::WritingNote { .. }) => {
                ui.plain("note-empty")
            }
            TextError::NoWords => ui.plain("not-understood"),
            TextError::TooLong { max } => ui.plain_with("message-too-long", &[("max", max.into())]),
        };
        Ok(self.current_screen(actor, state).await?.prepend(why))
    }

    /// A line, then the main menu: where most finished steps end.
    pub(crate) async fn menu_after(&self, actor: &Actor, line: Reply) -> anyhow::Result<Step> {
        Ok(Step::one(self.main_menu(actor).await?, State::Menu).prepend(line))
    }

    /// The screen of the state a person is in, shown again.
    pub(crate) async fn current_screen(&self, actor: &Actor, state: State) -> anyhow::Result<Step> {
        let ui = self.ui(actor.lang);
        let to_menu = || async { Ok(Step::one(self.main_menu(actor).await?, State::Menu)) };
        let reply = match &state {
            State::ChoosingLanguage { .. } => ui.language_picker(),
            State::ReadingPrivacy { .. } => self.privacy(actor).await?,
            State::Menu => self.main_menu(actor).await?,
            State::WritingNote { offer } => match self.store.offer(*offer, actor.lang).await? {
                Some(offer) => ui.note_prompt(&offer),
                None => return to_menu().await,
            },
            State::WritingQuestion => ui.question_prompt(),
            State::ConfirmingQuestion { text } => ui.text_as_question(text),
            State::ConfirmingDelete => ui.delete_confirm(),
            State::Signup { step, draft, .. } => self.signup_screen(actor, *step, draft).await?,
            State::Broadcasting { .. }
            | State::CreatingEvent { .. }
            | State::AnsweringQuestion { .. }
            | State::FollowingUp { .. }
            | State::EditingOffer { .. } => match self.coordinator_screen(actor, &state).await? {
                Some(reply) => reply,
                None => self.main_menu(actor).await?,
            },
            State::Relaying { request } => match self.relay_screen(actor, *request).await? {
                Some(reply) => reply,
                None => return to_menu().await,
            },
        };
        Ok(Step::one(reply, state))
    }
}

fn hint(inbound: &Inbound) -> Lang {
    inbound
        .lang_hint
        .as_deref()
        .and_then(Lang::from_hint)
        .unwrap_or_else(Lang::first_guess)
}
