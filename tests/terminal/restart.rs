//! A conversation is stored, so a restart of the bot does not lose where a person was.

use crate::expected::*;
use crate::helpers::*;

in_every_language!(a_note_written_after_a_restart_completes_the_request_begun_before_it);
fn a_note_written_after_a_restart_completes_the_request_begun_before_it(lang: Lang) {
    // Arrange: the first run stops right after "I'm interested".
    let app = spawn_app();
    let say = Texts::of(lang);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let title = offer.title(lang);
    let mut chat = newcomer_who_agreed(&app, "Amal", lang);
    let prompt = ask_for(&mut chat, lang, offer);
    assert_shows!(prompt, say.f("note-prompt", &[("offer", title.into())]));
    chat.finish();

    // Act: a second run on the same database gets only the note.
    let transcript = app.chat(
        &["chat", "--as", "Amal", "--lang", lang.code()],
        &format!("{}\n", lang.note()),
    );

    // Assert
    assert_shows!(
        transcript,
        say.f("request-sent", &[("offer", title.into())])
    );
}
