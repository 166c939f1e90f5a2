//! The screens of one's own account: the language picker, the privacy notice, help, the
//! main menus, what is stored, deleting it.

use crate::action::{AccountAction, NewcomerAction, PrivacyChoice, VolunteerAction};
use crate::domain::lang::Lang;
use crate::domain::{Consent, Person};
use crate::engine::Settings;
use crate::engine::ui::Ui;
use crate::i18n::Arg;
use crate::message::{Button, Reply};
use crate::platform::{Address, Platform};
use crate::store::{QuestionView, RequestView};

/// How many look-ups `/mydata` lists one by one; older ones are counted.
const SHOWN_ACCESSES: usize = 20;

impl Ui<'_> {
    /// The picker speaks every language, the preselected one first.
    pub fn language_picker(&self) -> Reply {
        let mut order = vec![self.lang()];
        order.extend(Lang::all().into_iter().filter(|l| *l != self.lang()));
        let text = order
            .iter()
            .map(|lang| self.text_in(*lang, "language-picker"))
            .collect::<Vec<_>>()
            .join("\n");
        let buttons = order
            .iter()
            .map(|lang| {
                let name = lang.own_name().to_owned();
                let label = if *lang == self.lang() {
                    format!("✓ {name}")
                } else {
                    name
                };
                vec![Button {
                    label,
                    action: AccountAction::SetLanguage(*lang).into(),
                }]
            })
            .collect();
        self.reply(text, buttons)
    }

    /// The privacy notice. Someone who agreed before is told what saying no now erases.
    pub fn privacy(&self, settings: &Settings, platforms: &[Platform], consent: Consent) -> Reply {
        // Telegram's and Discord's servers are outside the EU; the terminal is the operator's.
        let carrier = if platforms.iter().all(|p| *p == Platform::Terminal) {
            "local"
        } else {
            "abroad"
        };
        let platforms = self.platforms(platforms);
        let notice = self.f(
            "privacy-notice",
            &[
                ("operator", settings.operator_in(self.lang()).into()),
                ("platform", (&platforms).into()),
                ("carrier", carrier.into()),
                ("days", i64::from(settings.retention_days).into()),
            ],
        );
        let mut text = format!("{}\n\n{notice}", self.t("welcome"));
        if consent == Consent::Agreed {
            text = format!("{text}\n\n{}", self.t("privacy-withdraw-warning"));
        }
        self.reply(text, self.privacy_answers(true))
    }

    /// The whole privacy policy, part by part (a heading and its text): "Read more" in chat
    /// and the page at `/privacy` both show it. `platforms` names the platforms that carry
    /// this reader's messages, or every platform on the page.
    pub fn privacy_policy(
        &self,
        settings: &Settings,
        platforms: &[Platform],
    ) -> Vec<(String, String)> {
        let abroad: Vec<Platform> = platforms
            .iter()
            .copied()
            .filter(|p| *p != Platform::Terminal)
            .collect();
        let days = |d: u32| Arg::from(i64::from(d));
        let operator = settings.operator_in(self.lang());
        let mut parts = vec![
            (
                "controller",
                self.f("privacy-controller", &[("operator", operator.into())]),
            ),
            ("purpose", self.t("privacy-purpose")),
            ("stored", self.t("privacy-stored")),
            ("recipients", self.t("privacy-recipients")),
        ];
        if !abroad.is_empty() {
            let names = self.platforms(&abroad);
            parts.push((
                "platforms",
                self.f("privacy-platforms", &[("platform", (&names).into())]),
            ));
        }
        parts.extend([
            ("danger", self.t("privacy-danger")),
            (
                "retention",
                self.f(
                    "privacy-retention",
                    &[
                        ("days", days(settings.retention_days)),
                        ("file_days", days(settings.retention.sensitive_files)),
                        ("backup_days", days(settings.retention.backups)),
                    ],
                ),
            ),
            (
                "kept",
                self.f(
                    "privacy-kept",
                    &[("backup_days", days(settings.retention.backups))],
                ),
            ),
            ("rights", self.t("privacy-rights")),
            ("complaint", self.t("privacy-complaint")),
        ]);
        if let Some(dpo) = &settings.dpo {
            parts.push((
                "dpo",
                self.f("privacy-dpo", &[("dpo", dpo.as_str().into())]),
            ));
        }
        parts
            .into_iter()
            .map(|(part, text)| (self.t(&format!("privacy-{part}-title")), text))
            .collect()
    }

    /// The policy as one chat message, with the page's address when there is a page.
    pub fn privacy_more(&self, settings: &Settings, platforms: &[Platform]) -> Reply {
        let mut text = self.t("privacy-policy-title");
        for (title, part) in self.privacy_policy(settings, platforms) {
            text = format!("{text}\n\n{title}\n{part}");
        }
        if let Some(url) = &settings.desk_url {
            let url = format!(
                "{}/privacy/{}",
                url.trim_end_matches('/'),
                self.lang().code()
            );
            text = format!(
                "{text}\n\n{}",
                self.f("privacy-full", &[("url", url.as_str().into())])
            );
        }
        self.reply(text, self.privacy_answers(false))
    }

    /// The answers to the notice, with "read more" under the short notice.
    pub fn privacy_answers(&self, more: bool) -> Vec<Vec<Button>> {
        let mut buttons = vec![
            vec![self.button(
                "privacy-agree",
                AccountAction::Privacy(PrivacyChoice::Agree),
            )],
            vec![self.button(
                "privacy-agree-news",
                AccountAction::Privacy(PrivacyChoice::AgreeWithNews),
            )],
            vec![self.button(
                "privacy-decline",
                AccountAction::Privacy(PrivacyChoice::Decline),
            )],
        ];
        if more {
            buttons.push(vec![
                self.button("privacy-more-button", AccountAction::PrivacyMore),
            ]);
        }
        buttons.push(vec![
            self.button("nav-language", AccountAction::ChooseLanguage),
        ]);
        buttons
    }

    pub fn privacy_needed(&self) -> Reply {
        self.reply(
            self.t("privacy-needed"),
            vec![
                vec![self.button("privacy-read", AccountAction::ShowPrivacy)],
                self.nav(),
            ],
        )
    }

    pub fn help(&self) -> Reply {
        self.reply(self.t("help"), vec![self.nav()])
    }

    #[allow(clippy::too_many_arguments)]
    pub fn my_data(
        &self,
        person: &Person,
        addresses: &[Address],
        requests: &[RequestView],
        questions: &[QuestionView],
        alerts: &[crate::store::OwnAlert],
        accesses: &[crate::store::Access],
        date: &dyn Fn(&chrono::DateTime<chrono::Utc>) -> String,
    ) -> Reply {
        let language = self.language(person.lang);
        let mut lines = vec![
            self.t("my-data-title"),
            self.f("my-data-number", &[("id", person.id.get().into())]),
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
        let accounts = self.list(
            &addresses
                .iter()
                .map(|a| format!("{} ({})", self.t(platform_message(a.platform)), a.user_id))
                .collect::<Vec<_>>(),
        );
        lines.push(self.f("my-data-accounts", &[("accounts", (&accounts).into())]));
        lines.push(self.f(
            "my-data-since",
            &[("date", (&date(&person.created_at)).into())],
        ));
        lines.push(if requests.is_empty() {
            self.t("my-data-requests-none")
        } else {
            self.f("my-data-requests", &[("count", requests.len().into())])
        });
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
        lines.push(if questions.is_empty() {
            self.t("my-data-questions-none")
        } else {
            self.f("my-data-questions", &[("count", questions.len().into())])
        });
        for question in questions {
            lines.push(self.f(
                "my-data-question",
                &[
                    ("date", (&date(&question.created_at)).into()),
                    ("text", (&question.body).into()),
                ],
            ));
        }
        // Cries for help: when, and what became of them; the words are among the questions.
        if !alerts.is_empty() {
            lines.push(self.f("my-data-alerts", &[("count", alerts.len().into())]));
        }
        for alert in alerts {
            let what = match (alert.outcome, alert.taken) {
                (Some(outcome), _) => self.t(&outcome.message_id()),
                (None, true) => self.t("my-data-alert-taken"),
                (None, false) => self.t("my-data-alert-open"),
            };
            lines.push(self.f(
                "my-data-alert",
                &[
                    ("date", (&date(&alert.created_at)).into()),
                    ("status", (&what).into()),
                ],
            ));
        }
        // When staff or a coordinator looked at their data, by role and why, newest first.
        if !accesses.is_empty() {
            lines.push(self.f("my-data-looked-up", &[("count", accesses.len().into())]));
        }
        for access in accesses.iter().take(SHOWN_ACCESSES) {
            lines.push(self.f(
                "my-data-look",
                &[
                    ("date", (&date(&access.at)).into()),
                    (
                        "role",
                        if access.staff { "staff" } else { "coordinator" }.into(),
                    ),
                    ("purpose", access.purpose.code().into()),
                ],
            ));
        }
        if accesses.len() > SHOWN_ACCESSES {
            let older = accesses.len() - SHOWN_ACCESSES;
            lines.push(self.f("my-data-looks-older", &[("count", older.into())]));
        }
        let mut buttons = vec![];
        if person.consent == Consent::Agreed {
            buttons.push(vec![if person.news {
                self.button("my-data-news-toggle-off", AccountAction::SetNews(false))
            } else {
                self.button("my-data-news-toggle-on", AccountAction::SetNews(true))
            }]);
            // Withdrawing consent is as easy as giving it: the notice again, where "No"
            // says what it erases.
            buttons.push(vec![
                self.button("my-data-withdraw", AccountAction::ShowPrivacy),
            ]);
        } else {
            buttons.push(vec![
                self.button("privacy-read", AccountAction::ShowPrivacy),
            ]);
        }
        buttons.push(vec![self.button("my-data-delete", AccountAction::Delete)]);
        buttons.push(self.nav());
        self.reply(lines.join("\n"), buttons)
    }

    /// Platform names as a list, such as "Telegram, Discord".
    fn platforms(&self, platforms: &[Platform]) -> String {
        self.list(
            &platforms
                .iter()
                .map(|p| self.t(platform_message(*p)))
                .collect::<Vec<_>>(),
        )
    }

    pub fn delete_confirm(&self) -> Reply {
        self.reply(
            self.t("delete-confirm"),
            vec![
                vec![self.button("delete-yes", AccountAction::ConfirmDelete)],
                vec![self.button("delete-no", AccountAction::Menu)],
                vec![self.button("nav-language", AccountAction::ChooseLanguage)],
            ],
        )
    }

    /// The newcomer's menu; someone not yet a volunteer may also sign up from it.
    pub fn newcomer_menu(&self, may_volunteer: bool) -> Reply {
        let mut buttons = vec![
            vec![self.button("menu-offers", NewcomerAction::Categories)],
            vec![self.button("menu-my-requests", NewcomerAction::MyRequests)],
            vec![self.button("menu-upcoming", NewcomerAction::UpcomingEvents)],
            vec![self.button("menu-ask", NewcomerAction::Ask)],
        ];
        if may_volunteer {
            buttons.push(vec![self.button("role-volunteer", VolunteerAction::SignUp)]);
        }
        buttons.push(vec![
            self.button("menu-help", AccountAction::Help),
            self.button("menu-my-data", AccountAction::MyData),
        ]);
        buttons.push(vec![
            self.button("nav-language", AccountAction::ChooseLanguage),
        ]);
        buttons.push(vec![self.button("menu-urgent", AccountAction::Urgent)]);
        self.reply(self.t("menu-title"), buttons)
    }
}

fn platform_message(platform: Platform) -> &'static str {
    match platform {
        Platform::Terminal => "platform-terminal",
        Platform::Telegram => "platform-telegram",
        Platform::Discord => "platform-discord",
    }
}
