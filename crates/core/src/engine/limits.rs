//! Limits per person, so that one person cannot drown the bot: actions per ten seconds and per
//! hour, new people per platform per minute, files per day. A cry for help is never held back.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

use crate::platform::Address;

/// What the operator allows one person, and everyone new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Actions a person may take within ten seconds.
    pub per_ten_seconds: usize,
    /// Actions a person may take within an hour.
    pub per_hour: usize,
    /// People new to the bot a platform may bring within a minute.
    pub new_people_per_minute: i64,
    /// Files a person may pass on within a day.
    pub files_per_day: i64,
    /// Bytes of files a person may pass on within a day.
    pub file_bytes_per_day: i64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            per_ten_seconds: 20,
            per_hour: 300,
            new_people_per_minute: 60,
            files_per_day: 30,
            file_bytes_per_day: 100 * 1024 * 1024,
        }
    }
}

impl Limits {
    /// No limits, for benchmarks and for tests that are not about limits.
    pub fn unlimited() -> Limits {
        Limits {
            per_ten_seconds: usize::MAX,
            per_hour: usize::MAX,
            new_people_per_minute: i64::MAX,
            files_per_day: i64::MAX,
            file_bytes_per_day: i64::MAX,
        }
    }
}

/// Whether an action goes ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Admit,
    /// The first action over a limit: answered with one kind "slow down".
    FirstExcess,
    /// Further actions over a limit: dropped without work until there is room again.
    Drop,
}

/// The recent actions of each person, in this process.
#[derive(Default)]
pub(crate) struct Pace {
    people: Mutex<HashMap<Address, Recent>>,
}

#[derive(Default)]
struct Recent {
    times: VecDeque<DateTime<Utc>>,
    told: bool,
}

impl Recent {
    /// Actions taken in the ten seconds before `now`.
    fn in_ten_seconds(&self, now: DateTime<Utc>) -> usize {
        self.times
            .iter()
            .rev()
            .take_while(|t| **t > now - Duration::seconds(10))
            .count()
    }
}

impl Pace {
    pub(crate) fn admit(&self, who: &Address, limits: &Limits, now: DateTime<Utc>) -> Admission {
        let mut people = self.people.lock().unwrap_or_else(|e| e.into_inner());
        if people.len() > 10_000 {
            people.retain(|_, r| {
                r.times
                    .back()
                    .is_some_and(|t| *t > now - Duration::hours(1))
            });
        }
        let recent = people.entry(who.clone()).or_default();
        while recent
            .times
            .front()
            .is_some_and(|t| *t <= now - Duration::hours(1))
        {
            recent.times.pop_front();
        }
        let last_ten = recent.in_ten_seconds(now);
        if last_ten >= limits.per_ten_seconds || recent.times.len() >= limits.per_hour {
            if recent.told {
                return Admission::Drop;
            }
            recent.told = true;
            return Admission::FirstExcess;
        }
        // Told once, a person is not told again while they keep pressing on: only once
        // they have calmed to half the pace.
        if last_ten < limits.per_ten_seconds / 2 && recent.times.len() < limits.per_hour / 2 {
            recent.told = false;
        }
        recent.times.push_back(now);
        Admission::Admit
    }

    /// Whether `who` has room for one more action now, without taking it: a front door asks
    /// before it downloads a file that a flood would only drop.
    pub(crate) fn has_room(&self, who: &Address, limits: &Limits, now: DateTime<Utc>) -> bool {
        let people = self.people.lock().unwrap_or_else(|e| e.into_inner());
        let Some(recent) = people.get(who) else {
            return true;
        };
        let last_hour = recent
            .times
            .iter()
            .filter(|t| **t > now - Duration::hours(1))
            .count();
        recent.in_ten_seconds(now) < limits.per_ten_seconds && last_hour < limits.per_hour
    }
}
