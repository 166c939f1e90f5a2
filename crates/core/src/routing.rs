//! When volunteers hear of requests: the language-first circle, widening after a delay,
//! escalation to coordinators, and quiet hours.

use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

#[derive(Debug, Clone)]
pub struct Routing {
    /// After this, volunteers who don't speak the newcomer's language hear of the request too.
    pub widen_after: Duration,
    /// After this, an unclaimed request goes to the group's coordinators.
    pub escalate_after: Duration,
    pub quiet: QuietHours,
}

impl Default for Routing {
    fn default() -> Self {
        Self {
            widen_after: Duration::minutes(30),
            escalate_after: Duration::hours(48),
            quiet: QuietHours::default(),
        }
    }
}

impl Routing {
    pub fn widen_after_minutes(&mut self, minutes: u32) {
        self.widen_after = Duration::minutes(minutes.into());
    }

    pub fn escalate_after_hours(&mut self, hours: u32) {
        self.escalate_after = Duration::hours(hours.into());
    }

    /// Quiet from one whole hour to another, local time; equal hours mean never quiet.
    /// Hours past 23 are read modulo 24.
    pub fn quiet_hours(&mut self, from: u32, until: u32) {
        let hour = |h: u32| NaiveTime::from_hms_opt(h % 24, 0, 0).expect("an hour of the day");
        self.quiet.from = hour(from);
        self.quiet.until = hour(until);
    }
}

/// Hours in which volunteers are not notified; notifications wait for the end.
#[derive(Debug, Clone)]
pub struct QuietHours {
    pub from: NaiveTime,
    pub until: NaiveTime,
    pub zone: Tz,
}

impl Default for QuietHours {
    fn default() -> Self {
        Self {
            from: NaiveTime::from_hms_opt(22, 0, 0).expect("a valid time"),
            until: NaiveTime::from_hms_opt(8, 0, 0).expect("a valid time"),
            zone: chrono_tz::Europe::Copenhagen,
        }
    }
}

impl QuietHours {
    /// The first moment at or after `now` outside quiet hours.
    pub fn next_allowed(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        if self.from == self.until {
            return now;
        }
        let local = now.with_timezone(&self.zone);
        let time = local.time();
        let quiet = if self.from > self.until {
            time >= self.from || time < self.until
        } else {
            time >= self.from && time < self.until
        };
        if !quiet {
            return now;
        }
        let day = if self.from > self.until && time >= self.from {
            local.date_naive() + Duration::days(1)
        } else {
            local.date_naive()
        };
        let wake = day.and_time(self.until);
        match self.zone.from_local_datetime(&wake).earliest() {
            Some(at) => at.with_timezone(&Utc),
            // The wake-up time falls in a daylight-saving gap: an hour later exists.
            None => self
                .zone
                .from_local_datetime(&(wake + Duration::hours(1)))
                .earliest()
                .map_or(now, |at| at.with_timezone(&Utc)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copenhagen(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        chrono_tz::Europe::Copenhagen
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_late_evening_notification_waits_for_eight_the_next_morning() {
        let quiet = QuietHours::default();
        assert_eq!(
            quiet.next_allowed(copenhagen(2026, 11, 27, 23, 15)),
            copenhagen(2026, 11, 28, 8, 0)
        );
        assert_eq!(
            quiet.next_allowed(copenhagen(2026, 11, 28, 3, 0)),
            copenhagen(2026, 11, 28, 8, 0)
        );
        assert_eq!(
            quiet.next_allowed(copenhagen(2026, 11, 27, 22, 0)),
            copenhagen(2026, 11, 28, 8, 0)
        );
    }

    #[test]
    fn daytime_notifications_go_at_once_in_summer_and_winter() {
        let quiet = QuietHours::default();
        for at in [
            copenhagen(2026, 11, 27, 8, 0),
            copenhagen(2026, 7, 1, 21, 59),
        ] {
            assert_eq!(quiet.next_allowed(at), at);
        }
    }
}
