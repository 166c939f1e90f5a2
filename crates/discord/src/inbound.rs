//! Discord slash commands, button presses and direct messages as the core's inbound events.

use serenity::model::application::{
    CommandDataOptionValue, CommandInteraction, ComponentInteraction,
};
use serenity::model::channel::{Attachment, Message};
use serenity::model::user::User;
use velkommen_core::engine::Command;
use velkommen_core::engine::{AttachmentKind, IncomingFile};
use velkommen_core::{Address, Inbound, Input, Platform};

use crate::rest::Rest;

/// The largest file the front door downloads (Discord's own upload limit without Nitro).
pub const MAX_DOWNLOAD: u64 = 25 * 1024 * 1024;

fn inbound(user: &User, locale: Option<&str>, input: Input) -> Inbound {
    Inbound {
        from: Address::new(Platform::Discord, user.id.get().to_string()),
        display_name: user
            .global_name
            .clone()
            .unwrap_or_else(|| user.name.clone()),
        // Discord has no Arabic locale: this only matters at first contact, and the person's
        // stored choice wins after that.
        lang_hint: locale.map(str::to_owned),
        input,
    }
}

/// A slash command, with the text of its options (such as an invite code) as its argument.
/// Discord sends the command's own name even when the person saw a translated one.
pub fn from_command(command: &CommandInteraction) -> Inbound {
    let arg = command
        .data
        .options
        .iter()
        .filter_map(|option| match &option.value {
            CommandDataOptionValue::String(value) => Some(value.clone()),
            CommandDataOptionValue::Integer(value) => Some(value.to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ");
    inbound(
        &command.user,
        Some(&command.locale),
        Input::Command(Command::named(&command.data.name, &arg)),
    )
}

/// A button press: its custom_id is the action's payload, untrusted, decoded by the core.
pub fn from_component(component: &ComponentInteraction) -> Inbound {
    inbound(
        &component.user,
        Some(&component.locale),
        Input::Button(component.data.custom_id.clone()),
    )
}

/// What kind of file an attachment is, by its type and name.
pub fn kind(attachment: &Attachment) -> AttachmentKind {
    let mime = attachment.content_type.as_deref().unwrap_or_default();
    if mime.starts_with("image/") {
        AttachmentKind::Photo
    } else if mime.starts_with("audio/") || attachment.duration_secs.is_some() {
        AttachmentKind::Voice
    } else {
        AttachmentKind::Document
    }
}

/// A direct message as an inbound event; its first attachment is downloaded. Messages carry
/// no language hint on Discord.
/// The attachment is fetched only when the core would take it from its sender now (their
/// consent, their conversation, their limits and the day's file quota): over their limits
/// the message stands as its words, which the core drops (or answers, if it is a cry for
/// help); else the file goes to the core unfetched, which answers as for any file it does
/// not take.
pub async fn from_message(
    rest: &Rest,
    message: &Message,
    seam: &velkommen_core::Seam,
) -> anyhow::Result<Inbound> {
    let Some(attachment) = message.attachments.first() else {
        return Ok(inbound(
            &message.author,
            None,
            Input::typed(&message.content),
        ));
    };
    if message.attachments.len() > 1 {
        tracing::info!(
            message_id = message.id.get(),
            "a message with several files: only the first is passed on"
        );
    }
    let unread = inbound(&message.author, None, Input::Text(message.content.clone()));
    if !seam.has_room(&unread.from) {
        return Ok(unread);
    }
    let size = u64::from(attachment.size);
    let wanted = seam.wants_file(&unread.from, size).await;
    let bytes = if wanted {
        anyhow::ensure!(
            size <= MAX_DOWNLOAD,
            "the file is {size} bytes, more than the front door downloads"
        );
        rest.download(&attachment.url, MAX_DOWNLOAD).await?
    } else {
        vec![]
    };
    let file = IncomingFile {
        withheld: (!wanted).then_some(size),
        kind: kind(attachment),
        name: attachment.filename.clone(),
        mime: attachment
            .content_type
            .clone()
            .unwrap_or_else(|| "application/octet-stream".to_owned()),
        bytes,
        // Discord has no way to pass a message on without uploading it again.
        native: None,
    };
    Ok(inbound(
        &message.author,
        None,
        Input::File {
            file,
            caption: message.content.clone(),
        },
    ))
}
