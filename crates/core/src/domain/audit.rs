//! What coordinators and staff do that the municipality keeps a trail of.

/// One kind of coordinator or staff action, as the audit trail names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audited {
    /// Approved a volunteer for their groups (subject: the volunteer).
    Approve,
    /// Declined a volunteer (subject: the volunteer).
    Decline,
    /// Sent a broadcast (subject: the broadcast).
    Broadcast,
    /// Stopped what of a broadcast had not gone out (subject: the broadcast).
    CancelBroadcast,
    /// Confirmed an offer still correct (subject: the offer).
    VerifyOffer,
    /// Changed an offer's text (subject: the offer).
    EditOffer,
    /// Created an event (subject: the event).
    CreateEvent,
    /// Made an invite code that names a coordinator (subject: the group).
    Invite,
    /// Withdrew an invite code (subject: the code's row).
    RevokeInvite,
    /// Became a group's coordinator with an invite code (subject: the group).
    BecameCoordinator,
    /// Took a request nobody took (subject: the request).
    TakeRequest,
    /// Handed a request to a named volunteer (subject: the request).
    HandRequest,
    /// Closed a request with a reason (subject: the request).
    CloseRequest,
    /// Took an offer out of the catalogue (subject: the offer).
    RetireOffer,
    /// Changed an event (subject: the event).
    EditEvent,
    /// Took a group from a coordinator (subject: the coordinator).
    RemoveCoordinator,
    /// Stepped down as a group's coordinator (subject: the group).
    StepDown,
}

impl Audited {
    pub const ALL: [Audited; 17] = [
        Audited::Approve,
        Audited::Decline,
        Audited::Broadcast,
        Audited::CancelBroadcast,
        Audited::VerifyOffer,
        Audited::EditOffer,
        Audited::CreateEvent,
        Audited::Invite,
        Audited::RevokeInvite,
        Audited::BecameCoordinator,
        Audited::TakeRequest,
        Audited::HandRequest,
        Audited::CloseRequest,
        Audited::RetireOffer,
        Audited::EditEvent,
        Audited::RemoveCoordinator,
        Audited::StepDown,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Audited::Approve => "approve",
            Audited::Decline => "decline",
            Audited::Broadcast => "broadcast",
            Audited::CancelBroadcast => "cancel-broadcast",
            Audited::VerifyOffer => "verify-offer",
            Audited::EditOffer => "edit-offer",
            Audited::CreateEvent => "create-event",
            Audited::Invite => "invite",
            Audited::RevokeInvite => "revoke-invite",
            Audited::BecameCoordinator => "became-coordinator",
            Audited::TakeRequest => "take-request",
            Audited::HandRequest => "hand-request",
            Audited::CloseRequest => "close-request",
            Audited::RetireOffer => "retire-offer",
            Audited::EditEvent => "edit-event",
            Audited::RemoveCoordinator => "remove-coordinator",
            Audited::StepDown => "step-down",
        }
    }

    pub fn parse(code: &str) -> anyhow::Result<Audited> {
        Audited::ALL
            .into_iter()
            .find(|a| a.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown audited action {code:?}"))
    }

    /// The Fluent message naming the action.
    pub fn message_id(self) -> String {
        format!("audit-{}", self.code())
    }
}
