//! The urgent path to a human: the "I need help now" button, and danger words in anything a
//! person writes. The person gets the numbers that fit at once, in their language; staff are
//! told at once, whatever the hour, before anything else waiting; if nobody takes it within
//! ten minutes, everyone who coordinates is told.

use std::sync::LazyLock;

use chrono::{DateTime, Duration, Utc};

use crate::action::CoordinatorAction;
use crate::domain::ids::{AlertId, JobId, PersonId, QuestionId};
use crate::domain::lang::Lang;
use crate::domain::{AlertOutcome, JobKind, Person};
use crate::engine::{Actor, Engine, Inbound, Input};
use crate::i18n::Arg;
use crate::message::Reply;
use crate::platform::Platform;
use crate::safeguarding::{Danger, Safeguarding, Verdict};

/// The danger patterns of every language folder, compiled in.
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

/// How long a person's alert counts as open, so that further cries join it rather than page
/// staff again; a cry a day later is a new alert.
const OPEN_FOR: Duration = Duration::hours(24);

/// A cry heard in someone's words: what about, which rule heard it, and the words.
#[derive(Debug, Clone)]
pub(crate) struct Cry {
    pub danger: Danger,
    pub rule: String,
    pub words: String,
}

/// What the words of an inbound event are to the urgent path.
#[derive(Debug, Clone)]
pub(crate) enum Heard {
    Cry(Cry),
    /// A danger word but no pattern: one gentle line, nobody paged.
    Gentle,
    Nothing,
}

impl Heard {
    pub(crate) fn cry(&self) -> Option<&Cry> {
        match self {
            Heard::Cry(cry) => Some(cry),
            Heard::Gentle | Heard::Nothing => None,
        }
    }
}

impl Engine {
    /// What the words a person sent are to the urgent path: typed text, or a file's caption.
    pub(crate) fn hear(inbound: &Inbound) -> Heard {
        let words = match &inbound.input {
            Input::Text(text) => text,
            Input::File { caption, .. } => caption,
            Input::Command(_) | Input::Button(_) => return Heard::Nothing,
        };
        match PHRASES.verdict(words) {
            Verdict::Cry { danger, rule } => Heard::Cry(Cry {
                danger,
                rule,
                words: words.clone(),
            }),
            Verdict::Gentle => Heard::Gentle,
            Verdict::Nothing => Heard::Nothing,
        }
    }

    /// Answers a cry for help at once with the numbers that fit (every number for the button)
    /// and tells staff: at most one open alert a person, at most `alerts_per_hour` new ones a
    /// platform (past that staff get one summary, and everyone still gets the numbers).
    /// `question` is the question staff answer to write back; one is made of the words when
    /// there is none.
    pub(crate) async fn cry_for_help(
        &self,
        actor: &Actor,
        platform: Platform,
        cry: Option<&Cry>,
        question: Option<QuestionId>,
    ) -> anyhow::Result<Reply> {
        let now = self.now();
        let danger = cry.map(|c| c.danger);
        let screen = self.urgent_screen(actor.lang, danger).await?;
        let words = cry.map(|c| c.words.as_str());
        // The words are kept for staff to answer whatever else happens: a second cry while
        // the first is open, or one past the flood cap, pages nobody but is not lost.
        let question = match (question, words) {
            (Some(question), _) => Some(question),
            (None, Some(words)) => Some(
                self.store
                    .create_question(actor.id, actor.lang, words, now)
                    .await?,
            ),
            (None, None) => None,
        };
        if let Some(open) = self.store.open_alert_of(actor.id, now - OPEN_FOR).await? {
            // The same cry goes on: whoever took it hears the person wrote again.
            if let Some(taker) = open.taken_by.filter(|t| *t != actor.id)
                && let Some(taker) = self.store.person(taker).await?
            {
                let ui = self.ui(taker.lang);
                let language = ui.language(actor.lang);
                let text = ui.f(
                    "alert-again",
                    &[
                        ("alert", open.id.get().into()),
                        ("person", actor.id.get().into()),
                        ("language", (&language).into()),
                        ("words", words.unwrap_or("🆘").into()),
                    ],
                );
                let buttons = match open.question {
                    Some(q) => {
                        vec![vec![ui.button(
                            "alert-answer",
                            CoordinatorAction::AnswerQuestion(q),
                        )]]
                    }
                    None => vec![],
                };
                let mut tx = self.store.begin().await?;
                tx.enqueue_urgent(taker.id, &ui.reply(text, buttons), actor.id, now)
                    .await?;
                tx.commit().await?;
            }
            return Ok(screen);
        }
        let question = match question {
            Some(question) => question,
            None => {
                self.store
                    .create_question(actor.id, actor.lang, "🆘", now)
                    .await?
            }
        };
        // The terminal is the operator's own keyboard: no flood comes from it.
        let cap = self.settings.safeguarding.alerts_per_hour;
        if platform != Platform::Terminal
            && self
                .store
                .alerts_since(platform, now - Duration::hours(1))
                .await?
                >= cap
        {
            // A flood: staff hear of it once an hour; the words wait as a question.
            if self.flood_to_tell(platform, now) {
                let staff = self.store.people(&self.staff_on_duty(now).await?).await?;
                let mut tx = self.store.begin().await?;
                for person in staff.iter().filter(|p| p.id != actor.id) {
                    let ui = self.ui(person.lang);
                    let notice = ui.plain_with(
                        "alert-flood",
                        &[
                            ("count", cap.into()),
                            ("platform", (&ui.t(&format!("platform-{platform}"))).into()),
                        ],
                    );
                    tx.enqueue_alarm(person.id, &notice, now).await?;
                }
                tx.commit().await?;
                tracing::warn!(%platform, "many cries for help within the hour: staff get one summary");
            }
            return Ok(screen);
        }
        let staff = self.store.people(&self.staff_on_duty(now).await?).await?;
        let mut tx = self.store.begin().await?;
        let heard = cry.map(|c| (c.danger, c.rule.as_str()));
        let alert = tx
            .create_alert(actor.id, platform, heard, Some(question), now)
            .await?;
        for person in staff.iter().filter(|p| p.id != actor.id) {
            let notice = self.alert_notice(
                person,
                actor,
                Notice::Full { danger, words },
                alert,
                question,
            );
            tx.enqueue_urgent(person.id, &notice, actor.id, now).await?;
        }
        tx.schedule(JobKind::WidenAlert, alert.get(), now + WIDEN_AFTER)
            .await?;
        tx.commit().await?;
        // The log names the alert, never the person or the words.
        tracing::warn!(alert = %alert, "a cry for help; staff are told");
        Ok(screen)
    }

    /// Whether staff are yet to hear of a flood of cries on `platform` this hour; notes that
    /// they now will.
    fn flood_to_tell(&self, platform: Platform, now: DateTime<Utc>) -> bool {
        let mut told = self.flood_told.lock().unwrap_or_else(|e| e.into_inner());
        match told.iter_mut().find(|(p, _)| *p == platform) {
            Some((_, at)) if now - *at < Duration::hours(1) => false,
            Some((_, at)) => {
                *at = now;
                true
            }
            None => {
                told.push((platform, now));
                true
            }
        }
    }

    /// The numbers to call, 112 first, and that someone will write; never that we will call.
    pub(crate) async fn urgent_screen(
        &self,
        lang: Lang,
        danger: Option<Danger>,
    ) -> anyhow::Result<Reply> {
        let helplines = self.store.helplines().await?;
        let ui = self.ui(lang);
        let danish = self.ui(Lang::of("da"));
        let mut lines = vec![ui.t("urgent-now"), ui.t("urgent-numbers")];
        for helpline in helplines.iter().filter(|h| h.is_for(danger)) {
            lines.push(helpline_line(
                &ui,
                text_in(&helpline.name, lang),
                text_in(&helpline.name, Lang::of("da")),
                &helpline.number,
                helpline.about.as_ref().map(|a| text_in(a, lang)),
                helpline.hours.as_ref().map(|h| text_in(h, lang)),
            ));
        }
        // The municipality's own numbers, from configuration.
        let own = &self.settings.safeguarding;
        let after_hours_for = matches!(
            danger,
            None | Some(
                Danger::ViolenceAtHome
                    | Danger::ChildInDanger
                    | Danger::SelfHarm
                    | Danger::SexualViolence
                    | Danger::InDanger
            )
        );
        for (number, id, shown) in [
            (
                &own.after_hours_phone,
                "helpline-after-hours",
                after_hours_for,
            ),
            (&own.municipality_phone, "helpline-municipality", true),
        ] {
            if let Some(number) = number.as_deref().filter(|_| shown) {
                lines.push(helpline_line(
                    &ui,
                    &ui.t(id),
                    &danish.t(id),
                    number,
                    Some(&ui.t(&format!("{id}-about"))),
                    None,
                ));
            }
        }
        lines.push(ui.t("urgent-told"));
        Ok(ui.reply(lines.join("\n"), vec![ui.nav()]))
    }

    /// What staff are told of a cry for help, in their own language. Group coordinators, told
    /// when nobody on duty took it, hear only that someone needs help now.
    fn alert_notice(
        &self,
        to: &Person,
        actor: &Actor,
        notice: Notice<'_>,
        alert: AlertId,
        question: QuestionId,
    ) -> Reply {
        let ui = self.ui(to.lang);
        let language = ui.language(actor.lang);
        let person = actor.id.get();
        let mut text = match notice {
            Notice::Full {
                danger: Some(danger),
                words,
            } => ui.f(
                "alert-notice",
                &[
                    (
                        "danger",
                        (&ui.t(&format!("alert-danger-{}", danger.code()))).into(),
                    ),
                    ("person", person.into()),
                    ("language", (&language).into()),
                    ("words", words.unwrap_or("").into()),
                ],
            ),
            Notice::Full { danger: None, .. } => ui.f(
                "alert-notice-button",
                &[("person", person.into()), ("language", (&language).into())],
            ),
            Notice::Someone => ui.f(
                "alert-notice-someone",
                &[("person", person.into()), ("language", (&language).into())],
            ),
        };
        // A concern about a child must be reported (underretning): staff are reminded where.
        if let Notice::Full {
            danger: Some(Danger::ChildInDanger),
            ..
        } = notice
        {
            let duty = match &self.settings.safeguarding.child_concern {
                Some(channel) => ui.f("alert-child-duty", &[("channel", Arg::Code(channel))]),
                None => ui.t("alert-child-duty-unset"),
            };
            text = format!("{text}\n\n{duty}");
        }
        ui.reply(
            text,
            vec![vec![
                ui.button("alert-take", CoordinatorAction::TakeAlert(alert)),
                ui.button("alert-answer", CoordinatorAction::AnswerQuestion(question)),
            ]],
        )
    }

    /// What someone who took a cry for help sees: write to them now, and close it with what
    /// became of it.
    pub(crate) fn alert_taken_screen(&self, lang: Lang, alert: &crate::store::Alert) -> Reply {
        let ui = self.ui(lang);
        let mut buttons = vec![];
        if let Some(question) = alert.question {
            buttons.push(vec![
                ui.button("alert-answer", CoordinatorAction::AnswerQuestion(question)),
            ]);
        }
        for pair in AlertOutcome::ALL.chunks(2) {
            buttons.push(
                pair.iter()
                    .map(|o| {
                        ui.button(&o.message_id(), CoordinatorAction::CloseAlert(alert.id, *o))
                    })
                    .collect(),
            );
        }
        buttons.push(ui.nav());
        ui.reply(ui.t("alert-taken"), buttons)
    }

    /// Everyone named as municipal staff in configuration who has written to the bot.
    pub(crate) async fn staff_ids(&self) -> anyhow::Result<Vec<PersonId>> {
        let addresses: Vec<_> = self
            .settings
            .staff
            .iter()
            .filter(|s| s.admin || s.groups.is_none())
            .map(|s| s.address.clone())
            .collect();
        self.store.people_at(&addresses).await
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
        self.staff_ids().await
    }

    /// Ten minutes on and still not taken: everyone who coordinates is told; staff with what
    /// it is about, group coordinators only that someone needs help now.
    pub(crate) async fn widen_alert(&self, job: JobId, alert: AlertId) -> anyhow::Result<()> {
        let now = self.now();
        let mut tx_people = vec![];
        let mut quoted = None;
        if let Some(open) = self
            .store
            .alert(alert)
            .await?
            .filter(|a| a.taken_by.is_none() && a.outcome.is_none())
            && let Some(person) = self.store.person(open.person).await?
        {
            // Those told when it came in; everyone else who coordinates now.
            let on_duty = self.staff_on_duty(open.created_at).await?;
            let staff = self.staff_ids().await?;
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
                let notice = match staff.contains(&coordinator.id) {
                    true => Notice::Full {
                        danger: open.danger,
                        words: None,
                    },
                    false => Notice::Someone,
                };
                let notice = self.alert_notice(&coordinator, &actor, notice, alert, question);
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

/// How much an alert notice says.
#[derive(Clone, Copy)]
enum Notice<'a> {
    /// For staff: what it is about and the words, where there are words.
    Full {
        danger: Option<Danger>,
        words: Option<&'a str>,
    },
    /// For a group's coordinator: that someone needs help now.
    Someone,
}

/// One helpline: its name in the reader's language with the Danish name in brackets (once,
/// when they differ), the number with no-break spaces so that its digit groups stay in order
/// in right-to-left text, what it is for, and its hours where known.
fn helpline_line(
    ui: &crate::engine::ui::Ui<'_>,
    name: &str,
    danish: &str,
    number: &str,
    about: Option<&str>,
    hours: Option<&str>,
) -> String {
    let number = number
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("\u{00A0}");
    let name = match name == danish {
        true => name.to_owned(),
        false => ui.f(
            "urgent-name-danish",
            &[("name", name.into()), ("danish", danish.into())],
        ),
    };
    let mut line = ui.f(
        "urgent-line",
        &[("name", (&name).into()), ("number", Arg::Code(&number))],
    );
    if let Some(about) = about {
        line = format!("{line} · {about}");
    }
    if let Some(hours) = hours {
        line = ui.f(
            "urgent-line-hours",
            &[("line", Arg::Code(&line)), ("hours", hours.into())],
        );
    }
    line
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
