//! Posters (`velkommen poster`, and `/posters` on the web page): an A4 poster for one offer, to print and hang in the library, the
//! language school or the asylum centre. It shows the offer's title and one line in every
//! language, and a QR code of the Telegram deep link that opens the offer in the reader's
//! language. The text is left to the viewer or printer to shape, as browsers shape Arabic.

use std::fmt::Write;

use anyhow::Context;
use qrcode::{Color, QrCode};
use velkommen_core::ids::OfferId;
use velkommen_core::{Lang, Locales, Store};

/// What goes on the poster, read from the database and the locales.
pub struct Poster {
    /// The deep link the QR code holds.
    pub link: String,
    /// What the link carries (`offer-7`, or `offer-7-p3` for a poster at a named place),
    /// which a person on Discord sends the bot instead of scanning.
    pub code: String,
    /// Per language, in the picker's order: the offer's title and the line under it.
    pub lines: Vec<(Lang, String, String)>,
    /// Where the poster hangs, if given.
    pub place: Option<String>,
}

/// The poster of the offer with this slug, for the bot with this username.
pub async fn read(
    store: &Store,
    locales: &Locales,
    offer: &str,
    bot: &str,
    place: Option<String>,
) -> anyhow::Result<Poster> {
    let id = store
        .offer_by_slug(offer)
        .await?
        .with_context(|| format!("there is no offer {offer:?} in the catalogue"))?;
    of_offer(
        store,
        locales,
        id,
        bot,
        place,
        Some(velkommen_core::chrono::Utc::now()),
    )
    .await
}

/// The poster of an offer by its id; `bot` is checked as [`read`] checks it.
pub async fn of_offer(
    store: &Store,
    locales: &Locales,
    id: OfferId,
    bot: &str,
    place: Option<String>,
    made_at: Option<velkommen_core::chrono::DateTime<velkommen_core::chrono::Utc>>,
) -> anyhow::Result<Poster> {
    let bot = bot.trim_start_matches('@');
    anyhow::ensure!(
        (5..=32).contains(&bot.len())
            && bot.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        "{bot:?} is not a Telegram bot username (such as VelkommenBallerupBot)"
    );
    let mut lines = vec![];
    for lang in Lang::all() {
        let view = store
            .offer(id, lang)
            .await?
            .with_context(|| format!("offer {id} has no text"))?;
        lines.push((lang, view.title, locales.text(lang, "poster-scan")));
    }
    // A poster at a named place is counted on its own: its link names it. It is made (with
    // `made_at`) by a POST of the page or the command line; a GET only finds one made before.
    let code = match (&place, made_at) {
        (Some(place), Some(now)) => {
            let poster = store.poster_for(id, place, now).await?;
            format!("offer-{id}-p{poster}")
        }
        (Some(place), None) => {
            let poster = store
                .poster_at(id, place)
                .await?
                .with_context(|| format!("no poster of offer {id} was made at {place:?}"))?;
            format!("offer-{id}-p{poster}")
        }
        (None, _) => format!("offer-{id}"),
    };
    Ok(Poster {
        link: format!("https://t.me/{bot}?start={code}"),
        code,
        lines,
        place,
    })
}

/// The poster as an A4 SVG, measured in millimetres.
pub fn svg(poster: &Poster) -> anyhow::Result<String> {
    let code = QrCode::new(poster.link.as_bytes()).context("while making the QR code")?;
    let mut out = String::new();
    writeln!(
        out,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" data-link="{link}">
<title>{title}</title>
<rect width="210" height="297" fill="#ffffff"/>"##,
        link = escape(&poster.link),
        title = escape(&poster.lines[0].1),
    )?;
    // The title in the first language, large, over the code.
    let first = &poster.lines[0];
    writeln!(
        out,
        r#"<text x="105" y="30" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="11" font-weight="bold" {dir}>{title}</text>"#,
        dir = direction(first.0),
        title = escape(&first.1),
    )?;
    // The QR code, 110 mm wide with its quiet zone, black on white.
    let width = code.width();
    let size = 110.0;
    let module = size / (width + 8) as f64;
    let (left, top) = (105.0 - size / 2.0, 40.0);
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + 4, i / width + 4);
            write!(path, "M{x} {y}h1v1h-1z")?;
        }
    }
    writeln!(
        out,
        r##"<g transform="translate({left} {top}) scale({module})"><rect width="{quiet}" height="{quiet}" fill="#ffffff"/><path d="{path}" fill="#000000" shape-rendering="crispEdges"/></g>"##,
        quiet = width + 8,
    )?;
    // A line in every language: the offer's title, and what scanning does.
    let mut y = top + size + 16.0;
    for (lang, title, scan) in &poster.lines {
        writeln!(
            out,
            r#"<text x="105" y="{y:.1}" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="6.5" font-weight="bold" {dir} xml:lang="{lang}">{title}</text>"#,
            dir = direction(*lang),
            title = escape(title),
        )?;
        writeln!(
            out,
            r#"<text x="105" y="{y:.1}" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="5" {dir} xml:lang="{lang}">{scan}</text>"#,
            y = y + 7.0,
            dir = direction(*lang),
            scan = escape(scan),
        )?;
        y += 20.0;
    }
    // On Discord there is nothing to scan: the same code, sent to the bot, opens the offer.
    writeln!(
        out,
        r##"<text x="105" y="266" text-anchor="middle" font-family="DejaVu Sans Mono, monospace" font-size="6">Discord: {code}</text>"##,
        code = escape(&poster.code),
    )?;
    if let Some(place) = &poster.place {
        writeln!(
            out,
            r#"<text x="105" y="282" text-anchor="middle" font-family="Noto Sans, DejaVu Sans, Arial, sans-serif" font-size="5">{place}</text>"#,
            place = escape(place),
        )?;
    }
    writeln!(
        out,
        r##"<text x="105" y="290" text-anchor="middle" font-family="DejaVu Sans Mono, monospace" font-size="3.5" fill="#444444">{link}</text>
</svg>"##,
        link = escape(&poster.link),
    )?;
    Ok(out)
}

/// Right-to-left text runs from the right; the anchor stays at the middle.
fn direction(lang: Lang) -> &'static str {
    if lang.is_rtl() {
        r#"direction="rtl""#
    } else {
        ""
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
