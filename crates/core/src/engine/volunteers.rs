//! Volunteers: roles and menus, sign-up and approval, routing requests to the right people,
//! first-accept-wins, and the anonymous relay between a newcomer and their volunteer.

use crate::action::Action;
use crate::catalog::OfferKind;
use crate::category::Category;
use crate::i18n::Arg;
use crate::ids::{GroupId, OfferId, PersonId, RequestId};
use crate::lang::Lang;
use crate::message::{Attachment, Reply};
use crate::roles::{Coordinates, Roles, Spoken, Staff};
use crate::store::{
    Candidate, Draft, JobKind, OfferView, Person, RequestDetail, RequestStatus, Tx, Volunteer,
    VolunteerStatus,
};

use super::state::{SignupStep, State};
use super::text::{self, TextError};
use super::{Engine, IncomingFile, Step};

/// Longest volunteer name, in characters.
pub const MAX_NAME_CHARS: usize = 40;
/// Longest relayed text, in characters.
pub const MAX_RELAY_CHARS: usize = 3000;
/// Largest relayed file: what Telegram lets a bot download.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

impl Engine {
    /// What a person may do as a coordinator or admin, from configuration and invite codes.
    pub(super) async fn roles(&self, person: &Person) -> anyhow::Result<Roles> {
        let addresses = self.store.addresses_of(person.id).await?;
        let mut roles = Roles::default();
        let mut groups = self.store.invited_groups(person.id).await?;
        // Collected first: a filter closure held across an await would make the future
        // not `Send` for every lifetime, which the front doors' runtimes need.
        let entries: Vec<&Staff> = self
            .settings
            .staff
            .iter()
            .filter(|s| addresses.contains(&s.address))
            .collect();
        for staff in entries {
            roles.admin |= staff.admin;
            match &staff.groups {
                None => roles.coordinates = Coordinates::Everything,
                Some(slugs) => groups.extend(self.store.group_ids(slugs).await?),
            }
        }
        if roles.coordinates != Coordinates::Everything && !groups.is_empty() {
            groups.sort();
            groups.dedup();
            roles.coordinates = Coordinates::Groups(groups);
        }
        Ok(roles)
    }

    /// The people who coordinate `group` and have written to the bot.
    async fn coordinators_of(&self, group: Option<GroupId>) -> anyhow::Result<Vec<PersonId>> {
        let mut slugs_wanted = vec![];
        let mut addresses = vec![];
        for staff in &self.settings.staff {
            match (&staff.groups, group) {
                (None, _) | (_, None) => addresses.push(staff.address.clone()),
                (Some(slugs), Some(_)) => {
                    slugs_wanted.push(slugs.clone());
                    addresses.push(staff.address.clone());
                }
            }
        }
        let mut people = vec![];
        for person in self.store.people_at(&addresses).await? {
            let Some(p) = self.store.person(person).await? else {
                continue;
            };
            let roles = self.roles(&p).await?;
            if group.is_none_or(|g| roles.coordinates(g)) {
                people.push(person);
            }
        }
        if let Some(group) = group {
            people.extend(self.store.invited_coordinators(group).await?);
        }
        people.sort();
        people.dedup();
        Ok(people)
    }

    /// The main menu for whoever the person is: coordinator, volunteer or newcomer.
    pub(super) async fn main_menu(&self, person: &Person) -> anyhow::Result<Reply> {
        let ui = self.ui(person.lang);
        let roles = self.roles(person).await?;
        let volunteer = self.store.volunteer(person.id).await?;
        if roles.is_coordinator() {
            let pending = self.pending_for(&roles).await?.len();
            let mut buttons = vec![
                vec![ui.button_with(
                    "menu-pending-signups",
                    &[("count", pending.into())],
                    Action::PendingSignups,
                )],
                vec![ui.button("menu-open-requests", Action::OpenRequests)],
            ];
            let questions = self.store.open_questions().await?.len();
            buttons.push(vec![
                ui.button("menu-broadcast", Action::Broadcast),
                ui.button("menu-broadcasts", Action::Broadcasts),
            ]);
            buttons.push(vec![ui.button("menu-events", Action::Events)]);
            buttons.push(vec![ui.button_with(
                "menu-questions",
                &[("count", questions.into())],
                Action::Questions,
            )]);
            buttons.push(vec![
                ui.button("menu-our-offers", Action::OurOffers),
                ui.button("menu-summary", Action::Summary),
            ]);
            if roles.admin {
                buttons.push(vec![ui.button("menu-invite", Action::Invite)]);
            }
            if volunteer.is_some() {
                buttons.push(vec![ui.button("menu-my-tasks", Action::MyTasks)]);
            }
            buttons.push(vec![ui.button("menu-offers", Action::Categories)]);
            buttons.push(vec![
                ui.button("menu-help", Action::Help),
                ui.button("menu-my-data", Action::MyData),
            ]);
            buttons.push(vec![ui.button("nav-language", Action::ChooseLanguage)]);
            return Ok(ui.reply(ui.t("coordinator-menu-title"), buttons));
        }
        let Some(volunteer) = volunteer else {
            return Ok(ui.newcomer_menu(person.consent == crate::store::Consent::Agreed));
        };
        let mut lines = vec![];
        let mut buttons = vec![];
        match volunteer.status {
            VolunteerStatus::Pending => lines.push(ui.t("volunteer-pending")),
            VolunteerStatus::Declined => lines.push(ui.t("volunteer-declined-status")),
            VolunteerStatus::Approved => {
                buttons.push(vec![ui.button("menu-my-tasks", Action::MyTasks)]);
                if volunteer.paused {
                    lines.push(ui.t("volunteer-paused-note"));
                    buttons.push(vec![ui.button("menu-resume", Action::Pause(false))]);
                } else {
                    buttons.push(vec![ui.button("menu-pause", Action::Pause(true))]);
                }
            }
        }
        lines.push(ui.t("volunteer-menu-title"));
        buttons.push(vec![ui.button("menu-upcoming", Action::UpcomingEvents)]);
        buttons.push(vec![ui.button("menu-edit-profile", Action::EditProfile)]);
        buttons.push(vec![ui.button("menu-offers", Action::Categories)]);
        buttons.push(vec![
            ui.button("menu-help", Action::Help),
            ui.button("menu-my-data", Action::MyData),
        ]);
        buttons.push(vec![ui.button("menu-leave", Action::Delete)]);
        buttons.push(vec![ui.button("nav-language", Action::ChooseLanguage)]);
        Ok(ui.reply(lines.join("\n\n"), buttons))
    }

    /// After the privacy notice: newcomer or volunteer? Someone with a role goes to their menu.
    pub(super) async fn role_choice(&self, person: &Person) -> anyhow::Result<Reply> {
        let has_role = self.store.volunteer(person.id).await?.is_some()
            || self.roles(person).await?.is_coordinator();
        if has_role || person.consent != crate::store::Consent::Agreed {
            return self.main_menu(person).await;
        }
        let ui = self.ui(person.lang);
        Ok(ui.reply(
            ui.t("role-title"),
            vec![
                vec![ui.button("role-newcomer", Action::Menu)],
                vec![ui.button("role-volunteer", Action::Volunteer)],
                vec![ui.button("nav-language", Action::ChooseLanguage)],
            ],
        ))
    }

    /// What `/mydata` adds for volunteers and for files sent through the relay.
    pub(super) async fn role_data(&self, person: &Person) -> anyhow::Result<Vec<String>> {
        let ui = self.ui(person.lang);
        let mut lines = vec![];
        if let Some(volunteer) = self.store.volunteer(person.id).await? {
            lines.push(
                self.profile_text(person.lang, "my-data-volunteer", &volunteer.profile)
                    .await?,
            );
            lines.push(ui.t(match (volunteer.status, volunteer.paused) {
                (VolunteerStatus::Pending, _) => "volunteer-pending",
                (VolunteerStatus::Declined, _) => "volunteer-declined-status",
                (VolunteerStatus::Approved, true) => "volunteer-paused-note",
                (VolunteerStatus::Approved, false) => "my-data-volunteer-approved",
            }));
        }
        let files = self.store.files_of(person.id).await?;
        if files > 0 {
            lines.push(ui.f("my-data-files", &[("count", files.into())]));
        }
        Ok(lines)
    }

    // ---- Sign-up -------------------------------------------------------------------------

    pub(super) async fn signup_screen(
        &self,
        person: &Person,
        step: SignupStep,
        draft: &Draft,
    ) -> anyhow::Result<Reply> {
        let ui = self.ui(person.lang);
        let next = |ui: &super::screens::Ui<'_>| ui.button("signup-next", Action::SignupNext);
        let cancel = ui.button("note-cancel", Action::Menu);
        Ok(match step {
            SignupStep::Name => ui.reply(ui.t("signup-name"), vec![vec![cancel]]),
            SignupStep::Groups => {
                let mut buttons: Vec<_> = self
                    .store
                    .groups(person.lang)
                    .await?
                    .into_iter()
                    .map(|(id, name)| {
                        vec![crate::message::Button {
                            label: ticked(draft.groups.contains(&id), name),
                            action: Action::ToggleGroup(id),
                        }]
                    })
                    .collect();
                buttons.push(vec![next(&ui)]);
                buttons.push(vec![cancel]);
                ui.reply(ui.t("signup-groups"), buttons)
            }
            SignupStep::Languages => {
                let mut buttons = toggles(
                    &Spoken::ALL,
                    &draft.spoken,
                    |s| ui.t(s.message_id()),
                    Action::ToggleSpoken,
                );
                buttons.push(vec![next(&ui)]);
                buttons.push(vec![cancel]);
                ui.reply(ui.t("signup-languages"), buttons)
            }
            SignupStep::Helps => {
                let mut buttons = toggles(
                    &Category::ALL,
                    &draft.helps,
                    |c| ui.t(c.message_id()),
                    Action::ToggleHelp,
                );
                buttons.push(vec![next(&ui)]);
                buttons.push(vec![cancel]);
                ui.reply(ui.t("signup-helps"), buttons)
            }
            SignupStep::Confirm => ui.reply(
                self.profile_text(person.lang, "signup-confirm", draft)
                    .await?,
                vec![
                    vec![ui.button("signup-send", Action::SignupSend)],
                    vec![cancel],
                ],
            ),
        })
    }

    /// A volunteer's profile as text in `lang`, through the message `id`.
    async fn profile_text(&self, lang: Lang, id: &str, draft: &Draft) -> anyhow::Result<String> {
        let ui = self.ui(lang);
        let all_groups = self.store.groups(lang).await?;
        let list = |items: Vec<String>| {
            if items.is_empty() {
                ui.t("signup-none")
            } else {
                items.join(", ")
            }
        };
        let groups = list(
            all_groups
                .into_iter()
                .filter(|(id, _)| draft.groups.contains(id))
                .map(|(_, name)| name)
                .collect(),
        );
        let languages = list(draft.spoken.iter().map(|s| ui.t(s.message_id())).collect());
        let helps = list(draft.helps.iter().map(|c| ui.t(c.message_id())).collect());
        Ok(ui.f(
            id,
            &[
                ("name", (&draft.name).into()),
                ("groups", (&groups).into()),
                ("languages", (&languages).into()),
                ("helps", (&helps).into()),
            ],
        ))
    }

    pub(super) async fn on_signup_name(
        &self,
        person: &Person,
        raw: &str,
        draft: Draft,
        editing: bool,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let state = State::Signup {
            step: SignupStep::Name,
            draft: draft.clone(),
            editing,
        };
        let name = match text::words(raw, MAX_NAME_CHARS) {
            Ok(name) => name.replace('\n', " "),
            Err(TextError::NoWords) => {
                return Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain("not-understood")));
            }
            Err(TextError::TooLong { max }) => {
                return Ok(self
                    .current_screen(person, state)
                    .await?
                    .prepend(ui.plain_with("message-too-long", &[("max", max.into())])));
            }
        };
        let state = State::Signup {
            step: SignupStep::Groups,
            draft: Draft { name, ..draft },
            editing,
        };
        self.current_screen(person, state).await
    }

    async fn on_signup_action(
        &self,
        person: &Person,
        state: State,
        action: Action,
    ) -> anyhow::Result<Step> {
        let State::Signup {
            step,
            mut draft,
            editing,
        } = state.clone()
        else {
            return self.expired(person, state).await;
        };
        let ui = self.ui(person.lang);
        fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
            match list.iter().position(|x| *x == item) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(item),
            }
        }
        let next_step = match (step, action) {
            (SignupStep::Groups, Action::ToggleGroup(group)) => {
                let known = self
                    .store
                    .groups(person.lang)
                    .await?
                    .iter()
                    .any(|(id, _)| *id == group);
                if !known {
                    return self.expired(person, state).await;
                }
                toggle(&mut draft.groups, group);
                step
            }
            (SignupStep::Languages, Action::ToggleSpoken(spoken)) => {
                toggle(&mut draft.spoken, spoken);
                step
            }
            (SignupStep::Helps, Action::ToggleHelp(category)) => {
                toggle(&mut draft.helps, category);
                step
            }
            (SignupStep::Groups, Action::SignupNext) => SignupStep::Languages,
            (SignupStep::Languages | SignupStep::Helps, Action::SignupNext) => {
                let chosen = if step == SignupStep::Languages {
                    draft.spoken.is_empty()
                } else {
                    draft.helps.is_empty()
                };
                if chosen {
                    return Ok(self
                        .current_screen(person, state)
                        .await?
                        .prepend(ui.plain("signup-choose-one")));
                }
                if step == SignupStep::Languages {
                    SignupStep::Helps
                } else {
                    SignupStep::Confirm
                }
            }
            (SignupStep::Confirm, Action::SignupSend) => {
                return self.send_signup(person, draft, editing).await;
            }
            _ => return self.expired(person, state).await,
        };
        draft.spoken.sort();
        self.current_screen(
            person,
            State::Signup {
                step: next_step,
                draft,
                editing,
            },
        )
        .await
    }

    /// Stores the sign-up and tells the coordinators of the volunteer's groups, in one go.
    async fn send_signup(
        &self,
        person: &Person,
        draft: Draft,
        editing: bool,
    ) -> anyhow::Result<Step> {
        let now = self.now();
        let mut coordinators = vec![];
        if draft.groups.is_empty() {
            coordinators.extend(self.coordinators_of(None).await?);
        }
        for group in &draft.groups {
            coordinators.extend(self.coordinators_of(Some(*group)).await?);
        }
        coordinators.sort();
        coordinators.dedup();
        coordinators.retain(|c| *c != person.id);
        let mut notices = vec![];
        for coordinator in coordinators {
            let Some(c) = self.store.person(coordinator).await? else {
                continue;
            };
            let ui = self.ui(c.lang);
            notices.push((
                coordinator,
                ui.reply(
                    self.profile_text(c.lang, "signup-notice", &draft).await?,
                    vec![vec![
                        ui.button("approve", Action::Approve(person.id)),
                        ui.button("decline", Action::Decline(person.id)),
                    ]],
                ),
            ));
        }
        let mut tx = self.store.begin().await?;
        let fresh = tx.save_volunteer(person.id, &draft, now).await?;
        if fresh {
            for (coordinator, notice) in &notices {
                tx.enqueue(*coordinator, notice, now, now).await?;
            }
        }
        tx.commit().await?;
        let said = if fresh && !editing {
            "signup-sent"
        } else {
            "profile-saved"
        };
        self.menu_after(person, self.ui(person.lang).plain(said))
            .await
    }

    // ---- Actions ---------------------------------------------------------------------------

    /// Every volunteer, relay and coordinator action, with the actor's rights checked here.
    pub(super) async fn on_role_action(
        &self,
        person: &Person,
        state: State,
        action: Action,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let now = self.now();
        match action {
            Action::Volunteer => {
                if person.consent != crate::store::Consent::Agreed {
                    return Ok(Step {
                        replies: vec![ui.privacy_needed()],
                        state,
                    });
                }
                if self.store.volunteer(person.id).await?.is_some() {
                    return self.expired(person, state).await;
                }
                let state = State::Signup {
                    step: SignupStep::Name,
                    draft: Draft::default(),
                    editing: false,
                };
                self.current_screen(person, state).await
            }
            Action::EditProfile => match self.store.volunteer(person.id).await? {
                Some(volunteer) => {
                    let state = State::Signup {
                        step: SignupStep::Name,
                        draft: volunteer.profile,
                        editing: true,
                    };
                    self.current_screen(person, state).await
                }
                None => self.expired(person, state).await,
            },
            Action::ToggleGroup(_)
            | Action::ToggleSpoken(_)
            | Action::ToggleHelp(_)
            | Action::SignupNext
            | Action::SignupSend => self.on_signup_action(person, state, action).await,
            Action::MyTasks => {
                let Some(_) = self.approved(person).await? else {
                    return self.expired(person, state).await;
                };
                self.tasks(person).await
            }
            Action::Pause(paused) => {
                let Some(_) = self.approved(person).await? else {
                    return self.expired(person, state).await;
                };
                self.store.set_paused(person.id, paused).await?;
                self.menu_after(person, ui.plain(if paused { "paused" } else { "resumed" }))
                    .await
            }
            Action::Accept(request) => self.accept(person, state, request).await,
            Action::NotMe(request) => {
                let mut tx = self.store.begin().await?;
                let noted = tx.decline_notice(request, person.id).await?;
                tx.commit().await?;
                if !noted {
                    return self.expired(person, state).await;
                }
                self.menu_after(person, ui.plain("not-me-ok")).await
            }
            Action::OpenRelay(request) => match self.relay_screen(person, request).await? {
                Some(screen) => Ok(Step {
                    replies: vec![screen],
                    state: State::Relaying { request },
                }),
                None => self.expired(person, state).await,
            },
            Action::EndRelay(request) => self.end_relay(person, state, request).await,
            Action::MarkDone(request) => self.mark_done(person, state, request).await,
            Action::Feedback(request, good) => {
                let mut tx = self.store.begin().await?;
                let noted = tx.feedback(request, person.id, good).await?;
                tx.commit().await?;
                if !noted {
                    return self.expired(person, state).await;
                }
                self.menu_after(person, ui.plain("feedback-thanks")).await
            }
            Action::CoordinatorMenu => Ok(Step {
                replies: vec![self.main_menu(person).await?],
                state: State::Menu,
            }),
            Action::PendingSignups => {
                let roles = self.roles(person).await?;
                if !roles.is_coordinator() {
                    return self.expired(person, state).await;
                }
                self.pending_screen(person, &roles).await
            }
            Action::Approve(volunteer) | Action::Decline(volunteer) => {
                self.decide(
                    person,
                    state,
                    volunteer,
                    matches!(action, Action::Approve(_)),
                )
                .await
            }
            Action::OpenRequests => {
                let roles = self.roles(person).await?;
                if !roles.is_coordinator() {
                    return self.expired(person, state).await;
                }
                self.open_requests_screen(person, &roles).await
            }
            Action::TakeRequest(request) => {
                let Some(detail) = self.coordinated_request(person, request).await? else {
                    return self.expired(person, state).await;
                };
                let name = self.display_name(person).await?;
                self.give(person, &detail, person.id, &name).await
            }
            Action::HandOver(request) => {
                let Some(detail) = self.coordinated_request(person, request).await? else {
                    return self.expired(person, state).await;
                };
                let volunteers = self.store.volunteers_of(detail.group).await?;
                if volunteers.is_empty() {
                    return self.menu_after(person, ui.plain("hand-none")).await;
                }
                let mut buttons: Vec<_> = volunteers
                    .into_iter()
                    .map(|(id, name)| {
                        vec![crate::message::Button {
                            label: format!("👉 {name}"),
                            action: Action::HandTo(request, id),
                        }]
                    })
                    .collect();
                buttons.push(ui.nav());
                Ok(Step {
                    replies: vec![ui.reply(
                        ui.f("hand-choose", &[("request", request.get().into())]),
                        buttons,
                    )],
                    state: State::Menu,
                })
            }
            Action::HandTo(request, volunteer) => {
                let Some(detail) = self.coordinated_request(person, request).await? else {
                    return self.expired(person, state).await;
                };
                let name = self
                    .store
                    .volunteers_of(detail.group)
                    .await?
                    .into_iter()
                    .find(|(id, _)| *id == volunteer)
                    .map(|(_, name)| name);
                let Some(name) = name else {
                    return self.expired(person, state).await;
                };
                self.give(person, &detail, volunteer, &name).await
            }
            Action::Invite => {
                if !self.roles(person).await?.admin {
                    return self.expired(person, state).await;
                }
                let mut buttons: Vec<_> = self
                    .store
                    .groups(person.lang)
                    .await?
                    .into_iter()
                    .map(|(id, name)| {
                        vec![crate::message::Button {
                            label: name,
                            action: Action::InviteFor(id),
                        }]
                    })
                    .collect();
                buttons.push(ui.nav());
                Ok(Step {
                    replies: vec![ui.reply(ui.t("invite-choose-group"), buttons)],
                    state: State::Menu,
                })
            }
            Action::InviteFor(group) => {
                let known = self
                    .store
                    .groups(person.lang)
                    .await?
                    .iter()
                    .any(|(id, _)| *id == group);
                if !self.roles(person).await?.admin || !known {
                    return self.expired(person, state).await;
                }
                let code = invite_code()?;
                self.store
                    .create_invite(group, person.id, &code, now)
                    .await?;
                Ok(Step {
                    replies: vec![self.main_menu(person).await?],
                    state: State::Menu,
                }
                .prepend(
                    ui.plain_with("invite-code", &[("code", (&format!("inv-{code}")).into())]),
                ))
            }
            other => self.on_coordinator_action(person, state, other).await,
        }
    }

    /// The person as an approved volunteer, if they are one.
    async fn approved(&self, person: &Person) -> anyhow::Result<Option<Volunteer>> {
        Ok(self
            .store
            .volunteer(person.id)
            .await?
            .filter(|v| v.status == VolunteerStatus::Approved))
    }

    /// The name a person goes by toward others: their volunteer name.
    async fn display_name(&self, person: &Person) -> anyhow::Result<String> {
        Ok(self
            .store
            .volunteer(person.id)
            .await?
            .map(|v| v.profile.name)
            .unwrap_or_else(|| "–".into()))
    }

    /// Uses an invite code: whoever sends it becomes a coordinator of its group.
    pub(super) async fn use_invite(&self, person: &Person, code: &str) -> anyhow::Result<Step> {
        let said = self.redeem_invite(person, code).await?;
        self.menu_after(person, said).await
    }

    /// Redeems an invite code, saying what came of it.
    pub(super) async fn redeem_invite(&self, person: &Person, code: &str) -> anyhow::Result<Reply> {
        let ui = self.ui(person.lang);
        let code = code.trim().trim_start_matches("inv-");
        let group = if code.is_empty() {
            None
        } else {
            self.store.use_invite(code, person.id, self.now()).await?
        };
        Ok(match group {
            Some(group) => {
                let name = self
                    .store
                    .groups(person.lang)
                    .await?
                    .into_iter()
                    .find(|(id, _)| *id == group)
                    .map(|(_, name)| name)
                    .unwrap_or_default();
                ui.plain_with("invite-used", &[("group", (&name).into())])
            }
            None => ui.plain("invite-invalid"),
        })
    }

    // ---- Coordinators deciding on volunteers -----------------------------------------------

    async fn pending_for(&self, roles: &Roles) -> anyhow::Result<Vec<Volunteer>> {
        Ok(self
            .store
            .pending_volunteers()
            .await?
            .into_iter()
            .filter(|v| roles.coordinates_any(&v.profile.groups))
            .collect())
    }

    async fn pending_screen(&self, person: &Person, roles: &Roles) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let pending = self.pending_for(roles).await?;
        if pending.is_empty() {
            return self.menu_after(person, ui.plain("pending-none")).await;
        }
        let mut replies = vec![ui.plain("pending-title")];
        for volunteer in pending {
            replies.push(
                ui.reply(
                    self.profile_text(person.lang, "signup-notice", &volunteer.profile)
                        .await?,
                    vec![vec![
                        ui.button("approve", Action::Approve(volunteer.person)),
                        ui.button("decline", Action::Decline(volunteer.person)),
                    ]],
                ),
            );
        }
        replies.push(self.main_menu(person).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
    }

    async fn decide(
        &self,
        person: &Person,
        state: State,
        volunteer: PersonId,
        approve: bool,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let roles = self.roles(person).await?;
        let Some(candidate) = self.store.volunteer(volunteer).await? else {
            return self.expired(person, state).await;
        };
        if !roles.coordinates_any(&candidate.profile.groups) || volunteer == person.id {
            return self.expired(person, state).await;
        }
        let Some(them) = self.store.person(volunteer).await? else {
            return self.expired(person, state).await;
        };
        let now = self.now();
        let told = self.ui(them.lang).plain(if approve {
            "volunteer-approved"
        } else {
            "volunteer-declined"
        });
        let mut tx = self.store.begin().await?;
        let decided = tx
            .decide_volunteer(volunteer, approve, person.id, now)
            .await?;
        if decided {
            tx.enqueue(volunteer, &told, now, now).await?;
        }
        tx.commit().await?;
        let said = if !decided {
            ui.plain("already-decided")
        } else {
            let id = if approve {
                "approved-coordinator"
            } else {
                "declined-coordinator"
            };
            ui.plain_with(id, &[("name", (&candidate.profile.name).into())])
        };
        self.menu_after(person, said).await
    }

    // ---- Routing ---------------------------------------------------------------------------
    //
    // Everything a transaction writes is read and rendered before it begins: a read through
    // the pool while a transaction holds the write lock could wait on a connection that
    // another waiting writer holds.

    /// Who hears of a new request, read before its transaction: the volunteers who may take
    /// it and the offer's titles.
    pub(super) async fn plan_route(
        &self,
        newcomer: PersonId,
        offer: &OfferView,
    ) -> anyhow::Result<Option<(Vec<Candidate>, Titles)>> {
        if offer.kind != OfferKind::Volunteer {
            return Ok(None);
        }
        let candidates = self
            .store
            .candidates(offer.group_id, offer.category)
            .await?
            .into_iter()
            .filter(|c| c.person != newcomer)
            .collect();
        Ok(Some((candidates, self.titles(offer.id).await?)))
    }

    /// Within the request's own transaction: tells the volunteers who should hear first, and
    /// plans the widening and the escalation.
    pub(super) async fn route(
        &self,
        tx: &mut Tx,
        request: &RequestDetail,
        (candidates, titles): &(Vec<Candidate>, Titles),
    ) -> anyhow::Result<()> {
        let now = self.now();
        let routing = &self.settings.routing;
        let speaks = |c: &&Candidate| c.spoken.iter().any(|s| s.code() == request.lang.code());
        let first: Vec<&Candidate> = candidates.iter().filter(speaks).collect();
        let circle = if first.is_empty() {
            candidates.iter().collect()
        } else {
            first.clone()
        };
        for candidate in circle {
            self.notify(tx, request, candidate, titles).await?;
        }
        if !first.is_empty() && first.len() < candidates.len() {
            tx.schedule(JobKind::Widen, request.id.get(), now + routing.widen_after)
                .await?;
        }
        tx.schedule(
            JobKind::Escalate,
            request.id.get(),
            now + routing.escalate_after,
        )
        .await
    }

    /// Queues one volunteer's notification of a request, outside quiet hours.
    async fn notify(
        &self,
        tx: &mut Tx,
        request: &RequestDetail,
        volunteer: &Candidate,
        titles: &Titles,
    ) -> anyhow::Result<()> {
        let now = self.now();
        let ui = self.ui(volunteer.lang);
        let message = ui.reply(
            self.request_text(volunteer.lang, "notice-new-request", request, titles),
            vec![vec![
                ui.button("notice-accept", Action::Accept(request.id)),
                ui.button("notice-not-me", Action::NotMe(request.id)),
            ]],
        );
        let at = self.settings.routing.quiet.next_allowed(now);
        let outbox = tx.enqueue(volunteer.person, &message, at, now).await?;
        tx.add_notice(request.id, volunteer.person, outbox, now)
            .await
    }

    /// A request as volunteers and coordinators see it: offer, language and note, never the
    /// newcomer's name or handle.
    fn request_text(
        &self,
        lang: Lang,
        id: &str,
        request: &RequestDetail,
        titles: &Titles,
    ) -> String {
        let ui = self.ui(lang);
        let language = ui.t(&format!("spoken-{}", request.lang.code()));
        let note = request
            .note
            .clone()
            .unwrap_or_else(|| ui.t("notice-no-note"));
        ui.f(
            id,
            &[
                ("request", request.id.get().into()),
                ("offer", titles.get(lang).into()),
                ("language", (&language).into()),
                ("note", (&note).into()),
            ],
        )
    }

    async fn offer_title(&self, request: &RequestDetail, lang: Lang) -> anyhow::Result<String> {
        Ok(self
            .store
            .offer(request.offer, lang)
            .await?
            .map(|o| o.title)
            .unwrap_or_default())
    }

    /// An offer's title in every language, to render messages inside a transaction.
    async fn titles(&self, offer: OfferId) -> anyhow::Result<Titles> {
        let mut titles = Titles::default();
        for lang in Lang::ALL {
            let title = self.store.offer(offer, lang).await?.map(|o| o.title);
            titles.0.push((lang, title.unwrap_or_default()));
        }
        Ok(titles)
    }

    /// The people to write to, with their languages, read before a transaction.
    async fn people(&self, ids: &[PersonId]) -> anyhow::Result<Vec<Person>> {
        let mut people = vec![];
        for &id in ids {
            if let Some(person) = self.store.person(id).await? {
                people.push(person);
            }
        }
        Ok(people)
    }

    /// Runs the time-driven work that has fallen due: widening, escalation and event
    /// reminders. Returns how many jobs ran. Safe to call often and from a restarted process.
    pub async fn tick(&self) -> anyhow::Result<usize> {
        let now = self.now();
        let jobs = self.store.due_jobs(now).await?;
        for job in &jobs {
            if job.kind == JobKind::Remind {
                self.remind(job.id, job.ref_id).await?;
                continue;
            }
            let request = RequestId::try_from(job.ref_id)?;
            let detail = self
                .store
                .request(request)
                .await?
                .filter(|d| d.status == RequestStatus::Open);
            let Some(detail) = detail else {
                let mut tx = self.store.begin().await?;
                tx.finish_job(job.id, now).await?;
                tx.commit().await?;
                continue;
            };
            let titles = self.titles(detail.offer).await?;
            match job.kind {
                JobKind::Widen => {
                    let told: Vec<PersonId> = self
                        .store
                        .notices_of(request)
                        .await?
                        .into_iter()
                        .map(|n| n.0)
                        .collect();
                    let rest: Vec<Candidate> = self
                        .store
                        .candidates(detail.group, detail.category)
                        .await?
                        .into_iter()
                        .filter(|c| !told.contains(&c.person) && c.person != detail.newcomer)
                        .collect();
                    let mut tx = self.store.begin().await?;
                    tx.finish_job(job.id, now).await?;
                    for candidate in &rest {
                        self.notify(&mut tx, &detail, candidate, &titles).await?;
                    }
                    tx.commit().await?;
                }
                // Handled before the request is loaded.
                JobKind::Remind => {}
                JobKind::Escalate => {
                    let coordinators = self
                        .people(&self.coordinators_of(Some(detail.group)).await?)
                        .await?;
                    let at = self.settings.routing.quiet.next_allowed(now);
                    let mut tx = self.store.begin().await?;
                    tx.finish_job(job.id, now).await?;
                    tx.mark_escalated(request, now).await?;
                    for coordinator in &coordinators {
                        let message = self.escalation_message(coordinator.lang, &detail, &titles);
                        tx.enqueue(coordinator.id, &message, at, now).await?;
                    }
                    tx.commit().await?;
                }
            }
        }
        Ok(jobs.len())
    }

    fn escalation_message(&self, lang: Lang, request: &RequestDetail, titles: &Titles) -> Reply {
        let ui = self.ui(lang);
        ui.reply(
            self.request_text(lang, "escalation-notice", request, titles),
            vec![
                vec![ui.button_with(
                    "take-myself",
                    &[("request", request.id.get().into())],
                    Action::TakeRequest(request.id),
                )],
                vec![ui.button_with(
                    "hand-over",
                    &[("request", request.id.get().into())],
                    Action::HandOver(request.id),
                )],
            ],
        )
    }

    async fn open_requests_screen(&self, person: &Person, roles: &Roles) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let groups = match &roles.coordinates {
            Coordinates::Groups(groups) if !roles.admin => Some(groups.as_slice()),
            _ => None,
        };
        let open = self
            .store
            .requests_in(groups, &[RequestStatus::Open])
            .await?;
        if open.is_empty() {
            return self
                .menu_after(person, ui.plain("open-requests-none"))
                .await;
        }
        let mut replies = vec![ui.plain("open-requests-title")];
        for request in &open {
            let titles = self.titles(request.offer).await?;
            replies.push(self.escalation_message(person.lang, request, &titles));
        }
        replies.push(self.main_menu(person).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
    }

    /// A request in a group the person coordinates, still open.
    async fn coordinated_request(
        &self,
        person: &Person,
        request: RequestId,
    ) -> anyhow::Result<Option<RequestDetail>> {
        let roles = self.roles(person).await?;
        Ok(self
            .store
            .request(request)
            .await?
            .filter(|d| d.status == RequestStatus::Open && roles.coordinates(d.group)))
    }

    // ---- Claiming --------------------------------------------------------------------------

    async fn accept(
        &self,
        person: &Person,
        state: State,
        request: RequestId,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let told = self
            .store
            .notices_of(request)
            .await?
            .iter()
            .any(|(v, _, _)| *v == person.id);
        let Some(volunteer) = self.approved(person).await? else {
            return self.expired(person, state).await;
        };
        let Some(detail) = self.store.request(request).await? else {
            return self.expired(person, state).await;
        };
        if !told {
            return self.expired(person, state).await;
        }
        if detail.status == RequestStatus::Cancelled {
            return Ok(Step {
                replies: vec![self.main_menu(person).await?],
                state: State::Menu,
            }
            .prepend(ui.plain_with(
                "request-withdrawn",
                &[
                    ("request", request.get().into()),
                    (
                        "offer",
                        (&self.offer_title(&detail, person.lang).await?).into(),
                    ),
                ],
            )));
        }
        if detail.status != RequestStatus::Open {
            return self.menu_after(person, ui.plain("claim-lost")).await;
        }
        match self
            .claim(&detail, person.id, &volunteer.profile.name, None)
            .await?
        {
            true => self.claimed_screen(person, &detail, "claim-won").await,
            false => self.menu_after(person, ui.plain("claim-lost")).await,
        }
    }

    /// A coordinator takes a request or gives it to a named volunteer.
    async fn give(
        &self,
        coordinator: &Person,
        detail: &RequestDetail,
        to: PersonId,
        name: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(coordinator.lang);
        let handed_by = (to != coordinator.id).then_some(coordinator.id);
        if !self.claim(detail, to, name, handed_by).await? {
            return self.menu_after(coordinator, ui.plain("claim-lost")).await;
        }
        if to == coordinator.id {
            return self.claimed_screen(coordinator, detail, "claim-won").await;
        }
        self.menu_after(
            coordinator,
            ui.plain_with(
                "handed",
                &[("request", detail.id.get().into()), ("name", name.into())],
            ),
        )
        .await
    }

    /// First accept wins: the claim, the newcomer's news and everyone else's "taken" commit
    /// together. Returns false if someone else was first.
    async fn claim(
        &self,
        detail: &RequestDetail,
        volunteer: PersonId,
        name: &str,
        handed_by: Option<PersonId>,
    ) -> anyhow::Result<bool> {
        let now = self.now();
        let notices = self.store.notices_of(detail.id).await?;
        let titles = self.titles(detail.offer).await?;
        let mut ids = vec![detail.newcomer, volunteer];
        ids.extend(notices.iter().map(|n| n.0));
        let people = self.people(&ids).await?;
        let lang_of = |id: PersonId| people.iter().find(|p| p.id == id).map(|p| p.lang);
        let mut tx = self.store.begin().await?;
        if !tx.claim(detail.id, volunteer, now).await? {
            return Ok(false);
        }
        tx.finish_jobs_of(detail.id.get(), now).await?;
        if let Some(lang) = lang_of(detail.newcomer) {
            let ui = self.ui(lang);
            let message = ui.reply(
                ui.f(
                    "newcomer-claimed",
                    &[("name", name.into()), ("offer", titles.get(lang).into())],
                ),
                vec![vec![ui.button("relay-reply", Action::OpenRelay(detail.id))]],
            );
            tx.enqueue(detail.newcomer, &message, now, now).await?;
        }
        if handed_by.is_some()
            && let Some(lang) = lang_of(volunteer)
        {
            let ui = self.ui(lang);
            let message = ui.reply(
                ui.f(
                    "notice-handed",
                    &[
                        ("request", detail.id.get().into()),
                        ("offer", titles.get(lang).into()),
                    ],
                ),
                vec![vec![ui.button("relay-reply", Action::OpenRelay(detail.id))]],
            );
            tx.enqueue(volunteer, &message, now, now).await?;
        }
        let morning = self.settings.routing.quiet.next_allowed(now);
        for (other, declined, outbox) in notices {
            if other == volunteer {
                continue;
            }
            let withdrawn = match outbox {
                Some(outbox) => tx.withdraw(outbox).await?,
                None => false,
            };
            let Some(lang) = lang_of(other).filter(|_| !withdrawn && !declined) else {
                continue;
            };
            let message = self.ui(lang).plain_with(
                "notice-taken",
                &[
                    ("request", detail.id.get().into()),
                    ("offer", titles.get(lang).into()),
                ],
            );
            tx.enqueue(other, &message, morning, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    async fn claimed_screen(
        &self,
        person: &Person,
        detail: &RequestDetail,
        said: &str,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let offer = self.offer_title(detail, person.lang).await?;
        let screen = self.relay_screen(person, detail.id).await?;
        Ok(Step {
            replies: screen.into_iter().collect(),
            state: State::Relaying { request: detail.id },
        }
        .prepend(ui.plain_with(
            said,
            &[
                ("request", detail.id.get().into()),
                ("offer", (&offer).into()),
            ],
        )))
    }

    async fn tasks(&self, person: &Person) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let tasks = self.store.tasks_of(person.id).await?;
        if tasks.is_empty() {
            return self.menu_after(person, ui.plain("tasks-none")).await;
        }
        let mut lines = vec![ui.t("tasks-title")];
        let mut buttons = vec![];
        for task in &tasks {
            let offer = self.offer_title(task, person.lang).await?;
            let request: Arg<'_> = task.id.get().into();
            lines.push(ui.f(
                "task-line",
                &[
                    ("request", task.id.get().into()),
                    ("offer", (&offer).into()),
                ],
            ));
            buttons.push(vec![
                ui.button_with(
                    "task-write",
                    &[("request", request)],
                    Action::OpenRelay(task.id),
                ),
                ui.button_with(
                    "task-done",
                    &[("request", task.id.get().into())],
                    Action::MarkDone(task.id),
                ),
            ]);
        }
        buttons.push(ui.nav());
        Ok(Step {
            replies: vec![ui.reply(lines.join("\n"), buttons)],
            state: State::Menu,
        })
    }

    // ---- Relay -----------------------------------------------------------------------------

    /// The two sides of a request's conversation, if `person` is one of them and it is open:
    /// (the other side, whether `person` is the volunteer).
    async fn relay_sides(
        &self,
        person: &Person,
        request: RequestId,
    ) -> anyhow::Result<Option<(RequestDetail, PersonId, bool)>> {
        let Some(detail) = self.store.request(request).await? else {
            return Ok(None);
        };
        if detail.status != RequestStatus::Claimed || !detail.relay_open {
            return Ok(None);
        }
        let Some(volunteer) = detail.volunteer else {
            return Ok(None);
        };
        if person.id == volunteer {
            Ok(Some((detail.clone(), detail.newcomer, true)))
        } else if person.id == detail.newcomer {
            Ok(Some((detail, volunteer, false)))
        } else {
            Ok(None)
        }
    }

    /// The screen of an open conversation; `None` if the person is not in it or it ended.
    pub(super) async fn relay_screen(
        &self,
        person: &Person,
        request: RequestId,
    ) -> anyhow::Result<Option<Reply>> {
        let Some((detail, other, is_volunteer)) = self.relay_sides(person, request).await? else {
            return Ok(None);
        };
        let ui = self.ui(person.lang);
        let offer = self.offer_title(&detail, person.lang).await?;
        let text = if is_volunteer {
            ui.f(
                "relay-open-volunteer",
                &[
                    ("request", request.get().into()),
                    ("offer", (&offer).into()),
                ],
            )
        } else {
            let name = match self.store.person(other).await? {
                Some(v) => self.display_name(&v).await?,
                None => String::new(),
            };
            ui.f(
                "relay-open-newcomer",
                &[("name", (&name).into()), ("offer", (&offer).into())],
            )
        };
        let mut buttons = vec![];
        if is_volunteer {
            buttons.push(vec![ui.button("mark-done", Action::MarkDone(request))]);
        }
        buttons.push(vec![ui.button("relay-end", Action::EndRelay(request))]);
        buttons.push(ui.nav());
        Ok(Some(ui.reply(text, buttons)))
    }

    /// Text or a file written in a conversation goes to the other side, labelled.
    pub(super) async fn relay(
        &self,
        person: &Person,
        request: RequestId,
        body: &str,
        file: Option<&IncomingFile>,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let state = State::Relaying { request };
        let Some((detail, other, is_volunteer)) = self.relay_sides(person, request).await? else {
            return self.menu_after(person, ui.plain("relay-closed")).await;
        };
        let body = text::clean(body);
        if file.is_none() && body.is_empty() {
            return Ok(self
                .current_screen(person, state)
                .await?
                .prepend(ui.plain("not-understood")));
        }
        if body.chars().count() > MAX_RELAY_CHARS {
            return Ok(self
                .current_screen(person, state)
                .await?
                .prepend(ui.plain_with("message-too-long", &[("max", MAX_RELAY_CHARS.into())])));
        }
        let Some(them) = self.store.person(other).await? else {
            return self.menu_after(person, ui.plain("relay-closed")).await;
        };
        if file.is_some_and(|f| f.bytes.len() > MAX_FILE_BYTES) {
            let megabytes = (MAX_FILE_BYTES / (1024 * 1024)) as i64;
            return Ok(self
                .current_screen(person, state)
                .await?
                .prepend(ui.plain_with("file-too-large", &[("max", megabytes.into())])));
        }
        let now = self.now();
        let attachment = match file {
            Some(file) => Some(Attachment {
                kind: file.kind,
                file_id: self
                    .store
                    .save_file(person.id, &file.name, &file.mime, &file.bytes, now)
                    .await?,
                file_name: file.name.clone(),
                mime: file.mime.clone(),
                native: file.native.clone(),
            }),
            None => None,
        };
        let their_ui = self.ui(them.lang);
        let offer = self.offer_title(&detail, them.lang).await?;
        let label = if is_volunteer {
            let name = self.display_name(person).await?;
            their_ui.f(
                "relay-from-volunteer",
                &[("name", (&name).into()), ("offer", (&offer).into())],
            )
        } else {
            their_ui.f(
                "relay-from-newcomer",
                &[
                    ("request", request.get().into()),
                    ("offer", (&offer).into()),
                ],
            )
        };
        let text = if body.is_empty() {
            label
        } else {
            format!("{label}\n{body}")
        };
        let message = Reply {
            attachment,
            ..their_ui.reply(
                text,
                vec![vec![
                    their_ui.button("relay-reply", Action::OpenRelay(request)),
                ]],
            )
        };
        let mut tx = self.store.begin().await?;
        tx.enqueue(other, &message, now, now).await?;
        tx.commit().await?;
        let mut sent = ui.plain("relay-sent");
        sent.buttons = self
            .relay_screen(person, request)
            .await?
            .map(|s| s.buttons)
            .unwrap_or_default();
        Ok(Step {
            replies: vec![sent],
            state,
        })
    }

    async fn end_relay(
        &self,
        person: &Person,
        state: State,
        request: RequestId,
    ) -> anyhow::Result<Step> {
        let Some((detail, other, _)) = self.relay_sides(person, request).await? else {
            return self.expired(person, state).await;
        };
        let now = self.now();
        let titles = self.titles(detail.offer).await?;
        let ended = |lang: Lang| {
            self.ui(lang)
                .plain_with("relay-ended", &[("offer", titles.get(lang).into())])
        };
        let other = self.people(&[other]).await?;
        let mut tx = self.store.begin().await?;
        tx.set_relay(request, false).await?;
        for them in &other {
            tx.enqueue(them.id, &ended(them.lang), now, now).await?;
        }
        tx.commit().await?;
        self.menu_after(person, ended(person.lang)).await
    }

    async fn mark_done(
        &self,
        person: &Person,
        state: State,
        request: RequestId,
    ) -> anyhow::Result<Step> {
        let ui = self.ui(person.lang);
        let Some(detail) = self.store.request(request).await? else {
            return self.expired(person, state).await;
        };
        if detail.volunteer != Some(person.id) || detail.status != RequestStatus::Claimed {
            return self.expired(person, state).await;
        }
        let now = self.now();
        let name = self.display_name(person).await?;
        let titles = self.titles(detail.offer).await?;
        let newcomer = self.people(&[detail.newcomer]).await?;
        let mut tx = self.store.begin().await?;
        if !tx.finish_request(request, person.id, now).await? {
            return self.expired(person, state).await;
        }
        for newcomer in &newcomer {
            let their_ui = self.ui(newcomer.lang);
            let message = their_ui.reply(
                their_ui.f(
                    "feedback-ask",
                    &[
                        ("name", (&name).into()),
                        ("offer", titles.get(newcomer.lang).into()),
                    ],
                ),
                vec![vec![
                    their_ui.button("feedback-good", Action::Feedback(request, true)),
                    their_ui.button("feedback-bad", Action::Feedback(request, false)),
                ]],
            );
            tx.enqueue(newcomer.id, &message, now, now).await?;
        }
        tx.commit().await?;
        self.menu_after(
            person,
            ui.plain_with(
                "request-done-volunteer",
                &[("request", request.get().into())],
            ),
        )
        .await
    }

    /// A newcomer cancels their request: the volunteer helping is told, notices not yet sent
    /// are withdrawn and those already told hear it is gone, all with the cancellation.
    /// Returns false if it was not theirs or no longer active.
    pub(super) async fn cancel(&self, person: &Person, request: RequestId) -> anyhow::Result<bool> {
        let Some(detail) = self.store.request(request).await? else {
            return Ok(false);
        };
        let now = self.now();
        let notices = self.store.notices_of(request).await?;
        let titles = self.titles(detail.offer).await?;
        let mut ids: Vec<PersonId> = notices.iter().filter(|n| !n.1).map(|n| n.0).collect();
        ids.extend(detail.volunteer);
        ids.sort();
        ids.dedup();
        let people = self.people(&ids).await?;
        let mut tx = self.store.begin().await?;
        if !tx.cancel_request(person.id, request, now).await? {
            return Ok(false);
        }
        tx.finish_jobs_of(request.get(), now).await?;
        for them in &people {
            let pending = notices.iter().find(|n| n.0 == them.id).and_then(|n| n.2);
            let withdrawn = match pending {
                Some(outbox) if detail.volunteer != Some(them.id) => tx.withdraw(outbox).await?,
                _ => false,
            };
            if withdrawn {
                continue;
            }
            let message = self.ui(them.lang).plain_with(
                "request-withdrawn",
                &[
                    ("request", request.get().into()),
                    ("offer", titles.get(them.lang).into()),
                ],
            );
            tx.enqueue(them.id, &message, now, now).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// When a volunteer is erased: their unfinished requests go back to the pool and to the
    /// coordinators, in the same transaction as the erasure.
    pub(super) async fn release_tasks(&self, tx: &mut Tx, person: &Person) -> anyhow::Result<()> {
        let now = self.now();
        for request in tx.reopen_tasks_of(person.id, now).await? {
            tx.schedule(JobKind::Escalate, request.get(), now).await?;
        }
        Ok(())
    }
}

/// A label with a tick in front when chosen.
fn ticked(on: bool, label: String) -> String {
    if on { format!("✓ {label}") } else { label }
}

/// Buttons two to a row, one per item, ticked when chosen.
fn toggles<T: Copy + PartialEq>(
    items: &[T],
    chosen: &[T],
    label: impl Fn(T) -> String,
    action: impl Fn(T) -> Action,
) -> Vec<Vec<crate::message::Button>> {
    items
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|item| {
                    let label = label(*item);
                    crate::message::Button {
                        label: if chosen.contains(item) {
                            format!("✓ {label}")
                        } else {
                            label
                        },
                        action: action(*item),
                    }
                })
                .collect()
        })
        .collect()
}

/// A one-time invite code: 8 characters easy to read aloud and type.
fn invite_code() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("no randomness for an invite code: {e}"))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}

/// An offer's title in each language, read before a transaction renders messages with it.
#[derive(Debug, Default)]
pub(super) struct Titles(Vec<(Lang, String)>);

impl Titles {
    fn get(&self, lang: Lang) -> &str {
        self.0
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("", |(_, title)| title.as_str())
    }
}
