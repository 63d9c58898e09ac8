//! The report's charts as SVG, drawn from the same [`crate::charts`] geometry as the PDF's:
//! inline in the HTML form of a report, and rasterised to PNG for the DOCX form.

use std::fmt::Write as _;

use super::blocks::Chart;
use super::html::escape;
use crate::charts::{self, LabelSide, Point};

/// The namespace and the labels' font of a standalone SVG.
const XMLNS: &str = "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"DejaVu Sans\"";

fn points(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{:.1},{:.1}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The chart as a standalone SVG document (its own size, DejaVu Sans named for its labels):
/// inline in the HTML report, rasterised for the DOCX one.
pub(crate) fn chart_svg(chart: &Chart) -> String {
    let mut svg = String::new();
    let html = &mut svg;
    match chart {
        Chart::Radar {
            title,
            axes,
            target,
            range,
        } => {
            let (w, h) = (300.0, 230.0);
            let centre = Point {
                x: w / 2.0,
                y: h / 2.0 + 8.0,
            };
            let values: Vec<Option<f64>> = axes.iter().map(|a| a.value).collect();
            let geometry = charts::radar(&values, &vec![*target; axes.len()], *range, centre, 78.0);
            let _ = write!(
                html,
                "<svg {XMLNS} width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-size=\"8\">\
                 <text x=\"0\" y=\"10\" font-weight=\"bold\">{}</text>",
                escape(title)
            );
            for ring in &geometry.rings {
                let _ = write!(
                    html,
                    "<polygon points=\"{}\" fill=\"none\" stroke=\"#bbb\" stroke-width=\"0.5\"/>",
                    points(ring)
                );
            }
            for (from, to) in &geometry.spokes {
                let _ = write!(
                    html,
                    "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#bbb\" stroke-width=\"0.5\"/>",
                    from.x, from.y, to.x, to.y
                );
            }
            let _ = write!(
                html,
                "<polygon points=\"{}\" fill=\"#1f5fa8\" fill-opacity=\"0.25\" stroke=\"#1f5fa8\" stroke-width=\"1.5\"/>",
                points(&geometry.current)
            );
            let _ = write!(
                html,
                "<polygon points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>",
                points(&geometry.target)
            );
            for ((anchor, side), axis) in geometry.labels.iter().zip(axes) {
                let align = match side {
                    LabelSide::Left => "start",
                    LabelSide::Centre => "middle",
                    LabelSide::Right => "end",
                };
                let _ = write!(
                    html,
                    "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{align}\">{}</text>",
                    anchor.x,
                    anchor.y + 3.0,
                    escape(&axis.label)
                );
            }
            html.push_str("</svg>");
        }
        Chart::Bars {
            axes,
            target,
            range,
        } => {
            let (label_w, bar_w, row_h) = (180.0, 260.0, 16.0);
            let h = row_h * axes.len() as f32 + 4.0;
            let _ = write!(
                html,
                "<svg {XMLNS} width=\"{}\" height=\"{h}\" font-size=\"8\">",
                label_w + bar_w + 40.0
            );
            for (i, axis) in axes.iter().enumerate() {
                let y = i as f32 * row_h + 2.0;
                let bar = charts::bar(axis.value, Some(*target), *range, bar_w);
                let _ = write!(
                    html,
                    "<text x=\"0\" y=\"{:.1}\">{}</text>",
                    y + 10.0,
                    escape(&axis.label)
                );
                let _ = write!(
                    html,
                    "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{bar_w}\" height=\"10\" fill=\"#eee\" stroke=\"#999\" stroke-width=\"0.4\"/>"
                );
                let _ = write!(
                    html,
                    "<rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"10\" fill=\"#1f5fa8\"/>",
                    bar.filled
                );
                if let Some(mark) = bar.target {
                    let _ = write!(
                        html,
                        "<line x1=\"{0:.1}\" y1=\"{1:.1}\" x2=\"{0:.1}\" y2=\"{2:.1}\" stroke=\"#000\" stroke-width=\"1.2\"/>",
                        label_w + mark,
                        y - 2.0,
                        y + 12.0
                    );
                }
                let _ = write!(
                    html,
                    "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
                    label_w + bar_w + 6.0,
                    y + 9.0,
                    escape(&axis.shown)
                );
            }
            html.push_str("</svg>");
        }
    }
    svg
}
