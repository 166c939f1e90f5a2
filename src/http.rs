//! The operations listener: `/healthz` (the process answers), `/readyz` (it can serve: the
//! database is writable and migrated, every front door is connected, nothing waits too long
//! in the outbox) and `/metrics` (Prometheus text). No personal data is in any answer or label.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

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
    /// The database file, whose writability `/readyz` checks without taking its lock.
    pub database: PathBuf,
    /// The bearer token every request must carry, when these routes share a public listener.
    pub token: Option<String>,
    /// The last readiness answer and when it was made: polled often, worked out once a second.
    pub ready: tokio::sync::Mutex<Option<(Instant, StatusCode, String)>>,
}

/// How long a readiness answer is reused.
const READY_FOR: Duration = Duration::from_secs(1);

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

/// Every route of the listener; with a token, each asks for it as `Authorization: Bearer`.
pub fn router(ops: Arc<Ops>) -> Router {
    let routes = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics));
    let routes = match ops.token.clone() {
        Some(token) => routes.layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| {
                let token = token.clone();
                async move {
                    let given = request
                        .headers()
                        .get(header::AUTHORIZATION)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.strip_prefix("Bearer "))
                        .unwrap_or_default();
                    if same(given.as_bytes(), token.as_bytes()) {
                        next.run(request).await
                    } else {
                        (
                            StatusCode::UNAUTHORIZED,
                            [(header::WWW_AUTHENTICATE, "Bearer")],
                            "a bearer token is needed\n",
                        )
                            .into_response()
                    }
                }
            },
        )),
        None => routes,
    };
    routes.with_state(ops)
}

/// Whether two byte strings are equal, in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
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

/// How long a client may take to send a request's headers, or stay idle between requests.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a client may take to send a request's body.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// How many connections a listener holds at once; more wait to be accepted.
pub const MAX_CONNECTIONS: usize = 512;

/// What a listener allows each connection.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header: Duration,
    pub body: Duration,
    pub connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header: HEADER_TIMEOUT,
            body: BODY_TIMEOUT,
            connections: MAX_CONNECTIONS,
        }
    }
}

/// Serves `routes` on `listen` until `shutdown` resolves, then lets the requests under way
/// finish. A connection that is slow to send its headers or body, or idles, is closed, and
/// no more than [`Limits::connections`] are held at once.
pub async fn serve(
    listen: SocketAddr,
    routes: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("while listening on {listen}"))?;
    serve_on(listener, routes, limits, shutdown).await;
    Ok(())
}

/// [`serve`] on a listener already bound.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    routes: Router,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header)
        .max_buf_size(64 * 1024);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, or a connection reset before it was taken:
                    // wait a moment rather than spin.
                    tracing::warn!(error = %error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // The peer's address goes with each request, for the login limit per address.
        let service = tower::ServiceBuilder::new()
            .layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
                limits.body,
            ))
            .service(
                routes
                    .clone()
                    .layer(axum::Extension(axum::extract::ConnectInfo(peer))),
            );
        let service = hyper_util::service::TowerToHyperService::new(service);
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    // Requests under way finish; idle connections close at once.
    let _ = tokio::time::timeout(Duration::from_secs(10), graceful.shutdown()).await;
}

async fn healthz() -> &'static str {
    "ok\n"
}

async fn readyz(State(ops): State<Arc<Ops>>) -> impl IntoResponse {
    let mut last = ops.ready.lock().await;
    if let Some((at, status, body)) = &*last
        && at.elapsed() < READY_FOR
    {
        return (*status, body.clone());
    }
    let mut problems = vec![];
    if !writable(&ops.database) {
        problems.push("the database file cannot be written".to_owned());
    }
    problems.extend(
        ops.engine
            .health()
            .problems(ops.engine.store(), ops.engine.now(), OLDEST_ALLOWED)
            .await,
    );
    let answer = if problems.is_empty() {
        (StatusCode::OK, "ready\n".to_owned())
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready:\n{}\n", problems.join("\n")),
        )
    };
    *last = Some((Instant::now(), answer.0, answer.1.clone()));
    answer
}

/// Whether this process may write the database file and the folder its journal goes in,
/// asked of the kernel without opening the file: closing a second descriptor of an open
/// SQLite file would drop SQLite's locks on it.
fn writable(database: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let folder = match database.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    [database, folder].iter().all(|path| {
        std::ffi::CString::new(path.as_os_str().as_bytes())
            .is_ok_and(|path| unsafe { libc::access(path.as_ptr(), libc::W_OK) } == 0)
    })
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

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use super::*;

    /// A listener on a free port serving one route under these limits, and its port.
    async fn listening(limits: Limits) -> u16 {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let routes = Router::new().route("/", get(|| async { "hello\n" })).route(
            "/echo",
            axum::routing::post(|body: String| async move { body }),
        );
        tokio::spawn(serve_on(listener, routes, limits, std::future::pending()));
        port
    }

    /// Reads what the server sends until it closes the connection, or `patience` passes.
    fn read_until_closed(stream: &mut std::net::TcpStream, patience: Duration) -> Option<String> {
        stream.set_read_timeout(Some(patience)).unwrap();
        let mut answer = vec![];
        match stream.read_to_end(&mut answer) {
            Ok(_) => Some(String::from_utf8_lossy(&answer).into_owned()),
            Err(_) => None,
        }
    }

    const SHORT: Limits = Limits {
        header: Duration::from_millis(300),
        body: Duration::from_millis(300),
        connections: 2,
    };

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_client_that_never_finishes_its_headers_is_let_go() {
        let port = listening(SHORT).await;
        let closed = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").unwrap();
            read_until_closed(&mut stream, Duration::from_secs(20))
        })
        .await
        .unwrap();
        let closed = closed.expect("the server closed the connection");
        assert!(!closed.contains("hello"), "{closed}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn an_idle_kept_alive_connection_is_let_go() {
        let port = listening(SHORT).await;
        let answer = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream
                .write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                .unwrap();
            // The answer comes, and then, with nothing more asked, the connection closes.
            read_until_closed(&mut stream, Duration::from_secs(20))
        })
        .await
        .unwrap();
        let answer = answer.expect("the server closed the idle connection");
        assert!(
            answer.starts_with("HTTP/1.1 200") && answer.ends_with("hello\n"),
            "{answer}"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_body_that_trickles_is_refused() {
        let port = listening(SHORT).await;
        let answer = tokio::task::spawn_blocking(move || {
            let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            stream
                .write_all(
                    b"POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b",
                )
                .unwrap();
            read_until_closed(&mut stream, Duration::from_secs(20))
        })
        .await
        .unwrap()
        .expect("the server answered and closed");
        assert!(!answer.starts_with("HTTP/1.1 200"), "{answer}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn connections_beyond_the_cap_wait_for_a_free_place() {
        let port = listening(Limits {
            header: Duration::from_secs(30),
            body: Duration::from_secs(30),
            connections: 1,
        })
        .await;
        let answered = tokio::task::spawn_blocking(move || {
            // The first connection holds the only place, saying nothing.
            let mut first = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            first.write_all(b"GET / HTT").unwrap();
            std::thread::sleep(Duration::from_millis(200));
            let mut second = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            second
                .write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .unwrap();
            let waited = read_until_closed(&mut second, Duration::from_millis(500));
            // Once the first goes, the second is served.
            drop(first);
            let served = read_until_closed(&mut second, Duration::from_secs(20));
            (waited, served)
        })
        .await
        .unwrap();
        assert_eq!(
            answered.0, None,
            "the second connection was not served at once"
        );
        assert!(
            answered.1.is_some_and(|a| a.ends_with("hello\n")),
            "and was served once the first went"
        );
    }

    #[test]
    fn tokens_are_compared_whole() {
        assert!(same(b"secret-token", b"secret-token"));
        assert!(!same(b"secret-token", b"secret-tokex"));
        assert!(!same(b"secret-token", b"secret"));
        assert!(!same(b"", b"x"));
    }
}
