//! The report's charts, drawn on the server as SVG by hand. Text stays text in the SVG, so the
//! browser shapes Arabic and the page prints sharp. Each bar has its name on a line of its own
//! above it (wrapped, never clipped) and its value written beside it; bars have gaps between
//! them; right-to-left languages grow their bars from the right. The drawing is small enough
//! (400 units wide) that its text stays at least 12 pixels high on a 320-pixel phone, and its
//! numbers are also given as a table beside it, for screen readers and for copying.

use minijinja::context;

/// One bar.
pub struct Bar {
    pub label: String,
    /// The whole bar.
    pub total: f64,
    /// The part of it drawn first, in the darker colour (such as the requests taken); equal to
    /// `total` for a bar of one colour.
    pub part: f64,
}

/// A horizontal bar chart, ready for `quarter.html`.
pub struct Chart<'a> {
    /// The chart's id on the page, for its caption.
    pub id: &'a str,
    pub title: String,
    /// What the bars are, as the table's first heading ("Group").
    pub heading: String,
    /// The colours' meanings: the first part, and the rest (empty for one colour).
    pub legend: [String; 2],
    /// The table's headings for the first part and the whole (one heading for one colour).
    pub columns: Vec<String>,
    pub bars: Vec<Bar>,
    pub rtl: bool,
}

const WIDTH: f64 = 400.0;
const FONT: f64 = 15.0;
const LINE: f64 = 19.0;
const BAR: f64 = 22.0;
/// Room kept after the longest bar for its value.
const VALUE_ROOM: f64 = 64.0;
/// The most characters on one line of a bar's name before it wraps.
const LABEL_CHARS: usize = 38;
/// Dark green and dark orange: each at least 3:1 against white, and the white numbers
/// written on the green at least 4.5:1.
const FIRST: &str = "#1b6e3a";
const REST: &str = "#a65a00";

/// Writes a text for HTML or SVG.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A bar's name cut into lines at spaces, never inside brackets: a Danish name in brackets
/// in an Arabic line keeps its brackets the right way round only whole.
fn lines(label: &str) -> Vec<String> {
    let mut words: Vec<String> = vec![];
    let mut open = false;
    for word in label.split_whitespace() {
        match words.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        open = (open || word.starts_with('(')) && !word.ends_with(')');
    }
    let mut lines: Vec<String> = vec![];
    for word in &words {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LABEL_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

impl Chart<'_> {
    /// The figure's parts: `svg` (trusted, drawn here), `caption`, the table's `heading`,
    /// `columns` and `rows`. `None` when there is nothing to draw.
    pub fn render(&self, number: impl Fn(f64) -> String) -> Option<minijinja::Value> {
        if self.bars.is_empty() || self.bars.iter().all(|b| b.total <= 0.0) {
            return None;
        }
        let max = self.bars.iter().map(|b| b.total).fold(0.0, f64::max);
        let scale = (WIDTH - VALUE_ROOM) / max;
        // Right to left, every x is measured from the right edge.
        let x = |at: f64| if self.rtl { WIDTH - at } else { at };
        // Anchors are logical: in a right-to-left chart, "start" is a text's right edge.
        let (start, end) = ("start", "end");
        let two = !self.legend[1].is_empty();
        let mut body = String::new();
        let mut y = 0.0;
        // The legend: a swatch and its meaning, a line for each colour.
        for (colour, meaning) in [(FIRST, &self.legend[0]), (REST, &self.legend[1])] {
            if meaning.is_empty() {
                continue;
            }
            let left = if self.rtl { WIDTH - 14.0 } else { 0.0 };
            body += &format!(
                r#"<rect x="{left:.1}" y="{:.1}" width="14" height="14" fill="{colour}"/><text x="{:.1}" y="{:.1}" text-anchor="{start}" font-size="{FONT}">{}</text>"#,
                y + 3.0,
                x(20.0),
                y + 15.0,
                escape(meaning)
            );
            y += 22.0;
        }
        y += 6.0;
        for bar in &self.bars {
            for line in lines(&bar.label) {
                y += LINE;
                body += &format!(
                    r#"<text x="{:.1}" y="{:.1}" text-anchor="{start}" font-size="{FONT}">{}</text>"#,
                    // A little in from the edge: some letters (آ) reach past their start.
                    x(3.0),
                    y - 4.0,
                    escape(&line)
                );
            }
            let part = bar.part.min(bar.total) * scale;
            let whole = bar.total * scale;
            let rect = |from: f64, to: f64, colour: &str| {
                let left = if self.rtl { WIDTH - to } else { from };
                format!(
                    r#"<rect x="{left:.1}" y="{:.1}" width="{:.1}" height="{BAR}" fill="{colour}"/>"#,
                    y + 2.0,
                    (to - from).max(0.0)
                )
            };
            body += &rect(0.0, part, FIRST);
            if two && whole > part {
                body += &rect(part, whole, REST);
            }
            body += &format!(
                r#"<text class="value" x="{:.1}" y="{:.1}" text-anchor="{start}" font-size="{FONT}" font-weight="bold">{}</text>"#,
                x(whole + 6.0),
                y + BAR - 3.0,
                escape(&number(bar.total))
            );
            // The first part's value inside it, in white, where it fits.
            if two && part >= 44.0 && bar.part < bar.total {
                body += &format!(
                    r##"<text class="value" x="{:.1}" y="{:.1}" text-anchor="{end}" font-size="{FONT}" fill="#ffffff">{}</text>"##,
                    x(part - 5.0),
                    y + BAR - 3.0,
                    escape(&number(bar.part))
                );
            }
            y += BAR + 14.0;
        }
        let svg = format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {:.0}" role="img" aria-labelledby="{}-title" font-family="system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif" fill="#1d2330"{}>{body}</svg>"##,
            y,
            self.id,
            if self.rtl { r#" direction="rtl""# } else { "" },
        );
        let rows: Vec<Vec<String>> = self
            .bars
            .iter()
            .map(|b| {
                let mut row = vec![b.label.clone()];
                if self.columns.len() > 1 {
                    row.push(number(b.part));
                }
                row.push(number(b.total));
                row
            })
            .collect();
        Some(context! {
            id => self.id,
            svg => svg,
            caption => self.title,
            heading => self.heading,
            columns => self.columns,
            rows => rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(rtl: bool) -> Chart<'static> {
        Chart {
            id: "requests",
            title: "Requests per group".into(),
            heading: "Group".into(),
            legend: ["taken".into(), "not taken".into()],
            columns: vec!["Taken".into(), "Requests".into()],
            bars: vec![
                Bar {
                    label: "Red Cross & friends in a name far too long to stand on one line".into(),
                    total: 10.0,
                    part: 4.0,
                },
                Bar {
                    label: "Café".into(),
                    total: 0.0,
                    part: 0.0,
                },
            ],
            rtl,
        }
    }

    #[test]
    fn a_chart_names_itself_writes_every_value_and_wraps_a_long_name() {
        let drawn = chart(false).render(|v| format!("{v:.0}")).expect("a chart");
        let svg = drawn.get_attr("svg").expect("the svg").to_string();
        assert!(svg.contains(r#"role="img" aria-labelledby="requests-title""#));
        assert!(svg.contains("Red Cross &amp; friends"), "escaped");
        assert!(
            svg.contains(">10</text>") && svg.contains(">4</text>") && svg.contains(">0</text>")
        );
        // The name is on two lines, neither longer than the limit.
        assert!(
            svg.contains(">Red Cross &amp; friends in a name far too</text>"),
            "{svg}"
        );
        assert!(svg.contains(">long to stand on one line</text>"), "{svg}");
        let rows = drawn.get_attr("rows").expect("the rows").to_string();
        assert!(rows.contains("\"4\"") && rows.contains("\"10\""), "{rows}");
        assert!(
            chart(true)
                .render(|v| format!("{v:.0}"))
                .expect("rtl")
                .get_attr("svg")
                .expect("svg")
                .to_string()
                .contains(r#"direction="rtl""#)
        );
    }

    #[test]
    fn nothing_to_draw_is_no_chart() {
        let mut empty = chart(false);
        empty.bars.clear();
        assert!(empty.render(|v| v.to_string()).is_none());
    }
}
