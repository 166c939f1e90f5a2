//! The core's replies as Bot API calls: texts split and HTML-escaped, inline keyboards,
//! venues, and files passed on by `copyMessage` or uploaded from the store.

use teloxide::payloads::{
    CopyMessageSetters, EditMessageTextSetters, SendDocumentSetters, SendMessageSetters,
    SendPhotoSetters, SendVenueSetters, SendVoiceSetters,
};
use teloxide::prelude::Requester;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId, ParseMode,
};
use teloxide::{ApiError, Bot, RequestError};
use velkommen_core::engine::{Attachment, AttachmentKind, Button};
use velkommen_core::{Lang, Platform, Reply, Seam};

/// The longest text Telegram takes in one message, in UTF-16 code units (what it counts).
pub const MAX_TEXT: usize = 4096;

/// Why a reply did not go out whole.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Telegram(#[from] RequestError),
    #[error("{0:#}")]
    Store(anyhow::Error),
}

/// Escapes text for `parse_mode` HTML: every text Velkommen sends is plain, so nothing in it
/// may be read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// Splits a text into parts of at most `max` UTF-16 code units, as Telegram counts.
pub fn split(text: &str, max: usize) -> Vec<String> {
    velkommen_core::message::split(text, max, char::len_utf16)
}

/// The inline keyboard of a reply: each button carries its action's compact encoding.
/// Telegram lays a row out left to right whatever the language, so for a right-to-left
/// reader each row is reversed: "Back" stands on the right and "Next" on the left, where the
/// reading starts and ends. (Discord and the web page mirror rows themselves.)
pub fn keyboard(buttons: &[Vec<Button>], lang: Lang) -> Option<InlineKeyboardMarkup> {
    if buttons.iter().all(Vec::is_empty) {
        return None;
    }
    Some(InlineKeyboardMarkup::new(
        buttons.iter().filter(|row| !row.is_empty()).map(|row| {
            let mut row = row
                .iter()
                .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.action.encode()))
                .collect::<Vec<_>>();
            if lang.is_rtl() {
                row.reverse();
            }
            row
        }),
    ))
}

/// How many Bot API calls sending a reply takes.
pub fn calls(reply: &Reply) -> u32 {
    let texts = split(&reply.text, MAX_TEXT).len() as u32;
    texts + u32::from(reply.place.is_some()) + u32::from(reply.attachment.is_some())
}

/// Whether a reply can replace the text and buttons of a menu message in place.
pub fn editable(reply: &Reply) -> bool {
    reply.place.is_none()
        && reply.attachment.is_none()
        && !reply.text.trim().is_empty()
        && split(&reply.text, MAX_TEXT).len() == 1
}

/// No preview of the links in a message (a one-time login link must not be opened by
/// Telegram's preview fetcher).
fn no_preview() -> teloxide::types::LinkPreviewOptions {
    teloxide::types::LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

/// Replaces a menu message's text and buttons with `reply`. False if that message cannot
/// be edited (too old, gone, or the reply does not fit in one message): send it anew.
pub async fn edit(
    bot: &Bot,
    chat: ChatId,
    message: MessageId,
    reply: &Reply,
) -> Result<bool, RequestError> {
    if !editable(reply) {
        return Ok(false);
    }
    let text = escape(reply.text.trim_end());
    let mut request = bot
        .edit_message_text(chat, message, text)
        .parse_mode(ParseMode::Html);
    if reply.no_preview {
        request = request.link_preview_options(no_preview());
    }
    // Without a keyboard the old buttons must go: an empty one removes them.
    request = request.reply_markup(keyboard(&reply.buttons, reply.lang).unwrap_or_default());
    match request.await {
        Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(true),
        Err(RequestError::Api(_)) => Ok(false),
        Err(other) => Err(other),
    }
}

/// Sends a reply as new messages: the text (in parts if long, the buttons on the last),
/// then the place as a venue, then the file. `done` counts the calls that went through, and
/// those already counted are skipped: a reply tried again after an error does not repeat
/// the parts that arrived.
pub async fn send(
    bot: &Bot,
    seam: &Seam,
    chat: ChatId,
    reply: &Reply,
    done: &mut usize,
) -> Result<(), SendError> {
    let parts = split(&reply.text, MAX_TEXT);
    // The buttons go on the last part of the text; with no text, on the place; else on the file.
    let with_buttons = parts.len().saturating_sub(1);
    let markup = |step: usize| {
        if step == with_buttons {
            keyboard(&reply.buttons, reply.lang)
        } else {
            None
        }
    };
    let mut step = 0;
    for part in &parts {
        if step >= *done {
            let mut request = bot
                .send_message(chat, escape(part))
                .parse_mode(ParseMode::Html);
            if reply.no_preview {
                request = request.link_preview_options(no_preview());
            }
            if let Some(markup) = markup(step) {
                request = request.reply_markup(markup);
            }
            request.await?;
            *done += 1;
        }
        step += 1;
    }
    if let Some(place) = &reply.place {
        if step >= *done {
            let mut request = bot.send_venue(
                chat,
                place.lat,
                place.lon,
                place.name.clone(),
                place.address.clone(),
            );
            if let Some(markup) = markup(step) {
                request = request.reply_markup(markup);
            }
            request.await?;
            *done += 1;
        }
        step += 1;
    }
    if let Some(attachment) = &reply.attachment
        && step >= *done
    {
        send_attachment(bot, seam, chat, attachment, markup(step)).await?;
        *done += 1;
    }
    Ok(())
}

/// Sends a file: copied by Telegram if it came from Telegram, else uploaded from the store.
async fn send_attachment(
    bot: &Bot,
    seam: &Seam,
    chat: ChatId,
    attachment: &Attachment,
    markup: Option<InlineKeyboardMarkup>,
) -> Result<(), SendError> {
    let native = attachment
        .native
        .as_ref()
        .filter(|n| n.platform == Platform::Telegram)
        .and_then(|n| Some((n.chat_id.parse().ok()?, n.message_id.parse().ok()?)));
    if let Some((from_chat, message_id)) = native {
        // A copy, not a forward: no "forwarded from" header shows whose it was.
        let mut request = bot.copy_message(chat, ChatId(from_chat), MessageId(message_id));
        if let Some(markup) = markup {
            request = request.reply_markup(markup);
        }
        request.await?;
        return Ok(());
    }
    let Some(file) = seam
        .attachment(attachment)
        .await
        .map_err(SendError::Store)?
    else {
        tracing::warn!(
            file_id = attachment.file_id.map(|id| id.get()),
            "a file to pass on was deleted; sending the text alone"
        );
        return Ok(());
    };
    let input = InputFile::memory(file.bytes).file_name(file.name);
    match attachment.kind {
        AttachmentKind::Photo => {
            let mut request = bot.send_photo(chat, input);
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            request.await?;
        }
        AttachmentKind::Voice => {
            let mut request = bot.send_voice(chat, input);
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            request.await?;
        }
        AttachmentKind::Document => {
            let mut request = bot.send_document(chat, input);
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            request.await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_len(text: &str) -> usize {
        text.chars().map(char::len_utf16).sum()
    }

    #[test]
    fn a_right_to_left_reader_gets_each_row_of_buttons_reversed() {
        use velkommen_core::action::{AccountAction, NewcomerAction};
        let rows = vec![
            vec![
                Button::new("⬅️ Back", AccountAction::Menu),
                Button::new("Next ➡️", NewcomerAction::Categories),
            ],
            vec![Button::new("🏠", AccountAction::Menu)],
        ];
        let labels = |lang: &str| {
            keyboard(&rows, Lang::of(lang))
                .unwrap()
                .inline_keyboard
                .iter()
                .map(|row| row.iter().map(|b| b.text.clone()).collect::<Vec<_>>())
                .collect::<Vec<_>>()
        };
        assert_eq!(labels("en")[0], ["⬅️ Back", "Next ➡️"]);
        assert_eq!(labels("ar")[0], ["Next ➡️", "⬅️ Back"]);
        assert_eq!(labels("ar")[1], ["🏠"]);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape("a < b & c > d"), "a &lt; b &amp; c &gt; d");
        assert_eq!(escape("<b>bold</b>"), "&lt;b&gt;bold&lt;/b&gt;");
    }

    #[test]
    fn a_short_text_is_one_part() {
        assert_eq!(split("hello\n", 10), vec!["hello"]);
        assert!(split("  \n", 10).is_empty());
    }

    #[test]
    fn a_long_text_is_split_at_a_line_break_then_at_a_space() {
        assert_eq!(
            split("one two\nthree four", 12),
            vec!["one two", "three four"]
        );
        assert_eq!(split("one two three", 9), vec!["one two", "three"]);
        assert_eq!(split("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn parts_are_counted_in_utf16_units_as_telegram_counts() {
        // Each emoji is two UTF-16 units.
        let parts = split("😀😀😀", 4);
        assert_eq!(parts, vec!["😀😀", "😀"]);
        let arabic = "مرحبا ".repeat(2000);
        for part in split(&arabic, MAX_TEXT) {
            assert!(utf16_len(&part) <= MAX_TEXT);
            assert!(!part.starts_with(' ') && !part.ends_with(' '));
        }
    }

    #[test]
    fn nothing_of_a_long_text_is_lost() {
        let text = "word ".repeat(3000);
        let joined = split(&text, MAX_TEXT).join(" ");
        assert_eq!(joined, text.trim_end());
    }
}
