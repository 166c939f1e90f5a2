//! The README's scripted walk-throughs are tests: each `printf … | cargo run … chat …` example
//! is run as written (on a fresh database), and its shortened transcript in the `text` block
//! after it must be found in what the bot really said, line by line and in order. A change of
//! flow fails here until the README says what the bot now does.
//!
//! In a README transcript, `…` stands for text left out, and `→` starts a note on what the
//! following inputs of that line do (their answers are not shown).

use crate::helpers::spawn_app;

/// One scripted example: its input, environment, arguments and shortened transcript.
struct Example {
    /// The README's line number of the transcript's first line.
    line: usize,
    input: String,
    env: Vec<(String, String)>,
    args: Vec<String>,
    expected: Vec<String>,
}

/// The README's examples that pipe a script into `velkommen chat`.
fn examples() -> Vec<Example> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("the README");
    let lines: Vec<&str> = readme.lines().collect();
    let mut examples = vec![];
    let mut at = 0;
    while at < lines.len() {
        if lines[at].trim() != "```sh" {
            at += 1;
            continue;
        }
        let start = at + 1;
        let end = start
            + lines[start..]
                .iter()
                .position(|l| l.trim() == "```")
                .unwrap();
        at = end + 1;
        // A shell command over several lines, joined where a line ends with `\`.
        let command = lines[start..end]
            .iter()
            .map(|l| l.trim_end().trim_end_matches('\\').trim())
            .collect::<Vec<_>>()
            .join(" ");
        let Some((printf, rest)) = command.split_once(" | ") else {
            continue;
        };
        if !printf.starts_with("printf") || !rest.contains(" chat") {
            continue;
        }
        // The input, made by the README's own printf.
        let input = std::process::Command::new("sh")
            .arg("-c")
            .arg(printf)
            .output()
            .expect("sh runs printf");
        let input = String::from_utf8(input.stdout).unwrap();
        let words = shell_words(rest);
        let cargo = words.iter().position(|w| w == "cargo").unwrap();
        let env = words[..cargo]
            .iter()
            .map(|w| {
                let (name, value) = w.split_once('=').expect("NAME=value before cargo");
                (name.to_owned(), value.to_owned())
            })
            .collect();
        let after = words.iter().position(|w| w == "--").unwrap() + 1;
        let mut args = vec![];
        let mut given = words[after..].iter();
        while let Some(word) = given.next() {
            if word == "--db" {
                // The test's own fresh database stands in for the README's.
                given.next();
            } else {
                args.push(word.clone());
            }
        }
        // The next `text` block is its shortened transcript.
        let text = at
            + lines[at..]
                .iter()
                .position(|l| l.trim() == "```text")
                .unwrap()
            + 1;
        let text_end = text
            + lines[text..]
                .iter()
                .position(|l| l.trim() == "```")
                .unwrap();
        examples.push(Example {
            line: text + 1,
            input,
            env,
            args,
            expected: lines[text..text_end]
                .iter()
                .map(|l| l.to_string())
                .collect(),
        });
        at = text_end + 1;
    }
    examples
}

/// Words as a POSIX shell splits them, for the plain quoting the README uses.
fn shell_words(command: &str) -> Vec<String> {
    let mut words = vec![];
    let mut word = String::new();
    let mut quote = None;
    let mut started = false;
    for c in command.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                started = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, c) if c.is_whitespace() => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (_, c) => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

/// Runs of white space as one space, and the invisible bidi isolation marks left out.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_readmes_scripted_walk_throughs_say_what_the_bot_does() {
    let examples = examples();
    assert!(examples.len() >= 2, "the README's two walk-throughs");
    for example in examples {
        let mut app = spawn_app();
        for (name, value) in &example.env {
            app = app.with_env(name, value);
        }
        let args: Vec<&str> = example.args.iter().map(String::as_str).collect();
        let said = app.chat(&args, &example.input).raw();
        let transcript = plain(&said);
        let mut cursor = 0;
        for (n, line) in example.expected.iter().enumerate() {
            // An input line: the person's name, `>` and what they typed, before any note.
            let wanted: Vec<String> = match line.split_once("> ") {
                Some((who, typed)) if !who.contains(' ') && !who.is_empty() => {
                    let typed = typed.split('→').next().unwrap().trim();
                    vec![plain(&format!("{who}> {typed}"))]
                }
                _ => line
                    .split('…')
                    .map(plain)
                    .filter(|f| !f.is_empty())
                    .collect(),
            };
            for fragment in wanted {
                match transcript[cursor..].find(&fragment) {
                    Some(found) => cursor += found + fragment.len(),
                    None => panic!(
                        "README line {}: the walk-through says\n{line}\nbut after what was \
                         already matched the bot did not say\n{fragment}\n\nThe whole \
                         transcript:\n{said}",
                        example.line + n,
                    ),
                }
            }
        }
    }
}
