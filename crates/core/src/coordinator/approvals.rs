//! Deciding on volunteers who signed up, and invite codes that make someone a coordinator.

use crate::action::CoordinatorAction;
use chrono::Duration;

use crate::domain::ids::PersonId;
use crate::domain::roles::{Coordinates, Roles};
use crate::domain::{Audited, Consent, Volunteer, invite_hash};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow, not_self};
use crate::message::{Button, Reply};

impl Engine {
    /// Uses an invite code: whoever sends it becomes a coordinator of its group.
    /// An invite code sent as a command: used at once by someone who agreed to the privacy
    /// notice; anyone else reads the notice first, and the code counts once they agree.
    pub(crate) async fn use_invite(&self, actor: &Actor, code: &str) -> Flow {
        let ui = self.ui(actor.lang);
        if actor.consent != Consent::Agreed {
            let state = State::ReadingPrivacy {
                then: None,
                invite: Some(invite_hash(code)),
            };
            return Ok(Step::one(self.privacy(actor).await?, state)
                .prepend(ui.plain("invite-after-privacy")));
        }
        let said = self.redeem_invite_hash(actor, &invite_hash(code)).await?;
        let actor = self.reread(actor).await?;
        Ok(self.menu_after(&actor, said).await?)
    }

    /// Uses the invite code with this hash, saying what came of it. Someone who tried five
    /// wrong codes within the hour is asked to wait.
    pub(crate) async fn redeem_invite_hash(
        &self,
        actor: &Actor,
        hash: &str,
    ) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        let now = self.now();
        let hour_ago = now - Duration::hours(1);
        if self.store.wrong_invites_since(actor.id, hour_ago).await? >= MAX_WRONG_INVITES {
            return Ok(ui.plain("invite-paused"));
        }
        let Some(group) = self.store.use_invite(hash, actor.id, now).await? else {
            self.store.wrong_invite(actor.id, now, hour_ago).await?;
            return Ok(ui.plain("invite-invalid"));
        };
        self.store
            .audit(actor.id, Audited::BecameCoordinator, group.get(), now)
            .await?;
        let name = self
            .store
            .groups(actor.lang)
            .await?
            .into_iter()
            .find(|(id, _)| *id == group)
            .map(|(_, name)| name)
            .unwrap_or_default();
        Ok(ui.plain_with("invite-used", &[("group", (&name).into())]))
    }

    /// The invite screen: a group to make a code for, and the codes this person made that
    /// still work, each with a button to withdraw it.
    pub(crate) async fn invite_screen(&self, actor: &Actor) -> Flow {
        let ui = self.ui(actor.lang);
        let groups = self.store.groups(actor.lang).await?;
        let mut buttons: Vec<_> = groups
            .iter()
            .map(|(id, name)| vec![Button::new(name.clone(), CoordinatorAction::InviteFor(*id))])
            .collect();
        let open = self.store.open_invites(actor.id, self.now()).await?;
        let mut text = ui.t("invite-choose-group");
        if !open.is_empty() {
            text = format!("{text}\n\n{}", ui.t("invite-open-title"));
        }
        for (id, group, expires) in open {
            let name = groups
                .iter()
                .find(|(g, _)| *g == group)
                .map(|(_, name)| name.as_str())
                .unwrap_or_default();
            let until = self.local_time(expires, actor.lang);
            buttons.push(vec![ui.button_with(
                "invite-revoke",
                &[("group", name.into()), ("date", (&until).into())],
                CoordinatorAction::RevokeInvite(id),
            )]);
        }
        buttons.push(ui.nav());
        Ok(Step::one(ui.reply(text, buttons), State::Menu))
    }

    pub(crate) async fn pending_for(&self, roles: &Roles) -> anyhow::Result<Vec<Volunteer>> {
        self.store.pending_volunteers(roles).await
    }

    /// The sign-ups waiting, as one message a page: each profile, a row of Approve and
    /// Decline by name for each, and a way to the pages before and after.
    pub(crate) async fn pending_screen(&self, actor: &Actor, roles: &Roles, page: u32) -> Flow {
        let ui = self.ui(actor.lang);
        let pending = self.pending_for(roles).await?;
        if pending.is_empty() {
            return Ok(self.menu_after(actor, ui.plain("pending-none")).await?);
        }
        let pages = pending.len().div_ceil(PENDING_PER_PAGE);
        let page = (page as usize).min(pages - 1);
        let groups = self.store.groups(actor.lang).await?;
        let mut text = ui.f("pending-count", &[("count", pending.len().into())]);
        if pages > 1 {
            let at = ui.f(
                "pending-page",
                &[("page", (page + 1).into()), ("pages", pages.into())],
            );
            text = format!("{text}\n{at}");
        }
        let mut buttons = vec![];
        for volunteer in pending
            .iter()
            .skip(page * PENDING_PER_PAGE)
            .take(PENDING_PER_PAGE)
        {
            let profile =
                self.profile_text_with(actor.lang, "signup-notice", &volunteer.profile, &groups);
            text = format!("{text}\n\n{profile}");
            let name = &volunteer.profile.name;
            buttons.push(vec![
                ui.button_with(
                    "pending-approve",
                    &[("name", name.into())],
                    CoordinatorAction::Approve(volunteer.person),
                ),
                ui.button_with(
                    "pending-decline",
                    &[("name", name.into())],
                    CoordinatorAction::Decline(volunteer.person),
                ),
            ]);
        }
        let turn = ui.page_turn(page as i64, pages as i64, CoordinatorAction::PendingPage);
        if !turn.is_empty() {
            buttons.push(turn);
        }
        buttons.push(ui.nav());
        Ok(Step::one(ui.reply(text, buttons), State::Menu))
    }

    pub(crate) async fn decide(&self, actor: &Actor, volunteer: PersonId, approve: bool) -> Flow {
        let ui = self.ui(actor.lang);
        let candidate = self
            .store
            .volunteer(volunteer)
            .await?
            .or_refuse(Refusal::NotFound)?;
        allow(
            actor.roles.coordinates_any(&candidate.profile.groups),
            Refusal::NotAllowed,
        )?;
        not_self(actor.id, volunteer)?;
        let them = self
            .store
            .person(volunteer)
            .await?
            .or_refuse(Refusal::NotFound)?;
        let now = self.now();
        let told = self.ui(them.lang).plain(if approve {
            "volunteer-approved"
        } else {
            "volunteer-declined"
        });
        let mut tx = self.store.begin().await?;
        // Staff decide for every group; a group's coordinator for the groups they coordinate.
        let scope = match &actor.roles.coordinates {
            Coordinates::Groups(groups) if !actor.roles.is_staff() => Some(groups.as_slice()),
            _ => None,
        };
        let decided = tx
            .decide_volunteer(volunteer, approve, actor.id, scope, now)
            .await?;
        if decided {
            tx.enqueue(volunteer, &told, now, now).await?;
            let action = if approve {
                Audited::Approve
            } else {
                Audited::Decline
            };
            tx.audit(actor.id, action, volunteer.get(), now).await?;
        }
        tx.commit().await?;
        allow(decided, Refusal::AlreadyDecided)?;
        let id = if approve {
            "approved-coordinator"
        } else {
            "declined-coordinator"
        };
        let said = ui.plain_with(id, &[("name", (&candidate.profile.name).into())]);
        Ok(self.menu_after(actor, said).await?)
    }
}

/// Sign-ups shown on one page: five profiles fit one phone screen and one Telegram message.
const PENDING_PER_PAGE: usize = 5;

/// Wrong invite codes a person may try within an hour before being asked to wait.
const MAX_WRONG_INVITES: i64 = 5;
