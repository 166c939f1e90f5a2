//! The conversation between a newcomer and their volunteer, through the bot: each sees the
//! other's words and files, never their handle. Marking the request done ends it.

use crate::action::{NewcomerAction, VolunteerAction};
use crate::domain::RequestStatus;
use crate::domain::ids::{PersonId, RequestId};
use crate::domain::lang::Lang;
use crate::engine::{Actor, Engine, Flow, IncomingFile, OrRefuse, Refusal, State, Step, text};
use crate::message::{Attachment, Reply};
use crate::store::RequestDetail;

/// Longest relayed text, in characters.
pub const MAX_RELAY_CHARS: usize = 3000;
/// Largest relayed file: what Telegram lets a bot download.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

impl Engine {
    /// The two sides of a request's conversation, if `actor` is one of them and it is open:
    /// (the other side, whether `actor` is the volunteer).
    async fn relay_sides(
        &self,
        actor: &Actor,
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
        if actor.id == volunteer {
            Ok(Some((detail.clone(), detail.newcomer, true)))
        } else if actor.id == detail.newcomer {
            Ok(Some((detail, volunteer, false)))
        } else {
            Ok(None)
        }
    }

    /// The screen of an open conversation; `None` if the actor is not in it or it ended.
    pub(crate) async fn relay_screen(
        &self,
        actor: &Actor,
        request: RequestId,
    ) -> anyhow::Result<Option<Reply>> {
        let Some((detail, other, is_volunteer)) = self.relay_sides(actor, request).await? else {
            return Ok(None);
        };
        let ui = self.ui(actor.lang);
        let offer = self.offer_title(&detail, actor.lang).await?;
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
                Some(v) => self.display_name(v.id).await?,
                None => String::new(),
            };
            ui.f(
                "relay-open-newcomer",
                &[("name", (&name).into()), ("offer", (&offer).into())],
            )
        };
        let mut buttons = vec![];
        if is_volunteer {
            buttons.push(vec![
                ui.button("mark-done", VolunteerAction::MarkDone(request)),
            ]);
        }
        buttons.push(vec![
            ui.button("relay-end", VolunteerAction::EndRelay(request)),
        ]);
        buttons.push(vec![
            ui.button("menu-urgent", crate::action::AccountAction::Urgent),
        ]);
        buttons.push(ui.nav());
        Ok(Some(ui.reply(text, buttons)))
    }

    /// Text or a file written in a conversation goes to the other side, labelled.
    pub(crate) async fn relay(
        &self,
        actor: &Actor,
        request: RequestId,
        body: &str,
        file: Option<&IncomingFile>,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let state = State::Relaying { request };
        let Some((detail, other, is_volunteer)) = self.relay_sides(actor, request).await? else {
            return Ok(self.menu_after(actor, ui.plain("relay-closed")).await?);
        };
        let body = text::clean(body);
        if file.is_none() && body.is_empty() {
            return Ok(self
                .current_screen(actor, state)
                .await?
                .prepend(ui.plain("not-understood")));
        }
        if body.chars().count() > MAX_RELAY_CHARS {
            return Ok(self
                .current_screen(actor, state)
                .await?
                .prepend(ui.plain_with("message-too-long", &[("max", MAX_RELAY_CHARS.into())])));
        }
        let Some(them) = self.store.person(other).await? else {
            return Ok(self.menu_after(actor, ui.plain("relay-closed")).await?);
        };
        let size = |f: &IncomingFile| f.withheld.unwrap_or(f.bytes.len() as u64);
        if file.is_some_and(|f| size(f) > MAX_FILE_BYTES as u64) {
            let megabytes = (MAX_FILE_BYTES / (1024 * 1024)) as i64;
            return Ok(self
                .current_screen(actor, state)
                .await?
                .prepend(ui.plain_with("file-too-large", &[("max", megabytes.into())])));
        }
        let now = self.now();
        if let Some(file) = file {
            let limits = self.settings.limits;
            let (count, bytes) = self
                .store
                .files_since(actor.id, now - chrono::Duration::days(1))
                .await?;
            // A file the front door held back (the quota was reached when it looked) is
            // answered as over the quota.
            if count >= limits.files_per_day
                || bytes + file.bytes.len() as i64 > limits.file_bytes_per_day
                || file.withheld.is_some()
            {
                return Ok(self
                    .current_screen(actor, state)
                    .await?
                    .prepend(ui.plain("file-quota")));
            }
        }
        // A file stays on its platform when the other side is there too: it is copied by the
        // platform's own reference, and only its name is kept (for the day's count and
        // /mydata). Only a file that must cross platforms is stored.
        let same_platform = match file.and_then(|f| f.native.as_ref()) {
            Some(native) => self.store.delivery_platform(them.id).await? == Some(native.platform),
            None => false,
        };
        let attachment = match file {
            Some(file) => Some(Attachment {
                kind: file.kind,
                inline: None,
                file_id: Some(
                    self.store
                        .save_file(
                            actor.id,
                            Some(request),
                            &file.name,
                            &file.mime,
                            if same_platform { &[] } else { &file.bytes },
                            now,
                        )
                        .await?,
                ),
                file_name: file.name.clone(),
                mime: file.mime.clone(),
                native: file.native.clone(),
            }),
            None => None,
        };
        let their_ui = self.ui(them.lang);
        let offer = self.offer_title(&detail, them.lang).await?;
        let label = if is_volunteer {
            let name = self.display_name(actor.id).await?;
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
        let mut text = if body.is_empty() {
            label
        } else {
            format!("{label}\n{body}")
        };
        if file.is_some() {
            text = format!("{text}\n{}", their_ui.t("relay-file-cpr"));
        }
        let message = Reply {
            attachment,
            ..their_ui.reply(
                text,
                vec![vec![
                    their_ui.button("relay-reply", VolunteerAction::OpenRelay(request)),
                ]],
            )
        };
        let mut tx = self.store.begin().await?;
        tx.enqueue_quoting(other, &message, &[actor.id], now, now)
            .await?;
        tx.commit().await?;
        let mut sent = ui.plain("relay-sent");
        // A photo of a letter shows a CPR number unless it is covered.
        if file.is_some() {
            sent.text = format!("{}\n{}", sent.text, ui.t("relay-file-cpr"));
        }
        sent.buttons = self
            .relay_screen(actor, request)
            .await?
            .map(|s| s.buttons)
            .unwrap_or_default();
        Ok(Step {
            replies: vec![sent],
            state,
        })
    }

    /// Either side ends the conversation. The volunteer is asked whether the help was given:
    /// if it was, the request is done and the family asked how it went; if not, it goes back
    /// to the group. The other side is told either way.
    pub(super) async fn end_relay(&self, actor: &Actor, request: RequestId) -> Flow {
        let Some((detail, other, is_volunteer)) = self.relay_sides(actor, request).await? else {
            return self.relay_ended(actor, request).await;
        };
        let now = self.now();
        let titles = self.titles(detail.offer).await?;
        let ended = |lang: Lang| {
            self.ui(lang)
                .plain_with("relay-ended", &[("offer", titles.get(lang).into())])
        };
        // The question to the volunteer, with its two answers.
        let ask = |lang: Lang, id: &str| {
            let ui = self.ui(lang);
            ui.reply(
                ui.f(
                    id,
                    &[
                        ("request", request.get().into()),
                        ("offer", titles.get(lang).into()),
                    ],
                ),
                vec![
                    vec![ui.button("done-yes", VolunteerAction::ConfirmDone(request))],
                    vec![ui.button("ended-give-back", VolunteerAction::GiveBack(request))],
                ],
            )
        };
        let other = self.store.people(&[other]).await?;
        let mut tx = self.store.begin().await?;
        tx.set_relay(request, false).await?;
        for them in &other {
            let told = match is_volunteer {
                true => ended(them.lang),
                false => ask(them.lang, "ended-by-family"),
            };
            tx.enqueue(them.id, &told, now, now).await?;
        }
        tx.commit().await?;
        if is_volunteer {
            let ui = self.ui(actor.lang);
            let question = ask(actor.lang, "ended-ask");
            let said = ended(actor.lang);
            return Ok(Step::one(
                ui.reply(
                    format!("{}\n\n{}", said.text, question.text),
                    question.buttons,
                ),
                State::Menu,
            ));
        }
        Ok(self.menu_after(actor, ended(actor.lang)).await?)
    }

    /// A button of a conversation that has ended, pressed by one of its two sides: they are
    /// told it ended, and taken to the menu. Anyone else's press is refused as stale.
    pub(super) async fn relay_ended(&self, actor: &Actor, request: RequestId) -> Flow {
        let theirs = self
            .store
            .request(request)
            .await?
            .is_some_and(|d| d.newcomer == actor.id || d.volunteer == Some(actor.id));
        if !theirs {
            return Err(Refusal::Expired.into());
        }
        let ui = self.ui(actor.lang);
        Ok(self.menu_after(actor, ui.plain("relay-closed")).await?)
    }

    /// A request this volunteer has taken and not finished; an old button for any other is
    /// answered as expired.
    async fn my_claimed(&self, actor: &Actor, request: RequestId) -> Flow<RequestDetail> {
        Ok(self
            .store
            .request(request)
            .await?
            .filter(|d| d.volunteer == Some(actor.id) && d.status == RequestStatus::Claimed)
            .or_refuse(Refusal::Expired)?)
    }

    /// The help was not given: the request goes back to the group, its coordinators are told
    /// (as of a request nobody took), and so is the family.
    pub(super) async fn give_back(&self, actor: &Actor, request: RequestId) -> Flow {
        let ui = self.ui(actor.lang);
        let detail = self.my_claimed(actor, request).await?;
        let now = self.now();
        let titles = self.titles(detail.offer).await?;
        let newcomer = self.store.people(&[detail.newcomer]).await?;
        let mut tx = self.store.begin().await?;
        if !tx.give_back(request, actor.id, now).await? {
            return Err(Refusal::Expired.into());
        }
        tx.schedule(crate::domain::JobKind::Escalate, request.get(), now)
            .await?;
        for them in &newcomer {
            let message = self.ui(them.lang).plain_with(
                "given-back-family",
                &[("offer", titles.get(them.lang).into())],
            );
            tx.enqueue(them.id, &message, now, now).await?;
        }
        tx.commit().await?;
        Ok(self
            .menu_after(
                actor,
                ui.plain_with("given-back", &[("request", request.get().into())]),
            )
            .await?)
    }

    /// "Is it done?": marking a request done closes its conversation and asks the family how
    /// it went, so it is asked first. Where the person was stays as it was.
    pub(super) async fn confirm_done(
        &self,
        actor: &Actor,
        state: State,
        request: RequestId,
    ) -> Flow {
        let ui = self.ui(actor.lang);
        let detail = self.my_claimed(actor, request).await?;
        let titles = self.titles(detail.offer).await?;
        let question = ui.reply(
            ui.f(
                "done-confirm",
                &[
                    ("request", request.get().into()),
                    ("offer", titles.get(actor.lang).into()),
                ],
            ),
            vec![
                vec![ui.button("done-yes", VolunteerAction::ConfirmDone(request))],
                vec![ui.button("done-not-yet", VolunteerAction::OpenRelay(request))],
            ],
        );
        Ok(Step::one(question, state))
    }

    pub(super) async fn mark_done(&self, actor: &Actor, request: RequestId) -> Flow {
        let ui = self.ui(actor.lang);
        let Some(detail) = self.store.request(request).await? else {
            return Err(Refusal::Expired.into());
        };
        if detail.volunteer != Some(actor.id) || detail.status != RequestStatus::Claimed {
            return Err(Refusal::Expired.into());
        }
        let now = self.now();
        let name = self.display_name(actor.id).await?;
        let titles = self.titles(detail.offer).await?;
        let newcomer = self.store.people(&[detail.newcomer]).await?;
        let mut tx = self.store.begin().await?;
        if !tx.finish_request(request, actor.id, now).await? {
            return Err(Refusal::Expired.into());
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
                    their_ui.button("feedback-good", NewcomerAction::Feedback(request, true)),
                    their_ui.button("feedback-bad", NewcomerAction::Feedback(request, false)),
                ]],
            );
            tx.enqueue_quoting(newcomer.id, &message, &[actor.id], now, now)
                .await?;
        }
        tx.commit().await?;
        Ok(self
            .menu_after(
                actor,
                ui.plain_with(
                    "request-done-volunteer",
                    &[("request", request.get().into())],
                ),
            )
            .await?)
    }
}
