//! The fake Discord's gateway events are what serenity reads from the real one.

use velkommen_discord::serenity::all::{Interaction, Message};
use velkommen_discord_fake::{FakeDiscord, sample_message};

#[tokio::test]
async fn the_fakes_interactions_and_messages_deserialize_as_serenity_models() {
    let fake = FakeDiscord::start().await;
    let kinds: Vec<Interaction> = fake
        .sample_interactions()
        .into_iter()
        .map(|json| serde_json::from_value(json).expect("an interaction serenity reads"))
        .collect();
    assert!(
        matches!(kinds[0], Interaction::Command(ref c) if c.guild_id.is_none() && c.user.id.get() == 42)
    );
    assert!(
        matches!(kinds[1], Interaction::Command(ref c) if c.guild_id.is_some() && c.user.id.get() == 42)
    );
    assert!(matches!(kinds[2], Interaction::Component(ref c) if c.data.custom_id == "1:m"));
    let message: Message = serde_json::from_value(sample_message(false)).expect("a message");
    assert_eq!(message.attachments.len(), 1);
}
