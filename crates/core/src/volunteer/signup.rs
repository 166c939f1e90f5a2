//! Signing up as a volunteer, and editing the profile later: name, groups, languages spoken,
//! what they can help with; the coordinators of their groups are asked to approve.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::action::{AccountAction, CoordinatorAction, VolunteerAction};
use crate::domain::Draft;
use crate::domain::category::Category;
use crate::domain::ids::GroupId;
use crate::domain::lang::Lang;
use crate::domain::roles::Spoken;
use crate::engine::ui::{Ui, ticked};
use crate::engine::{Actor, Engine, Flow, Refusal, SignupStep, State, text};
use crate::message::{Button, Reply};

/// Longest volunteer name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

impl Engine {
    pub(crate) async fn signup_screen(
        &self,
        actor: &Actor,
        step: SignupStep,
        draft: &Draft,
    ) -> anyhow::Result<Reply> {
        let ui = self.ui(actor.lang);
        let next = |ui: &Ui<'_>| ui.button("signup-next", VolunteerAction::SignupNext);
        // Every question has a way back to the one before (but the first) and a way to change
        // the language, keeping what was chosen; and a way out.
        let back = ui.button("nav-back", VolunteerAction::SignupBack);
        let cancel = vec![
            ui.cancel(),
            ui.button("nav-language", AccountAction::ChooseLanguage),
        ];
        Ok(match step {
            SignupStep::Name => ui.reply(ui.t("signup-name"), vec![cancel]),
            SignupStep::Groups => {
                let mut buttons: Vec<_> = self
                    .store
                    .groups(actor.lang)
                    .await?
                    .into_iter()
                    .map(|(id, name)| {
                        vec![Button::new(
                            ticked(draft.groups.contains(&id), name),
                            VolunteerAction::ToggleGroup(id),
                        )]
                    })
                    .collect();
                buttons.push(vec![back, next(&ui)]);
                buttons.push(cancel);
                ui.reply(ui.t("signup-groups"), buttons)
            }
            SignupStep::Languages => {
                let mut buttons = toggles(
                    &Spoken::all(),
                    &draft.spoken,
                    |s| ui.spoken(s),
                    VolunteerAction::ToggleSpoken,
                );
                buttons.push(vec![back, next(&ui)]);
                buttons.push(cancel);
                ui.reply(ui.t("signup-languages"), buttons)
            }
            SignupStep::Helps => {
                let mut buttons = toggles(
                    &Category::ALL,
                    &draft.helps,
                    |c| ui.t(c.message_id()),
                    VolunteerAction::ToggleHelp,
                );
                buttons.push(vec![back, next(&ui)]);
                buttons.push(cancel);
                ui.reply(ui.t("signup-helps"), buttons)
            }
            SignupStep::Confirm => ui.reply(
                self.profile_text(actor.lang, "signup-confirm", draft)
                    .await?,
                vec![
                    vec![ui.button("signup-send", VolunteerAction::SignupSend)],
                    vec![back],
                    cancel,
                ],
            ),
        })
    }

    /// A volunteer's profile as text in `lang`, through the message `id`.
    pub(crate) async fn profile_text(
        &self,
        lang: Lang,
        id: &str,
        draft: &Draft,
    ) -> anyhow::Result<String> {
        let groups = self.store.groups(lang).await?;
        Ok(self.profile_text_with(lang, id, draft, &groups))
    }

    /// A profile as text, with the groups' names already read: a list of profiles reads them
    /// once.
    pub(crate) fn profile_text_with(
        &self,
        lang: Lang,
        id: &str,
        draft: &Draft,
        all_groups: &[(GroupId, String)],
    ) -> String {
        let ui = self.ui(lang);
        let list = |items: Vec<String>| {
            if items.is_empty() {
                ui.t("signup-none")
            } else {
                ui.list(&items)
            }
        };
        let groups = list(
            all_groups
                .iter()
                .filter(|(id, _)| draft.groups.contains(id))
                .map(|(_, name)| name.clone())
                .collect(),
        );
        let languages = list(draft.spoken.iter().map(|s| ui.spoken(*s)).collect());
        let helps = list(draft.helps.iter().map(|c| ui.t(c.message_id())).collect());
        ui.f(
            id,
            &[
                ("name", (&draft.name).into()),
                ("groups", (&groups).into()),
                ("languages", (&languages).into()),
                ("helps", (&helps).into()),
            ],
        )
    }

    pub(crate) async fn on_signup_name(
        &self,
        actor: &Actor,
        raw: &str,
        draft: Draft,
        editing: bool,
    ) -> Flow {
        let state = State::Signup {
            step: SignupStep::Name,
            draft: draft.clone(),
            editing,
        };
        let name = match text::words(raw, MAX_NAME_CHARS) {
            Ok(name) => name.replace('\n', " "),
            Err(error) => return Ok(self.keep_writing(actor, state, error).await?),
        };
        let state = State::Signup {
            step: SignupStep::Groups,
            draft: Draft { name, ..draft },
            editing,
        };
        Ok(self.current_screen(actor, state).await?)
    }

    pub(super) async fn on_signup_action(
        &self,
        actor: &Actor,
        state: State,
        action: VolunteerAction,
    ) -> Flow {
        let State::Signup {
            step,
            mut draft,
            editing,
        } = state.clone()
        else {
            return Err(Refusal::Expired.into());
        };
        let ui = self.ui(actor.lang);
        fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
            match list.iter().position(|x| *x == item) {
                Some(i) => {
                    list.remove(i);
                }
                None => list.push(item),
            }
        }
        let next_step = match (step, action) {
            (SignupStep::Groups, VolunteerAction::ToggleGroup(group)) => {
                let known = self.store.group_slug(group).await?.is_some();
                if !known {
                    return Err(Refusal::Expired.into());
                }
                toggle(&mut draft.groups, group);
                step
            }
            (SignupStep::Languages, VolunteerAction::ToggleSpoken(spoken)) => {
                toggle(&mut draft.spoken, spoken);
                step
            }
            (SignupStep::Helps, VolunteerAction::ToggleHelp(category)) => {
                toggle(&mut draft.helps, category);
                step
            }
            (SignupStep::Groups, VolunteerAction::SignupNext) => SignupStep::Languages,
            (SignupStep::Languages | SignupStep::Helps, VolunteerAction::SignupNext) => {
                let chosen = if step == SignupStep::Languages {
                    draft.spoken.is_empty()
                } else {
                    draft.helps.is_empty()
                };
                if chosen {
                    return Ok(self
                        .current_screen(actor, state)
                        .await?
                        .prepend(ui.plain("signup-choose-one")));
                }
                if step == SignupStep::Languages {
                    SignupStep::Helps
                } else {
                    SignupStep::Confirm
                }
            }
            (SignupStep::Groups, VolunteerAction::SignupBack) => SignupStep::Name,
            (SignupStep::Languages, VolunteerAction::SignupBack) => SignupStep::Groups,
            (SignupStep::Helps, VolunteerAction::SignupBack) => SignupStep::Languages,
            (SignupStep::Confirm, VolunteerAction::SignupBack) => SignupStep::Helps,
            (SignupStep::Confirm, VolunteerAction::SignupSend) => {
                return self.send_signup(actor, draft, editing).await;
            }
            // A toggle or step that does not fit the sign-up step on screen: a stale button.
            _ => return Err(Refusal::Expired.into()),
        };
        draft.spoken.sort();
        Ok(self
            .current_screen(
                actor,
                State::Signup {
                    step: next_step,
                    draft,
                    editing,
                },
            )
            .await?)
    }

    /// Stores the sign-up and tells the coordinators of the volunteer's groups, in one go.
    async fn send_signup(&self, actor: &Actor, draft: Draft, editing: bool) -> Flow {
        let now = self.now();
        // Each group asked for anew asks its own coordinators; a sign-up with no group asks
        // staff.
        let had: &[GroupId] = match &actor.volunteer {
            Some(volunteer) => &volunteer.profile.groups,
            None => &[],
        };
        let added: Vec<GroupId> = draft
            .groups
            .iter()
            .copied()
            .filter(|g| !had.contains(g))
            .collect();
        let mut coordinators = vec![];
        if draft.groups.is_empty() && actor.volunteer.is_none() {
            coordinators.extend(self.coordinators_of(None).await?);
        }
        for group in &added {
            coordinators.extend(self.coordinators_of(Some(*group)).await?);
        }
        coordinators.sort();
        coordinators.dedup();
        coordinators.retain(|c| *c != actor.id);
        // Group names once per language, not once per coordinator.
        let mut group_names = HashMap::new();
        let mut notices = vec![];
        for c in self.store.people(&coordinators).await? {
            if let Entry::Vacant(slot) = group_names.entry(c.lang) {
                slot.insert(self.store.groups(c.lang).await?);
            }
            let ui = self.ui(c.lang);
            notices.push((
                c.id,
                ui.reply(
                    self.profile_text_with(c.lang, "signup-notice", &draft, &group_names[&c.lang]),
                    vec![vec![
                        ui.button("approve", CoordinatorAction::Approve(actor.id)),
                        ui.button("decline", CoordinatorAction::Decline(actor.id)),
                    ]],
                ),
            ));
        }
        let mut tx = self.store.begin().await?;
        let fresh = tx.save_volunteer(actor.id, &draft, now).await?;
        for (coordinator, notice) in &notices {
            tx.enqueue_quoting(*coordinator, notice, &[actor.id], now, now)
                .await?;
        }
        tx.commit().await?;
        let said = if fresh && !editing {
            "signup-sent"
        } else {
            "profile-saved"
        };
        let actor = self.reread(actor).await?;
        Ok(self
            .menu_after(&actor, self.ui(actor.lang).plain(said))
            .await?)
    }
}

/// Buttons two to a row, one per item, ticked when chosen.
fn toggles<T: Copy + PartialEq>(
    items: &[T],
    chosen: &[T],
    label: impl Fn(T) -> String,
    action: impl Fn(T) -> VolunteerAction,
) -> Vec<Vec<Button>> {
    items
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|item| Button::new(ticked(chosen.contains(item), label(*item)), action(*item)))
                .collect()
        })
        .collect()
}
