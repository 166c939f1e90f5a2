//! What a volunteer does: sign up and keep their profile, hear of requests that fit them,
//! take one (first accept wins), talk to the family through the bot without either seeing
//! the other's handle, mark it done, pause. Routing requests to the right volunteers and the
//! time-driven widening and escalation live here too.

mod claim;
pub(crate) mod relay;
pub(crate) mod routing;
mod signup;

pub use relay::{MAX_FILE_BYTES, MAX_RELAY_CHARS};
pub use signup::MAX_NAME_CHARS;

use crate::action::VolunteerAction;
use crate::domain::ids::PersonId;
use crate::domain::{Consent, Draft, JobKind, VolunteerStatus};
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, SignupStep, State, Step, allow};
use crate::store::Tx;

impl Engine {
    /// Every volunteer action, with the actor's rights checked here.
    pub(crate) async fn on_volunteer(
        &self,
        actor: &Actor,
        state: State,
        action: VolunteerAction,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        match action {
            VolunteerAction::SignUp => {
                allow(actor.consent == Consent::Agreed, Refusal::NeedsConsent)?;
                allow(actor.volunteer.is_none(), Refusal::Expired)?;
                let state = State::Signup {
                    step: SignupStep::Name,
                    draft: Draft::default(),
                    editing: false,
                };
                Ok(self.current_screen(actor, state).await?)
            }
            VolunteerAction::EditProfile => {
                let volunteer = actor.volunteer.as_ref().or_refuse(Refusal::Expired)?;
                let state = State::Signup {
                    step: SignupStep::Name,
                    draft: volunteer.profile.clone(),
                    editing: true,
                };
                Ok(self.current_screen(actor, state).await?)
            }
            VolunteerAction::ToggleGroup(_)
            | VolunteerAction::ToggleSpoken(_)
            | VolunteerAction::ToggleHelp(_)
            | VolunteerAction::SignupNext
            | VolunteerAction::SignupBack
            | VolunteerAction::SignupSend => self.on_signup_action(actor, state, action).await,
            VolunteerAction::MyTasks => {
                actor.approved_volunteer().or_refuse(Refusal::NotAllowed)?;
                self.tasks(actor).await
            }
            VolunteerAction::Pause(paused) => {
                actor.approved_volunteer().or_refuse(Refusal::NotAllowed)?;
                self.store.set_paused(actor.id, paused).await?;
                let actor = self.reread(actor).await?;
                let said = ui.plain(if paused { "paused" } else { "resumed" });
                Ok(self.menu_after(&actor, said).await?)
            }
            VolunteerAction::Accept(request) => self.accept(actor, request).await,
            VolunteerAction::NotMe(request) => {
                let mut tx = self.store.begin().await?;
                let noted = tx.decline_notice(request, actor.id).await?;
                tx.commit().await?;
                allow(noted, Refusal::Expired)?;
                Ok(self.menu_after(actor, ui.plain("not-me-ok")).await?)
            }
            VolunteerAction::OpenRelay(request) => match self.relay_screen(actor, request).await? {
                Some(screen) => Ok(Step::one(screen, State::Relaying { request })),
                // A conversation one was in has ended: say so, rather than "this button
                // no longer works".
                None => self.relay_ended(actor, request).await,
            },
            VolunteerAction::EndRelay(request) => self.end_relay(actor, request).await,
            VolunteerAction::MarkDone(request) => self.confirm_done(actor, state, request).await,
            VolunteerAction::ConfirmDone(request) => self.mark_done(actor, request).await,
            VolunteerAction::GiveBack(request) => self.give_back(actor, request).await,
        }
    }

    /// What `/mydata` adds for volunteers and for files sent through the relay.
    pub(crate) async fn volunteer_data(&self, actor: &Actor) -> anyhow::Result<Vec<String>> {
        let ui = self.ui(actor.lang);
        let mut lines = vec![];
        if let Some(volunteer) = &actor.volunteer {
            lines.push(
                self.profile_text(actor.lang, "my-data-volunteer", &volunteer.profile)
                    .await?,
            );
            lines.push(ui.t(match (volunteer.status, volunteer.paused) {
                (VolunteerStatus::Pending, _) => "volunteer-pending",
                (VolunteerStatus::Declined, _) => "volunteer-declined-status",
                (VolunteerStatus::Approved, true) => "volunteer-paused-note",
                (VolunteerStatus::Approved, false) => "my-data-volunteer-approved",
            }));
        }
        let files = self.store.files_of(actor.id).await?;
        if files > 0 {
            lines.push(ui.f("my-data-files", &[("count", files.into())]));
        }
        Ok(lines)
    }

    /// The name a person goes by toward others: their volunteer name.
    pub(crate) async fn display_name(&self, person: PersonId) -> anyhow::Result<String> {
        Ok(self
            .store
            .volunteer_name(person)
            .await?
            .unwrap_or_else(|| "–".into()))
    }

    /// When a volunteer is erased: their unfinished requests go back to the pool and to the
    /// coordinators, in the same transaction as the erasure.
    pub(crate) async fn release_tasks(&self, tx: &mut Tx, actor: &Actor) -> anyhow::Result<()> {
        let now = self.now();
        for request in tx.reopen_tasks_of(actor.id, now).await? {
            tx.schedule(JobKind::Escalate, request.get(), now).await?;
        }
        Ok(())
    }
}
