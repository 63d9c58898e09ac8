//! The window's accessibility settings and keys under egui_kittest (accessibility check on): text
//! size with Ctrl + / Ctrl − / Ctrl 0 and on the Settings screen, remembered across restarts; the
//! high-contrast look; the window named after the document. The same window read through the
//! Linux accessibility bus is tests/scripts/a11y-walk.sh.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::ui::palette::{Look, palette};
use mim_assistant::ui::screens::settings::{Settings, TextScale, ThemeChoice};
use mim_assistant::ui::{Command, Screen};

mod window;
use window::click;

#[test]
fn ctrl_plus_minus_and_zero_set_the_text_size_and_a_restart_keeps_it() {
    let home = tempfile::tempdir().unwrap();
    let places = || window::places(home.path(), Duration::from_secs(2));
    let mut harness = window::window_in(mim_assistant::catalog::load_embedded(), places());
    let zoom = |h: &egui_kittest::Harness<'static, _>| h.ctx.zoom_factor();
    assert!((zoom(&harness) - 1.0).abs() < 1e-6);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    assert_eq!(harness.state().settings.text_scale, TextScale(110));
    assert!((zoom(&harness) - 1.1).abs() < 1e-6, "{}", zoom(&harness));
    // Ctrl = is the same key without Shift on most layouts.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    harness.run();
    assert_eq!(harness.state().settings.text_scale, TextScale(125));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert_eq!(harness.state().settings.text_scale, TextScale(110));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings.text_scale, TextScale(100));
    assert!((zoom(&harness) - 1.0).abs() < 1e-6);

    for _ in 0..12 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert_eq!(
        harness.state().settings.text_scale,
        TextScale(200),
        "the largest size stays"
    );
    drop(harness);

    let settings_file = places().settings_file.unwrap();
    assert_eq!(Settings::load(&settings_file).0.text_scale, TextScale(200));
    let harness = window::window_in(mim_assistant::catalog::load_embedded(), places());
    assert_eq!(harness.state().settings.text_scale, TextScale(200));
    assert!((zoom(&harness) - 2.0).abs() < 1e-6, "{}", zoom(&harness));
}

#[test]
fn ctrl_zero_in_the_walk_through_resets_the_size_and_sets_no_level() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(2));
    harness.state_mut().apply(Command::OpenExample);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run();
    let qid = harness.state().walk.selected.clone().unwrap();
    let level = |h: &egui_kittest::Harness<'static, mim_assistant::ui::MimApp>| {
        h.state().document.as_ref().unwrap().assessment.answers[&qid].current
    };
    let before = level(&harness);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert_eq!(harness.state().settings.text_scale, TextScale(100));
    assert_eq!(level(&harness), before, "Ctrl+0 is not the digit 0");
}

#[test]
fn the_settings_screen_sets_high_contrast_and_the_text_size_and_remembers_both() {
    let (mut harness, home) = window::new_window(Duration::from_secs(2));
    click(&mut harness, "Settings");
    assert_eq!(harness.state().screen, Screen::Settings);
    click(&mut harness, "High contrast");
    assert_eq!(harness.state().settings.theme, ThemeChoice::HighContrast);
    let visuals = harness.ctx.global_style().visuals.clone();
    assert_eq!(Look::of(&visuals), Look::HighContrast);
    assert_eq!(
        visuals.panel_fill,
        palette(Look::HighContrast).background,
        "the window is drawn in the high-contrast colours"
    );
    assert!(
        harness
            .get_by_label("Normal size")
            .accesskit_node()
            .is_disabled(),
        "the size is normal already"
    );
    click(&mut harness, "Larger text");
    click(&mut harness, "Larger text");
    assert_eq!(harness.state().settings.text_scale, TextScale(125));
    assert!(harness.query_by_label("125 %").is_some());
    click(&mut harness, "Smaller text");
    assert_eq!(harness.state().settings.text_scale, TextScale(110));

    let stored = Settings::load(&home.path().join("settings.ron")).0;
    assert_eq!(stored.theme, ThemeChoice::HighContrast);
    assert_eq!(stored.text_scale, TextScale(110));

    click(&mut harness, "Dark");
    assert_eq!(Look::of(&harness.ctx.global_style().visuals), Look::Dark);
    click(&mut harness, "Light");
    assert_eq!(Look::of(&harness.ctx.global_style().visuals), Look::Light);
}

#[test]
fn the_window_is_named_after_the_document() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(2));
    let root_name = |h: &egui_kittest::Harness<'static, mim_assistant::ui::MimApp>| {
        h.root().accesskit_node().label().unwrap_or_default()
    };
    assert_eq!(root_name(&harness), "MIM Assistant");
    click(&mut harness, "Open the example");
    assert_eq!(root_name(&harness), "Sjöbacka kommun — MIM Assistant");
    // The tree's status marks are for the eye: the status is the row's description.
    let row = harness
        .get_all_by_role(Role::Button)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("R1  Access control"))
        })
        .expect("the selected requirement's row in the tree");
    let description = row.accesskit_node().description().unwrap_or_default();
    assert_eq!(description, "At or above target, Key measure");
    assert!(harness.query_by_label("●").is_none());
    assert!(harness.query_by_label("▼").is_none());
}
