//! Each screen and each requirement opens at its top (issue 15, items 2 and 3): scrolling one
//! page down no longer carries over to the next page shown in the same place of the window.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mim_assistant::catalog;
use mim_assistant::ui::{MimApp, Screen};

mod window;
use window::click;

/// True when the node labelled `label` lies wholly inside the window.
fn on_screen(harness: &Harness<'static, MimApp>, label: &str) -> bool {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, window::SIZE);
    window.contains_rect(harness.get_by_label(label).rect())
}

fn statement(qid: &str) -> String {
    let library = catalog::load_embedded().library;
    library
        .requirement(qid)
        .unwrap()
        .requirement
        .statement
        .clone()
}

#[test]
fn the_first_requirement_opens_at_its_top_after_a_long_setup_page() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "New assessment");
    let name = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    harness
        .get_by_label_contains("Yes, as an important entity")
        .click();
    harness.run();
    // The user scrolls the setup page down to its button, as they must.
    harness.get_by_label("Create the assessment").scroll_to_me();
    harness.run();
    assert!(on_screen(&harness, "Create the assessment"));
    click(&mut harness, "Create the assessment");
    assert_eq!(harness.state().screen, Screen::Walk);
    let first = harness.state().walk.selected.clone().unwrap();
    assert!(
        on_screen(&harness, &statement(&first)),
        "the statement of {first} is in view"
    );
}

#[test]
fn each_requirement_and_each_screen_opens_at_its_top() {
    let (mut harness, _home) = window::new_window(Duration::from_secs(60));
    click(&mut harness, "Open the example");
    assert_eq!(harness.state().screen, Screen::Walk);
    let first = harness.state().walk.selected.clone().unwrap();
    // Down to the end of the requirement's page.
    harness.get_by_label("See the dashboard").scroll_to_me();
    harness.run();
    assert!(
        !on_screen(&harness, &statement(&first)),
        "scrolled past the statement"
    );

    click(&mut harness, "Dashboard");
    assert_eq!(harness.state().screen, Screen::Dashboard);
    assert!(
        on_screen(&harness, "Overall score"),
        "the dashboard opens at its cards"
    );

    click(&mut harness, "Walk-through");
    click(&mut harness, "Next ▶");
    let second = harness.state().walk.selected.clone().unwrap();
    assert_ne!(first, second);
    assert!(
        on_screen(&harness, &statement(&second)),
        "the next requirement opens at its statement"
    );
}
