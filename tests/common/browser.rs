//! A real headless Chromium over WebDriver, shared by the browser tests of the bot (through
//! fake Telegram) and of the web page (through its router). Needs Debian's `chromium` and
//! `chromium-driver`: the README's test command installs them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
}

/// ChromeDriver on a port of its own, ended with the test.
pub struct Driver {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser whose window is `width` by `height` pixels, its preferred language `accept`.
pub async fn browser(width: u32, height: u32, accept: &str) -> (Driver, Client) {
    assert!(
        Path::new(CHROMEDRIVER).exists() && Path::new(CHROMIUM).exists(),
        "the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)"
    );
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let profile = tempfile::tempdir().expect("a browser profile folder");
    let driver = Driver {
        child,
        port,
        _profile: profile,
    };
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", driver._profile.path().display()),
            ],
            "prefs": { "intl.accept_languages": accept },
        }),
    );
    // A headless window is at least 500 pixels wide: a phone's width is emulated.
    if width < 500 {
        capabilities["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0 },
        });
    }
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let client = loop {
        let connected =
            ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{}", driver.port))
                .await;
        match connected {
            Ok(client) => break client,
            Err(error) if std::time::Instant::now() > deadline => {
                panic!("chromedriver did not start a browser: {error}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    };
    (driver, client)
}

/// `target/screenshots/` of the workspace, for a person to look at.
pub fn screenshots() -> PathBuf {
    let mut root = Path::new(env!("CARGO_MANIFEST_DIR"));
    while !root.join("Cargo.lock").exists() {
        root = root.parent().expect("the workspace holds Cargo.lock");
    }
    let dir = root.join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("the screenshots folder");
    dir
}

pub async fn screenshot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(screenshots().join(format!("{name}.png")), png)
        .expect("the screenshot is saved");
}

/// Clicks what `css` finds on the page.
pub async fn click(client: &Client, css: &str) {
    client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} is on the page: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("{css} takes a click: {e}"));
}

/// Presses the one button of a login link's page.
pub async fn log_in(client: &Client) {
    click(client, "form[action^='/login/'] button").await;
}

/// Waits until the page's HTML contains `text`.
pub async fn wait_for_text(client: &Client, text: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let html = client.source().await.expect("the page");
        if html.contains(text) {
            return html;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{text:?} never showed on the page:\n{html}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}
