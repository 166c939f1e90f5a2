//! The topics newcomers browse the offers by.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Meet,
    Help,
    Learn,
    Family,
    Culture,
    Home,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Meet,
        Category::Help,
        Category::Learn,
        Category::Family,
        Category::Culture,
        Category::Home,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Meet => "meet",
            Category::Help => "help",
            Category::Learn => "learn",
            Category::Family => "family",
            Category::Culture => "culture",
            Category::Home => "home",
        }
    }

    /// The Fluent message id of the category's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Category::Meet => "category-meet",
            Category::Help => "category-help",
            Category::Learn => "category-learn",
            Category::Family => "category-family",
            Category::Culture => "category-culture",
            Category::Home => "category-home",
        }
    }
}

impl TryFrom<&str> for Category {
    type Error = anyhow::Error;
    fn try_from(code: &str) -> anyhow::Result<Self> {
        Category::ALL
            .into_iter()
            .find(|c| c.code() == code)
            .ok_or_else(|| anyhow::anyhow!("unknown category {code:?}"))
    }
}
