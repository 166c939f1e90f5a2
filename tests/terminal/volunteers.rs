//! The volunteer round trip in one terminal: Mette the coordinator approves Lars, Amal asks
//! for an offer of his group, Lars takes it, and the two talk through the bot until he marks
//! it done. Amal's language varies; Mette and Lars speak Danish.

use crate::expected::*;
use crate::helpers::*;

/// What Lars writes to the family, and what Amal answers, in her language.
const LARS_WRITES: &str = "Hej! Jeg kan komme tirsdag kl. 16.";

fn amal_answers(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "شكرا، يوم الثلاثاء مناسب",
        Lang::Da => "Tak, tirsdag passer fint",
        Lang::En => "Thank you, Tuesday is good",
        Lang::Uk => "Дякую, вівторок підходить",
        Lang::Prs => "تشکر، روز سه‌شنبه خوب است",
    }
}

/// The caption Amal sends with a photo of a letter.
fn letter_caption(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "رسالة من البلدية",
        Lang::Da => "Et brev fra kommunen",
        Lang::En => "A letter from the municipality",
        Lang::Uk => "Лист від комуни",
        Lang::Prs => "نامه از شاروالی",
    }
}

/// The first request of a fresh database.
const REQUEST: i64 = 1;

/// A test folder whose binary knows Mette as the coordinator of `offer`'s group, and sends
/// notifications at any hour, so the tests pass at night too.
fn app_with_mette_coordinating(offer: &Offer) -> TestApp {
    spawn_app()
        .with_env(
            "VELKOMMEN_COORDINATORS",
            &format!("terminal:Mette={}", offer.group),
        )
        .with_env("VELKOMMEN_QUIET_HOURS", "0-0")
}

/// Mette, at her coordinator menu after agreeing to the privacy notice, in Danish.
fn mette_at_her_menu(app: &TestApp) -> (Chat, Transcript) {
    let da = Texts::of(Lang::Da);
    let mut chat = app.chat_as("Mette", Lang::Da);
    chat.send(Lang::Da.greeting());
    chat.press(&format!("✓ {}", da.language_name()));
    let menu = chat.press(&da.t("privacy-agree"));
    (chat, menu)
}

/// What Mette and Lars saw while he signed up and she approved him.
struct Signup {
    /// Lars, when he sent his sign-up.
    sent: Transcript,
    /// Mette, when she came back to the terminal.
    notice: Transcript,
    /// Mette, when she approved.
    approved: Transcript,
    /// Lars, when he came back.
    told: Transcript,
}

/// Lars signs up in Danish as a volunteer of `offer`'s group who helps with its category and
/// speaks Danish; Mette approves him from her notification.
fn lars_signs_up_and_mette_approves(
    chat: &mut Chat,
    catalogue: &Catalogue,
    offer: &Offer,
) -> Signup {
    let da = Texts::of(Lang::Da);
    chat.send(":as Lars da");
    chat.send(Lang::Da.greeting());
    chat.press(&format!("✓ {}", da.language_name()));
    chat.press(&da.t("privacy-agree"));
    chat.press(&da.t("role-volunteer"));
    chat.send("Lars");
    chat.press(catalogue.group_of(offer, Lang::Da));
    chat.press(&da.t("signup-next"));
    chat.press(&da.language_in_a_sentence());
    chat.press(&da.t("signup-next"));
    chat.press(&da.t(&offer.category_message()));
    chat.press(&da.t("signup-next"));
    let sent = chat.press(&da.t("signup-send"));
    let notice = chat.send(":as Mette");
    let approved = chat.press(&da.t("approve"));
    let told = chat.send(":as Lars");
    Signup {
        sent,
        notice,
        approved,
        told,
    }
}

/// What Amal and Lars saw while she asked for `offer` and he took it.
struct Claim {
    /// Amal, when she sent her request.
    sent: Transcript,
    /// Lars, when he came back to the terminal.
    notice: Transcript,
    /// Lars, when he took it.
    accepted: Transcript,
}

/// Amal arrives in `lang`, asks for `offer` with a note, and Lars takes her request.
fn amal_asks_and_lars_accepts(chat: &mut Chat, lang: Lang, offer: &Offer) -> Claim {
    chat.send(&format!(":as Amal {}", lang.code()));
    agree_as_newcomer(chat, lang);
    ask_for(chat, lang, offer);
    let sent = chat.send(lang.note());
    let notice = chat.send(":as Lars");
    let accepted = chat.press(&Texts::of(Lang::Da).t("notice-accept"));
    Claim {
        sent,
        notice,
        accepted,
    }
}

/// The terminal's first line for a person who has written before, in their language.
fn now_as(lang: Lang, name: &str) -> String {
    Texts::of(lang).f("terminal-now-as", &[("name", name.into())])
}

in_every_language!(a_volunteer_approved_by_a_coordinator_takes_a_request_talks_with_the_family_through_the_bot_and_marks_it_done);
fn a_volunteer_approved_by_a_coordinator_takes_a_request_talks_with_the_family_through_the_bot_and_marks_it_done(
    lang: Lang,
) {
    // Arrange
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let app = app_with_mette_coordinating(offer);
    let (say, da) = (Texts::of(lang), Texts::of(Lang::Da));
    let (title, title_da) = (offer.title(lang), offer.title(Lang::Da));

    // Act and assert, one step of the round trip at a time.
    // Mette, a coordinator, starts at her own menu.
    let (mut chat, mette_menu) = mette_at_her_menu(&app);
    assert_shows!(mette_menu, da.t("coordinator-menu-title"));

    // Lars signs up, waits, and Mette finds his sign-up waiting for her, with his profile.
    let signup = lars_signs_up_and_mette_approves(&mut chat, &catalogue, offer);
    assert_shows!(signup.sent, da.t("signup-sent"));
    assert_shows!(signup.sent, da.t("volunteer-pending"));
    let profile = da.f(
        "signup-notice",
        &[
            ("name", "Lars".into()),
            ("groups", catalogue.group_of(offer, Lang::Da).into()),
            ("languages", (&da.language_in_a_sentence()).into()),
            ("helps", (&da.t(&offer.category_message())).into()),
        ],
    );
    let delivered = signup.notice.delivered();
    assert_shows!(delivered, profile);
    assert_eq!(
        delivered.buttons(),
        [da.t("approve"), da.t("decline")],
        "{}",
        signup.notice
    );
    assert_shows!(
        signup.approved,
        da.f("approved-coordinator", &[("name", "Lars".into())])
    );
    assert_shows!(signup.told.delivered(), da.t("volunteer-approved"));

    // Amal asks; Lars hears of it in Danish, without her name, and takes it.
    let claim = amal_asks_and_lars_accepts(&mut chat, lang, offer);
    assert_shows!(
        claim.sent,
        say.f("request-sent", &[("offer", title.into())])
    );
    let notice = claim.notice.delivered();
    assert_shows!(
        notice,
        da.f(
            "notice-new-request",
            &[
                ("request", REQUEST.into()),
                ("offer", title_da.into()),
                ("language", (&Texts::of(lang).name_in(Lang::Da)).into()),
                ("note", lang.note().into()),
            ]
        )
    );
    assert!(
        notice.buttons().contains(&da.t("notice-accept")),
        "{notice}"
    );
    assert!(!claim.notice.shows("Amal"), "{}", claim.notice);
    let request_and_offer = [("request", REQUEST.into()), ("offer", title_da.into())];
    assert_shows!(claim.accepted, da.f("claim-won", &request_and_offer));
    assert_shows!(
        claim.accepted,
        da.f("relay-open-volunteer", &request_and_offer)
    );

    // Lars writes; Amal hears that he will help, and reads his message under his name.
    let lars_sent = chat.send(LARS_WRITES);
    assert_shows!(lars_sent, da.t("relay-sent"));
    let amal_back = chat.send(&format!(":as Amal {}", lang.code()));
    let from_lars = amal_back.delivered();
    let lars_and_offer = [("name", "Lars".into()), ("offer", title.into())];
    assert_shows!(from_lars, say.f("newcomer-claimed", &lars_and_offer));
    assert_shows!(
        from_lars,
        format!(
            "{}\n{LARS_WRITES}",
            say.f("relay-from-volunteer", &lars_and_offer)
        )
    );
    assert_eq!(from_lars.buttons(), [say.t("relay-reply")], "{amal_back}");

    // Amal replies; Lars reads it as the family's, never with her name.
    let opened = chat.press(&say.t("relay-reply"));
    assert_shows!(opened, say.f("relay-open-newcomer", &lars_and_offer));
    let amal_sent = chat.send(amal_answers(lang));
    assert_shows!(amal_sent, say.t("relay-sent"));
    let lars_back = chat.send(":as Lars");
    let from_amal = lars_back.delivered();
    assert_shows!(
        from_amal,
        format!(
            "{}\n{}",
            da.f("relay-from-newcomer", &request_and_offer),
            amal_answers(lang)
        )
    );
    assert!(!lars_back.shows("Amal"), "{lars_back}");

    // Lars opens the conversation from her message and marks the request done.
    chat.press(&da.t("relay-reply"));
    let sure = chat.press(&da.t("mark-done"));
    assert_shows!(
        sure,
        da.f(
            "done-confirm",
            &[("request", REQUEST.into()), ("offer", title_da.into())]
        )
    );
    let done = chat.press(&da.t("done-yes"));
    assert_shows!(
        done,
        da.f("request-done-volunteer", &[("request", REQUEST.into())])
    );

    // Amal is asked whether she got the help she needed, and answers.
    let asked = chat.send(":as Amal");
    assert_shows!(asked.delivered(), say.f("feedback-ask", &lars_and_offer));
    let thanked = chat.press(&say.t("feedback-good"));
    assert_shows!(thanked, say.t("feedback-thanks"));
    assert_shows!(thanked, say.t("menu-title"));
    chat.finish();
}

in_every_language!(
    a_photo_and_a_file_sent_with_the_file_command_reach_the_other_side_of_the_conversation
);
fn a_photo_and_a_file_sent_with_the_file_command_reach_the_other_side_of_the_conversation(
    lang: Lang,
) {
    // Arrange: Lars has taken Amal's request; she has a photo of a letter, he a PDF.
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let app = app_with_mette_coordinating(offer);
    let (say, da) = (Texts::of(lang), Texts::of(Lang::Da));
    let photo = app.path("brev.jpg");
    std::fs::write(
        &photo,
        [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', 0xFF, 0xD9],
    )
    .expect("a photo in the test folder");
    let pdf = app.write("svar.pdf", "%PDF-1.4\n%%EOF\n");
    let (mut chat, _) = mette_at_her_menu(&app);
    lars_signs_up_and_mette_approves(&mut chat, &catalogue, offer);
    amal_asks_and_lars_accepts(&mut chat, lang, offer);
    chat.send(&format!(":as Amal {}", lang.code()));
    chat.press(&say.t("relay-reply"));

    // Act
    let amal_sent = chat.send(&format!(
        ":file {} {}",
        photo.display(),
        letter_caption(lang)
    ));
    let lars_back = chat.send(":as Lars");
    chat.press(&da.t("relay-reply"));
    let lars_sent = chat.send(&format!(":file {}", pdf.display()));
    let amal_back = chat.send(":as Amal");
    chat.finish();

    // Assert
    assert_shows!(amal_sent, say.t("relay-sent"));
    let from_amal = lars_back.delivered();
    let request_and_offer = [
        ("request", REQUEST.into()),
        ("offer", offer.title(Lang::Da).into()),
    ];
    assert_shows!(
        from_amal,
        format!(
            "{}\n{}\n{}\n📎 brev.jpg (image/jpeg)",
            da.f("relay-from-newcomer", &request_and_offer),
            letter_caption(lang),
            da.t("relay-file-cpr")
        )
    );
    assert_shows!(lars_sent, da.t("relay-sent"));
    let lars_and_offer = [("name", "Lars".into()), ("offer", offer.title(lang).into())];
    assert_shows!(
        amal_back.delivered(),
        format!(
            "{}\n{}\n📎 svar.pdf (application/pdf)",
            say.f("relay-from-volunteer", &lars_and_offer),
            say.t("relay-file-cpr")
        )
    );
}

in_every_language!(
    a_newcomer_pressing_a_missing_button_or_writing_after_the_conversation_ended_is_answered_kindly
);
fn a_newcomer_pressing_a_missing_button_or_writing_after_the_conversation_ended_is_answered_kindly(
    lang: Lang,
) {
    // Arrange: Amal is in the conversation with Lars when he marks the request done.
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let app = app_with_mette_coordinating(offer);
    let (say, da) = (Texts::of(lang), Texts::of(Lang::Da));
    let (mut chat, _) = mette_at_her_menu(&app);
    lars_signs_up_and_mette_approves(&mut chat, &catalogue, offer);
    amal_asks_and_lars_accepts(&mut chat, lang, offer);
    chat.send(&format!(":as Amal {}", lang.code()));
    chat.press(&say.t("relay-reply"));
    chat.send(":as Lars");
    chat.press(&da.t("mark-done"));
    chat.press(&da.t("done-yes"));
    let asked = chat.send(":as Amal");

    // Act
    let missing = chat.send("9");
    let too_late = chat.send(amal_answers(lang));
    // `finish` checks that the process exits successfully and logs no error.
    chat.finish();

    // Assert
    assert!(asked.text().starts_with(&now_as(lang, "Amal")), "{asked}");
    assert_eq!(asked.delivered().buttons().len(), 2, "{asked}");
    assert_eq!(
        missing.text(),
        say.f("terminal-no-button", &[("number", 9.into())])
    );
    assert_shows!(too_late, say.t("relay-closed"));
    assert_shows!(too_late, say.t("menu-title"));
}
