//! The operations listener: `/healthz` (the process answers), `/readyz` (it can serve: the
//! database is writable and migrated, every front door is connected, nothing waits too long
//! in the outbox) and `/metrics` (Prometheus text). No personal data is in any answer or label.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use velkommen_core::{Engine, Platform};

/// A message queued and due for longer than this makes the process not ready.
pub const OLDEST_ALLOWED: velkommen_core::chrono::Duration =
    velkommen_core::chrono::Duration::minutes(15);

/// What the listener reads.
pub struct Ops {
    pub engine: Engine,
    pub prometheus: PrometheusHandle,
    /// The front doors this process runs.
    pub doors: Vec<Platform>,
}

/// Installs the process's metrics recorder, once, with reply latency as a histogram.
pub fn install_recorder() -> anyhow::Result<PrometheusHandle> {
    PrometheusBuilder::new()
        .set_buckets_for_metric(
            Matcher::Full("velkommen_reply_seconds".into()),
            &[0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0],
        )
        .context("while setting the latency buckets")?
        .install_recorder()
        .context("while installing the metrics recorder")
}

/// Every route of the listener.
pub fn router(ops: Arc<Ops>) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
        .with_state(ops)
}

/// A route at `path` that hands each request to the routes in `slot` once they are there,
/// and answers 503 until then: how a Telegram webhook shares the web page's listener.
pub fn forward(path: &str, slot: velkommen_telegram::SharedRoutes) -> Router {
    use tower::ServiceExt;
    Router::new().route(
        path,
        axum::routing::post(move |request: axum::extract::Request| async move {
            let routes = slot.lock().unwrap_or_else(|e| e.into_inner()).clone();
            match routes {
                Some(routes) => match routes.oneshot(request).await {
                    Ok(answer) => answer,
                    Err(never) => match never {},
                },
                None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
            }
        }),
    )
}

/// Serves `routes` on `listen` until `shutdown` resolves.
pub async fn serve(
    listen: SocketAddr,
    routes: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("while listening on {listen}"))?;
    // The peer's address goes with each request, for the login limit per address.
    let service = routes.into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, service)
        .with_graceful_shutdown(shutdown)
        .await
        .with_context(|| format!("while serving HTTP on {listen}"))
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(ops): State<Arc<Ops>>) -> impl IntoResponse {
    let problems = ops
        .engine
        .health()
        .problems(ops.engine.store(), ops.engine.now(), OLDEST_ALLOWED)
        .await;
    if problems.is_empty() {
        (StatusCode::OK, "ready\n".to_owned())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready:\n{}\n", problems.join("\n")),
        )
    }
}

async fn metrics(State(ops): State<Arc<Ops>>) -> impl IntoResponse {
    match ops.engine.store().gauges(ops.engine.now()).await {
        Ok(gauges) => velkommen_core::health::record(&gauges, &ops.doors),
        Err(error) => tracing::warn!(error = %format!("{error:#}"), "could not read the gauges"),
    }
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        ops.prometheus.render(),
    )
}
