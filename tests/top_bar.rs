//! The top bar never draws over itself (issue 15, item 1): at 1024 px wide, in English and in
//! Swedish, with the longest save state showing, no two of its widgets overlap.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::ui::MimApp;

mod window;
use window::click;

/// The top bar's height in this test: everything whose box starts above it belongs to the bar.
const BAR: f32 = 34.0;

/// The labelled widgets of the top bar with their boxes.
fn bar_widgets(harness: &Harness<'static, MimApp>) -> Vec<(String, egui::Rect)> {
    harness
        .root()
        .children_recursive()
        .filter(|n| matches!(n.accesskit_node().role(), Role::Button | Role::Label))
        .filter_map(|n| {
            let rect = n.rect();
            let label = n.accesskit_node().label().or(n.accesskit_node().value())?;
            (rect.top() < BAR && rect.width() > 0.0).then(|| (label.to_owned(), rect))
        })
        .collect()
}

fn assert_no_overlap(harness: &Harness<'static, MimApp>, language: &str) {
    let widgets = bar_widgets(harness);
    assert!(
        widgets.len() >= 8,
        "{language}: the bar is there: {widgets:?}"
    );
    for (i, (a, ra)) in widgets.iter().enumerate() {
        assert!(
            ra.right() <= 1024.0 + 0.5,
            "{language}: “{a}” runs off the window"
        );
        for (b, rb) in &widgets[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{language}: “{a}” {ra:?} and “{b}” {rb:?} overlap"
            );
        }
    }
}

#[test]
fn the_top_bar_fits_1024_pixels_in_english_and_swedish() {
    let (mut harness, _home) = window::new_window(Duration::from_millis(1));
    harness.set_size(egui::vec2(1024.0, 768.0));
    click(&mut harness, "Open the example");
    // An edit, then the recovery copy: the longest state the bar shows.
    harness.key_press(Key::Num2);
    harness.run();
    std::thread::sleep(Duration::from_millis(20));
    harness.run();
    assert!(
        harness
            .query_by_label("Unsaved (recovery copy kept)")
            .is_some(),
        "the recovery state shows"
    );
    assert_no_overlap(&harness, "English");
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    assert!(harness.query_by_label("Osparat (kopia finns)").is_some());
    assert_no_overlap(&harness, "Swedish");
}
