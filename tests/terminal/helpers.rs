//! Drives the `velkommen` binary like a person at a terminal would, each test with its own
//! fresh database file.

use std::collections::HashMap;
use std::fmt;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::expected::{Lang, Offer, Texts};

/// Declares one test per language for a function that takes the language:
/// `<name>::in_arabic`, `<name>::in_danish`, `<name>::in_english`, `<name>::in_ukrainian` and
/// `<name>::in_dari`.
macro_rules! in_every_language {
    ($(#[$attr:meta])* $name:ident) => {
        mod $name {
            $(#[$attr])*
            #[test]
            fn in_arabic() {
                super::$name($crate::expected::Lang::Ar)
            }

            $(#[$attr])*
            #[test]
            fn in_danish() {
                super::$name($crate::expected::Lang::Da)
            }

            $(#[$attr])*
            #[test]
            fn in_english() {
                super::$name($crate::expected::Lang::En)
            }

            $(#[$attr])*
            #[test]
            fn in_ukrainian() {
                super::$name($crate::expected::Lang::Uk)
            }

            $(#[$attr])*
            #[test]
            fn in_dari() {
                super::$name($crate::expected::Lang::Prs)
            }
        }
    };
}

/// Asserts that a transcript shows a text, and prints the transcript when it does not.
macro_rules! assert_shows {
    ($transcript:expr, $expected:expr) => {{
        let transcript = &$transcript;
        let expected: &str = &$expected;
        assert!(!expected.is_empty(), "an empty text is shown everywhere");
        assert!(
            transcript.shows(expected),
            "expected to see\n{expected}\n\nbut the bot said\n{transcript}"
        );
    }};
}

/// How long a step may take before the test gives up on the bot.
const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// A temporary folder with a database path in it that no run has touched yet.
pub struct TestApp {
    dir: tempfile::TempDir,
    pub db: PathBuf,
    /// Environment variables every run of the binary gets.
    env: Vec<(String, String)>,
}

pub fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("velkommen.db");
    TestApp {
        dir,
        db,
        env: vec![],
    }
}

impl TestApp {
    /// A path inside this test's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Sets an environment variable for every run of the binary, such as
    /// `VELKOMMEN_COORDINATORS`.
    pub fn with_env(mut self, name: &str, value: &str) -> TestApp {
        self.env.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Writes a file into this test's folder and returns its path.
    pub fn write(&self, name: &str, contents: &str) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, contents).expect("a file in the test folder");
        path
    }

    /// The binary, run in this test's folder with none of the developer's `VELKOMMEN_*`
    /// variables but the test's own, and without `--db`.
    pub fn bare_command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_velkommen"));
        command.current_dir(self.dir.path());
        for name in [
            "VELKOMMEN_DB",
            "VELKOMMEN_CONFIG",
            "VELKOMMEN_LOCALES",
            "VELKOMMEN_OPERATOR",
            "VELKOMMEN_OPERATOR_AR",
            "VELKOMMEN_OPERATOR_DA",
            "VELKOMMEN_OPERATOR_EN",
            "VELKOMMEN_OPERATOR_UK",
            "VELKOMMEN_RETENTION_DAYS",
            "VELKOMMEN_COORDINATORS",
            "VELKOMMEN_WIDEN_AFTER_MINUTES",
            "VELKOMMEN_ESCALATE_AFTER_HOURS",
            "VELKOMMEN_QUIET_HOURS",
            "RUST_LOG",
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_BOT_TOKEN_FILE",
            "DISCORD_BOT_TOKEN",
            "DISCORD_BOT_TOKEN_FILE",
            "TELEGRAM_BOT_USERNAME",
            "VELKOMMEN_DUTY",
            "VELKOMMEN_HTTP_LISTEN",
        ] {
            command.env_remove(name);
        }
        command.envs(self.env.iter().map(|(name, value)| (name, value)));
        command
    }

    /// The binary on this test's database.
    pub fn command(&self) -> Command {
        let mut command = self.bare_command();
        command.arg("--db").arg(&self.db);
        command
    }

    /// Runs a command that reads no input and returns what it did, whether it worked or not.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command()
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("the velkommen binary runs")
    }

    /// Runs a command that must succeed and returns what it printed.
    pub fn run_ok(&self, args: &[&str]) -> String {
        succeeded(self.run(args), args)
    }

    /// Pipes a whole script into `velkommen <args>` and returns the transcript. The process
    /// must exit successfully.
    pub fn chat(&self, args: &[&str], script: &str) -> Transcript {
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the velkommen binary starts");
        let mut stdin = child.stdin.take().expect("piped stdin");
        let script = script.to_owned();
        // Written from another thread, so a long script cannot block on a full stdout pipe.
        let writer = std::thread::spawn(move || stdin.write_all(script.as_bytes()));
        let output = child.wait_with_output().expect("the chat ends");
        writer
            .join()
            .expect("the script writer")
            .expect("the script is written");
        Transcript::new(&succeeded(output, args))
    }

    /// Starts `velkommen chat --as NAME --lang LANG`, to be driven one line at a time.
    pub fn chat_as(&self, name: &str, lang: Lang) -> Chat {
        self.chat_with(&["chat", "--as", name, "--lang", lang.code()])
    }

    /// Starts `velkommen <args>` (a chat), to be driven one line at a time.
    pub fn chat_with(&self, args: &[&str]) -> Chat {
        Chat::start(self.command(), args)
    }
}

fn succeeded(output: Output, args: &[&str]) -> String {
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "velkommen {args:?} failed with {}\nstdout:\n{stdout}\nstderr:\n{stderr}",
        output.status
    );
    assert!(
        !stderr.contains("ERROR"),
        "velkommen {args:?} logged an error:\n{stderr}"
    );
    stdout
}

/// A chat in progress, driven one line at a time over piped stdin, so a test can press a
/// button by its label without knowing its number in advance.
pub struct Chat {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr: Option<JoinHandle<String>>,
    transcript: Vec<String>,
    /// Who is chatting now, switched with `:as NAME`.
    current: String,
    /// The buttons of each person's last message with buttons, as the terminal keeps them.
    buttons: HashMap<String, Vec<(usize, String)>>,
}

impl Chat {
    fn start(mut command: Command, args: &[&str]) -> Chat {
        let mut child = command
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the velkommen binary starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut stderr = child.stderr.take().expect("piped stderr");
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
            text
        });
        let current = args
            .iter()
            .position(|a| *a == "--as")
            .and_then(|i| args.get(i + 1))
            .map_or("you", |name| *name)
            .to_owned();
        Chat {
            stdin: child.stdin.take(),
            child,
            lines,
            stderr: Some(stderr),
            transcript: vec![],
            current,
            buttons: HashMap::new(),
        }
    }

    /// Types one line and returns what the bot answered to it.
    ///
    /// An empty line follows each line: the terminal echoes it as `NAME> ` and does nothing
    /// else, which marks the end of the answer.
    pub fn send(&mut self, line: &str) -> Transcript {
        let stdin = self.stdin.as_mut().expect("the chat is still open");
        write!(stdin, "{line}\n\n")
            .and_then(|()| stdin.flush())
            .expect("the bot reads its input");
        if let Some(rest) = line.strip_prefix(":as ")
            && let Some(name) = rest.split_whitespace().next()
        {
            self.current = name.to_owned();
        }
        let echo = format!("> {line}");
        let mut answer = vec![];
        let mut echoed = false;
        loop {
            let Ok(out) = self.lines.recv_timeout(STEP_TIMEOUT) else {
                panic!(
                    "the bot did not answer {line:?} within {STEP_TIMEOUT:?}; so far:\n{}",
                    self.transcript.join("\n")
                );
            };
            self.transcript.push(out.clone());
            let unindented = !out.starts_with(' ');
            if unindented && echoed && out.ends_with("> ") {
                break;
            }
            if unindented && !echoed && out.ends_with(&echo) {
                echoed = true;
            } else if echoed {
                answer.push(out);
            }
        }
        let answer = Transcript { lines: answer };
        let numbered = answer.numbered_buttons();
        if !numbered.is_empty() {
            self.buttons.insert(self.current.clone(), numbered);
        }
        answer
    }

    /// Presses the button with exactly this label in the current person's last answer with
    /// buttons (the last such button, when several messages have one), by its number.
    pub fn press(&mut self, label: &str) -> Transcript {
        let buttons = self.buttons.get(&self.current).cloned().unwrap_or_default();
        let Some((number, _)) = buttons.iter().rev().find(|(_, b)| b == label) else {
            panic!(
                "{} has no button {label:?}, only {buttons:?}; so far:\n{}",
                self.current,
                self.transcript.join("\n")
            );
        };
        self.send(&number.to_string())
    }

    /// Ends the input and returns the whole transcript. The process must exit successfully
    /// without logging an error.
    pub fn finish(mut self) -> String {
        drop(self.stdin.take());
        let status = self.child.wait().expect("the chat ends");
        while let Ok(line) = self.lines.recv_timeout(STEP_TIMEOUT) {
            self.transcript.push(line);
        }
        let stderr = self
            .stderr
            .take()
            .expect("stderr is read once")
            .join()
            .expect("the stderr reader");
        let transcript = self.transcript.join("\n");
        assert!(
            status.success(),
            "the chat failed with {status}\n{transcript}\nstderr:\n{stderr}"
        );
        assert!(
            !stderr.contains("ERROR"),
            "the chat logged an error:\n{stderr}"
        );
        transcript
    }
}

impl Drop for Chat {
    fn drop(&mut self) {
        // A test that failed halfway leaves no process behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What the terminal printed: replies with indented text and numbered button rows, and the
/// terminal's own unindented lines.
pub struct Transcript {
    lines: Vec<String>,
}

impl Transcript {
    fn new(output: &str) -> Transcript {
        Transcript {
            lines: output.lines().map(str::to_owned).collect(),
        }
    }

    /// Every text without the terminal's indentation, the buttons, or blank lines around it.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .filter(|line| !is_button_row(line))
            .map(|line| line.strip_prefix("  ").unwrap_or(line))
            .collect::<Vec<_>>()
            .join("\n")
            .trim_matches('\n')
            .to_owned()
    }

    /// The transcript as the terminal printed it, buttons and indentation included.
    pub fn raw(&self) -> String {
        self.lines.join("\n")
    }

    /// Whether the text (possibly several lines) appears in the transcript.
    pub fn shows(&self, expected: &str) -> bool {
        self.text().contains(expected)
    }

    /// Only the messages others sent meanwhile, which the terminal delivers after a `📨`.
    pub fn delivered(&self) -> Transcript {
        let mut lines = vec![];
        let mut inside = false;
        for line in &self.lines {
            if line == "📨" {
                inside = true;
                lines.push(String::new());
            } else if line.is_empty() {
                inside = false;
            } else if inside {
                lines.push(line.clone());
            }
        }
        Transcript { lines }
    }

    /// Every button of the answer with the number it is pressed by. The numbers run 1, 2, 3 …
    /// across all the answer's messages, so that no two choices on screen share one.
    pub fn numbered_buttons(&self) -> Vec<(usize, String)> {
        let numbered: Vec<(usize, String)> = self
            .lines
            .iter()
            .filter(|line| is_button_row(line))
            .flat_map(|line| numbered_labels(line))
            .collect();
        let numbers: Vec<usize> = numbered.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            numbers,
            (1..=numbered.len()).collect::<Vec<_>>(),
            "button numbers clash or skip:\n{self}"
        );
        numbered
    }

    /// The button labels of the last reply that has buttons.
    pub fn buttons(&self) -> Vec<String> {
        let mut last = vec![];
        let mut current: Vec<String> = vec![];
        for line in &self.lines {
            if line.is_empty() {
                if !current.is_empty() {
                    last = std::mem::take(&mut current);
                }
            } else if is_button_row(line) {
                current.extend(button_labels(line));
            }
        }
        if current.is_empty() { last } else { current }
    }
}

impl fmt::Display for Transcript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines.join("\n"))
    }
}

fn is_button_row(line: &str) -> bool {
    line.starts_with("    [")
}

/// The labels of a row such as `    [4] ℹ️ Help   [5] 🔒 My data`.
fn button_labels(row: &str) -> Vec<String> {
    numbered_labels(row)
        .into_iter()
        .map(|(_, label)| label)
        .collect()
}

/// The numbers and labels of a row such as `    [4] ℹ️ Help   [5] 🔒 My data`.
fn numbered_labels(row: &str) -> Vec<(usize, String)> {
    row.trim_start()
        .split("   [")
        .map(|button| {
            let button = button.trim_start_matches('[');
            let (number, label) = button
                .split_once("] ")
                .unwrap_or_else(|| panic!("not a button: {button:?}"));
            let number = number
                .parse()
                .unwrap_or_else(|_| panic!("not a button: {button:?}"));
            (number, label.to_owned())
        })
        .collect()
}

/// A newcomer who has chosen their language and agreed to the privacy notice, at the menu.
pub fn newcomer_who_agreed(app: &TestApp, name: &str, lang: Lang) -> Chat {
    let mut chat = app.chat_as(name, lang);
    agree_as_newcomer(&mut chat, lang);
    chat
}

/// Takes the current person, new to the bot, through their language and the privacy notice
/// to the newcomer's menu.
pub fn agree_as_newcomer(chat: &mut Chat, lang: Lang) -> Transcript {
    let say = Texts::of(lang);
    chat.send(lang.greeting());
    chat.press(&format!("✓ {}", say.language_name()));
    chat.press(&say.t("privacy-agree"));
    chat.press(&say.t("role-newcomer"))
}

/// Goes from the menu to an offer's page, through Offers and the offer's topic.
pub fn open_offer(chat: &mut Chat, lang: Lang, offer: &Offer) -> Transcript {
    let say = Texts::of(lang);
    chat.press(&say.t("menu-offers"));
    chat.press(&say.t(&offer.category_message()));
    chat.press(offer.title(lang))
}

/// Goes from the menu to the note prompt of a request for `offer`.
pub fn ask_for(chat: &mut Chat, lang: Lang, offer: &Offer) -> Transcript {
    open_offer(chat, lang, offer);
    chat.press(&Texts::of(lang).t("offer-interested"))
}
