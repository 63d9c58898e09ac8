//! A new user's path through the window, driven with egui_kittest (no GPU) as a user would:
//! start → new assessment → answer three requirements by mouse and keyboard → the dashboard's
//! scores change → undo → save; then Swedish. The accessibility check runs on every screen.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::assessment::{self, format_mean};
use mim_assistant::catalog;
use mim_assistant::ui::{MimApp, Screen};

mod window;
use window::click;

fn new_window() -> (Harness<'static, MimApp>, tempfile::TempDir) {
    window::new_window(Duration::from_secs(2))
}

/// The overall counts of the open assessment.
fn overall(harness: &Harness<'static, MimApp>) -> assessment::Tally {
    let doc = harness
        .state()
        .document
        .as_ref()
        .expect("an open assessment");
    doc.insights.scorecard.overall
}

/// The first link whose label starts with `prefix`.
fn link_starting_with<'h>(
    harness: &'h Harness<'static, MimApp>,
    prefix: &str,
) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_role(Role::Link)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(prefix))
        })
        .unwrap_or_else(|| panic!("no link starting {prefix:?}"))
}

fn answered(harness: &Harness<'static, MimApp>) -> usize {
    overall(harness).answered
}

fn overall_mean(harness: &Harness<'static, MimApp>) -> String {
    format_mean(overall(harness).mean())
}

#[test]
fn a_new_user_creates_answers_checks_the_dashboard_undoes_and_saves() {
    let (mut harness, home) = new_window();
    harness.check_accessibility();

    // Start → guided setup.
    click(&mut harness, "New assessment");
    assert_eq!(harness.state().screen, Screen::Setup);
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    click(&mut harness, "Next ▶");
    harness
        .get_by_label_contains("Yes, as an important entity")
        .click();
    harness.run();
    assert_eq!(harness.state().setup.profile, "nis2-important");
    assert_eq!(harness.state().setup.frameworks, ["mim6", "nis2"]);
    harness.check_accessibility();
    window::next_to_the_summary(&mut harness);
    click(&mut harness, "Create the assessment");
    assert_eq!(harness.state().screen, Screen::Walk);
    let file = home.path().join("documents/Ångby-kommun.mimassess.ron");
    assert!(file.exists(), "the new assessment is saved at once");
    harness.check_accessibility();

    // Three answers: a click on a level, a digit key, J then a click.
    let first = harness.state().walk.selected.clone().unwrap();
    assert_eq!(first, "mim6:R1");
    click(&mut harness, "3 — Defined");
    assert_eq!(answered(&harness), 1);
    click(&mut harness, "Next ▶");
    harness.key_press(Key::Num2);
    harness.run();
    assert_eq!(answered(&harness), 2);
    harness.key_press(Key::J);
    harness.run();
    assert_eq!(harness.state().walk.selected.as_deref(), Some("mim6:R3"));
    click(&mut harness, "1 — Initial");
    assert_eq!(answered(&harness), 3);
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(doc.assessment.answers["mim6:R1"].current, Some(3));
    assert_eq!(doc.assessment.answers["mim6:R2"].current, Some(2));
    assert_eq!(doc.assessment.answers["mim6:R3"].current, Some(1));
    assert!(harness.query_by_label("Unsaved changes").is_some());

    // The dashboard shows the new scores.
    click(&mut harness, "Dashboard");
    assert_eq!(overall_mean(&harness), "2.00");
    assert!(harness.get_all_by_label("2.00").next().is_some());
    let total = harness
        .state()
        .document
        .as_ref()
        .unwrap()
        .insights
        .scorecard
        .overall
        .total();
    assert!(
        harness
            .query_by_label(&format!("3 of {total} done"))
            .is_some()
    );
    harness.check_accessibility();

    // Undo the last answer: one fewer, and the dashboard follows.
    click(&mut harness, "Undo");
    assert_eq!(answered(&harness), 2);
    assert!(harness.get_all_by_label("2.50").next().is_some());
    assert!(
        harness
            .query_by_label(&format!("2 of {total} done"))
            .is_some()
    );

    // Save with Ctrl+S: the file holds exactly the two answers.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.query_by_label("Saved").is_some());
    let saved = assessment::load(&file).unwrap().assessment;
    assert_eq!(saved.answers.len(), 2);
    assert_eq!(saved.answers["mim6:R2"].current, Some(2));
    assert_eq!(saved.organisation.name, "Ångby kommun");
}

#[test]
fn switching_to_swedish_changes_the_labels_and_is_remembered() {
    let (mut harness, home) = new_window();
    click(&mut harness, "Open the example");
    assert!(harness.query_by_label("Dashboard").is_some());
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    assert!(harness.query_by_label("Översikt").is_some());
    assert!(harness.get_all_by_label("Inställningar").next().is_some());
    assert!(harness.query_by_label("Dashboard").is_none());
    harness.check_accessibility();
    // The next start is in Swedish too.
    let places = window::places(home.path(), Duration::from_secs(2));
    let again = window::window_in(catalog::load_embedded(), places);
    assert!(again.query_by_label("Inställningar").is_some());
}

#[test]
fn a_top_gap_on_the_dashboard_opens_its_requirement() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Open the example");
    click(&mut harness, "Dashboard");
    harness.check_accessibility();
    let top = harness.state().document.as_ref().unwrap().insights.gaps[0]
        .qid
        .clone();
    link_starting_with(&harness, &format!("{top}  ")).scroll_to_me();
    harness.run();
    let link = link_starting_with(&harness, &format!("{top}  "));
    link.click();
    harness.run();
    assert_eq!(harness.state().screen, Screen::Walk);
    assert_eq!(harness.state().walk.selected.as_deref(), Some(top.as_str()));
}

#[test]
fn filters_and_search_narrow_the_tree_and_next_follows_them() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Open the example");
    click(&mut harness, "Below target");
    let visible = {
        let app = harness.state();
        app.walk
            .visible(app.document.as_ref().unwrap(), &app.library)
    };
    let doc = harness.state().document.as_ref().unwrap();
    assert!(!visible.is_empty());
    assert!(
        visible
            .iter()
            .all(|q| { doc.insights.status(q).unwrap().status == assessment::Status::BelowTarget })
    );
    assert_eq!(visible.len(), doc.insights.gaps.len());
    click(&mut harness, "Below target");
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    search.type_text("A.5.15");
    harness.run();
    let app = harness.state();
    // The control itself, and MIM6 R1, whose title names it.
    assert_eq!(
        app.walk
            .visible(app.document.as_ref().unwrap(), &app.library),
        ["mim6:R1", "iso27001:A.5.15"]
    );
}

#[test]
fn a_broken_file_typed_in_the_open_view_is_reported_with_its_place() {
    let (mut harness, home) = new_window();
    let broken = home.path().join("broken.mimassess.ron");
    std::fs::write(&broken, "Assessment(\n  format_version: 2,\n  scope: 7,\n)").unwrap();
    click(&mut harness, "Open…");
    let field = harness.get_by_role_and_label(Role::TextInput, "Path");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Path")
        .type_text(&broken.display().to_string());
    harness.run();
    click(&mut harness, "Open");
    let message = harness.state().files.message.clone().unwrap();
    assert!(
        message.starts_with(&format!(
            "The file could not be opened: {}:",
            broken.display()
        )) && message.contains(":3:"),
        "{message}"
    );
    assert!(harness.query_by_label_contains(&message).is_some());
    assert!(harness.state().document.is_none());
}

#[test]
fn the_example_is_saved_through_the_in_window_path_field_when_no_dialog_exists() {
    let (mut harness, home) = new_window();
    click(&mut harness, "Open the example");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        harness.state().screen,
        Screen::SaveAs,
        "no file yet: Save asks where"
    );
    click(&mut harness, "Browse…");
    assert!(
        harness
            .state()
            .files
            .message
            .as_deref()
            .is_some_and(|m| m.contains("Type the path")),
        "without a dialog the window says what to do instead"
    );
    harness.check_accessibility();
    click(&mut harness, "Save here");
    let file = home.path().join("documents/Sjöbacka-kommun.mimassess.ron");
    assert!(file.exists());
    assert_eq!(harness.state().screen, Screen::Walk);
    assert!(harness.query_by_label("Saved").is_some());
    click(&mut harness, "Start");
    harness.get_by_role_and_label(Role::Link, "Sjöbacka-kommun.mimassess.ron");
}

#[test]
fn unsaved_work_is_never_replaced_without_asking() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Open the example");
    // Untouched, the example can be swapped without a question.
    click(&mut harness, "Start");
    click(&mut harness, "Open the example");
    assert!(harness.state().pending.is_none());
    harness.key_press(Key::Num1);
    harness.run();
    let edited = |h: &Harness<'static, MimApp>| {
        h.state().document.as_ref().unwrap().assessment.answers["mim6:R1"].current
    };
    assert_eq!(edited(&harness), Some(1));
    click(&mut harness, "Start");
    click(&mut harness, "Open the example");
    assert!(harness.query_by_label("Save your changes first?").is_some());
    harness.check_accessibility();
    click(&mut harness, "Keep working");
    assert_eq!(edited(&harness), Some(1), "nothing was replaced");
    click(&mut harness, "Open the example");
    click(&mut harness, "Discard the changes");
    assert_eq!(edited(&harness), Some(3), "a fresh example, as asked");
}

#[test]
fn a_new_assessment_never_writes_over_an_existing_file() {
    let (mut harness, home) = new_window();
    let documents = home.path().join("documents");
    std::fs::create_dir_all(&documents).unwrap();
    let last_year = documents.join("Ångby-kommun.mimassess.ron");
    std::fs::write(&last_year, "last year's assessment").unwrap();
    click(&mut harness, "New assessment");
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Ångby kommun");
    harness.run();
    assert_eq!(
        harness.state().setup.path,
        documents
            .join("Ångby-kommun-2.mimassess.ron")
            .display()
            .to_string()
    );
    click(&mut harness, "Next ▶");
    harness
        .get_by_label_contains("No, or we do not know yet")
        .click();
    harness.run();
    window::next_to_the_summary(&mut harness);
    click(&mut harness, "Create the assessment");
    assert_eq!(
        std::fs::read_to_string(&last_year).unwrap(),
        "last year's assessment"
    );
    assert!(documents.join("Ångby-kommun-2.mimassess.ron").exists());
}

#[test]
fn next_continues_in_reading_order_after_the_answer_leaves_the_filter() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "New assessment");
    let name = harness.get_by_role_and_label(Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Test");
    harness.run();
    click(&mut harness, "Next ▶");
    harness
        .get_by_label_contains("No, or we do not know yet")
        .click();
    harness.run();
    window::next_to_the_summary(&mut harness);
    click(&mut harness, "Create the assessment");
    click(&mut harness, "Unanswered");
    click(&mut harness, "Next ▶");
    assert_eq!(harness.state().walk.selected.as_deref(), Some("mim6:R2"));
    harness.key_press(Key::Num2); // mim6:R2 answered: it leaves the "Unanswered" list
    harness.run();
    harness.key_press(Key::J);
    harness.run();
    assert_eq!(harness.state().walk.selected.as_deref(), Some("mim6:R3"));
    harness.key_press(Key::K);
    harness.run();
    assert_eq!(harness.state().walk.selected.as_deref(), Some("mim6:R1"));
    // Ctrl+Z while typing in the search belongs to the field, not to the answers.
    let search = harness.get_by_role_and_label(Role::TextInput, "Search");
    search.focus();
    search.type_text("R");
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(doc.assessment.answers["mim6:R2"].current, Some(2));
}

#[test]
fn export_writes_the_report_in_the_background_and_points_to_the_folder() {
    let (mut harness, home) = new_window();
    click(&mut harness, "Open the example");
    for (kind, file) in [
        ("Maturity report (PDF)", "Sjöbacka-kommun.pdf"),
        ("Maturity report (Word, editable)", "Sjöbacka-kommun.docx"),
        ("Answers as a workbook (XLSX)", "Sjöbacka-kommun.xlsx"),
    ] {
        click(&mut harness, "Export…");
        click(&mut harness, kind);
        harness.check_accessibility();
        harness
            .get_by_role_and_label(Role::Button, "Export")
            .click();
        harness.run();
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while harness.state().export.outcome.is_none() {
            assert!(
                std::time::Instant::now() < deadline,
                "the export never ended"
            );
            std::thread::sleep(Duration::from_millis(20));
            harness.step();
        }
        harness.run();
        let target = home.path().join("documents").join(file);
        assert_eq!(
            harness
                .state()
                .export
                .outcome
                .as_ref()
                .unwrap()
                .as_ref()
                .unwrap(),
            &target
        );
        assert!(std::fs::metadata(&target).unwrap().len() > 1000);
        if file.ends_with(".docx") {
            // A Word document: a zip package whose body has the report's title in Word's
            // Title style.
            let bytes = std::fs::read(&target).unwrap();
            assert!(bytes.starts_with(b"PK\x03\x04"));
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut document = String::new();
            std::io::Read::read_to_string(
                &mut archive.by_name("word/document.xml").unwrap(),
                &mut document,
            )
            .unwrap();
            assert!(document.contains("<w:pStyle w:val=\"Title\"/>"));
            assert!(document.contains("Sign-off"));
        }
        assert!(
            harness
                .query_all_by_label_contains("Saved to")
                .next()
                .is_some()
        );
    }
    // No file manager here: the window says where the file is instead.
    click(&mut harness, "Show in folder");
    let notice = harness.state().notice.clone().unwrap();
    assert!(notice.text.contains("documents"), "{}", notice.text);
}
