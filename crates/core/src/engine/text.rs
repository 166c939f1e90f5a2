//! Free text from people, cleaned and checked before it becomes a note or a question.

/// Why a piece of free text was not taken.
#[derive(Debug, PartialEq, Eq)]
pub enum TextError {
    /// Nothing but spaces, emoji or invisible characters.
    NoWords,
    /// Longer than `max` characters.
    TooLong { max: usize },
}

/// Removes invisible formatting characters and control characters (keeping line breaks),
/// and trims the ends.
pub fn clean(raw: &str) -> String {
    raw.chars()
        .filter(|&c| c == '\n' || !(c.is_control() || is_invisible_format(c)))
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Invisible characters that only steer or hide: direction marks and overrides, zero-width
/// spaces, soft hyphens. The zero-width non-joiner and joiner are kept: they are part of
/// how Dari and Persian words are spelled (سه‌شنبه), and of emoji (👨‍👩‍👧).
fn is_invisible_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x180E | 0x200B | 0x200E..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF)
}

/// Free text that says something: at least one letter or digit, at most `max` characters.
pub fn words(raw: &str, max: usize) -> Result<String, TextError> {
    let text = clean(raw);
    if !text.chars().any(char::is_alphanumeric) {
        return Err(TextError::NoWords);
    }
    if text.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emoji_and_invisible_text_has_no_words() {
        assert_eq!(words("👍👍", 10), Err(TextError::NoWords));
        assert_eq!(
            words("\u{200B}\u{200D}\u{FEFF}", 10),
            Err(TextError::NoWords)
        );
        assert_eq!(words("   ", 10), Err(TextError::NoWords));
    }

    #[test]
    fn a_dari_word_keeps_its_non_joiner_and_an_emoji_its_joiners() {
        assert_eq!(
            words("روز سه\u{200C}شنبه", 50).unwrap(),
            "روز سه\u{200C}شنبه"
        );
        assert_eq!(
            words("👨\u{200D}👩\u{200D}👧 ok", 50).unwrap(),
            "👨\u{200D}👩\u{200D}👧 ok"
        );
        assert_eq!(words("a\u{202E}b\u{200F}", 50).unwrap(), "ab");
    }

    #[test]
    fn arabic_and_danish_words_are_kept_cleaned() {
        assert_eq!(words(" نحن ٥ أشخاص\u{200B} ", 50).unwrap(), "نحن ٥ أشخاص");
        assert_eq!(
            words("Bedst efter kl. 15", 50).unwrap(),
            "Bedst efter kl. 15"
        );
    }

    #[test]
    fn long_text_is_refused_by_characters_not_bytes() {
        assert_eq!(words(&"ب".repeat(10), 10).unwrap().chars().count(), 10);
        assert_eq!(
            words(&"a".repeat(11), 10),
            Err(TextError::TooLong { max: 10 })
        );
    }
}
