//! Telegram's HTML parse mode: the text as shown, or why Telegram would refuse it.

/// Tags Telegram accepts.
const TAGS: [&str; 16] = [
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
];

/// The text with tags removed and entities replaced, or an error for a stray `<` or `&`.
pub fn parse(text: &str) -> Result<String, String> {
    let mut shown = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['<', '&']) {
        shown.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('<') {
            let Some(end) = rest.find('>') else {
                return Err(format!(
                    "unclosed start tag at byte offset {}",
                    text.len() - rest.len()
                ));
            };
            let tag = rest[1..end].trim_start_matches('/');
            let name = tag.split_whitespace().next().unwrap_or_default();
            if !TAGS.contains(&name) {
                return Err(format!("unsupported start tag \"{name}\""));
            }
            rest = &rest[end + 1..];
        } else {
            let Some(end) = rest.find(';').filter(|&end| end <= 10) else {
                return Err("character entity expected, a stray & found".into());
            };
            let entity = &rest[1..end];
            let c = match entity {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                numeric if numeric.starts_with('#') => numeric[1..]
                    .parse::<u32>()
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("unknown character entity {numeric}"))?,
                other => return Err(format!("unsupported entity \"{other}\"")),
            };
            shown.push(c);
            rest = &rest[end + 1..];
        }
    }
    shown.push_str(rest);
    Ok(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_is_shown_as_written() {
        assert_eq!(parse("a &lt;b&gt; &amp; c").unwrap(), "a <b> & c");
        assert_eq!(parse("<b>bold</b>").unwrap(), "bold");
    }

    #[test]
    fn a_stray_less_than_or_ampersand_is_refused() {
        assert!(parse("1 < 2").is_err());
        assert!(parse("Tom & Jerry").is_err());
        assert!(parse("<script>").is_err());
    }
}
