//! The command line: `migrate`, `--help`, where the database is, and the configuration file.

use crate::expected::*;
use crate::helpers::*;

#[test]
fn migrate_creates_the_database_file() {
    // Arrange
    let app = spawn_app();
    assert!(!app.db.exists());

    // Act
    let said = app.run_ok(&["migrate"]);

    // Assert
    assert!(app.db.is_file());
    assert_eq!(said, format!("{} is up to date.\n", app.db.display()));
}

#[test]
fn every_command_explains_itself_with_help_and_touches_no_database() {
    let app = spawn_app();
    for (args, usage) in [
        (&["--help"][..], "Usage: velkommen [OPTIONS] <COMMAND>"),
        (&["chat", "--help"], "Usage: velkommen chat [OPTIONS]"),
        (&["migrate", "--help"], "Usage: velkommen migrate [OPTIONS]"),
        (
            &["catalog", "--help"],
            "Usage: velkommen catalog [OPTIONS] <COMMAND>",
        ),
        (
            &["catalog", "import", "--help"],
            "Usage: velkommen catalog import [OPTIONS] <FILE>",
        ),
        (&["purge", "--help"], "Usage: velkommen purge [OPTIONS]"),
    ] {
        // Act
        let output = app
            .bare_command()
            .args(args)
            .output()
            .expect("the velkommen binary runs");

        // Assert
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{args:?}: {output:?}");
        assert!(stdout.contains(usage), "{args:?}:\n{stdout}");
        assert!(stdout.contains("--db <DB>"), "{args:?}:\n{stdout}");
    }
    assert!(!app.db.exists(), "--help created velkommen.db");
}

#[test]
fn the_database_named_by_velkommen_db_is_used() {
    // Arrange
    let app = spawn_app();
    let elsewhere = app.path("elsewhere.db");

    // Act
    let output = app
        .bare_command()
        .env("VELKOMMEN_DB", &elsewhere)
        .arg("migrate")
        .output()
        .expect("the velkommen binary runs");

    // Assert
    assert!(output.status.success(), "{output:?}");
    assert!(elsewhere.is_file());
    assert!(!app.db.exists(), "the default velkommen.db was created too");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!("{} is up to date.\n", elsewhere.display())
    );
}

#[test]
fn the_db_flag_wins_over_velkommen_db() {
    // Arrange
    let app = spawn_app();
    let elsewhere = app.path("elsewhere.db");

    // Act
    let output = app
        .command()
        .env("VELKOMMEN_DB", &elsewhere)
        .arg("migrate")
        .output()
        .expect("the velkommen binary runs");

    // Assert
    assert!(output.status.success(), "{output:?}");
    assert!(app.db.is_file());
    assert!(!elsewhere.exists());
}

in_every_language!(the_operator_from_the_configuration_file_is_named_in_the_privacy_notice);
fn the_operator_from_the_configuration_file_is_named_in_the_privacy_notice(lang: Lang) {
    // Arrange
    let app = spawn_app();
    let say = Texts::of(lang);
    let config = app.write(
        "velkommen.toml",
        "operator = \"Frivilligcenter Ballerup\"\n",
    );
    let config = config.to_str().expect("a UTF-8 path");
    let mut chat = app.chat_with(&[
        "--config",
        config,
        "chat",
        "--as",
        "Amal",
        "--lang",
        lang.code(),
    ]);
    chat.send(lang.greeting());

    // Act
    let notice = chat.press(&format!("✓ {}", say.language_name()));
    chat.finish();

    // Assert
    let responsible = match lang {
        Lang::Ar => "• الجهة المسؤولة عنها: \u{2068}Frivilligcenter Ballerup\u{2069}.",
        Lang::Da => {
            "• Frivilligcenter Ballerup har ansvaret for dem og bruger dem til at hjælpe dig."
        }
        Lang::En => "• Frivilligcenter Ballerup is responsible for it and uses it to help you.",
        Lang::Uk => "• За них відповідає Frivilligcenter Ballerup.",
        Lang::Prs => {
            "• \u{2068}Frivilligcenter Ballerup\u{2069} مسئول آن است و با آن به شما کمک می‌کند."
        }
    };
    assert_shows!(notice, responsible);
    assert!(!notice.shows("Ballerup Kommune"), "{notice}");
}

#[test]
fn the_operator_is_named_in_the_readers_script_where_configured() {
    // Arrange: a name in Arabic in the file, one in Ukrainian from the environment.
    let app = spawn_app().with_env("VELKOMMEN_OPERATOR_UK", "Комуна Баллеруп");
    let config = app.write(
        "velkommen.toml",
        "operator = \"Ballerup Kommune\"\n[operator_names]\nar = \"بلدية باليروب\"\n",
    );
    let config = config.to_str().expect("a UTF-8 path");
    for (lang, responsible) in [
        (Lang::Ar, "• الجهة المسؤولة عنها: بلدية باليروب."),
        (Lang::Uk, "• За них відповідає Комуна Баллеруп."),
        (
            Lang::Da,
            "• Ballerup Kommune har ansvaret for dem og bruger dem til at hjælpe dig.",
        ),
    ] {
        let say = Texts::of(lang);
        let mut chat = app.chat_with(&[
            "--config",
            config,
            "chat",
            "--as",
            lang.code(),
            "--lang",
            lang.code(),
        ]);
        chat.send(lang.greeting());

        // Act
        let notice = chat.press(&format!("✓ {}", say.language_name()));
        chat.finish();

        // Assert
        assert_shows!(notice, responsible);
    }
}

#[test]
fn the_configuration_file_named_by_velkommen_config_sets_the_retention_period() {
    // Arrange
    let app = spawn_app();
    let config = app.write("velkommen.toml", "retention_days = 30\n");

    // Act
    let output = app
        .command()
        .env("VELKOMMEN_CONFIG", &config)
        .arg("purge")
        .output()
        .expect("the velkommen binary runs");

    // Assert
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "Erased 0 people not seen for 30 days.\n"
    );
}

#[test]
fn an_unknown_key_in_the_configuration_file_stops_velkommen_before_it_opens_the_database() {
    // Arrange
    let app = spawn_app();
    let config = app.write("velkommen.toml", "operater = \"Ballerup Kommune\"\n");
    let config = config.to_str().expect("a UTF-8 path");

    // Act
    let output = app.run(&["--config", config, "migrate"]);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{output:?}");
    assert!(stderr.contains("unknown field `operater`"), "{stderr}");
    assert!(!app.db.exists());
}

#[test]
fn the_quarterly_report_counts_a_request_per_group_as_text_and_csv() {
    // Arrange: Amal asks for a Red Cross offer today.
    let app = spawn_app();
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let mut chat = newcomer_who_agreed(&app, "Amal", Lang::Ar);
    ask_for(&mut chat, Lang::Ar, offer);
    chat.send(Lang::Ar.note());
    chat.finish();
    assert!(app.run_ok(&["report", "--help"]).contains("--format"));

    // Act
    let csv = app.run_ok(&[
        "report",
        "--from",
        "2000-01-01",
        "--to",
        "2099-12-31",
        "--format",
        "csv",
    ]);
    let text = app.run_ok(&[
        "report",
        "--from",
        "2000-01-01",
        "--to",
        "2099-12-31",
        "--lang",
        "en",
    ]);

    // Assert: one request received, none taken yet, in the offer's group.
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{},", catalogue.group_of(offer, Lang::Da))))
        .unwrap_or_else(|| panic!("no row for the offer's group in\n{csv}"));
    assert!(
        row.starts_with(&format!(
            "{},1,0,0,0,,,0,1,",
            catalogue.group_of(offer, Lang::Da)
        )),
        "{row}"
    );
    assert!(text.contains(catalogue.group_of(offer, Lang::En)), "{text}");
    let refused = app.run(&["report", "--from", "2026-12-01", "--to", "2026-10-01"]);
    assert!(!refused.status.success());
}

#[test]
fn config_check_says_what_is_set_reads_secrets_from_files_and_never_shows_them() {
    // Arrange: the Telegram token in a file, as systemd credentials and container secrets
    // give it.
    let app = spawn_app();
    let token = app.write("telegram-token", "123456:SECRET-never-shown\n");
    let app = app.with_env("TELEGRAM_BOT_TOKEN_FILE", token.to_str().unwrap());
    let config = app.write(
        "velkommen.toml",
        "operator = \"Ballerup Kommune\"\n[operator_names]\nar = \"بلدية باليروب\"\n",
    );

    // Act
    let said = app.run_ok(&["--config", config.to_str().unwrap(), "config", "check"]);

    // Assert
    assert!(said.contains("token set; long polling"), "{said}");
    assert!(!said.contains("SECRET"), "{said}");
    assert!(said.contains("ar: بلدية باليروب"), "{said}");
    assert!(said.contains("da, ar, en, uk"), "{said}");
    assert!(said.ends_with("Everything checks out.\n"), "{said}");
    assert!(!app.db.exists(), "a check opens no database");
}

#[test]
fn an_unknown_key_in_the_configuration_file_is_an_error_that_shows_its_line() {
    let app = spawn_app();
    let config = app.write(
        "velkommen.toml",
        "operator = \"Ballerup Kommune\"\noperater = \"a typo\"\n",
    );
    let output = app.run(&["--config", config.to_str().unwrap(), "config", "check"]);
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(said.contains("line 2"), "{said}");
    assert!(said.contains("operater = \"a typo\""), "{said}");
    assert!(said.contains("unknown field `operater`"), "{said}");
}

#[test]
fn a_token_set_twice_is_refused_rather_than_one_of_them_ignored() {
    let app = spawn_app();
    let token = app.write("token", "abc");
    let app = app
        .with_env("DISCORD_BOT_TOKEN", "abc")
        .with_env("DISCORD_BOT_TOKEN_FILE", token.to_str().unwrap());
    let output = app.run(&["config", "check"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("DISCORD_BOT_TOKEN and DISCORD_BOT_TOKEN_FILE are both set"),
        "{output:?}"
    );
}

#[test]
fn the_example_configuration_in_deploy_is_valid_and_its_limits_are_read() {
    let app = spawn_app();
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/velkommen.toml");
    let said = app.run_ok(&["--config", example, "config", "check"]);
    assert!(said.contains("ar: بلدية باليروب"), "{said}");
    assert!(
        said.contains("20 actions in 10 s and 300 an hour"),
        "{said}"
    );

    let config = app.write(
        "velkommen.toml",
        "[limits]\nper_ten_seconds = 5\nfile_megabytes_per_day = 10\n",
    );
    let said = app.run_ok(&["--config", config.to_str().unwrap(), "config", "check"]);
    assert!(said.contains("5 actions in 10 s and 300 an hour"), "{said}");
    assert!(said.contains("30 files and 10 MB a day"), "{said}");
}

#[test]
fn a_duty_rota_names_only_coordinators_and_config_check_counts_its_shifts() {
    let app = spawn_app().with_env("VELKOMMEN_COORDINATORS", "admin@telegram:111");
    let ok = app
        .bare_command()
        .args(["config", "check"])
        .env("VELKOMMEN_DUTY", "telegram:111 mon-fri 08-16")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&ok.stdout);
    assert!(ok.status.success(), "{ok:?}");
    assert!(
        said.contains("1 shifts; outside them, every member of staff"),
        "{said}"
    );
    let stranger = app
        .bare_command()
        .args(["config", "check"])
        .env("VELKOMMEN_DUTY", "telegram:222 mon-fri 08-16")
        .output()
        .unwrap();
    assert!(!stranger.status.success());
    assert!(
        String::from_utf8_lossy(&stranger.stderr).contains("is not among the coordinators"),
        "{stranger:?}"
    );
}

#[test]
fn the_web_page_is_on_once_its_address_is_set_and_a_wrong_address_is_refused() {
    let app = spawn_app();
    let config = app.write(
        "velkommen.toml",
        "[web]\nurl = \"https://velkommen.example\"\nlisten = \"127.0.0.1:8181\"\n",
    );
    let said = app.run_ok(&["--config", config.to_str().unwrap(), "config", "check"]);
    assert!(
        said.contains("https://velkommen.example, served on 127.0.0.1:8181"),
        "{said}"
    );
    let off = app.run_ok(&["config", "check"]);
    assert!(off.contains("web page      off"), "{off}");
    let wrong = app.with_env("VELKOMMEN_WEB_URL", "velkommen.example");
    let output = wrong.run(&["config", "check"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("must start with https://"),
        "{output:?}"
    );
}
