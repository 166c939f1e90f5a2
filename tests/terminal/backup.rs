//! `velkommen backup` and `velkommen restore`: an online copy, and a restore that never
//! overwrites a running database and never brings back someone who was deleted.

use crate::expected::*;
use crate::helpers::*;

/// Does the file hold these bytes anywhere, in any page, used or free?
fn file_holds(path: &std::path::Path, text: &str) -> bool {
    let bytes = std::fs::read(path).unwrap_or_default();
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn a_restore_brings_back_the_backup_but_not_someone_deleted_since() {
    // Arrange: Amal and Lars each asked for an offer; a backup is taken; then Amal deletes
    // everything.
    let app = spawn_app();
    let say = Texts::of(Lang::En);
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    for (who, note) in [
        ("Amal", "Amal's family of five"),
        ("Lars", "Lars needs a tour"),
    ] {
        let mut chat = newcomer_who_agreed(&app, who, Lang::En);
        ask_for(&mut chat, Lang::En, offer);
        chat.send(note);
        chat.finish();
    }
    let backup = app.path("backup.db");
    let said = app.run_ok(&["backup", backup.to_str().unwrap()]);
    assert!(said.contains("Backed up"), "{said}");
    assert!(file_holds(&backup, "Amal's family of five"));
    let mut amal = app.chat_as("Amal", Lang::En);
    amal.send("/delete");
    amal.press(&say.t("delete-yes"));
    amal.finish();

    // Act
    let said = app.run_ok(&["restore", backup.to_str().unwrap()]);

    // Assert: Lars is back with his request; Amal is not, nor her words.
    assert!(said.contains("erased again 1 people"), "{said}");
    assert!(!file_holds(&app.db, "Amal's family of five"));
    assert!(file_holds(&app.db, "Lars needs a tour"));
    let lars = app.chat(&["chat", "--as", "Lars", "--lang", "en"], "/mydata\n");
    assert_shows!(lars, say.t("my-data-title"));
    let amal = app.chat(&["chat", "--as", "Amal", "--lang", "en"], "hello\n");
    assert_shows!(amal, say.t("language-picker"));
}

#[test]
fn a_restore_is_refused_while_the_bot_runs_on_the_database_and_a_backup_never_overwrites() {
    // Arrange
    let app = spawn_app();
    let backup = app.path("backup.db");
    app.run_ok(&["backup", backup.to_str().unwrap()]);
    let mut running = app.chat_as("Amal", Lang::En);
    running.send("hello");

    // Act
    let refused = app.run(&["restore", backup.to_str().unwrap()]);
    let twice = app.run(&["backup", backup.to_str().unwrap()]);
    running.finish();

    // Assert
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("in use by another running velkommen"),
        "{refused:?}"
    );
    assert!(!twice.status.success());
    assert!(
        String::from_utf8_lossy(&twice.stderr).contains("exists already"),
        "{twice:?}"
    );
    // Once the bot has stopped, the restore goes ahead.
    app.run_ok(&["restore", backup.to_str().unwrap()]);
}

#[test]
fn the_database_its_backups_and_the_erasure_log_are_the_owners_alone_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    // Arrange: an operator whose umask lets everyone read new files (the children inherit it).
    // SAFETY: umask(2) sets this process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o000);
    }
    let app = spawn_app();
    let say = Texts::of(Lang::En);

    // Act: a person arrives and deletes everything; a backup is taken.
    let mut amal = newcomer_who_agreed(&app, "Amal", Lang::En);
    amal.send("/delete");
    amal.press(&say.t("delete-yes"));
    amal.finish();
    let backup = app.path("backup.db");
    app.run_ok(&["backup", backup.to_str().unwrap()]);

    // Assert
    let with = |suffix: &str| {
        let mut name = app.db.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    for file in [app.db.clone(), backup, with(".erasures")] {
        let mode = std::fs::metadata(&file)
            .unwrap_or_else(|_| panic!("{} exists", file.display()))
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    for file in [with("-wal"), with("-shm")] {
        if let Ok(meta) = std::fs::metadata(&file) {
            assert_eq!(
                meta.permissions().mode() & 0o777,
                0o600,
                "{}",
                file.display()
            );
        }
    }
}
