//! The report's charts as vector drawings, from the same geometry as the window's
//! ([`crate::charts`]). Greyscale-safe: the reached level is a light fill with a dark solid
//! outline, the target a black dashed line, the grid thin light grey.

use super::page::{BODY_WIDTH, Canvas, Fonts, Pen, Weight, grey, ink, rgb};
use crate::charts::{self, LabelSide, Point};
use crate::report::blocks::Chart;

const RADAR_HEIGHT: f32 = 215.0;
const RADAR_RADIUS: f32 = 70.0;
const BAR_ROW: f32 = 15.0;
const BAR_LABEL: f32 = 170.0;

/// Height of a row of charts.
pub fn height(charts: &[Chart]) -> f32 {
    charts
        .iter()
        .map(|c| match c {
            Chart::Radar { .. } => RADAR_HEIGHT,
            Chart::Bars { axes, .. } => axes.len() as f32 * BAR_ROW + 12.0,
        })
        .fold(0.0, f32::max)
}

/// The width of each chart's slot when `charts` stand side by side.
pub fn slot(charts: &[Chart]) -> f32 {
    BODY_WIDTH / charts.len().max(1) as f32
}

/// Draws `chart` in its slot: its left edge, its top and its width.
pub fn draw(canvas: &mut Canvas, fonts: &Fonts, chart: &Chart, (left, top, slot): (f32, f32, f32)) {
    match chart {
        Chart::Radar {
            title,
            axes,
            target,
            range,
        } => radar(
            canvas,
            fonts,
            (left, top, slot),
            title,
            axes,
            *target,
            *range,
        ),
        Chart::Bars {
            axes,
            target,
            range,
        } => bars(canvas, fonts, (left, top, slot), axes, *target, *range),
    }
}

fn pairs(points: &[Point]) -> Vec<(f32, f32)> {
    points.iter().map(|p| (p.x, p.y)).collect()
}

fn radar(
    canvas: &mut Canvas,
    fonts: &Fonts,
    (left, top, width): (f32, f32, f32),
    title: &str,
    axes: &[crate::report::blocks::Axis],
    target: f64,
    range: (f64, f64),
) {
    canvas.text(
        fonts,
        &Pen::new(Weight::Bold, 9.0, ink()),
        left,
        top + 10.0,
        title,
    );
    let centre = Point {
        x: left + width / 2.0,
        y: top + 22.0 + (RADAR_HEIGHT - 22.0) / 2.0,
    };
    let values: Vec<Option<f64>> = axes.iter().map(|a| a.value).collect();
    let geometry = charts::radar(
        &values,
        &vec![target; axes.len()],
        range,
        centre,
        RADAR_RADIUS,
    );
    let grid = rgb(0xc8, 0xc8, 0xc8);
    canvas.polygon(&pairs(&geometry.current), Some(rgb(0xc4, 0xd6, 0xec)), None);
    for ring in &geometry.rings {
        canvas.polygon(&pairs(ring), None, Some((0.4, grid.clone(), false)));
    }
    for (from, to) in &geometry.spokes {
        canvas.line((from.x, from.y), (to.x, to.y), 0.4, grid.clone());
    }
    canvas.polygon(
        &pairs(&geometry.current),
        None,
        Some((1.4, rgb(0x1f, 0x4f, 0x8a), false)),
    );
    // A mark on each scored axis, so that a framework with one or two scored axes still shows
    // where they stand (a polygon needs three).
    for point in &geometry.current {
        canvas.fill_rect(
            point.x - 1.6,
            point.y - 1.6,
            3.2,
            3.2,
            rgb(0x1f, 0x4f, 0x8a),
        );
    }
    canvas.polygon(&pairs(&geometry.target), None, Some((0.8, ink(), true)));
    for ((anchor, side), axis) in geometry.labels.iter().zip(axes) {
        let label = &axis.label;
        let w = fonts.face(Weight::Regular).width(label, 7.5);
        let x = match side {
            LabelSide::Left => anchor.x,
            LabelSide::Centre => anchor.x - w / 2.0,
            LabelSide::Right => anchor.x - w,
        };
        let y = if *side == LabelSide::Centre && anchor.y < centre.y {
            anchor.y
        } else {
            anchor.y + 6.0
        };
        canvas.text(fonts, &Pen::new(Weight::Regular, 7.5, grey()), x, y, label);
    }
}

fn bars(
    canvas: &mut Canvas,
    fonts: &Fonts,
    (left, top, width): (f32, f32, f32),
    axes: &[crate::report::blocks::Axis],
    target: f64,
    range: (f64, f64),
) {
    let bar_width = (width - BAR_LABEL - 40.0).max(60.0);
    for (i, axis) in axes.iter().enumerate() {
        let row_top = top + 4.0 + i as f32 * BAR_ROW;
        let label = fonts.wrap(&axis.label, Weight::Regular, 8.0, BAR_LABEL - 6.0);
        canvas.text(
            fonts,
            &Pen::new(Weight::Regular, 8.0, ink()),
            left,
            row_top + 8.5,
            label.first().map_or("", String::as_str),
        );
        let x = left + BAR_LABEL;
        let geometry = charts::bar(axis.value, Some(target), range, bar_width);
        canvas.fill_rect(x, row_top + 1.0, bar_width, 9.0, rgb(0xee, 0xee, 0xee));
        canvas.fill_rect(
            x,
            row_top + 1.0,
            geometry.filled,
            9.0,
            rgb(0x1f, 0x4f, 0x8a),
        );
        if let Some(mark) = geometry.target {
            canvas.line(
                (x + mark, row_top - 1.0),
                (x + mark, row_top + 12.0),
                1.2,
                ink(),
            );
        }
        canvas.text(
            fonts,
            &Pen::new(Weight::Regular, 8.0, ink()),
            x + bar_width + 6.0,
            row_top + 8.5,
            &axis.shown,
        );
    }
}
