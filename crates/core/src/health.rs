//! Whether the process is ready to serve, and the numbers operations watch: for `/readyz` and
//! `/metrics`. No person appears here, only counts.

use std::collections::BTreeMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

use crate::platform::Platform;
use crate::store::Store;

/// The front doors this process runs, and whether each is connected to its platform.
#[derive(Debug, Default)]
pub struct Health {
    doors: Mutex<BTreeMap<Platform, bool>>,
}

impl Health {
    /// A front door that is configured: not ready until it says it is connected.
    pub fn expect(&self, platform: Platform) {
        self.doors
            .lock()
            .expect("health lock")
            .entry(platform)
            .or_insert(false);
    }

    /// A front door connected to its platform, or lost it.
    pub fn connected(&self, platform: Platform, up: bool) {
        self.doors.lock().expect("health lock").insert(platform, up);
    }

    fn doors(&self) -> BTreeMap<Platform, bool> {
        self.doors.lock().expect("health lock").clone()
    }

    /// Why the process is not ready, if it is not: the database cannot be read or a
    /// migration is missing, a front door is not connected, or a message has waited in the
    /// outbox longer than `oldest_allowed`. Empty when ready. Only reads, so a caller polling
    /// it never holds up a writer; each reason is a fixed sentence, and the error behind it
    /// goes to the log, not to whoever asked.
    pub async fn problems(
        &self,
        store: &Store,
        now: DateTime<Utc>,
        oldest_allowed: Duration,
    ) -> Vec<String> {
        let mut problems = vec![];
        match store.migrations_pending().await {
            Ok(0) => {}
            Ok(n) => problems.push(format!("{n} migrations are not applied")),
            Err(error) => {
                tracing::warn!(
                    error = format!("{error:#}"),
                    "readiness: the database cannot be read"
                );
                problems.push("the database cannot be read".to_owned());
            }
        }
        for (platform, up) in self.doors() {
            if !up {
                problems.push(format!("{platform} is not connected"));
            }
        }
        match store.outbox_gauges(now).await {
            Ok(gauges) => {
                for gauge in gauges {
                    if gauge.oldest_age > oldest_allowed {
                        problems.push(format!(
                            "the oldest message queued for {} has waited {} s",
                            gauge.platform,
                            gauge.oldest_age.num_seconds()
                        ));
                    }
                }
            }
            Err(error) => {
                tracing::warn!(
                    error = format!("{error:#}"),
                    "readiness: the outbox cannot be read"
                );
                problems.push("the outbox cannot be read".to_owned());
            }
        }
        problems
    }
}

/// The outbox of one platform: how many messages wait, and the oldest's age.
#[derive(Debug, Clone)]
pub struct OutboxGauge {
    pub platform: Platform,
    pub queued: i64,
    pub oldest_age: Duration,
}

/// Counts for `/metrics`, read at each scrape.
#[derive(Debug, Clone, Default)]
pub struct Gauges {
    pub outbox: Vec<OutboxGauge>,
    pub alerts_open: i64,
    /// (role, count): newcomer, volunteer (approved), volunteer_pending.
    pub people: Vec<(&'static str, i64)>,
}

/// Records the gauges with the `metrics` facade, so the exporter renders them.
pub fn record(gauges: &Gauges, configured: &[Platform]) {
    for platform in configured {
        let gauge = gauges.outbox.iter().find(|g| g.platform == *platform);
        let label = platform.to_string();
        metrics::gauge!("velkommen_outbox_queued", "platform" => label.clone())
            .set(gauge.map_or(0.0, |g| g.queued as f64));
        metrics::gauge!("velkommen_outbox_oldest_seconds", "platform" => label)
            .set(gauge.map_or(0.0, |g| g.oldest_age.num_milliseconds() as f64 / 1000.0));
    }
    metrics::gauge!("velkommen_urgent_alerts_open").set(gauges.alerts_open as f64);
    for (role, count) in &gauges.people {
        metrics::gauge!("velkommen_people", "role" => *role).set(*count as f64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_front_door_not_yet_connected_makes_the_process_not_ready() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("velkommen.db")).await.unwrap();
        let health = Health::default();
        assert!(
            health
                .problems(&store, Utc::now(), Duration::minutes(15))
                .await
                .is_empty(),
            "nothing configured, all well"
        );
        health.expect(Platform::Discord);
        assert_eq!(
            health
                .problems(&store, Utc::now(), Duration::minutes(15))
                .await,
            ["discord is not connected"]
        );
        health.connected(Platform::Discord, true);
        assert!(
            health
                .problems(&store, Utc::now(), Duration::minutes(15))
                .await
                .is_empty()
        );
        health.connected(Platform::Discord, false);
        assert_eq!(
            health
                .problems(&store, Utc::now(), Duration::minutes(15))
                .await,
            ["discord is not connected"]
        );
        store.close().await;
    }
}
