//! One's own account: the language, the privacy notice and consent, the main menu, help, what
//! is stored (`/mydata`) and erasing it (`/delete`).

mod screens;
pub(crate) mod urgent;

use crate::action::{
    AccountAction, CoordinatorAction, NewcomerAction, PrivacyChoice, VolunteerAction,
};
use crate::domain::ids::PersonId;
use crate::domain::lang::Lang;
use crate::domain::{Consent, Person, VolunteerStatus};
use crate::engine::{Actor, Engine, Flow, Refusal, State, Step, allow};
use crate::message::Reply;
use crate::platform::Platform;

impl Engine {
    pub(crate) async fn on_account(
        &self,
        actor: &Actor,
        state: State,
        action: AccountAction,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let now = self.now();
        match action {
            AccountAction::ChooseLanguage => Ok(Step::one(ui.language_picker(), state)),
            AccountAction::SetLanguage(lang) => {
                self.store.set_lang(actor.id, lang).await?;
                let actor = actor.with_person(Person {
                    lang,
                    ..actor.person.clone()
                });
                let ui = self.ui(lang);
                match state {
                    State::ChoosingLanguage { then, invite }
                    | State::ReadingPrivacy { then, invite }
                        if actor.consent == Consent::Pending =>
                    {
                        Ok(Step::one(
                            self.privacy(&actor).await?,
                            State::ReadingPrivacy { then, invite },
                        ))
                    }
                    State::ChoosingLanguage { .. } | State::ReadingPrivacy { .. } => Ok(self
                        .current_screen(&actor, State::Menu)
                        .await?
                        .prepend(ui.plain("language-changed"))),
                    other => Ok(self
                        .current_screen(&actor, other)
                        .await?
                        .prepend(ui.plain("language-changed"))),
                }
            }
            AccountAction::ShowPrivacy | AccountAction::PrivacyMore => {
                let (then, invite) = match state {
                    State::ChoosingLanguage { then, invite }
                    | State::ReadingPrivacy { then, invite } => (then, invite),
                    _ => (None, None),
                };
                let screen = if action == AccountAction::PrivacyMore {
                    self.privacy_more(actor).await?
                } else {
                    self.privacy(actor).await?
                };
                Ok(Step::one(screen, State::ReadingPrivacy { then, invite }))
            }
            AccountAction::Privacy(choice) => {
                // Only an answer to the notice on screen counts: an old "No" must not erase data.
                let State::ReadingPrivacy { then, invite } = state else {
                    return Err(Refusal::Expired.into());
                };
                let (consent, news, said) = match choice {
                    PrivacyChoice::Agree => (Consent::Agreed, false, "privacy-agreed"),
                    PrivacyChoice::AgreeWithNews => (Consent::Agreed, true, "privacy-agreed"),
                    // Saying no after a yes erases: say exactly what stays.
                    PrivacyChoice::Decline if actor.consent == Consent::Agreed => {
                        (Consent::Declined, false, "privacy-withdrawn")
                    }
                    PrivacyChoice::Decline => (Consent::Declined, false, "privacy-declined"),
                };
                let first_answer = actor.consent == Consent::Pending;
                // Saying no erases their requests: their volunteers hear of it at once.
                if consent == Consent::Declined {
                    let told = self.volunteers_told_family_left(actor.id).await?;
                    let mut tx = self.store.begin().await?;
                    for (volunteer, message) in &told {
                        tx.enqueue(*volunteer, message, now, now).await?;
                    }
                    tx.commit().await?;
                }
                self.store.set_consent(actor.id, consent, news, now).await?;
                if consent == Consent::Declined {
                    // What was erased leaves no bytes behind in the log either.
                    self.store.checkpoint().await?;
                }
                let mut actor = actor.with_person(Person {
                    consent,
                    news,
                    ..actor.person.clone()
                });
                // An invite given before the notice counts now that it is agreed.
                let backups = i64::from(self.settings.retention.backups);
                let mut said = ui.plain_with(said, &[("backup_days", backups.into())]);
                if let (Some(hash), Consent::Agreed) = (invite, consent) {
                    let used = self.redeem_invite_hash(&actor, &hash).await?;
                    said.text = format!("{}\n\n{}", said.text, used.text);
                    actor = self.reread(&actor).await?;
                }
                let actor = &actor;
                let screen = match then {
                    Some(offer) => self.offer_screen(actor, offer).await?,
                    // The role is asked once, the first time someone agrees.
                    None if first_answer => self.role_choice(actor).await?,
                    None => self.main_menu(actor).await?,
                };
                Ok(Step::one(screen, State::Menu).prepend(said))
            }
            AccountAction::Menu => {
                let step = Step::one(self.main_menu(actor).await?, State::Menu);
                Ok(if state == State::ConfirmingDelete {
                    step.prepend(ui.plain("delete-kept"))
                } else {
                    step
                })
            }
            AccountAction::Help => Ok(Step::one(ui.help(), state)),
            AccountAction::MyData => Ok(Step::one(self.my_data_screen(actor).await?, State::Menu)),
            AccountAction::SetNews(on) => {
                allow(actor.consent == Consent::Agreed, Refusal::NeedsConsent)?;
                self.store.set_news(actor.id, on, now).await?;
                let actor = actor.with_person(Person {
                    news: on,
                    ..actor.person.clone()
                });
                Ok(Step::one(self.my_data_screen(&actor).await?, State::Menu)
                    .prepend(ui.plain(if on { "news-on" } else { "news-off" })))
            }
            AccountAction::Delete => Ok(Step::one(ui.delete_confirm(), State::ConfirmingDelete)),
            AccountAction::Urgent => Ok(Step::one(
                self.cry_for_help(actor, actor.platform(), None, None)
                    .await?,
                state,
            )),
            AccountAction::ConfirmDelete => {
                allow(state == State::ConfirmingDelete, Refusal::Expired)?;
                self.erase(actor.id).await?;
                // The person is gone: no state is saved after this step.
                let backups = i64::from(self.settings.retention.backups);
                let said = ui.plain_with("deleted", &[("backup_days", backups.into())]);
                Ok(Step::one(said, State::ConfirmingDelete))
            }
        }
    }

    /// Erases a person: every row that names them and every message that carries their words
    /// or name, overwritten in the file and checkpointed out of the log. A volunteer's
    /// unfinished requests go back to the coordinators in the same transaction. Returns
    /// whether there was such a person.
    pub async fn erase(&self, person: PersonId) -> anyhow::Result<bool> {
        let Some(person) = self.store.person(person).await? else {
            return Ok(false);
        };
        let actor = self.actor(person).await?;
        // A volunteer's families hear, kindly, that their request is open again.
        let tasks = self.store.tasks_of(actor.id).await?;
        let offers: Vec<_> = tasks.iter().map(|t| t.offer).collect();
        let titles = self.titles_of(&offers).await?;
        let newcomers: Vec<_> = tasks.iter().map(|t| t.newcomer).collect();
        let mut told = vec![];
        for newcomer in self.store.people(&newcomers).await? {
            for task in tasks.iter().filter(|t| t.newcomer == newcomer.id) {
                let offer = titles.get(&task.offer).map_or("", |t| t.get(newcomer.lang));
                let message = self
                    .ui(newcomer.lang)
                    .plain_with("request-volunteer-left", &[("offer", offer.into())]);
                told.push((newcomer.id, message));
            }
        }
        // A family's volunteers hear, kindly and at once, that the conversation has ended.
        told.extend(self.volunteers_told_family_left(actor.id).await?);
        let now = self.now();
        let mut tx = self.store.begin().await?;
        self.release_tasks(&mut tx, &actor).await?;
        for (someone, message) in &told {
            tx.enqueue(*someone, message, now, now).await?;
        }
        tx.delete_person(actor.id).await?;
        tx.commit().await?;
        self.store.checkpoint().await?;
        Ok(true)
    }

    /// What each volunteer helping this newcomer is told when the family deletes their data
    /// or says no to the privacy notice: in the volunteer's language, naming the request.
    async fn volunteers_told_family_left(
        &self,
        newcomer: PersonId,
    ) -> anyhow::Result<Vec<(PersonId, Reply)>> {
        let taken = self.store.taken_requests_of(newcomer).await?;
        let offers: Vec<_> = taken.iter().map(|t| t.offer).collect();
        let titles = self.titles_of(&offers).await?;
        let helpers: Vec<_> = taken.iter().filter_map(|t| t.volunteer).collect();
        let mut told = vec![];
        for volunteer in self.store.people(&helpers).await? {
            for task in taken.iter().filter(|t| t.volunteer == Some(volunteer.id)) {
                let offer = titles
                    .get(&task.offer)
                    .map_or("", |t| t.get(volunteer.lang));
                let message = self.ui(volunteer.lang).plain_with(
                    "request-family-left",
                    &[("request", task.id.get().into()), ("offer", offer.into())],
                );
                told.push((volunteer.id, message));
            }
        }
        Ok(told)
    }

    /// The main menu for whoever the person is: coordinator, volunteer or newcomer.
    pub(crate) async fn main_menu(&self, actor: &Actor) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        let roles = &actor.roles;
        if roles.is_coordinator() {
            let pending = self.store.pending_count(roles).await?;
            let mut buttons = vec![
                vec![ui.button_with(
                    "menu-pending-signups",
                    &[("count", pending.into())],
                    CoordinatorAction::PendingSignups,
                )],
                vec![ui.button("menu-open-requests", CoordinatorAction::OpenRequests)],
            ];
            buttons.push(vec![
                ui.button("menu-broadcast", CoordinatorAction::Broadcast),
                ui.button("menu-broadcasts", CoordinatorAction::Broadcasts),
            ]);
            buttons.push(vec![ui.button("menu-events", CoordinatorAction::Events)]);
            // Free questions are not routed to a group: staff answer them.
            if roles.is_staff() {
                let questions = self.store.open_question_count().await?;
                buttons.push(vec![ui.button_with(
                    "menu-questions",
                    &[("count", questions.into())],
                    CoordinatorAction::Questions,
                )]);
            }
            buttons.push(vec![
                ui.button("menu-our-offers", CoordinatorAction::OurOffers),
                ui.button("menu-summary", CoordinatorAction::Summary),
            ]);
            if roles.is_staff() {
                buttons.push(vec![
                    ui.button("menu-invite", CoordinatorAction::Invite),
                    ui.button("menu-audit", CoordinatorAction::Audit),
                ]);
            }
            buttons.push(vec![
                ui.button("menu-coordinators", CoordinatorAction::Coordinators),
            ]);
            if actor.volunteer.is_some() {
                buttons.push(vec![ui.button("menu-my-tasks", VolunteerAction::MyTasks)]);
            }
            buttons.push(vec![ui.button("menu-offers", NewcomerAction::Categories)]);
            buttons.push(vec![
                ui.button("menu-help", AccountAction::Help),
                ui.button("menu-my-data", AccountAction::MyData),
            ]);
            buttons.push(vec![
                ui.button("nav-language", AccountAction::ChooseLanguage),
            ]);
            // Coordinators of a group are volunteers too, and may meet someone in danger.
            buttons.push(vec![ui.button("menu-urgent", AccountAction::Urgent)]);
            return Ok(ui.reply(ui.t("coordinator-menu-title"), buttons));
        }
        let Some(volunteer) = &actor.volunteer else {
            return Ok(ui.newcomer_menu(actor.consent == Consent::Agreed));
        };
        let mut lines = vec![];
        let mut buttons = vec![];
        match volunteer.status {
            VolunteerStatus::Pending => lines.push(ui.t("volunteer-pending")),
            VolunteerStatus::Declined => lines.push(ui.t("volunteer-declined-status")),
            VolunteerStatus::Approved => {
                buttons.push(vec![ui.button("menu-my-tasks", VolunteerAction::MyTasks)]);
                if volunteer.paused {
                    lines.push(ui.t("volunteer-paused-note"));
                    buttons.push(vec![
                        ui.button("menu-resume", VolunteerAction::Pause(false)),
                    ]);
                } else {
                    buttons.push(vec![ui.button("menu-pause", VolunteerAction::Pause(true))]);
                }
            }
        }
        lines.push(ui.t("volunteer-menu-title"));
        buttons.push(vec![
            ui.button("menu-upcoming", NewcomerAction::UpcomingEvents),
        ]);
        buttons.push(vec![
            ui.button("menu-edit-profile", VolunteerAction::EditProfile),
        ]);
        buttons.push(vec![ui.button("menu-offers", NewcomerAction::Categories)]);
        buttons.push(vec![
            ui.button("menu-help", AccountAction::Help),
            ui.button("menu-my-data", AccountAction::MyData),
        ]);
        buttons.push(vec![ui.button("menu-leave", AccountAction::Delete)]);
        buttons.push(vec![
            ui.button("nav-language", AccountAction::ChooseLanguage),
        ]);
        buttons.push(vec![ui.button("menu-urgent", AccountAction::Urgent)]);
        Ok(ui.reply(lines.join("\n\n"), buttons))
    }

    /// After the privacy notice: newcomer or volunteer? Someone with a role goes to their menu.
    async fn role_choice(&self, actor: &Actor) -> anyhow::Result<Reply> {
        let has_role = actor.volunteer.is_some() || actor.roles.is_coordinator();
        if has_role || actor.consent != Consent::Agreed {
            return self.main_menu(actor).await;
        }
        let ui = self.ui(actor.lang);
        Ok(ui.reply(
            ui.t("role-title"),
            vec![
                vec![ui.button("role-newcomer", AccountAction::Menu)],
                vec![ui.button("role-volunteer", VolunteerAction::SignUp)],
                vec![ui.button("nav-language", AccountAction::ChooseLanguage)],
            ],
        ))
    }

    /// Everything stored about a person.
    async fn my_data_screen(&self, actor: &Actor) -> anyhow::Result<Reply> {
        let requests = self.store.requests_of(actor.id, actor.lang).await?;
        let questions = self.store.questions_of(actor.id).await?;
        let addresses = self.store.addresses_of(actor.id).await?;
        let alerts = self.store.alerts_of(actor.id).await?;
        let accesses = self.store.accesses_of(actor.id).await?;
        // Short days on the municipality's clock, the year only when it is not this one.
        let date = |at: &chrono::DateTime<chrono::Utc>| self.short_day(*at, actor.lang);
        let mut screen = self.ui(actor.lang).my_data(
            actor, &addresses, &requests, &questions, &alerts, &accesses, &date,
        );
        let extra = self.volunteer_data(actor).await?;
        if !extra.is_empty() {
            screen.text = format!("{}\n{}", screen.text, extra.join("\n"));
        }
        Ok(screen)
    }

    /// The privacy notice, naming the platforms that carry this person's messages.
    /// The whole privacy policy in `lang`, for the page at `/privacy`: its title, then each
    /// part's heading and text, naming every platform the bot can be reached on.
    pub fn privacy_policy(&self, lang: Lang) -> (String, Vec<(String, String)>) {
        let ui = self.ui(lang);
        let platforms = [Platform::Telegram, Platform::Discord];
        (
            ui.t("privacy-policy-title"),
            ui.privacy_policy(&self.settings, &platforms),
        )
    }

    /// The whole policy behind the notice, with the same answers.
    async fn privacy_more(&self, actor: &Actor) -> anyhow::Result<Reply> {
        let platforms = self.store.platforms(actor.id).await?;
        Ok(self.ui(actor.lang).privacy_more(&self.settings, &platforms))
    }

    pub(crate) async fn privacy(&self, actor: &Actor) -> anyhow::Result<Reply> {
        let platforms = self.store.platforms(actor.id).await?;
        Ok(self
            .ui(actor.lang)
            .privacy(&self.settings, &platforms, actor.consent))
    }
}
