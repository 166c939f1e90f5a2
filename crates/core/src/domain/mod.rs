//! The nouns of Velkommen: people, roles and memberships, typed ids, consent, drafts and
//! audiences. The store reads and writes them and the flows act on them; they know nothing of
//! SQL, messages or conversations, and nothing here imports from above.

pub mod category;
pub mod ids;
pub mod lang;
pub mod roles;

mod alerts;
mod audience;
mod audit;
mod drafts;
mod invite;
mod jobs;
mod offers;
mod people;
mod requests;

pub use alerts::AlertOutcome;
pub use audience::{Audience, Recipients};
pub use audit::Audited;
pub use drafts::{AllOr, BroadcastDraft, DEFAULT_REMIND_HOURS, EventDraft};
pub use invite::{invite_code, invite_hash};
pub use jobs::JobKind;
pub use offers::{NewEvent, OfferField};
pub use people::{Candidate, Consent, Draft, Person, StoredState, Volunteer, VolunteerStatus};
pub use requests::{CloseReason, RequestStatus};
