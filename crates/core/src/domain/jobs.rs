//! Time-driven work, kept in the `jobs` table.

/// What a job does when it falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Tell the rest of the group's volunteers of a request.
    Widen,
    /// Tell the group's coordinators that a request is still unclaimed.
    Escalate,
    /// Remind those going to an event, the day before.
    Remind,
    /// Tell everyone who coordinates of a cry for help nobody took yet.
    WidenAlert,
    /// Check a scheduled announcement's recipients again at its time, from its sender's
    /// rights then, before any copy goes.
    RecheckBroadcast,
}

impl JobKind {
    pub fn code(self) -> &'static str {
        match self {
            JobKind::Widen => "widen",
            JobKind::Escalate => "escalate",
            JobKind::Remind => "remind",
            JobKind::WidenAlert => "alert",
            JobKind::RecheckBroadcast => "recheck-broadcast",
        }
    }

    pub(crate) fn parse(code: &str) -> anyhow::Result<Self> {
        match code {
            "widen" => Ok(JobKind::Widen),
            "escalate" => Ok(JobKind::Escalate),
            "remind" => Ok(JobKind::Remind),
            "alert" => Ok(JobKind::WidenAlert),
            "recheck-broadcast" => Ok(JobKind::RecheckBroadcast),
            other => anyhow::bail!("unknown job kind {other:?}"),
        }
    }
}
