//! Free questions from newcomers: the open ones, and answering one in chat.

use crate::action::{CoordinatorAction, NewcomerAction};
use crate::domain::ids::QuestionId;
use crate::engine::{Actor, Engine, Flow, Refusal, State, Step};

/// How many open questions one page of the chat list shows.
const QUESTIONS_PER_PAGE: i64 = 10;

/// How much of a question its answer recalls, in characters.
const QUOTE_CHARS: usize = 40;

impl Engine {
    /// The open questions, oldest first, ten to a page, each with its answer button.
    pub(crate) async fn questions(&self, actor: &Actor, page: u32) -> Flow {
        let ui = self.ui(actor.lang);
        let flag_before = self.now() - self.settings.question_flag_after;
        let (mut open, total) = self
            .store
            .open_questions_page(QUESTIONS_PER_PAGE, i64::from(page) * QUESTIONS_PER_PAGE)
            .await?;
        let pages = ((total + QUESTIONS_PER_PAGE - 1) / QUESTIONS_PER_PAGE).max(1);
        // A page past the end (answered meanwhile) shows the last one.
        let page = if open.is_empty() && total > 0 {
            open = self
                .store
                .open_questions_page(QUESTIONS_PER_PAGE, (pages - 1) * QUESTIONS_PER_PAGE)
                .await?
                .0;
            pages - 1
        } else {
            i64::from(page)
        };
        if open.is_empty() {
            return Ok(self.menu_after(actor, ui.plain("questions-none")).await?);
        }
        let seen: Vec<_> = open
            .iter()
            .map(|q| (q.person, crate::store::Purpose::Question, q.id.get()))
            .collect();
        self.looked_up(actor.id, &actor.roles, &seen).await?;
        let mut replies = vec![ui.plain("questions-title")];
        for q in open {
            let language = ui.language(q.lang);
            let when = self.short_time(q.created_at, actor.lang);
            let id = if q.created_at < flag_before {
                "question-line-late"
            } else {
                "question-line"
            };
            replies.push(ui.reply(
                ui.f(
                    id,
                    &[
                        ("language", (&language).into()),
                        ("date", (&when).into()),
                        ("question", (&q.body).into()),
                    ],
                ),
                vec![vec![ui.button(
                    "question-answer",
                    CoordinatorAction::AnswerQuestion(q.id),
                )]],
            ));
        }
        replies.extend(ui.pages(page, pages, CoordinatorAction::QuestionsPage));
        replies.push(self.main_menu(actor).await?);
        Ok(Step {
            replies,
            state: State::Menu,
        })
    }

    /// A coordinator's answer goes to the newcomer, labelled with their question.
    pub(crate) async fn answer(&self, actor: &Actor, question: QuestionId, words: &str) -> Flow {
        let ui = self.ui(actor.lang);
        let Some(q) = self.store.question(question).await? else {
            return Err(Refusal::Expired.into());
        };
        let now = self.now();
        let newcomer = self.store.person(q.person).await?;
        // A cry for help is never quoted back: phones are shared. Other questions are
        // recalled by their first words only.
        let label = match self.store.question_is_a_cry(question).await? {
            true => "question-answered-urgent",
            false => "question-answered",
        };
        let mut tx = self.store.begin().await?;
        tx.answer_question(question, actor.id, now).await?;
        if let Some(newcomer) = newcomer {
            let their = self.ui(newcomer.lang);
            let recalled = crate::i18n::excerpt(&q.body, QUOTE_CHARS);
            let message = their.reply(
                format!(
                    "{}\n{words}",
                    their.f(label, &[("question", (&recalled).into())])
                ),
                vec![vec![their.button(
                    "relay-reply",
                    NewcomerAction::ReplyToAnswer(question),
                )]],
            );
            tx.enqueue_quoting(newcomer.id, &message, &[actor.id], now, now)
                .await?;
        }
        tx.commit().await?;
        Ok(self.menu_after(actor, ui.plain("relay-sent")).await?)
    }
}
