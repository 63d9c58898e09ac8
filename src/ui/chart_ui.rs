//! Paints the charts of [`crate::charts`] with egui: the same geometry the PDF report draws.
//! Shapes differ in outline and fill as well as colour, so they read in greyscale and for
//! colour-blind users.

use egui::{Color32, Pos2, Shape, Stroke};

use crate::charts::{self, LabelSide, Point};
use crate::ui::theme;

fn pos(p: Point) -> Pos2 {
    Pos2::new(p.x, p.y)
}

/// Colour of the current levels.
fn current_colour(ui: &egui::Ui) -> Color32 {
    theme::chart_current(ui.visuals())
}

/// A radar chart of `values` per axis against `targets`, on a scale from `low` to `high`.
/// The chart gets a text label for screen readers listing each axis and value.
pub fn radar_ui(
    ui: &mut egui::Ui,
    axes: &[String],
    values: &[Option<f64>],
    targets: &[f64],
    range: (f64, f64),
    size: f32,
    description: &str,
) {
    let (response, painter) =
        ui.allocate_painter(egui::vec2(size * 1.6, size), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description));
    let rect = response.rect;
    // Laid out and named for a screen reader always; painted only when on screen.
    if !ui.is_rect_visible(rect) {
        return;
    }
    let radius = size * 0.36;
    let centre = Point {
        x: rect.center().x,
        y: rect.center().y,
    };
    let geometry = charts::radar(values, targets, range, centre, radius);
    let visuals = ui.visuals();
    let grid = Stroke::new(1.0, theme::weak(visuals).gamma_multiply(0.5));
    for ring in &geometry.rings {
        painter.add(Shape::closed_line(
            ring.iter().copied().map(pos).collect(),
            grid,
        ));
    }
    for (from, to) in &geometry.spokes {
        painter.line_segment([pos(*from), pos(*to)], grid);
    }
    let colour = current_colour(ui);
    // A radar shape is seldom convex: fill it as a fan of triangles from the centre, then
    // draw its outline.
    let mut fill = egui::Mesh::default();
    let points: Vec<Pos2> = geometry.current.iter().copied().map(pos).collect();
    fill.colored_vertex(pos(centre), colour.gamma_multiply(0.25));
    for point in &points {
        fill.colored_vertex(*point, colour.gamma_multiply(0.25));
    }
    let n = points.len() as u32;
    for i in 0..n {
        fill.add_triangle(0, 1 + i, 1 + (i + 1) % n);
    }
    painter.add(Shape::mesh(fill));
    painter.add(Shape::closed_line(points, Stroke::new(2.0, colour)));
    for point in &geometry.current {
        painter.circle_filled(pos(*point), 3.0, colour);
    }
    if !geometry.target.is_empty() {
        let target_stroke = Stroke::new(1.5, visuals.text_color());
        let points: Vec<Pos2> = geometry.target.iter().copied().map(pos).collect();
        for i in 0..points.len() {
            let next = points[(i + 1) % points.len()];
            painter.add(Shape::dashed_line(
                &[points[i], next],
                target_stroke,
                6.0,
                4.0,
            ));
        }
    }
    let font = theme::regular(theme::text::CHART_LABEL);
    for ((anchor, side), name) in geometry.labels.iter().zip(axes) {
        let align = match side {
            LabelSide::Left => egui::Align2::LEFT_CENTER,
            LabelSide::Centre if anchor.y < centre.y => egui::Align2::CENTER_BOTTOM,
            LabelSide::Centre => egui::Align2::CENTER_TOP,
            LabelSide::Right => egui::Align2::RIGHT_CENTER,
        };
        painter.text(
            pos(*anchor),
            align,
            name,
            font.clone(),
            visuals.text_color(),
        );
    }
}

/// A horizontal bar of `value` with a target mark, `width` wide.
pub fn bar_ui(
    ui: &mut egui::Ui,
    value: Option<f64>,
    target: Option<f64>,
    range: (f64, f64),
    width: f32,
) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect.expand(2.0));
    let geometry = charts::bar(value, target, range, width);
    let visuals = ui.visuals();
    painter.rect_filled(rect, 3.0, visuals.extreme_bg_color);
    let filled = egui::Rect::from_min_size(rect.min, egui::vec2(geometry.filled, rect.height()));
    painter.rect_filled(filled, 3.0, current_colour(ui));
    if let Some(mark) = geometry.target {
        let x = rect.min.x + mark;
        painter.line_segment(
            [
                Pos2::new(x, rect.min.y - 2.0),
                Pos2::new(x, rect.max.y + 2.0),
            ],
            Stroke::new(2.0, visuals.text_color()),
        );
    }
}
