//! `velkommen poster`: an A4 poster whose QR code opens the offer in the reader's language.

use crate::expected::*;
use crate::helpers::*;

/// The QR code of the poster, read back from its SVG path (one `M x y h1v1h-1z` per dark
/// module) and decoded as a phone's camera would.
fn decode_qr(svg: &str) -> String {
    let (_, rest) = svg.split_once("<g transform=").expect("the code's group");
    let quiet: usize = rest
        .split_once("<rect width=\"")
        .and_then(|(_, r)| r.split_once('"'))
        .and_then(|(n, _)| n.parse().ok())
        .expect("the code's size in modules");
    let (_, path) = rest.split_once("<path d=\"").expect("the code's path");
    let path = path.split_once('"').expect("the end of the path").0;
    let mut dark = vec![false; quiet * quiet];
    for module in path.split('M').filter(|m| !m.is_empty()) {
        let (x, rest) = module.split_once(' ').expect("x");
        let y = rest.split_once('h').expect("y").0;
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        dark[y * quiet + x] = true;
    }
    const PX: usize = 6;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(quiet * PX, quiet * PX, |x, y| {
        if dark[(y / PX) * quiet + x / PX] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the poster");
    grids[0].decode().expect("the QR code decodes").1
}

#[test]
fn a_poster_shows_the_offer_in_every_language_and_its_code_opens_it_in_the_readers() {
    // Arrange
    let app = spawn_app();
    let catalogue = Catalogue::ballerup();
    let offer = catalogue.volunteer_offer();
    let out = app.path("poster.svg");

    // Act
    let said = app.run_ok(&[
        "poster",
        &offer.slug,
        "--bot",
        "@VelkommenBallerupBot",
        "--place",
        "Ballerup Bibliotek & Borgerservice",
        "--out",
        out.to_str().unwrap(),
    ]);
    let svg = std::fs::read_to_string(&out).expect("the poster was written");

    // Assert: A4, every language's title and line, right to left where the language is.
    assert!(said.starts_with("Wrote"), "{said}");
    assert!(svg.contains(r#"width="210mm" height="297mm""#));
    for lang in Lang::ALL {
        assert!(svg.contains(offer.title(lang)), "{lang:?}");
        assert!(svg.contains(&Texts::of(lang).t("poster-scan")), "{lang:?}");
    }
    assert!(svg.contains(r#"direction="rtl" xml:lang="ar""#));
    assert!(
        svg.contains("Ballerup Bibliotek &amp; Borgerservice"),
        "the place, escaped"
    );

    // The code is the bot's deep link to this offer...
    let link = decode_qr(&svg);
    let payload = link
        .strip_prefix("https://t.me/VelkommenBallerupBot?start=")
        .unwrap_or_else(|| panic!("{link}"));
    // ...which opens the offer in the reader's language, after the language and the notice.
    for lang in [Lang::Ar, Lang::Uk] {
        let say = Texts::of(lang);
        let mut chat = app.chat_as(lang.code(), lang);
        chat.send(&format!("/start {payload}"));
        chat.press(&format!("✓ {}", say.language_name()));
        let page = chat.press(&say.t("privacy-agree"));
        chat.finish();
        assert_shows!(page, format!("{}\n", offer.title(lang)));
    }
}

#[test]
fn a_poster_of_an_unknown_offer_or_without_a_bot_name_is_refused() {
    let app = spawn_app();
    let unknown = app.run(&["poster", "no-such-offer", "--bot", "VelkommenBot"]);
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("there is no offer \"no-such-offer\"")
    );
    let nameless = app.run(&["poster", "cafe-venlig", "--bot", "a b"]);
    assert!(!nameless.status.success());
    assert!(String::from_utf8_lossy(&nameless.stderr).contains("is not a Telegram bot username"));
}
