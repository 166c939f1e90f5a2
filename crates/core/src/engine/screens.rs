//! How each screen looks: texts from the locales and the buttons under them.

use crate::action::{Action, PrivacyChoice};
use crate::catalog::OfferKind;
use crate::category::Category;
use crate::i18n::{Arg, Locales};
use crate::lang::Lang;
use crate::platform::{Address, Platform};
use crate::store::{
    Consent, OfferSummary, OfferView, Person, QuestionView, RequestStatus, RequestView,
};

use super::{Button, Reply, Settings};

/// Screens in one language.
pub(super) struct Ui<'a> {
    locales: &'a Locales,
    lang: Lang,
}

impl<'a> Ui<'a> {
    pub fn new(locales: &'a Locales, lang: Lang) -> Self {
        Self { locales, lang }
    }

    pub fn t(&self, id: &str) -> String {
        self.locales.text(self.lang, id)
    }

    pub fn f(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.locales.format(self.lang, id, args)
    }

    pub fn button(&self, id: &str, action: Action) -> Button {
        Button {
            label: self.t(id),
            action,
        }
    }

    /// A button whose label has variables.
    pub fn button_with(&self, id: &str, args: &[(&str, Arg<'_>)], action: Action) -> Button {
        Button {
            label: self.f(id, args),
            action,
        }
    }

    pub fn reply(&self, text: String, buttons: Vec<Vec<Button>>) -> Reply {
        Reply {
            buttons,
            ..Reply::text(self.lang, text)
        }
    }

    /// The row at the foot of every screen: back to the menu, and the language.
    pub fn nav(&self) -> Vec<Button> {
        vec![
            self.button("nav-menu", Action::Menu),
            self.button("nav-language", Action::ChooseLanguage),
        ]
    }

    pub fn plain(&self, id: &str) -> Reply {
        self.reply(self.t(id), vec![])
    }

    pub fn plain_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Reply {
        self.reply(self.f(id, args), vec![])
    }

    /// A screen with one more line of text above it.
    pub fn with_text_before(&self, id: &str, mut screen: Reply) -> Reply {
        screen.text = format!("{}\n\n{}", self.t(id), screen.text);
        screen
    }

    /// The picker speaks every language, the preselected one first.
    pub fn language_picker(&self) -> Reply {
        let mut order = vec![self.lang];
        order.extend(Lang::ALL.into_iter().filter(|l| *l != self.lang));
        let text = order
            .iter()
            .map(|lang| self.locales.text(*lang, "language-picker"))
            .collect::<Vec<_>>()
            .join("\n");
        let buttons = order
            .iter()
            .map(|lang| {
                let name = self.locales.text(*lang, "language-name");
                let label = if *lang == self.lang {
                    format!("✓ {name}")
                } else {
                    name
                };
                vec![Button {
                    label,
                    action: Action::SetLanguage(*lang),
                }]
            })
            .collect();
        self.reply(text, buttons)
    }

    /// The privacy notice. Someone who agreed before is told what saying no now erases.
    pub fn privacy(&self, settings: &Settings, platforms: &[Platform], consent: Consent) -> Reply {
        let platforms = self.platforms(platforms);
        let notice = self.f(
            "privacy-notice",
            &[
                ("operator", (&settings.operator).into()),
                ("platform", (&platforms).into()),
                ("days", i64::from(settings.retention_days).into()),
            ],
        );
        let mut text = format!("{}\n\n{notice}", self.t("welcome"));
        if consent == Consent::Agreed {
            text = format!("{text}\n\n{}", self.t("privacy-withdraw-warning"));
        }
        let buttons = vec![
            vec![self.button("privacy-agree", Action::Privacy(PrivacyChoice::Agree))],
            vec![self.button(
                "privacy-agree-news",
                Action::Privacy(PrivacyChoice::AgreeWithNews),
            )],
            vec![self.button("privacy-decline", Action::Privacy(PrivacyChoice::Decline))],
            vec![self.button("nav-language", Action::ChooseLanguage)],
        ];
        self.reply(text, buttons)
    }

    pub fn privacy_needed(&self) -> Reply {
        self.reply(
            self.t("privacy-needed"),
            vec![
                vec![self.button("privacy-read", Action::ShowPrivacy)],
                self.nav(),
            ],
        )
    }

    /// The newcomer's menu; someone not yet a volunteer may also sign up from it.
    pub fn newcomer_menu(&self, may_volunteer: bool) -> Reply {
        let mut buttons = vec![
            vec![self.button("menu-offers", Action::Categories)],
            vec![self.button("menu-my-requests", Action::MyRequests)],
            vec![self.button("menu-upcoming", Action::UpcomingEvents)],
            vec![self.button("menu-ask", Action::Ask)],
        ];
        if may_volunteer {
            buttons.push(vec![self.button("role-volunteer", Action::Volunteer)]);
        }
        buttons.push(vec![
            self.button("menu-help", Action::Help),
            self.button("menu-my-data", Action::MyData),
        ]);
        buttons.push(vec![self.button("nav-language", Action::ChooseLanguage)]);
        self.reply(self.t("menu-title"), buttons)
    }

    pub fn help(&self) -> Reply {
        self.reply(self.t("help"), vec![self.nav()])
    }

    pub fn categories(&self) -> Reply {
        let mut buttons: Vec<Vec<Button>> = Category::ALL
            .chunks(2)
            .map(|pair| {
                pair.iter()
                    .map(|c| self.button(c.message_id(), Action::Category(*c)))
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
                    action: Action::Offer(o.id),
                }]
            })
            .collect();
        buttons.push(vec![self.button("nav-back", Action::Categories)]);
        buttons.push(self.nav());
        self.reply(text, buttons)
    }

    pub fn offer(&self, offer: &OfferView) -> Reply {
        let kind = match offer.kind {
            OfferKind::DropIn => "offer-kind-drop-in",
            OfferKind::Volunteer => "offer-kind-volunteer",
        };
        let mut lines = vec![
            offer.title.clone(),
            offer.description.clone(),
            String::new(),
            self.f("offer-when", &[("when", (&offer.when).into())]),
            self.f("offer-where", &[("where", (&offer.location).into())]),
            self.f("offer-who", &[("group", (&offer.group).into())]),
        ];
        if let Some(checked) = offer.verified_at {
            let date = checked.format(self.date_format()).to_string();
            lines.push(self.f("offer-checked", &[("date", (&date).into())]));
        }
        lines.push(String::new());
        lines.push(self.t(kind));
        let text = lines.join("\n");
        let mut buttons = vec![];
        if offer.kind == OfferKind::Volunteer {
            buttons.push(vec![
                self.button("offer-interested", Action::Interested(offer.id)),
            ]);
        }
        buttons.push(vec![
            self.button("nav-back", Action::Category(offer.category)),
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
                vec![self.button("note-skip", Action::SkipNote(offer.id))],
                vec![self.button("note-cancel", Action::Menu)],
                vec![self.button("nav-language", Action::ChooseLanguage)],
            ],
        )
    }

    pub fn request_exists(&self, title: &str) -> Reply {
        self.reply(
            self.f("request-exists", &[("offer", title.into())]),
            vec![
                vec![self.button("menu-my-requests", Action::MyRequests)],
                self.nav(),
            ],
        )
    }

    fn status(&self, status: RequestStatus) -> String {
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
                    vec![self.button("menu-offers", Action::Categories)],
                    self.nav(),
                ],
            );
        }
        let mut lines = vec![
            self.f("my-requests-count", &[("count", requests.len().into())]),
            self.t("my-requests-title"),
        ];
        let mut buttons = vec![];
        for request in requests {
            let status = self.status(request.status);
            lines.push(self.f(
                "request-line",
                &[
                    ("offer", (&request.offer_title).into()),
                    ("status", (&status).into()),
                ],
            ));
            if request.status.is_active() {
                buttons.push(vec![Button {
                    label: self.f(
                        "request-cancel-button",
                        &[("offer", (&request.offer_title).into())],
                    ),
                    action: Action::CancelRequest(request.id),
                }]);
            }
        }
        buttons.push(self.nav());
        self.reply(lines.join("\n"), buttons)
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
                    Action::ConfirmCancelRequest(request.id),
                )],
                vec![self.button("request-cancel-no", Action::MyRequests)],
                vec![self.button("nav-language", Action::ChooseLanguage)],
            ],
        )
    }

    pub fn question_prompt(&self) -> Reply {
        self.reply(
            self.t("question-prompt"),
            vec![
                vec![self.button("note-cancel", Action::Menu)],
                vec![self.button("nav-language", Action::ChooseLanguage)],
            ],
        )
    }

    pub fn my_data(
        &self,
        person: &Person,
        addresses: &[Address],
        requests: &[RequestView],
        questions: &[QuestionView],
    ) -> Reply {
        let date = |d: &chrono::DateTime<chrono::Utc>| d.format(self.date_format()).to_string();
        let language = self.locales.text(person.lang, "language-name");
        let mut lines = vec![
            self.t("my-data-title"),
            self.f("my-data-language", &[("language", (&language).into())]),
            match (person.consent, person.consent_at) {
                (Consent::Agreed, Some(at)) => {
                    self.f("my-data-consent-agreed", &[("date", (&date(&at)).into())])
                }
                (Consent::Declined, _) => self.t("my-data-consent-declined"),
                _ => self.t("my-data-consent-pending"),
            },
            self.t(if person.news {
                "my-data-news-on"
            } else {
                "my-data-news-off"
            }),
        ];
        // The ids as the platforms know them: they are stored, so they are shown.
        let accounts = addresses
            .iter()
            .map(|a| format!("{} ({})", self.t(platform_message(a.platform)), a.user_id))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(self.f("my-data-accounts", &[("accounts", (&accounts).into())]));
        lines.push(self.f(
            "my-data-since",
            &[("date", (&date(&person.created_at)).into())],
        ));
        lines.push(self.f("my-data-requests", &[("count", requests.len().into())]));
        for request in requests {
            let status = self.status(request.status);
            lines.push(self.f(
                "my-data-request",
                &[
                    ("date", (&date(&request.created_at)).into()),
                    ("offer", (&request.offer_title).into()),
                    ("status", (&status).into()),
                ],
            ));
            if let Some(note) = &request.note {
                lines.push(self.f("my-data-request-note", &[("note", note.into())]));
            }
        }
        lines.push(self.f("my-data-questions", &[("count", questions.len().into())]));
        for question in questions {
            lines.push(self.f(
                "my-data-question",
                &[
                    ("date", (&date(&question.created_at)).into()),
                    ("text", (&question.body).into()),
                ],
            ));
        }
        let mut buttons = vec![];
        if person.consent == Consent::Agreed {
            buttons.push(vec![if person.news {
                self.button("my-data-news-toggle-off", Action::SetNews(false))
            } else {
                self.button("my-data-news-toggle-on", Action::SetNews(true))
            }]);
        } else {
            buttons.push(vec![self.button("privacy-read", Action::ShowPrivacy)]);
        }
        buttons.push(vec![self.button("my-data-delete", Action::Delete)]);
        buttons.push(self.nav());
        self.reply(lines.join("\n"), buttons)
    }

    /// Dates as readers of the language write them.
    pub fn date_format(&self) -> &'static str {
        match self.lang {
            Lang::Da => "%d.%m.%Y",
            Lang::Ar | Lang::En => "%Y-%m-%d",
        }
    }

    /// Platform names as a list, such as "Telegram, Discord".
    fn platforms(&self, platforms: &[Platform]) -> String {
        platforms
            .iter()
            .map(|p| self.t(platform_message(*p)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn delete_confirm(&self) -> Reply {
        self.reply(
            self.t("delete-confirm"),
            vec![
                vec![self.button("delete-yes", Action::ConfirmDelete)],
                vec![self.button("delete-no", Action::Menu)],
                vec![self.button("nav-language", Action::ChooseLanguage)],
            ],
        )
    }
}

fn platform_message(platform: Platform) -> &'static str {
    match platform {
        Platform::Terminal => "platform-terminal",
        Platform::Telegram => "platform-telegram",
        Platform::Discord => "platform-discord",
    }
}
