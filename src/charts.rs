//! Chart geometry shared by the window and the PDF report, so that both draw the same shapes
//! from the same numbers. Coordinates are plain points with y growing downwards (screen
//! convention); the PDF flips them. Nothing here knows about the GUI toolkit or the PDF library.

/// A point in chart space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Horizontal position.
    pub x: f32,
    /// Vertical position, growing downwards.
    pub y: f32,
}

/// Which side of its anchor a label is placed on, so it never covers the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelSide {
    /// The label's left edge at the anchor (right half of the chart).
    Left,
    /// The label centred on the anchor (top and bottom spokes).
    Centre,
    /// The label's right edge at the anchor (left half of the chart).
    Right,
}

/// A radar (spider) chart: one spoke per axis, rings for the scale's levels, and polygons for
/// the current levels and the targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Radar {
    /// Centre to the end of each spoke.
    pub spokes: Vec<(Point, Point)>,
    /// One closed ring per level of the scale, lowest first.
    pub rings: Vec<Vec<Point>>,
    /// The current levels of the axes that have one, in axis order. An axis without a score has
    /// no point: the shape bridges it rather than dip to the centre, which reads as the lowest
    /// level.
    pub current: Vec<Point>,
    /// The targets, when given.
    pub target: Vec<Point>,
    /// Where each axis label goes and how it is aligned.
    pub labels: Vec<(Point, LabelSide)>,
}

/// Lays out a radar chart of `values` (one per axis, `None` when the axis has no score) and
/// `targets` on a scale from `low` to `high`, centred on `centre` with `radius`.
pub fn radar(
    values: &[Option<f64>],
    targets: &[f64],
    (low, high): (f64, f64),
    centre: Point,
    radius: f32,
) -> Radar {
    let axes = values.len().max(3);
    let span = (high - low).max(f64::EPSILON);
    let at = |axis: usize, share: f64| -> Point {
        // The first spoke points up; the others follow clockwise.
        let angle = std::f32::consts::TAU * axis as f32 / axes as f32 - std::f32::consts::FRAC_PI_2;
        let r = radius * share.clamp(0.0, 1.0) as f32;
        Point {
            x: centre.x + r * angle.cos(),
            y: centre.y + r * angle.sin(),
        }
    };
    let share = |value: f64| (value - low) / span;
    let levels = (high - low).round().max(1.0) as usize;
    Radar {
        spokes: (0..axes).map(|a| (centre, at(a, 1.0))).collect(),
        rings: (1..=levels)
            .map(|ring| {
                (0..axes)
                    .map(|a| at(a, ring as f64 / levels as f64))
                    .collect()
            })
            .collect(),
        current: (0..axes)
            .filter_map(|a| Some(at(a, share(values.get(a).copied().flatten()?))))
            .collect(),
        target: if targets.is_empty() {
            Vec::new()
        } else {
            (0..axes)
                .map(|a| at(a, targets.get(a).copied().map_or(0.0, share)))
                .collect()
        },
        labels: (0..axes)
            .map(|a| {
                let end = at(a, 1.0);
                let p = at(a, 1.0 + 10.0 / f64::from(radius.max(1.0)));
                let side = if (end.x - centre.x).abs() < radius * 0.1 {
                    LabelSide::Centre
                } else if end.x > centre.x {
                    LabelSide::Left
                } else {
                    LabelSide::Right
                };
                (p, side)
            })
            .collect(),
    }
}

/// A horizontal bar for a score on a scale: its filled length and the target mark.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bar {
    /// Length of the filled part, from 0 to `width`.
    pub filled: f32,
    /// Position of the target mark from the bar's start, if there is a target.
    pub target: Option<f32>,
}

/// The bar of `value` (and `target`) on a scale from `low` to `high`, `width` long.
pub fn bar(value: Option<f64>, target: Option<f64>, (low, high): (f64, f64), width: f32) -> Bar {
    let span = (high - low).max(f64::EPSILON);
    let length = |v: f64| width * ((v - low) / span).clamp(0.0, 1.0) as f32;
    Bar {
        filled: value.map_or(0.0, length),
        target: target.map(length),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radar_points_sit_on_their_levels() {
        let centre = Point { x: 100.0, y: 100.0 };
        let r = radar(
            &[Some(5.0), Some(0.0), None, Some(2.5)],
            &[],
            (0.0, 5.0),
            centre,
            50.0,
        );
        assert_eq!(r.spokes.len(), 4);
        assert_eq!(r.rings.len(), 5);
        // The first axis points straight up and a full score reaches the spoke's end.
        assert!((r.current[0].x - 100.0).abs() < 1e-3 && (r.current[0].y - 50.0).abs() < 1e-3);
        // The lowest level sits at the centre; the axis with no score has no point at all, so
        // the shape bridges it instead of dipping to the centre as if it scored the lowest.
        assert_eq!(r.current.len(), 3);
        assert_eq!(r.current[1], centre);
        // Half the scale on the left-pointing axis.
        assert!((r.current[2].x - 75.0).abs() < 1e-3);
        assert_eq!(r.labels[0].1, LabelSide::Centre);
        assert_eq!(r.labels[1].1, LabelSide::Left);
        assert_eq!(r.labels[3].1, LabelSide::Right);
    }

    #[test]
    fn bars_are_clamped_to_the_scale() {
        let b = bar(Some(3.0), Some(4.0), (1.0, 5.0), 200.0);
        assert_eq!(b.filled, 100.0);
        assert_eq!(b.target, Some(150.0));
        assert_eq!(bar(Some(9.0), None, (1.0, 5.0), 200.0).filled, 200.0);
        assert_eq!(bar(None, None, (1.0, 5.0), 200.0).filled, 0.0);
    }
}
