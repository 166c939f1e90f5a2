//! What became of a cry for help, as the member of staff who took it says.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertOutcome {
    /// Staff reached the person and helped or are helping.
    Reached,
    /// Handed on: police, a shelter, the social service, a helpline.
    Referred,
    /// The person did not answer.
    NoAnswer,
    /// The words were not a cry for help after all.
    NotACry,
}

impl AlertOutcome {
    pub const ALL: [AlertOutcome; 4] = [
        AlertOutcome::Reached,
        AlertOutcome::Referred,
        AlertOutcome::NoAnswer,
        AlertOutcome::NotACry,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AlertOutcome::Reached => "reached",
            AlertOutcome::Referred => "referred",
            AlertOutcome::NoAnswer => "no-answer",
            AlertOutcome::NotACry => "not-a-cry",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        AlertOutcome::ALL.into_iter().find(|o| o.code() == code)
    }

    /// The Fluent message naming the outcome.
    pub fn message_id(self) -> String {
        format!("alert-outcome-{}", self.code())
    }
}
