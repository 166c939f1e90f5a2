//! Embeds every file of every `locales/<lang>/` folder (the Fluent texts, the language's
//! `language.toml` and its `safeguarding.toml` danger phrases) into the library, so the binary
//! carries them wherever it is copied to.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ folder") {
        let lang = lang.expect("locales entry").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("locale folder") {
            let file = file.expect("locale file").path();
            if file.extension().is_some_and(|e| e == "ftl" || e == "toml") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push((
                    lang.file_name().unwrap().to_string_lossy().into_owned(),
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    file.canonicalize().unwrap(),
                ));
            }
        }
    }
    files.sort();
    let mut out =
        String::from("/// (language folder, file name, contents) of every embedded locale file.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in files {
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({p:?})),",
            p = path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
