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

/// One person's shift on the duty rota: who hears of a cry for help at once, when. Written
/// as `platform:user-id DAYS HOURS`, such as `telegram:12345 mon-fri 08-16` or
/// `discord:99 sat-sun 00-24`; hours are Copenhagen time, and `22-08` runs past midnight
/// (into the next day, which counts as the shift's day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duty {
    pub address: crate::platform::Address,
    /// Monday first.
    days: [bool; 7],
    from: u32,
    until: u32,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl std::str::FromStr for Duty {
    type Err = anyhow::Error;

    fn from_str(entry: &str) -> anyhow::Result<Duty> {
        let parts: Vec<&str> = entry.split_whitespace().collect();
        let [address, days, hours] = parts[..] else {
            anyhow::bail!("{entry:?} should read like \"telegram:12345 mon-fri 08-16\"");
        };
        let (platform, user) = address
            .split_once(':')
            .filter(|(_, user)| !user.is_empty())
            .ok_or_else(|| anyhow::anyhow!("{address:?} should read like telegram:12345"))?;
        let platform = crate::platform::Platform::try_from(platform)?;
        let day = |name: &str| {
            DAYS.iter()
                .position(|d| *d == name)
                .ok_or_else(|| anyhow::anyhow!("{name:?} is not a day: use mon … sun"))
        };
        let mut on = [false; 7];
        for span in days.split(',') {
            match span.split_once('-') {
                Some((first, last)) => {
                    let (first, last) = (day(first)?, day(last)?);
                    let mut d = first;
                    loop {
                        on[d] = true;
                        if d == last {
                            break;
                        }
                        d = (d + 1) % 7;
                    }
                }
                None => on[day(span)?] = true,
            }
        }
        let (from, until) = hours
            .split_once('-')
            .and_then(|(a, b)| Some((a.parse::<u32>().ok()?, b.parse::<u32>().ok()?)))
            .filter(|(a, b)| *a < 24 && *b <= 24 && a != b)
            .ok_or_else(|| anyhow::anyhow!("{hours:?} should read like 08-16"))?;
        Ok(Duty {
            address: crate::platform::Address::new(platform, user),
            days: on,
            from,
            until,
        })
    }
}

impl Duty {
    /// Whether the shift covers `at`, on the clock of `zone`.
    pub fn covers(&self, at: DateTime<Utc>, zone: Tz) -> bool {
        use chrono::{Datelike, Timelike};
        let local = at.with_timezone(&zone);
        let hour = local.hour();
        let today = local.weekday().num_days_from_monday() as usize;
        if self.from < self.until {
            self.days[today] && (self.from..self.until).contains(&hour)
        } else {
            // Past midnight: the evening belongs to today's shift, the early hours to
            // yesterday's.
            let yesterday = (today + 6) % 7;
            (self.days[today] && hour >= self.from) || (self.days[yesterday] && hour < self.until)
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
    fn a_shift_covers_its_days_and_hours_and_a_night_shift_runs_past_midnight() {
        let zone = chrono_tz::Europe::Copenhagen;
        let day: Duty = "telegram:1 mon-fri 08-16".parse().unwrap();
        // 26 November 2026 is a Thursday; the 28th a Saturday.
        assert!(day.covers(copenhagen(2026, 11, 26, 8, 0), zone));
        assert!(!day.covers(copenhagen(2026, 11, 26, 16, 0), zone));
        assert!(!day.covers(copenhagen(2026, 11, 28, 12, 0), zone));
        let night: Duty = "discord:2 fri 22-08".parse().unwrap();
        assert!(night.covers(copenhagen(2026, 11, 27, 23, 0), zone));
        assert!(
            night.covers(copenhagen(2026, 11, 28, 7, 59), zone),
            "Friday's night, on Saturday"
        );
        assert!(!night.covers(copenhagen(2026, 11, 28, 23, 0), zone));
        let weekend: Duty = "telegram:3 sat,sun 00-24".parse().unwrap();
        assert!(weekend.covers(copenhagen(2026, 11, 29, 3, 0), zone));
        for bad in [
            "telegram:1",
            "fax:1 mon 08-16",
            "telegram:1 moon 08-16",
            "telegram:1 mon 8-8",
            "telegram:1 mon 08-25",
        ] {
            assert!(bad.parse::<Duty>().is_err(), "{bad}");
        }
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
