//! Keeping a group's offers true: confirming them and changing their texts.

use crate::action::CoordinatorAction;
use crate::engine::{Actor, Engine};
use crate::message::Reply;

impl Engine {
    pub(crate) fn manage_offer_screen(
        &self,
        actor: &Actor,
        offer: &crate::store::OfferView,
    ) -> Reply {
        let ui = self.ui(actor.lang);
        let verified = match offer.verified_at {
            Some(at) => ui.f(
                "offer-verified-on",
                &[(
                    "date",
                    // The day, as the language writes a date: short by design, never cut.
                    (&actor
                        .lang
                        .date(&at.with_timezone(&self.settings.routing.quiet.zone)))
                        .into(),
                )],
            ),
            None => ui.t("offer-never-verified"),
        };
        let mut reply = ui.offer(offer);
        reply.text = format!("{}\n\n{verified}", reply.text);
        reply.buttons = vec![
            vec![ui.button(
                "offer-still-correct",
                CoordinatorAction::VerifyOffer(offer.id),
            )],
            vec![ui.button("offer-edit", CoordinatorAction::EditOffer(offer.id))],
            vec![ui.button("menu-our-offers", CoordinatorAction::OurOffers)],
            self.ui(actor.lang).nav(),
        ];
        reply
    }
}
