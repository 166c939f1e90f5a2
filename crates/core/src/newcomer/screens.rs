//! The screens a newcomer browses: topics, offers, the note prompt, their requests.

use crate::action::{AccountAction, NewcomerAction, VolunteerAction};
use crate::catalog::OfferKind;
use crate::domain::RequestStatus;
use crate::domain::category::Category;
use crate::engine::ui::Ui;
use crate::message::{Button, Reply};
use crate::store::{OfferSummary, OfferView, RequestView};

impl Ui<'_> {
    /// An offer its group no longer runs, and the topics to find another.
    pub fn offer_retired(&self) -> Reply {
        self.with_text_before("offer-retired", self.categories())
    }

    pub fn categories(&self) -> Reply {
        let mut buttons: Vec<Vec<Button>> = Category::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|c| self.button(c.message_id(), NewcomerAction::Category(*c)))
                    .collect()
            })
            .collect();
        buttons.push(self.nav());
        self.reply(self.t("categories-title"), buttons)
    }

    pub fn offer_list(&self, category: Category, offers: &[OfferSummary]) -> Reply {
        let name = self.t(category.message_id());
        let text = if offers.is_empty() {
            format!("{name}\n{}", self.t("offers-none"))
        } else {
            self.f("offers-in-category", &[("category", (&name).into())])
        };
        let mut buttons: Vec<Vec<Button>> = offers
            .iter()
            .map(|o| {
                vec![Button {
                    label: o.title.clone(),
                    action: NewcomerAction::Offer(o.id).into(),
                }]
            })
            .collect();
        buttons.push(vec![self.button("nav-back", NewcomerAction::Categories)]);
        buttons.push(self.nav());
        self.reply(text, buttons)
    }

    pub fn offer(&self, offer: &OfferView) -> Reply {
        let kind = match offer.kind {
            OfferKind::DropIn => "offer-kind-drop-in",
            OfferKind::Volunteer => "offer-kind-volunteer",
        };
        let mut lines = vec![];
        if offer.lang != self.lang() {
            let language = self.language(offer.lang);
            lines.push(self.f("offer-not-translated", &[("language", (&language).into())]));
            lines.push(String::new());
        }
        lines.extend([
            offer.title.clone(),
            offer.description.clone(),
            String::new(),
            self.f("offer-when", &[("when", (&offer.when).into())]),
            self.f("offer-where", &[("where", (&offer.location).into())]),
            self.f("offer-who", &[("group", (&offer.group).into())]),
        ]);
        if let Some(checked) = offer.verified_at {
            let date = self.lang().date(&checked);
            lines.push(self.f("offer-checked", &[("date", (&date).into())]));
        }
        lines.push(String::new());
        lines.push(self.t(kind));
        let text = lines.join("\n");
        let mut buttons = vec![];
        match offer.kind {
            OfferKind::Volunteer => buttons.push(vec![
                self.button("offer-interested", NewcomerAction::Interested(offer.id)),
            ]),
            // Nothing to ask for: somewhere to go next instead of a dead end, a person to ask
            // when it is on, and what is coming up.
            OfferKind::DropIn => {
                buttons.push(vec![self.button("menu-ask", NewcomerAction::Ask)]);
                buttons.push(vec![
                    self.button("menu-upcoming", NewcomerAction::UpcomingEvents),
                ]);
            }
        }
        buttons.push(vec![
            self.button("nav-back", NewcomerAction::Category(offer.category)),
        ]);
        buttons.push(self.nav());
        Reply {
            place: offer.place.clone(),
            ..self.reply(text, buttons)
        }
    }

    pub fn note_prompt(&self, offer: &OfferView) -> Reply {
        self.reply(
            self.f("note-prompt", &[("offer", (&offer.title).into())]),
            vec![
                vec![self.button("note-skip", NewcomerAction::SkipNote(offer.id))],
                vec![self.button("note-cancel", AccountAction::Menu)],
                vec![self.button("nav-language", AccountAction::ChooseLanguage)],
            ],
        )
    }

    pub fn request_exists(&self, title: &str) -> Reply {
        self.reply(
            self.f("request-exists", &[("offer", title.into())]),
            vec![
                vec![self.button("menu-my-requests", NewcomerAction::MyRequests)],
                self.nav(),
            ],
        )
    }

    pub(crate) fn status(&self, status: RequestStatus) -> String {
        self.t(match status {
            RequestStatus::Open => "request-status-open",
            RequestStatus::Claimed => "request-status-claimed",
            RequestStatus::Done => "request-status-done",
            RequestStatus::Cancelled => "request-status-cancelled",
        })
    }

    pub fn my_requests(&self, requests: &[RequestView]) -> Reply {
        if requests.is_empty() {
            return self.reply(
                self.t("my-requests-none"),
                vec![
                    vec![self.button("menu-offers", NewcomerAction::Categories)],
                    self.nav(),
                ],
            );
        }
        // What is still going on comes first and is counted; what is done or cancelled is
        // listed apart below it, not as open.
        let (active, closed): (Vec<&RequestView>, Vec<&RequestView>) =
            requests.iter().partition(|r| r.status.is_active());
        let mut lines = vec![];
        if active.is_empty() {
            lines.push(self.t("my-requests-none-active"));
        } else {
            lines.push(self.f("my-requests-count", &[("count", active.len().into())]));
            lines.push(self.t("my-requests-title"));
        }
        let mut buttons = vec![];
        for request in &active {
            lines.push(self.request_line(request));
            if request.status == RequestStatus::Claimed {
                buttons.push(vec![Button {
                    label: self.f(
                        "request-write-button",
                        &[("offer", (&request.offer_title).into())],
                    ),
                    action: VolunteerAction::OpenRelay(request.id).into(),
                }]);
            }
            buttons.push(vec![Button {
                label: self.f(
                    "request-cancel-button",
                    &[("offer", (&request.offer_title).into())],
                ),
                action: NewcomerAction::CancelRequest(request.id).into(),
            }]);
        }
        if !closed.is_empty() {
            lines.push(String::new());
            lines.push(self.t("my-requests-closed"));
            lines.extend(closed.iter().map(|r| self.request_line(r)));
        }
        buttons.push(self.nav());
        self.reply(lines.join("\n"), buttons)
    }

    fn request_line(&self, request: &RequestView) -> String {
        let status = self.status(request.status);
        self.f(
            "request-line",
            &[
                ("offer", (&request.offer_title).into()),
                ("status", (&status).into()),
            ],
        )
    }

    pub fn cancel_confirm(&self, request: &RequestView) -> Reply {
        self.reply(
            self.f(
                "request-cancel-confirm",
                &[("offer", (&request.offer_title).into())],
            ),
            vec![
                vec![self.button(
                    "request-cancel-yes",
                    NewcomerAction::ConfirmCancelRequest(request.id),
                )],
                vec![self.button("request-cancel-no", NewcomerAction::MyRequests)],
                vec![self.button("nav-language", AccountAction::ChooseLanguage)],
            ],
        )
    }

    /// Text written at the menu, quoted back with the offer to send it to a person.
    pub fn text_as_question(&self, text: &str) -> Reply {
        self.reply(
            self.f("text-as-question", &[("text", text.into())]),
            vec![
                vec![self.button("text-as-question-send", NewcomerAction::SendAsQuestion)],
                vec![self.button("nav-menu", AccountAction::Menu)],
            ],
        )
    }

    pub fn question_prompt(&self) -> Reply {
        self.reply(
            self.t("question-prompt"),
            vec![
                vec![self.button("note-cancel", AccountAction::Menu)],
                vec![self.button("nav-language", AccountAction::ChooseLanguage)],
            ],
        )
    }
}
