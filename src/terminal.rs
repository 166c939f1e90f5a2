//! The terminal front door: chat with the bot as one or several simulated people.
//!
//! A number presses that button of what the bot last said: the buttons of every message of one
//! answer are numbered on from each other, so no two choices on screen share a number; `/word`
//! is a command;
//! `:file PATH [caption]` sends a local file; anything else is text. `:as NAME [LANG]`
//! switches person, and shows what others sent them meanwhile; `:quit` ends. With input
//! piped in, each line is echoed, so a whole conversation reads as a transcript.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};

use anyhow::Context;
use tokio::io::{AsyncBufReadExt, BufReader};
use velkommen_core::engine::AttachmentKind;
use velkommen_core::store::Delivery;
use velkommen_core::{
    Action, Address, Engine, Inbound, IncomingFile, Input, Lang, Platform, Reply,
};

/// One simulated person: the language their device reports, the one the bot last spoke to
/// them in, and the buttons of its last answer.
struct Person {
    lang: Option<Lang>,
    spoken: Option<Lang>,
    buttons: Vec<Action>,
    /// Whether the next buttons shown begin a new answer, numbered from 1 again.
    new_answer: bool,
}

impl Person {
    fn new(lang: Option<Lang>) -> Self {
        Person {
            lang,
            spoken: None,
            buttons: vec![],
            new_answer: true,
        }
    }

    /// The language for the terminal's own lines: the bot's choice wins over the device's.
    fn ui_lang(&self, fallback: Lang) -> Lang {
        self.spoken.or(self.lang).unwrap_or(fallback)
    }
}

pub async fn chat(engine: &Engine, name: String, lang: Option<Lang>) -> anyhow::Result<()> {
    let script = !std::io::stdin().is_terminal();
    let mut out = std::io::stdout().lock();
    let mut people: HashMap<String, Person> = HashMap::new();
    let mut current = name;
    people.insert(current.clone(), Person::new(lang));
    let ui_lang = lang.unwrap_or_else(Lang::first_guess);
    writeln!(out, "{}", engine.locales().text(ui_lang, "terminal-intro"))?;
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    loop {
        if !script {
            write!(out, "{current}> ")?;
            out.flush()?;
        }
        let Some(line) = lines.next_line().await? else {
            break;
        };
        let line = line.trim_end_matches('\r');
        if script {
            writeln!(out, "{current}> {line}")?;
        }
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed == ":quit" {
            break;
        }
        if let Some(rest) = trimmed.strip_prefix(":as ") {
            let mut words = rest.split_whitespace();
            let Some(who) = words.next() else { continue };
            let lang = words.next().and_then(|l| Lang::try_from(l).ok());
            let person = people
                .entry(who.to_owned())
                .or_insert_with(|| Person::new(lang));
            if lang.is_some() {
                person.lang = lang;
            }
            current = who.to_owned();
            person.new_answer = true;
            let said = engine.locales().format(
                person.ui_lang(ui_lang),
                "terminal-now-as",
                &[("name", who.into())],
            );
            writeln!(out, "{said}")?;
            deliver(
                engine,
                &mut out,
                person,
                &Address::new(Platform::Terminal, who),
            )
            .await?;
            continue;
        }
        let person = people
            .get_mut(&current)
            .expect("the current person is known");
        // Before the bot has shown any button, a number is just text, like a first "hello".
        let number = trimmed
            .parse::<usize>()
            .ok()
            .filter(|_| !person.buttons.is_empty());
        let input = if let Some(number) = number {
            match number.checked_sub(1).and_then(|i| person.buttons.get(i)) {
                Some(action) => Input::Button(action.encode()),
                None => {
                    let said = engine.locales().format(
                        person.ui_lang(ui_lang),
                        "terminal-no-button",
                        &[("number", number.into())],
                    );
                    writeln!(out, "{said}")?;
                    continue;
                }
            }
        } else if let Some(rest) = trimmed.strip_prefix(":file ") {
            let (path, caption) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
            match local_file(path) {
                Ok(file) => Input::File {
                    file,
                    caption: caption.to_owned(),
                },
                Err(error) => {
                    writeln!(out, "{error:#}")?;
                    continue;
                }
            }
        } else {
            Input::typed(line)
        };
        let from = Address::new(Platform::Terminal, current.clone());
        person.new_answer = true;
        let outbound = engine
            .handle(Inbound {
                from: from.clone(),
                display_name: current.clone(),
                lang_hint: person.lang.map(|l| l.code().to_owned()),
                input,
            })
            .await;
        for reply in outbound.iter().filter(|o| o.to == from).map(|o| &o.message) {
            show(&mut out, person, reply)?;
        }
        deliver(engine, &mut out, person, &from).await?;
    }
    Ok(())
}

/// Prints a message to the person at the keyboard; its buttons join the ones numbers press,
/// numbered on from the answer's earlier messages.
fn show(out: &mut impl Write, person: &mut Person, reply: &Reply) -> std::io::Result<()> {
    if !reply.buttons.is_empty() && person.new_answer {
        person.buttons.clear();
        person.new_answer = false;
    }
    print_reply(out, reply, person.buttons.len())?;
    person.spoken = Some(reply.lang);
    person
        .buttons
        .extend(reply.buttons.iter().flatten().map(|b| b.action));
    Ok(())
}

/// Runs the work that has fallen due, then delivers the outbox messages waiting for the
/// person at the keyboard: the terminal is their inbox. Others' messages wait for their turn.
async fn deliver(
    engine: &Engine,
    out: &mut impl Write,
    person: &mut Person,
    address: &Address,
) -> anyhow::Result<()> {
    engine.tick().await?;
    let now = engine.now();
    let outbox = velkommen_core::Seam::new(engine.clone()).outbox(Platform::Terminal);
    for item in outbox.lease_to(address, now, 100).await? {
        write!(out, "\n📨")?;
        show(out, person, &item.message)?;
        outbox.mark(item.id, &Delivery::Delivered, now).await?;
    }
    Ok(())
}

/// A local file sent with `:file PATH`, its kind told by its extension.
fn local_file(path: &str) -> anyhow::Result<IncomingFile> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {path}"))?;
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let extension = name
        .rsplit('.')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let (kind, mime) = match extension.as_str() {
        "jpg" | "jpeg" => (AttachmentKind::Photo, "image/jpeg"),
        "png" => (AttachmentKind::Photo, "image/png"),
        "ogg" | "oga" | "opus" => (AttachmentKind::Voice, "audio/ogg"),
        "mp3" => (AttachmentKind::Voice, "audio/mpeg"),
        "m4a" => (AttachmentKind::Voice, "audio/mp4"),
        "pdf" => (AttachmentKind::Document, "application/pdf"),
        _ => (AttachmentKind::Document, "application/octet-stream"),
    };
    Ok(IncomingFile {
        withheld: None,
        kind,
        name,
        mime: mime.into(),
        bytes,
        native: None,
    })
}

/// Prints a message, its buttons numbered on from `numbered` already on screen.
fn print_reply(out: &mut impl Write, reply: &Reply, numbered: usize) -> std::io::Result<()> {
    writeln!(out)?;
    for line in reply.text.lines() {
        writeln!(out, "  {line}")?;
    }
    if let Some(file) = &reply.attachment {
        writeln!(out, "  📎 {} ({})", file.file_name, file.mime)?;
    }
    if let Some(place) = &reply.place {
        writeln!(
            out,
            "  📍 {}, {} ({:.5}, {:.5})",
            place.name, place.address, place.lat, place.lon
        )?;
    }
    let mut number = numbered;
    for row in &reply.buttons {
        let labels: Vec<String> = row
            .iter()
            .map(|button| {
                number += 1;
                format!("[{number}] {}", button.label)
            })
            .collect();
        writeln!(out, "    {}", labels.join("   "))?;
    }
    writeln!(out)
}
