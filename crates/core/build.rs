//! Embeds every `locales/<lang>/*.ftl` file, and each language's `safeguarding.toml` danger
//! phrases, into the library, so the binary carries them wherever it is copied to.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let mut safeguarding = Vec::new();
    for lang in std::fs::read_dir(&root).expect("locales/ folder") {
        let lang = lang.expect("locales entry").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("locale folder") {
            let file = file.expect("locale file").path();
            if file.file_name().is_some_and(|n| n == "safeguarding.toml") {
                println!("cargo:rerun-if-changed={}", file.display());
                safeguarding.push((
                    lang.file_name().unwrap().to_string_lossy().into_owned(),
                    file.canonicalize().unwrap(),
                ));
            }
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                files.push((
                    lang.file_name().unwrap().to_string_lossy().into_owned(),
                    file.canonicalize().unwrap(),
                ));
            }
        }
    }
    files.sort();
    let mut out =
        String::from("/// (language folder, file path, contents) of every embedded .ftl file.\n");
    out.push_str("pub static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, path) in files {
        writeln!(
            out,
            "    ({lang:?}, {p:?}, include_str!({p:?})),",
            p = path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    safeguarding.sort();
    out.push_str(
        "/// (language folder, contents) of every embedded safeguarding.toml: danger phrases.\n",
    );
    out.push_str("pub static SAFEGUARDING_FILES: &[(&str, &str)] = &[\n");
    for (lang, path) in safeguarding {
        writeln!(
            out,
            "    ({lang:?}, include_str!({p:?})),",
            p = path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
