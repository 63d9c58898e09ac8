//! The window under egui_kittest, as the UI tests open it: its own temporary home (settings,
//! recovery copy, documents), no file dialogs, the shipped fonts.

#![allow(dead_code)] // each test target uses its own part

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mim_assistant::catalog::LoadReport;
use mim_assistant::ui::dialogs::{FileDialogs, NoDialogs};
use mim_assistant::ui::places::Places;
use mim_assistant::ui::{Command, MimApp, Screen, prepare_context};

/// The window size the tests use.
pub const SIZE: egui::Vec2 = egui::vec2(1280.0, 900.0);

/// The places under `home`, with the autosave delay given.
pub fn places(home: &Path, autosave_delay: Duration) -> Places {
    Places {
        autosave_delay,
        ..Places::in_folder(home)
    }
}

/// A window over `report` whose files live in `home`.
pub fn window_in(report: LoadReport, places: Places) -> Harness<'static, MimApp> {
    window_with(report, places, Box::new(NoDialogs))
}

/// A window over `report` with the file dialogs given (a test's stand-in for the system's).
pub fn window_with(
    report: LoadReport,
    places: Places,
    dialogs: Box<dyn FileDialogs>,
) -> Harness<'static, MimApp> {
    let app = MimApp::with(report, places, dialogs);
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_context_setup(prepare_context)
        .build_ui_state(|ui, app: &mut MimApp| app.show(ui), app);
    harness.run();
    harness
}

/// A window showing the catalog browser.
pub fn catalog_window(report: LoadReport, home: &Path) -> Harness<'static, MimApp> {
    let mut harness = window_in(report, places(home, Duration::from_secs(2)));
    harness.state_mut().apply(Command::Show(Screen::Catalog));
    harness.run();
    harness
}

/// A new window with its own temporary home (autosave after `autosave_delay`).
pub fn new_window(autosave_delay: Duration) -> (Harness<'static, MimApp>, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    let places = places(home.path(), autosave_delay);
    (
        window_in(mim_assistant::catalog::load_embedded(), places),
        home,
    )
}

/// Clicks the first node labelled `label`, scrolled into view first.
pub fn click(harness: &mut Harness<'static, MimApp>, label: &str) {
    let node = harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("nothing labelled {label:?}"));
    node.scroll_to_me();
    harness.run();
    harness.get_all_by_label(label).next().unwrap().click();
    harness.run();
}

/// Replaces the text of the field labelled `field` (select all, then type).
pub fn replace_in(harness: &mut Harness<'static, MimApp>, field: &str, text: &str) {
    let node = harness.get_by_role_and_label(Role::TextInput, field);
    node.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, field)
        .type_text(text);
    harness.run();
}

/// Clicks the setup's "Next ▶" until its last step, the summary with "Create the assessment";
/// panics if a step will not let the user on.
pub fn next_to_the_summary(harness: &mut Harness<'static, MimApp>) {
    for _ in 0..6 {
        if harness.query_by_label("Create the assessment").is_some() {
            return;
        }
        click(harness, "Next ▶");
    }
    assert!(
        harness.query_by_label("Create the assessment").is_some(),
        "the setup reaches its summary"
    );
}
