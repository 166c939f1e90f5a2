//! Deciding on volunteers who signed up, and invite codes that make someone a coordinator.

use crate::action::CoordinatorAction;
use crate::domain::Volunteer;
use crate::domain::ids::PersonId;
use crate::domain::roles::Roles;
use crate::engine::{Actor, Engine, Flow, OrRefuse, Refusal, State, Step, allow, not_self};
use crate::message::Reply;

impl Engine {
    /// Uses an invite code: whoever sends it becomes a coordinator of its group.
    pub(crate) async fn use_invite(&self, actor: &Actor, code: &str) -> Flow {
        let said = self.redeem_invite(actor, code).await?;
        Ok(self.menu_after(actor, said).await?)
    }

    /// Redeems an invite code, saying what came of it.
    pub(crate) async fn redeem_invite(&self, actor: &Actor, code: &str) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        let code = code.trim().trim_start_matches("inv-");
        let group = if code.is_empty() {
            None
        } else {
            self.store.use_invite(code, actor.id, self.now()).await?
        };
        Ok(match group {
            Some(group) => {
                let name = self
                    .store
                    .groups(actor.lang)
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

    pub(crate) async fn pending_for(&self, roles: &Roles) -> anyhow::Result<Vec<Volunteer>> {
        Ok(self
            .store
            .pending_volunteers()
            .await?
            .into_iter()
            .filter(|v| roles.coordinates_any(&v.profile.groups))
            .collect())
    }

    pub(crate) async fn pending_screen(&self, actor: &Actor, roles: &Roles) -> Flow {
        let ui = self.ui(actor.lang);
        let pending = self.pending_for(roles).await?;
        if pending.is_empty() {
            return Ok(self.menu_after(actor, ui.plain("pending-none")).await?);
        }
        let groups = self.store.groups(actor.lang).await?;
        let mut replies = vec![ui.plain("pending-title")];
        for volunteer in pending {
            replies.push(ui.reply(
                self.profile_text_with(actor.lang, "signup-notice", &volunteer.profile, &groups),
                vec![vec![
                    ui.button("approve", CoordinatorAction::Approve(volunteer.person)),
                    ui.button("decline", CoordinatorAction::Decline(volunteer.person)),
                ]],
            ));
        }
        replies.push(self.main_menu(actor).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
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
        let decided = tx
            .decide_volunteer(volunteer, approve, actor.id, now)
            .await?;
        if decided {
            tx.enqueue(volunteer, &told, now, now).await?;
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

/// A one-time invite code: 8 characters easy to read aloud and type.
pub(super) fn invite_code() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("no randomness for an invite code: {e}"))?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}
