//! The danger patterns measured on the development set (`tests/safeguarding/<lang>.tsv`):
//! recall and false alarms per language and category, every miss and false alarm listed,
//! then what matching and loading cost.
//!
//! `cargo bench -p velkommen-core --bench safeguarding` reads the pattern files from
//! `locales/` on disk, so a pattern can be tried without a rebuild:
//! `target/release/deps/safeguarding-* --locales locales --set tests/safeguarding [--quiet]`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use velkommen_core::safeguarding::{Safeguarding, Verdict};

struct Args {
    locales: PathBuf,
    set: PathBuf,
    quiet: bool,
    only: Option<String>,
}

fn args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut args = Args {
        locales: root.join("locales"),
        set: root.join("tests/safeguarding"),
        quiet: false,
        only: None,
    };
    let mut given = std::env::args().skip(1);
    while let Some(arg) = given.next() {
        match arg.as_str() {
            "--locales" => args.locales = given.next().expect("--locales DIR").into(),
            "--set" => args.set = given.next().expect("--set DIR").into(),
            "--quiet" => args.quiet = true,
            "--lang" => args.only = given.next(),
            // What cargo bench passes.
            _ => {}
        }
    }
    args
}

fn load(locales: &Path) -> (Safeguarding, Duration) {
    let mut files = vec![];
    for entry in std::fs::read_dir(locales).expect("the locales folder") {
        let path = entry.unwrap().path().join("safeguarding.toml");
        if path.exists() {
            let folder = path
                .parent()
                .unwrap()
                .file_name()
                .unwrap()
                .to_string_lossy();
            files.push((folder.into_owned(), std::fs::read_to_string(&path).unwrap()));
        }
    }
    files.sort();
    // A file that does not load is named and left out, so the others can still be measured
    // while it is being edited.
    files.retain(
        |(lang, text)| match Safeguarding::from_files([(lang.as_str(), text.as_str())]) {
            Ok(_) => true,
            Err(error) => {
                println!("LEFT OUT: {error:#}");
                false
            }
        },
    );
    let started = Instant::now();
    let patterns = Safeguarding::from_files(files.iter().map(|(l, t)| (l.as_str(), t.as_str())))
        .unwrap_or_else(|e| panic!("{e:#}"));
    (patterns, started.elapsed())
}

fn main() {
    let args = args();
    let (patterns, loaded) = load(&args.locales);
    let mut table: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let mut wrong = vec![];
    let mut sets: Vec<_> = std::fs::read_dir(&args.set)
        .expect("the development set")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    sets.sort();
    let mut texts = vec![];
    for set in sets {
        let lang = set.file_stem().unwrap().to_string_lossy().into_owned();
        if args.only.as_ref().is_some_and(|only| *only != lang) {
            continue;
        }
        for line in std::fs::read_to_string(&set).unwrap().lines().skip(1) {
            let mut cells = line.splitn(3, '\t');
            let (Some(category), Some(variety), Some(text)) =
                (cells.next(), cells.next(), cells.next())
            else {
                panic!("{}: a line without three cells: {line:?}", set.display());
            };
            texts.push((category == "ordinary", text.to_owned()));
            let verdict = patterns.verdict(text);
            let cry = matches!(verdict, Verdict::Cry { .. });
            let expected = category != "ordinary";
            let cell = table
                .entry((lang.clone(), category.to_owned()))
                .or_default();
            cell.0 += 1;
            if cry == expected {
                cell.1 += 1;
            } else {
                wrong.push(format!(
                    "{lang}\t{category}\t{variety}\t{verdict:?}\t{text}"
                ));
            }
        }
    }
    println!("language  category           right/all   rate");
    let mut per_lang: BTreeMap<&str, [(usize, usize); 2]> = BTreeMap::new();
    for ((lang, category), (all, right)) in &table {
        let rate = 100.0 * *right as f64 / *all as f64;
        let label = match category.as_str() {
            "ordinary" => "ordinary (quiet)".to_owned(),
            other => other.to_owned(),
        };
        println!("{lang:<9} {label:<18} {right:>5}/{all:<5} {rate:6.1} %");
        let slot = &mut per_lang.entry(lang).or_default()[usize::from(category == "ordinary")];
        slot.0 += all;
        slot.1 += right;
    }
    let (mut cries, mut caught, mut ordinary, mut alarms) = (0, 0, 0, 0);
    for (lang, [(c_all, c_right), (o_all, o_right)]) in &per_lang {
        println!(
            "{lang}: recall {:.1} % of {c_all} cries, false alarms {:.1} % of {o_all} ordinary",
            100.0 * *c_right as f64 / *c_all as f64,
            100.0 * (o_all - o_right) as f64 / *o_all as f64
        );
        cries += c_all;
        caught += c_right;
        ordinary += o_all;
        alarms += o_all - o_right;
    }
    println!(
        "all: recall {:.2} % ({caught}/{cries}), false alarms {:.2} % ({alarms}/{ordinary})",
        100.0 * caught as f64 / cries.max(1) as f64,
        100.0 * alarms as f64 / ordinary.max(1) as f64
    );
    if !args.quiet {
        println!("\nmisses and false alarms (language, label, variety, verdict, text):");
        for line in &wrong {
            println!("{line}");
        }
    }
    // Cost: a 4,000-character message through every language's patterns, and loading. A
    // text of ordinary sentences only is the worst case: no cry stops the reading early, so
    // every language's file reads all of it.
    let long = |ordinary_only: bool| {
        let mut long = String::new();
        let pool: Vec<&String> = texts
            .iter()
            .filter(|(ordinary, _)| *ordinary || !ordinary_only)
            .map(|(_, t)| t)
            .collect();
        // Every language's sentences in turn, so that no script is left out.
        let step = (pool.len() / 97).max(1);
        for text in pool.iter().step_by(step).cycle() {
            if long.chars().count() + text.chars().count() + 1 > 4000 {
                break;
            }
            long.push_str(text);
            long.push(' ');
        }
        long
    };
    let rounds = 200;
    for (what, text) in [
        ("ordinary sentences, every file read in full", long(true)),
        ("sentences of every kind", long(false)),
    ] {
        let started = Instant::now();
        for _ in 0..rounds {
            std::hint::black_box(patterns.verdict(std::hint::black_box(&text)));
        }
        let per = started.elapsed() / rounds;
        println!(
            "\nmatching a {}-character message of {what}, in every language: {:.3} ms",
            text.chars().count(),
            per.as_secs_f64() * 1000.0
        );
    }
    let started = Instant::now();
    for (_, text) in &texts {
        std::hint::black_box(patterns.verdict(text));
    }
    println!(
        "the whole set, {} texts: {:.1} µs a text",
        texts.len(),
        started.elapsed().as_secs_f64() * 1e6 / texts.len().max(1) as f64
    );
    println!(
        "loading every pattern file: {:.2} ms",
        loaded.as_secs_f64() * 1000.0
    );
}
