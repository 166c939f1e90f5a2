//! Who coordinates which group: staff take a group from a coordinator named by an invite
//! code; a group's coordinator steps down; those named in configuration are shown as such,
//! to be changed there.

use crate::action::CoordinatorAction;
use crate::domain::ids::{GroupId, PersonId};
use crate::engine::{Actor, Engine, Flow, State, Step};
use crate::message::Button;

/// A coordinator as the list shows them.
#[derive(Debug, Clone)]
pub struct CoordinatorLine {
    pub person: PersonId,
    pub group: GroupId,
    /// The group's name in the reader's language.
    pub group_name: String,
}

/// A coordinator named in configuration: their address and their groups, read-only here.
#[derive(Debug, Clone)]
pub struct ConfiguredLine {
    pub address: String,
    /// The groups' slugs, or `None` for every group.
    pub groups: Option<Vec<String>>,
    pub admin: bool,
}

impl Engine {
    /// Everyone who coordinates, for staff: those named by an invite code, who may be
    /// removed, and those named in configuration.
    pub(crate) async fn coordinator_lines(
        &self,
        lang: crate::domain::lang::Lang,
    ) -> anyhow::Result<(Vec<CoordinatorLine>, Vec<ConfiguredLine>)> {
        let groups = self.store.groups(lang).await?;
        let invited = self
            .store
            .invited_coordinator_list()
            .await?
            .into_iter()
            .map(|(person, group)| CoordinatorLine {
                person,
                group,
                group_name: groups
                    .iter()
                    .find(|(g, _)| *g == group)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default(),
            })
            .collect();
        let configured = self
            .settings
            .staff
            .iter()
            .map(|s| ConfiguredLine {
                address: format!("{}:{}", s.address.platform, s.address.user_id),
                groups: s.groups.clone(),
                admin: s.admin,
            })
            .collect();
        Ok((invited, configured))
    }

    /// Staff see every coordinator, with a button to take each group from those named by an
    /// invite code; a group's coordinator sees the groups they may step down from.
    pub(crate) async fn coordinators_screen(&self, actor: &Actor) -> Flow {
        let ui = self.ui(actor.lang);
        let (invited, configured) = self.coordinator_lines(actor.lang).await?;
        let mut lines = vec![ui.t("coordinators-title")];
        let mut buttons = vec![];
        if actor.roles.is_staff() {
            for line in &invited {
                lines.push(ui.f(
                    "coordinators-invited-line",
                    &[
                        ("person", line.person.get().into()),
                        ("group", (&line.group_name).into()),
                    ],
                ));
                buttons.push(vec![ui.button_with(
                    "coordinator-remove",
                    &[
                        ("person", line.person.get().into()),
                        ("group", (&line.group_name).into()),
                    ],
                    CoordinatorAction::RemoveCoordinator(line.person, line.group),
                )]);
            }
            for line in &configured {
                let groups = match &line.groups {
                    Some(slugs) => slugs.join(", "),
                    None => ui.t("coordinators-every-group"),
                };
                lines.push(ui.f(
                    "coordinators-configured-line",
                    &[
                        ("address", crate::i18n::Arg::Code(&line.address)),
                        ("groups", (&groups).into()),
                    ],
                ));
            }
            if invited.is_empty() && configured.is_empty() {
                lines.push(ui.t("coordinators-none"));
            }
        }
        for line in invited.iter().filter(|l| l.person == actor.id) {
            buttons.push(vec![ui.button_with(
                "coordinator-step-down",
                &[("group", (&line.group_name).into())],
                CoordinatorAction::StepDown(line.group),
            )]);
        }
        buttons.push(ui.nav());
        Ok(Step::one(ui.reply(lines.join("\n"), buttons), State::Menu))
    }

    /// Tells someone, in their language, that a group was taken from them.
    pub(crate) async fn tell_removed(
        &self,
        person: PersonId,
        group: GroupId,
        message: &str,
    ) -> anyhow::Result<()> {
        let Some(them) = self.store.person(person).await? else {
            return Ok(());
        };
        let name = self
            .store
            .groups(them.lang)
            .await?
            .into_iter()
            .find(|(g, _)| *g == group)
            .map(|(_, n)| n)
            .unwrap_or_default();
        let ui = self.ui(them.lang);
        let notice = ui.reply(
            ui.f(message, &[("group", (&name).into())]),
            vec![vec![Button::new(
                ui.t("nav-menu"),
                crate::action::AccountAction::Menu,
            )]],
        );
        let now = self.now();
        let mut tx = self.store.begin().await?;
        tx.enqueue(person, &notice, now, now).await?;
        tx.commit().await
    }
}
