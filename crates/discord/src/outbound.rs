//! The core's replies as Discord messages: texts split to Discord's length, buttons as
//! message components, places as embeds with a map link, and files uploaded from the store.

use serde_json::{Value, json};
use serenity::builder::{CreateActionRow, CreateButton, CreateEmbed};
use serenity::model::application::ButtonStyle;
use velkommen_core::engine::Button;
use velkommen_core::{Reply, Seam};

use crate::rest::{Rest, RestError, Upload};

/// The longest text Discord takes in one message, in characters.
pub const MAX_TEXT: usize = 2000;
/// Discord's limits on components: rows per message, buttons per row, characters per label.
pub const MAX_ROWS: usize = 5;
pub const MAX_PER_ROW: usize = 5;
pub const MAX_LABEL: usize = 80;
/// The flag that makes an interaction response visible only to the person who acted.
pub const EPHEMERAL: u64 = 1 << 6;

/// Why a reply did not go out whole.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    #[error(transparent)]
    Discord(#[from] RestError),
    #[error("{0:#}")]
    Store(anyhow::Error),
}

/// Splits a text into parts of at most `max` characters, as Discord counts.
pub fn split(text: &str, max: usize) -> Vec<String> {
    velkommen_core::message::split(text, max, |_| 1)
}

/// The buttons as action rows of at most five, in groups of at most five rows (one group per
/// message). A menu of more than five rows has its buttons put side by side, so that up to 25
/// fit in one message and it can still be edited in place.
pub fn components(buttons: &[Vec<Button>]) -> Vec<Vec<CreateActionRow>> {
    let mut rows: Vec<Vec<&Button>> = buttons
        .iter()
        .flat_map(|row| row.chunks(MAX_PER_ROW))
        .filter(|row| !row.is_empty())
        .map(|row| row.iter().collect())
        .collect();
    if rows.len() > MAX_ROWS {
        let all: Vec<&Button> = rows.into_iter().flatten().collect();
        let per_row = all.len().div_ceil(MAX_ROWS).clamp(1, MAX_PER_ROW);
        rows = all.chunks(per_row).map(<[_]>::to_vec).collect();
    }
    let rows: Vec<CreateActionRow> = rows
        .into_iter()
        .map(|row| {
            CreateActionRow::Buttons(
                row.into_iter()
                    .map(|b| {
                        let label: String = b.label.chars().take(MAX_LABEL).collect();
                        CreateButton::new(b.action.encode())
                            .label(label)
                            .style(ButtonStyle::Secondary)
                    })
                    .collect(),
            )
        })
        .collect();
    rows.chunks(MAX_ROWS).map(<[_]>::to_vec).collect()
}

/// A place as an embed: its name, linked to a map, and its address.
pub fn place_embed(place: &velkommen_core::catalog::Place) -> CreateEmbed {
    let map = format!(
        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}",
        lat = place.lat,
        lon = place.lon
    );
    CreateEmbed::new()
        .title(format!("📍 {}", place.name))
        .description(&place.address)
        .url(map)
}

/// The message flag that shows no link embeds (previews).
const SUPPRESS_EMBEDS: u64 = 1 << 2;

/// A message body with no mentions allowed: nothing anyone writes pings anyone.
fn body(content: Option<&str>) -> Value {
    let mut body = json!({"allowed_mentions": {"parse": []}});
    if let Some(content) = content {
        body["content"] = json!(content);
    }
    body
}

/// The messages a reply takes, without its file: the text in parts (the buttons and the
/// place on the last), and further messages for buttons beyond five rows.
pub fn bodies(reply: &Reply) -> Vec<Value> {
    let parts = split(&reply.text, MAX_TEXT);
    let mut groups = components(&reply.buttons).into_iter();
    let mut out: Vec<Value> = parts.iter().map(|p| body(Some(p))).collect();
    if out.is_empty() {
        out.push(body(None));
    }
    let last = out.last_mut().expect("at least one message");
    if let Some(rows) = groups.next() {
        last["components"] = json!(rows);
    }
    if let Some(place) = &reply.place {
        last["embeds"] = json!([place_embed(place)]);
    }
    if reply.no_preview {
        for body in &mut out {
            body["flags"] = json!(SUPPRESS_EMBEDS);
        }
    }
    for rows in groups {
        let mut more = body(None);
        more["components"] = json!(rows);
        out.push(more);
    }
    // A message with nothing in it is refused: a reply with only a file carries it alone.
    out.retain(|b| {
        b.get("content").is_some() || b.get("components").is_some() || b.get("embeds").is_some()
    });
    out
}

/// How many REST calls sending a reply takes.
pub fn calls(reply: &Reply) -> u32 {
    let messages = bodies(reply).len() as u32;
    messages.max(1) + u32::from(reply.attachment.is_some() && messages > 0)
}

/// Whether a reply fits in one message with no file, so it can replace a menu in place.
pub fn editable(reply: &Reply) -> bool {
    reply.attachment.is_none() && !reply.text.trim().is_empty() && bodies(reply).len() == 1
}

/// The single message an editable reply is, with `components` always set, so that the old
/// buttons go when the new reply has none.
pub fn edit_body(reply: &Reply) -> Value {
    let mut body = bodies(reply).remove(0);
    if body.get("components").is_none() {
        body["components"] = json!([]);
    }
    if body.get("embeds").is_none() {
        body["embeds"] = json!([]);
    }
    body
}

/// The file of a reply, from the core; `None` if it has none or it was deleted.
pub async fn upload(seam: &Seam, reply: &Reply) -> Result<Option<Upload>, SendError> {
    let Some(attachment) = &reply.attachment else {
        return Ok(None);
    };
    let Some(file) = seam
        .attachment(attachment)
        .await
        .map_err(SendError::Store)?
    else {
        tracing::warn!(
            file_id = attachment.file_id.map(|id| id.get()),
            "a file to pass on was deleted; sending the text alone"
        );
        return Ok(None);
    };
    Ok(Some(Upload {
        name: file.name,
        mime: attachment.mime.clone(),
        bytes: file.bytes,
    }))
}

/// Sends a reply as new messages in a channel, leaving out its first `done` messages (shown
/// already as an interaction response, or sent before an error): the text in parts, the
/// buttons and place on the last, then the file (as an attachment of the last message).
/// `done` counts on with each message that goes through.
pub async fn send(
    rest: &Rest,
    seam: &Seam,
    channel: &str,
    reply: &Reply,
    done: &mut usize,
) -> Result<(), SendError> {
    let all = bodies(reply);
    let shown = (*done).min(all.len());
    let mut bodies: Vec<Value> = all.into_iter().skip(shown).collect();
    let upload = upload(seam, reply).await?;
    let path = format!("/channels/{channel}/messages");
    if let Some(file) = upload {
        // The file goes with the last message, so the buttons stay under it.
        let mut last = bodies.pop().unwrap_or_else(|| body(None));
        last["attachments"] = json!([{"id": 0, "filename": file.name}]);
        for body in &bodies {
            rest.call(reqwest::Method::POST, &path, Some(body)).await?;
            *done += 1;
        }
        rest.send(reqwest::Method::POST, &path, Some(&last), &[file])
            .await?;
        *done += 1;
        return Ok(());
    }
    for body in &bodies {
        rest.call(reqwest::Method::POST, &path, Some(body)).await?;
        *done += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use velkommen_core::Lang;
    use velkommen_core::action::AccountAction;

    use super::*;

    #[test]
    fn a_long_text_is_split_at_line_breaks_within_two_thousand_characters() {
        let text = format!("{}\n{}", "a".repeat(1500), "b".repeat(1500));
        let parts = split(&text, MAX_TEXT);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_TEXT));
        let arabic = "مرحبا ".repeat(1000);
        let parts = split(&arabic, MAX_TEXT);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_TEXT));
        assert_eq!(parts.join(" "), arabic.trim_end());
    }

    #[test]
    fn buttons_become_rows_of_five_and_messages_of_five_rows() {
        let button = Button {
            label: "x".repeat(100),
            action: AccountAction::Menu.into(),
        };
        let reply = Reply {
            lang: Lang::of("en"),
            text: "Pick one".into(),
            buttons: vec![vec![button.clone(); 7]; 4],
            place: None,
            attachment: None,
            below: false,
            no_preview: false,
            urgent: false,
        };
        let bodies = bodies(&reply);
        assert_eq!(bodies.len(), 2);
        let rows = bodies[0]["components"].as_array().unwrap();
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[0]["components"].as_array().unwrap().len(), 5);
        let first = &rows[0]["components"][0];
        assert_eq!(first["custom_id"], AccountAction::Menu.encode());
        assert_eq!(first["label"].as_str().unwrap().chars().count(), MAX_LABEL);
        assert_eq!(bodies[1]["components"].as_array().unwrap().len(), 1);
        assert!(!editable(&reply));

        let menu = Reply {
            buttons: vec![vec![button]; 8],
            ..reply
        };
        let bodies = super::bodies(&menu);
        assert_eq!(bodies.len(), 1, "eight one-button rows fit in one message");
        assert_eq!(bodies[0]["components"].as_array().unwrap().len(), 4);
        assert!(editable(&menu));
    }
}
