//! Telegram messages and button presses as the core's inbound events.

use anyhow::Context;
use teloxide::Bot;
use teloxide::net::Download;
use teloxide::prelude::Requester;
use teloxide::types::{CallbackQuery, FileMeta, Message, User};
use velkommen_core::engine::{AttachmentKind, IncomingFile, NativeFile};
use velkommen_core::{Address, Inbound, Input, Platform};

/// The largest file a bot may download from Telegram.
const MAX_DOWNLOAD: u32 = 20 * 1024 * 1024;

fn address(user: &User) -> Address {
    Address::new(Platform::Telegram, user.id.0.to_string())
}

fn inbound(user: &User, input: Input) -> Inbound {
    Inbound {
        from: address(user),
        display_name: user.full_name(),
        lang_hint: user.language_code.clone(),
        input,
    }
}

/// A button press as an inbound event; `None` if it carries no data.
pub fn from_callback(query: &CallbackQuery) -> Option<Inbound> {
    let data = query.data.clone()?;
    Some(inbound(&query.from, Input::Button(data)))
}

/// A message in a private chat as an inbound event. Photos, voice notes and documents are
/// downloaded, and remember where they are on Telegram so they can be copied on. `None` for
/// a message from no user.
/// A file is fetched only when the core would take it from its sender now (their consent,
/// their conversation, their limits and the day's file quota): over their limits the message
/// stands as its caption, which the core drops (or answers, if it is a cry for help); else
/// the file goes to the core unfetched, which answers as for any file it does not take.
pub async fn from_message(
    bot: &Bot,
    message: &Message,
    seam: &velkommen_core::Seam,
) -> anyhow::Result<Option<Inbound>> {
    let Some(user) = message.from.as_ref() else {
        return Ok(None);
    };
    if let Some(text) = message.text() {
        return Ok(Some(inbound(user, Input::typed(text))));
    }
    let caption = message.caption().unwrap_or_default().to_owned();
    let file = if let Some(sizes) = message.photo() {
        sizes
            .iter()
            .max_by_key(|size| u64::from(size.width) * u64::from(size.height))
            .map(|largest| {
                (
                    AttachmentKind::Photo,
                    &largest.file,
                    "photo.jpg".to_owned(),
                    "image/jpeg".to_owned(),
                )
            })
    } else if let Some(voice) = message.voice() {
        Some((
            AttachmentKind::Voice,
            &voice.file,
            "voice.ogg".to_owned(),
            voice
                .mime_type
                .as_ref()
                .map_or_else(|| "audio/ogg".to_owned(), ToString::to_string),
        ))
    } else {
        message.document().map(|document| {
            (
                AttachmentKind::Document,
                &document.file,
                document
                    .file_name
                    .clone()
                    .unwrap_or_else(|| "document".to_owned()),
                document.mime_type.as_ref().map_or_else(
                    || "application/octet-stream".to_owned(),
                    ToString::to_string,
                ),
            )
        })
    };
    let Some((kind, meta, name, mime)) = file else {
        // A sticker, a location, a video…: what the core reads as text it did not understand.
        return Ok(Some(inbound(user, Input::Text(caption))));
    };
    let unread = inbound(user, Input::Text(caption.clone()));
    if !seam.has_room(&unread.from) {
        return Ok(Some(unread));
    }
    let size = u64::from(meta.size);
    let wanted = seam.wants_file(&unread.from, size).await;
    let bytes = match wanted {
        true => download(bot, meta).await?,
        false => vec![],
    };
    let file = IncomingFile {
        withheld: (!wanted).then_some(size),
        kind,
        name,
        mime,
        bytes,
        native: Some(NativeFile {
            platform: Platform::Telegram,
            chat_id: message.chat.id.0.to_string(),
            message_id: message.id.0.to_string(),
        }),
    };
    Ok(Some(inbound(user, Input::File { file, caption })))
}

/// Fetches a file with `getFile` and its download URL (under the configured Bot API URL).
async fn download(bot: &Bot, meta: &FileMeta) -> anyhow::Result<Vec<u8>> {
    if meta.size > MAX_DOWNLOAD {
        anyhow::bail!(
            "the file is {} bytes, more than a bot may download",
            meta.size
        );
    }
    let file = bot
        .get_file(meta.id.clone())
        .await
        .context("while asking Telegram where a file is")?;
    let mut bytes = Vec::with_capacity(file.meta.size as usize);
    bot.download_file(&file.path, &mut bytes)
        .await
        .context("while downloading a file from Telegram")?;
    Ok(bytes)
}
