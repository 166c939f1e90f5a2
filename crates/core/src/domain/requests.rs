//! Where a newcomer's request stands.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Open,
    Claimed,
    Done,
    Cancelled,
}

impl RequestStatus {
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
