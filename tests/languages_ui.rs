//! Languages in the window (issue 17), driven with egui_kittest as a user would: the window in
//! German, the catalogs in the window's language with the English original a toggle away, and
//! the language of an assessment's and a tender's documents chosen where the user sets them up.
//! The accessibility check runs on every screen.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mim_assistant::catalog;
use mim_assistant::ui::{MimApp, Screen};

mod window;
use window::click;

fn new_window() -> (Harness<'static, MimApp>, tempfile::TempDir) {
    window::new_window(Duration::from_secs(2))
}

/// The shipped library in `language`, for the texts the window should show.
fn texts(language: &str) -> catalog::Library {
    catalog::load_embedded().library.localized(language)
}

/// Picks `choice` in the drop-down labelled `label`.
fn pick(harness: &mut Harness<'static, MimApp>, label: &str, choice: &str) {
    click(harness, label);
    click(harness, choice);
}

#[test]
fn the_window_speaks_german_and_each_language_shows_its_share_of_the_checklists() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Settings");
    assert_eq!(
        harness
            .get_all_by_label("100 % of the checklist texts")
            .count(),
        3,
        "English, Svenska and Deutsch each with its share"
    );
    // About lists every language with its share, per catalog on request.
    click(&mut harness, "Catalog");
    click(&mut harness, "About, sources and licences");
    let shipped = catalog::load_embedded().library;
    let total = shipped.total_coverage("sv").total;
    for name in ["English", "Svenska", "Deutsch"] {
        let line = format!("{name} (100 %): {total} of {total} texts");
        assert!(harness.query_by_label(&line).is_some(), "{line}");
    }
    harness.check_accessibility();
    click(&mut harness, "Settings");
    click(&mut harness, "Deutsch");
    assert!(harness.get_all_by_label("Einstellungen").next().is_some());
    assert!(harness.query_by_label("Settings").is_none());
    assert_eq!(
        harness
            .get_all_by_label("100 % der Texte der Prüflisten")
            .count(),
        3
    );
    harness.check_accessibility();
    click(&mut harness, "Katalog");
    assert_eq!(harness.state().screen, Screen::Catalog);
    harness.check_accessibility();
    // Numbers are written as German writes them: the example's overall score 2.35 is 2,35.
    click(&mut harness, "Start");
    click(&mut harness, "Beispiel öffnen");
    click(&mut harness, "Übersicht");
    assert!(
        harness.query_by_label("2,35").is_some(),
        "the overall score with a comma"
    );
    assert!(harness.query_by_label("2.35").is_none());
    harness.check_accessibility();
}

#[test]
fn a_swedish_window_shows_the_swedish_requirement_and_the_english_original_on_request() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Open the example");
    click(&mut harness, "Settings");
    click(&mut harness, "Svenska");
    let qid = harness
        .state()
        .walk
        .selected
        .clone()
        .unwrap_or_else(|| "mim6:R1".into());
    harness
        .state_mut()
        .apply(mim_assistant::ui::Command::GoToRequirement(qid.clone()));
    harness.run();
    let swedish = texts("sv");
    let english = texts("en");
    let sv = swedish.requirement(&qid).unwrap().requirement;
    let en = english.requirement(&qid).unwrap().requirement;
    assert_ne!(sv.statement, en.statement);
    assert!(
        harness.query_by_label(&sv.statement).is_some(),
        "{}",
        sv.statement
    );
    assert!(harness.query_by_label(&en.statement).is_none());
    click(
        &mut harness,
        "Visa det engelska originalet (den bindande texten)",
    );
    assert!(harness.state().walk.show_original);
    assert!(
        harness.query_by_label(&en.statement).is_some(),
        "{}",
        en.statement
    );
    assert!(harness.query_by_label(&sv.statement).is_some());
    harness.check_accessibility();
    // The catalog browser has the same toggle.
    click(&mut harness, "Katalog");
    harness
        .state_mut()
        .browser
        .apply(mim_assistant::ui::screens::catalog::BrowserCommand::Select(
            mim_assistant::ui::screens::catalog::Selection::Requirement(qid.clone()),
        ));
    harness.run();
    assert!(harness.query_by_label(&en.statement).is_none());
    click(
        &mut harness,
        "Visa det engelska originalet (den bindande texten)",
    );
    assert!(harness.query_by_label(&en.statement).is_some());
    harness.check_accessibility();
}

#[test]
fn a_new_assessment_takes_the_language_chosen_in_the_setup_and_export_can_change_it() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "New assessment");
    assert_eq!(
        harness.state().setup.language,
        "en",
        "the window's language first"
    );
    let name = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Organisation");
    name.focus();
    name.type_text("Musterstadt");
    harness.run();
    pick(&mut harness, "Documents in", "Deutsch (100 %)");
    assert_eq!(harness.state().setup.language, "de");
    harness.check_accessibility();
    click(&mut harness, "Next ▶");
    harness
        .get_by_label_contains("Yes, as an important entity")
        .click();
    harness.run();
    window::next_to_the_summary(&mut harness);
    assert!(
        harness
            .get_all_by_label_contains("Deutsch (100 %)")
            .next()
            .is_some()
    );
    click(&mut harness, "Create the assessment");
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(doc.assessment.language, "de");
    // Changed later on the Export screen, before writing the report.
    harness
        .state_mut()
        .apply(mim_assistant::ui::Command::Show(Screen::Export));
    harness.run();
    pick(&mut harness, "Documents in", "Svenska (100 %)");
    assert_eq!(
        harness
            .state()
            .document
            .as_ref()
            .unwrap()
            .assessment
            .language,
        "sv"
    );
    harness.check_accessibility();
}

#[test]
fn a_tenders_language_is_chosen_in_its_header_and_undone_like_any_edit() {
    let (mut harness, _home) = new_window();
    click(&mut harness, "Open the example tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    let language =
        |h: &Harness<'static, MimApp>| h.state().tender.as_ref().unwrap().tender.language.clone();
    assert_eq!(language(&harness), "en");
    pick(&mut harness, "Documents in", "Svenska (100 %)");
    assert_eq!(language(&harness), "sv");
    harness.check_accessibility();
    // The annex preview reads as the Swedish annex will, in an English window.
    click(&mut harness, "2 · Annex and form");
    let first = harness.state().tender.as_ref().unwrap().tender.items[0]
        .requirement
        .clone();
    let swedish = texts("sv");
    let title = &swedish.requirement(&first).unwrap().requirement.title;
    assert!(
        harness
            .query_by_label(&format!("1. {first} — {title}"))
            .is_some(),
        "the preview shows the Swedish title {title}"
    );
    assert!(
        harness
            .query_all_by_label_contains("SKA · ej viktat")
            .next()
            .is_some()
    );
    harness.check_accessibility();
    click(&mut harness, "1 · Items");
    click(&mut harness, "Undo");
    assert_eq!(language(&harness), "en");
}
