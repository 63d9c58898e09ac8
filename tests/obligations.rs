//! A bundled requirement's obligations: the walk-through lists them as a checklist, a tick is
//! kept with the answer (and undone with Ctrl+Z like any edit), and the maturity report and the
//! answers' table print which are met with the same count the window shows.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use mim_assistant::assessment::{self, Assessment, Organisation};
use mim_assistant::catalog;
use mim_assistant::report::{maturity_report, render};
use mim_assistant::ui::Command;
use mim_assistant::ui::screens::walk::WalkCommand;

mod common;
mod window;

/// A requirement of the NIS2 Implementing Regulation that bundles several duties.
const BUNDLED: &str = "nis2cir:3.2";

#[test]
fn obligations_are_ticked_in_the_walk_through_kept_and_printed() {
    let library = catalog::load_embedded().library;
    let obligations = library
        .requirement(BUNDLED)
        .unwrap()
        .requirement
        .obligations
        .clone();
    assert!(obligations.len() >= 2, "{BUNDLED} lists its obligations");

    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("cir.mimassess.ron");
    let a = Assessment::new(
        Organisation {
            name: "Ängby kommun".into(),
            ..Organisation::default()
        },
        &["nis2cir"],
        "city-0-5",
        "mim-baseline",
    );
    assessment::save(&a, &file).unwrap();
    let mut harness = window::window_in(
        catalog::load_embedded(),
        window::places(home.path(), Duration::from_secs(60)),
    );
    harness.state_mut().apply(Command::Open(file.clone()));
    harness
        .state_mut()
        .apply(Command::Walk(WalkCommand::Select(BUNDLED.into())));
    harness.run();
    assert!(
        harness
            .query_by_label_contains(&format!("0 of {} met.", obligations.len()))
            .is_some()
    );
    for text in &obligations {
        assert!(
            harness
                .query_by_role_and_label(Role::CheckBox, text)
                .is_some(),
            "a checkbox for {text:?}"
        );
    }
    harness.check_accessibility();

    harness
        .get_by_role_and_label(Role::CheckBox, &obligations[1])
        .click();
    harness.run();
    let ticked = |harness: &egui_kittest::Harness<'static, mim_assistant::ui::MimApp>| {
        let answers = &harness
            .state()
            .document
            .as_ref()
            .unwrap()
            .assessment
            .answers;
        answers
            .get(BUNDLED)
            .map(|a| a.obligations_met.clone())
            .unwrap_or_default()
    };
    assert_eq!(ticked(&harness), [2]);
    assert!(
        harness
            .query_by_label_contains(&format!("1 of {} met.", obligations.len()))
            .is_some()
    );
    // A tick is an edit like any other: undone and done again.
    harness.state_mut().apply(Command::Undo);
    harness.run();
    assert!(ticked(&harness).is_empty());
    harness.state_mut().apply(Command::Redo);
    harness.run();
    assert_eq!(ticked(&harness), [2]);

    // Saved with the answer, read back, printed.
    harness.state_mut().apply(Command::Save);
    harness.run();
    let saved = assessment::load(&file).unwrap().assessment;
    assert_eq!(saved.answers[BUNDLED].obligations_met, [2]);
    let pdf = render(&maturity_report(&saved, &library)).unwrap();
    let text = common::pdf_text(&pdf.bytes);
    let first_words = |s: &str| s.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(
        text.contains(&format!("What it covers (1 of {} met):", obligations.len())),
        "the report counts the ticks"
    );
    assert!(text.contains(&format!("☑ {}", first_words(&obligations[1]))));
    assert!(text.contains(&format!("☐ {}", first_words(&obligations[0]))));
    // And the answers' table carries them.
    let rows = mim_assistant::export::export_rows(&saved, &library);
    let row = rows.iter().find(|r| r.cells[0] == BUNDLED).unwrap();
    let column = mim_assistant::export::COLUMNS
        .iter()
        .position(|c| *c == "Obligations")
        .unwrap();
    let cell = &row.cells[column];
    assert!(
        cell.starts_with(&format!("1 of {} met\n", obligations.len())),
        "{cell}"
    );
    assert!(cell.contains(&format!("☑  {}", obligations[1])), "{cell}");
}
