//! The urgent path to a human: the "I need help now" button, and danger words in anything a
//! person writes. The person gets the numbers that fit at once, in their language; staff are
//! told at once, whatever the hour, before anything else waiting; if nobody takes it within
//! ten minutes, everyone who coordinates is told.

use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};

use crate::action::CoordinatorAction;
use crate::catalog::Helpline;
use crate::domain::ids::{AlertId, JobId, PersonId, QuestionId};
use crate::domain::lang::Lang;
use crate::domain::{JobKind, Person};
use crate::engine::{Actor, Engine, Inbound, Input};
use crate::i18n::Arg;
use crate::message::Reply;
use crate::safeguarding::{Danger, Safeguarding};

/// The danger phrases of every language folder, compiled in.
static PHRASES: LazyLock<Safeguarding> = LazyLock::new(|| {
    Safeguarding::load().expect("the embedded safeguarding phrases are checked by the tests")
});

/// How long staff have to take a cry for help before everyone who coordinates is told, and
/// how long a person's further danger words count as the same cry.
const WIDEN_AFTER: Duration = Duration::minutes(10);

/// Whether someone may see and take a cry for help: staff at once; every other coordinator
/// once it has been widened to them, as their chat tells them then.
pub(crate) fn may_take_alert(
    roles: &crate::domain::roles::Roles,
    alert: &crate::store::Alert,
    now: chrono::DateTime<chrono::Utc>,
) -> bool {
    roles.is_staff() || (roles.is_coordinator() && alert.created_at + WIDEN_AFTER <= now)
}

impl Engine {
    /// What the words a person sent may be a cry for help about: typed text, or a file's
    /// caption.
    pub(crate) fn danger_in(inbound: &Inbound) -> Option<(Danger, String)> {
        let words = match &inbound.input {
            Input::Text(text) => text,
            Input::File { caption, .. } => caption,
            Input::Command(_) | Input::Button(_) => return None,
        };
        PHRASES.check(words).map(|danger| (danger, words.clone()))
    }

    /// Answers a cry for help at once and tells staff: the numbers that fit `danger` (every
    /// number for the button), and that a person from the municipality will write. `question`
    /// is the question staff answer to write back; one is made of `words` when there is none.
    pub(crate) async fn cry_for_help(
        &self,
        actor: &Actor,
        danger: Option<Danger>,
        words: Option<&str>,
        question: Option<QuestionId>,
    ) -> anyhow::Result<Reply> {
        let now = self.now();
        let already = self
            .store
            .open_alert_of(actor.id, now - WIDEN_AFTER)
            .await?;
        if already.is_none() {
            let question = match question {
                Some(question) => question,
                None => {
                    self.store
                        .create_question(actor.id, actor.lang, words.unwrap_or("🆘"), now)
                        .await?
                }
            };
            let staff = self.store.people(&self.staff_on_duty(now).await?).await?;
            let mut tx = self.store.begin().await?;
            let alert = tx
                .create_alert(actor.id, danger, Some(question), now)
                .await?;
            for person in staff.iter().filter(|p| p.id != actor.id) {
                let notice = self.alert_notice(person, actor, danger, words, alert, question);
                tx.enqueue_urgent(person.id, &notice, actor.id, now).await?;
            }
            tx.schedule(JobKind::WidenAlert, alert.get(), now + WIDEN_AFTER)
                .await?;
            tx.commit().await?;
            tracing::warn!(person = %actor.id, alert = %alert, "a cry for help; staff are told");
        }
        let helplines = self.store.helplines().await?;
        Ok(self.urgent_screen(actor.lang, danger, &helplines))
    }

    /// The numbers to call, 112 first, and that someone will write; never that we will call.
    pub(crate) fn urgent_screen(
        &self,
        lang: Lang,
        danger: Option<Danger>,
        helplines: &[Helpline],
    ) -> Reply {
        let ui = self.ui(lang);
        let mut lines = vec![ui.t("urgent-now"), ui.t("urgent-numbers")];
        for helpline in helplines.iter().filter(|h| h.is_for(danger)) {
            let name = text_in(&helpline.name, lang);
            let line = match &helpline.hours {
                Some(hours) => ui.f(
                    "urgent-line-hours",
                    &[
                        ("number", Arg::Code(&helpline.number)),
                        ("name", name.into()),
                        ("hours", text_in(hours, lang).into()),
                    ],
                ),
                None => ui.f(
                    "urgent-line",
                    &[
                        ("number", Arg::Code(&helpline.number)),
                        ("name", name.into()),
                    ],
                ),
            };
            lines.push(line);
        }
        lines.push(ui.t("urgent-told"));
        ui.reply(lines.join("\n"), vec![ui.nav()])
    }

    /// What staff are told of a cry for help, in their own language.
    fn alert_notice(
        &self,
        staff: &Person,
        actor: &Actor,
        danger: Option<Danger>,
        words: Option<&str>,
        alert: AlertId,
        question: QuestionId,
    ) -> Reply {
        let ui = self.ui(staff.lang);
        let language = ui.language(actor.lang);
        let person = actor.id.get();
        let text = match (danger, words) {
            (Some(danger), Some(words)) => ui.f(
                "alert-notice",
                &[
                    (
                        "danger",
                        (&ui.t(&format!("alert-danger-{}", danger.code()))).into(),
                    ),
                    ("person", person.into()),
                    ("language", (&language).into()),
                    ("words", words.into()),
                ],
            ),
            _ => ui.f(
                "alert-notice-button",
                &[("person", person.into()), ("language", (&language).into())],
            ),
        };
        ui.reply(
            text,
            vec![vec![
                ui.button("alert-take", CoordinatorAction::TakeAlert(alert)),
                ui.button("alert-answer", CoordinatorAction::AnswerQuestion(question)),
            ]],
        )
    }

    /// Who hears of a cry for help at `at` at once: those on the duty rota then; with no
    /// rota, or nobody on it at that hour, every member of staff named in configuration.
    /// Only people who have written to the bot can be told.
    async fn staff_on_duty(&self, at: DateTime<Utc>) -> anyhow::Result<Vec<PersonId>> {
        let zone = self.settings.routing.quiet.zone;
        let shift: Vec<_> = self
            .settings
            .duty
            .iter()
            .filter(|d| d.covers(at, zone))
            .map(|d| d.address.clone())
            .collect();
        if !shift.is_empty() {
            let on_duty = self.store.people_at(&shift).await?;
            if !on_duty.is_empty() {
                return Ok(on_duty);
            }
        }
        let addresses: Vec<_> = self
            .settings
            .staff
            .iter()
            .filter(|s| s.admin || s.groups.is_none())
            .map(|s| s.address.clone())
            .collect();
        self.store.people_at(&addresses).await
    }

    /// Ten minutes on and still not taken: everyone who coordinates is told.
    pub(crate) async fn widen_alert(&self, job: JobId, alert: AlertId) -> anyhow::Result<()> {
        let now = self.now();
        let mut tx_people = vec![];
        let mut quoted = None;
        if let Some(open) = self
            .store
            .alert(alert)
            .await?
            .filter(|a| a.taken_by.is_none())
            && let Some(person) = self.store.person(open.person).await?
        {
            // Those told when it came in; everyone else who coordinates now.
            let on_duty = self.staff_on_duty(open.created_at).await?;
            let mut everyone = self.coordinators_of(None).await?;
            everyone.extend(self.store.all_coordinators().await?);
            everyone.sort();
            everyone.dedup();
            everyone.retain(|p| !on_duty.contains(p) && *p != person.id);
            quoted = Some(person.id);
            let actor = self.actor(person).await?;
            let question = match open.question {
                Some(question) => question,
                None => return self.finish(job, now).await,
            };
            for coordinator in self.store.people(&everyone).await? {
                let notice =
                    self.alert_notice(&coordinator, &actor, open.danger, None, alert, question);
                tx_people.push((coordinator.id, notice));
            }
        }
        let mut tx = self.store.begin().await?;
        tx.finish_job(job, now).await?;
        if let Some(quoted) = quoted {
            for (person, notice) in &tx_people {
                tx.enqueue_urgent(*person, notice, quoted, now).await?;
            }
        }
        tx.commit().await
    }

    async fn finish(&self, job: JobId, now: DateTime<Utc>) -> anyhow::Result<()> {
        let mut tx = self.store.begin().await?;
        tx.finish_job(job, now).await?;
        tx.commit().await
    }
}

/// A catalogue text in `lang`, else along its fallback chain, else any.
fn text_in(texts: &crate::catalog::Texts, lang: Lang) -> &str {
    lang.chain()
        .into_iter()
        .find_map(|l| texts.get(&l))
        .or_else(|| texts.values().next())
        .map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_phrases_and_numbers_load() {
        assert!(
            PHRASES
                .check("this is an ordinary question about homework")
                .is_none()
        );
        let built_in = crate::catalog::Catalog::ballerup().unwrap().helplines;
        assert!(built_in.iter().any(|h| h.number == "112" && h.is_for(None)));
    }
}
