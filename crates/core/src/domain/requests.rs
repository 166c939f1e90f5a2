//! Where a newcomer's request stands.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Open,
    Claimed,
    Done,
    Cancelled,
}

impl RequestStatus {
    /// Every status a request can have.
    pub const ALL: [RequestStatus; 4] = [
        RequestStatus::Open,
        RequestStatus::Claimed,
        RequestStatus::Done,
        RequestStatus::Cancelled,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Open => "open",
            RequestStatus::Claimed => "claimed",
            RequestStatus::Done => "done",
            RequestStatus::Cancelled => "cancelled",
        }
    }

    pub(crate) fn parse(code: &str) -> anyhow::Result<Self> {
        match code {
            "open" => Ok(RequestStatus::Open),
            "claimed" => Ok(RequestStatus::Claimed),
            "done" => Ok(RequestStatus::Done),
            "cancelled" => Ok(RequestStatus::Cancelled),
            other => anyhow::bail!("unknown request status {other:?} in the database"),
        }
    }

    /// Whether the request is still going: neither done nor cancelled.
    pub fn is_active(self) -> bool {
        matches!(self, RequestStatus::Open | RequestStatus::Claimed)
    }
}

/// Why a coordinator closed a request that was still going.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseReason {
    /// The person got the help, outside the chat or with a volunteer.
    Helped,
    /// Nobody could take it.
    NoVolunteer,
    /// The person did not answer.
    NoAnswer,
    /// The person asked twice, or the request was a mistake.
    Duplicate,
}

impl CloseReason {
    pub const ALL: [CloseReason; 4] = [
        CloseReason::Helped,
        CloseReason::NoVolunteer,
        CloseReason::NoAnswer,
        CloseReason::Duplicate,
    ];

    pub fn code(self) -> &'static str {
        match self {
            CloseReason::Helped => "helped",
            CloseReason::NoVolunteer => "no-volunteer",
            CloseReason::NoAnswer => "no-answer",
            CloseReason::Duplicate => "duplicate",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        CloseReason::ALL.into_iter().find(|r| r.code() == code)
    }

    /// A request helped counts as done; the rest as cancelled.
    pub fn status(self) -> RequestStatus {
        match self {
            CloseReason::Helped => RequestStatus::Done,
            _ => RequestStatus::Cancelled,
        }
    }
}
