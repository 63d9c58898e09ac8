//! The new-assessment setup as a stepper (issue 15, item 7): one step at a time with "Step n of
//! 6" and the row of steps, Back and Next (and Enter) between them, a summary of every choice
//! before "Create the assessment", the help short with the rest behind "More", and the buttons in
//! view without scrolling on a 1024×768 window. The accessibility check runs on every step.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui::Key;
use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::catalog;
use mim_assistant::ui::{MimApp, Screen};

mod window;
use window::click;

/// The smallest window the app is laid out for.
const SMALL_WINDOW: egui::Vec2 = egui::vec2(1024.0, 768.0);

/// True when the first node labelled `label` lies wholly inside the small window.
fn on_screen(harness: &Harness<'static, MimApp>, label: &str) -> bool {
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, SMALL_WINDOW);
    let node = harness
        .get_all_by_label(label)
        .next()
        .unwrap_or_else(|| panic!("nothing labelled {label:?}"));
    window.contains_rect(node.rect())
}

/// The number of the step the heading says the user is on, checked against the form's state.
fn step_number(harness: &Harness<'static, MimApp>) -> usize {
    let headings: Vec<String> = harness
        .get_all_by_label_contains(" of 6 — ")
        // A label's text is its value.
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    assert_eq!(headings.len(), 1, "one step heading: {headings:?}");
    let number: usize = headings[0]
        .strip_prefix("Step ")
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a step number in {:?}", headings[0]));
    assert_eq!(number, harness.state().setup.step.number());
    number
}

/// Back, the step's way forward and Cancel are in the small window without scrolling, and the
/// step row marks the current step as pressed (toggled on).
fn assert_laid_out(harness: &Harness<'static, MimApp>, forward: &str) {
    for label in ["◀ Back", forward, "Cancel"] {
        assert!(
            on_screen(harness, label),
            "{label:?} is in view on step {}",
            step_number(harness)
        );
    }
    let selected: Vec<String> = harness
        .get_all_by_role(Role::Button)
        .filter(|n| n.accesskit_node().toggled() == Some(Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    let number = step_number(harness);
    assert_eq!(selected.len(), 1, "one current step: {selected:?}");
    assert!(
        selected[0].starts_with(&format!("▶ {number}. ")),
        "{selected:?} is step {number}"
    );
    harness.check_accessibility();
}

fn disabled(harness: &Harness<'static, MimApp>, label: &str) -> bool {
    harness
        .get_all_by_label(label)
        .next()
        .unwrap()
        .accesskit_node()
        .is_disabled()
}

#[test]
fn the_setup_is_a_stepper_with_a_summary_before_create_in_a_small_window() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    harness.set_size(SMALL_WINDOW);
    harness.run();
    click(&mut harness, "New assessment");
    assert_eq!(harness.state().screen, Screen::Setup);

    // Step 1: nothing typed yet, so Next is greyed and says what is missing; Enter does nothing.
    assert_eq!(step_number(&harness), 1);
    assert!(
        harness
            .query_by_label_contains("Step 1 of 6 — Who is assessed")
            .is_some()
    );
    assert_laid_out(&harness, "Next ▶");
    assert!(
        disabled(&harness, "◀ Back"),
        "nothing before the first step"
    );
    assert!(disabled(&harness, "Next ▶"), "no name yet");
    assert!(
        harness
            .query_by_label("⚠ Enter the organisation's name.")
            .is_some()
    );
    let next_at = harness.get_by_label("Next ▶").rect();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(step_number(&harness), 1);
    assert!(
        harness.query_by_label("Create the assessment").is_none(),
        "Create waits for the last step"
    );

    // The help is one line; the rest opens under "More".
    let more = "The name, city and country open the report";
    assert!(harness.query_by_label_contains(more).is_none());
    click(&mut harness, "More");
    assert!(harness.query_by_label_contains(more).is_some());
    assert_laid_out(&harness, "Next ▶");

    // Enter in the name field moves on.
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    let city = harness.get_by_role_and_label(Role::TextInput, "City");
    city.focus();
    city.type_text("Ångby");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(step_number(&harness), 2);
    assert_laid_out(&harness, "Next ▶");
    assert!(disabled(&harness, "Next ▶"), "NIS2 not answered yet");

    // Step 2, and Back to step 1 with the name kept, then Next again.
    click(&mut harness, "◀ Back");
    assert_eq!(step_number(&harness), 1);
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Organisation")
            .value()
            .as_deref(),
        Some("Ångby kommun")
    );
    click(&mut harness, "Next ▶");
    assert_eq!(step_number(&harness), 2);
    harness
        .get_by_label_contains("Yes, as an important entity")
        .click();
    harness.run();
    // Enter after a click with the mouse moves on too.
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(step_number(&harness), 3);
    assert_laid_out(&harness, "Next ▶");
    assert_eq!(
        harness.get_by_label("Next ▶").rect(),
        next_at,
        "the buttons stay put whether or not something is missing"
    );

    // Steps 3 to 5 with Next; the step row shows the way back to each step done.
    for number in 4..=6 {
        click(&mut harness, "Next ▶");
        assert_eq!(step_number(&harness), number);
    }
    assert!(harness.query_by_label("✓ 2. NIS2").is_some());

    // Step 6: the summary lists every choice, with Create in view.
    assert_laid_out(&harness, "Create the assessment");
    let library = catalog::load_embedded().library;
    let form = &harness.state().setup;
    let mut choices = vec![
        "Ångby kommun\nÅngby\nDocuments in: English (100 %)".to_owned(),
        "Yes, as an important entity (or local government is in our national NIS2 law)".to_owned(),
        form.frameworks
            .iter()
            .map(|id| library.framework(id).unwrap().name.clone())
            .collect::<Vec<_>>()
            .join("\n"),
        library.scale(&form.scale).unwrap().name.clone(),
        library.profile(&form.profile).unwrap().name.clone(),
    ];
    assert!(choices[2].contains('\n'), "two frameworks: {}", choices[2]);
    choices.push(form.path.clone());
    for choice in &choices {
        assert!(
            harness.query_all_by_label(choice).next().is_some()
                || harness.query_all_by_value(choice).next().is_some(),
            "the summary shows {choice:?}"
        );
    }

    // The choices have room: the long NIS2 answer is on one line, not squeezed into a column.
    let nis2_answer = harness.get_by_label(&choices[1]).rect();
    assert!(nis2_answer.height() < 30.0, "one line: {nis2_answer:?}");

    // "Change" goes back to a step; "Back to the summary" returns with the choices kept.
    click(&mut harness, "Change: NIS2");
    assert_eq!(step_number(&harness), 2);
    click(&mut harness, "Back to the summary");
    assert_eq!(step_number(&harness), 6);

    click(&mut harness, "Create the assessment");
    assert_eq!(harness.state().screen, Screen::Walk);
    assert!(
        home.path()
            .join("documents/Ångby-kommun.mimassess.ron")
            .exists()
    );
    let first = harness.state().walk.selected.clone().unwrap();
    let statement = library
        .requirement(&first)
        .unwrap()
        .requirement
        .statement
        .clone();
    assert!(
        on_screen(&harness, &statement),
        "the statement of {first} is in view after Create"
    );
    harness.check_accessibility();
}

#[test]
fn enter_on_the_summary_creates_the_assessment_in_swedish() {
    let (mut harness, home) = window::new_window(Duration::from_secs(60));
    harness.set_size(SMALL_WINDOW);
    harness.run();
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    click(&mut harness, "Start");
    click(&mut harness, "Ny bedömning");
    assert!(harness.query_by_label_contains("Steg 1 av 6").is_some());
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    assert!(harness.query_by_label_contains("Steg 2 av 6").is_some());
    harness.get_by_label_contains("Nej, eller så vet").click();
    harness.run();
    for number in 3..=6 {
        harness.key_press(Key::Enter);
        harness.run();
        assert!(
            harness
                .query_by_label_contains(&format!("Steg {number} av 6"))
                .is_some(),
            "Enter goes on to step {number}"
        );
    }
    assert!(on_screen(&harness, "Skapa bedömningen"));
    assert!(harness.query_by_label("Dina val").is_some());
    harness.check_accessibility();
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().screen, Screen::Walk);
    assert!(
        home.path()
            .join("documents/Ångby-kommun.mimassess.ron")
            .exists()
    );
}
