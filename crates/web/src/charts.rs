//! The report's charts, drawn on the server as SVG with plotters. Text stays text in the
//! SVG, so the browser shapes Arabic and the page prints sharp.

use plotters::prelude::*;

/// One bar per group.
pub struct Bar {
    pub label: String,
    /// The whole bar.
    pub total: f64,
    /// The part of it drawn first, in the darker colour (such as the requests taken).
    pub part: f64,
}

const TAKEN: RGBColor = RGBColor(27, 110, 58);
const REST: RGBColor = RGBColor(214, 137, 16);

/// A horizontal bar chart: each bar `part` in one colour and the rest in another, with the
/// two named in the legend (a bar of one colour when the second name is empty). `None` when
/// there is nothing to draw.
/// `whole` marks counts: only whole numbers are written on the axis.
pub fn bars(title: &str, bars: &[Bar], legend: [&str; 2], whole: bool) -> Option<String> {
    if bars.is_empty() || bars.iter().all(|b| b.total <= 0.0) {
        return None;
    }
    // One more band than bars, at the top, keeps the legend clear of them.
    let height = 130 + 44 * bars.len() as u32;
    let mut svg = String::new();
    let drawn = (|| -> Result<(), Box<dyn std::error::Error>> {
        let root = SVGBackend::with_string(&mut svg, (860, height)).into_drawing_area();
        root.fill(&WHITE)?;
        let max = bars.iter().map(|b| b.total).fold(1.0, f64::max) * 1.1;
        let n = bars.len() as i32 + 1;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(28)
            .y_label_area_size(260)
            .build_cartesian_2d(0.0..max, (0..n).into_segmented())?;
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(bars.len() * 2 + 2)
            .y_label_formatter(&|v| match v {
                SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => bars
                    .get(*i as usize)
                    .map(|b| b.label.clone())
                    .unwrap_or_default(),
                SegmentValue::Last => String::new(),
            })
            .x_label_formatter(&|v| match whole {
                true if v.fract() != 0.0 => String::new(),
                true => format!("{v:.0}"),
                false => format!("{v:.1}"),
            })
            .label_style(("sans-serif", 15))
            .draw()?;
        let band = |i: usize| {
            (
                SegmentValue::Exact(i as i32),
                SegmentValue::Exact(i as i32 + 1),
            )
        };
        chart
            .draw_series(bars.iter().enumerate().map(|(i, b)| {
                let (low, high) = band(i);
                Rectangle::new([(0.0, low), (b.part, high)], TAKEN.filled())
            }))?
            .label(legend[0])
            .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], TAKEN.filled()));
        if !legend[1].is_empty() {
            chart
                .draw_series(bars.iter().enumerate().map(|(i, b)| {
                    let (low, high) = band(i);
                    Rectangle::new([(b.part, low), (b.total, high)], REST.filled())
                }))?
                .label(legend[1])
                .legend(|(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], REST.filled()));
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.9))
            .border_style(BLACK.mix(0.3))
            .label_font(("sans-serif", 15))
            .draw()?;
        root.present()?;
        Ok(())
    })();
    match drawn {
        Ok(()) => Some(svg),
        Err(error) => {
            tracing::error!(error = %error, "a chart could not be drawn");
            None
        }
    }
}
