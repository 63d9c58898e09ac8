//! A procurement officer's path through the tender screen, driven with egui_kittest as a user
//! would: new tender → header → items from the catalog and a preset → MUST/SHOULD, weights,
//! order, "or equivalent" → warnings → undo → annex and form written → a bidder's filled form
//! imported → equivalence decided → evaluation written. The accessibility check runs on every
//! part of the screen.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::catalog;
use mim_assistant::procurement::{HEADER_ROW, Modality, load_tender, response_form_csv};
use mim_assistant::ui::{MimApp, Screen};

#[path = "common/forms.rs"]
mod forms;
mod window;
use forms::fill_csv;
use window::{click, replace_in};

fn new_window() -> (Harness<'static, MimApp>, tempfile::TempDir) {
    window::new_window(Duration::from_millis(50))
}

fn type_into(harness: &mut Harness<'static, MimApp>, field: &str, text: &str) {
    let node = harness.get_by_role_and_label(Role::TextInput, field);
    node.focus();
    node.type_text(text);
    harness.run();
}

fn shows(harness: &Harness<'static, MimApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

fn weight_total(harness: &Harness<'static, MimApp>) -> u32 {
    harness
        .state()
        .tender
        .as_ref()
        .unwrap()
        .tender
        .weight_total()
}

#[test]
fn an_officer_builds_a_small_tender_exports_it_and_evaluates_a_bid() {
    let (mut harness, home) = new_window();
    click(&mut harness, "New tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    let path = harness.state().tender.as_ref().unwrap().path.clone();
    assert!(path.exists(), "a new tender gets its file at once");
    harness.check_accessibility();
    assert!(shows(&harness, "The tender has no items yet."));

    type_into(&mut harness, "Buyer", "Ångby kommun");
    type_into(&mut harness, "Tender title", "Open data platform");
    type_into(&mut harness, "Reference", "ÅNG-2026-3");

    // Two MIM6 requirements from the search, then the mandatory common clauses.
    type_into(&mut harness, "Search", "mim6:R2");
    let label = harness
        .get_by_label_contains("mim6:R2 ")
        .accesskit_node()
        .label()
        .unwrap()
        .to_owned();
    click(&mut harness, &label);
    replace_in(&mut harness, "Search", "mim6:R1");
    let label = harness
        .get_all_by_label_contains("mim6:R1 ")
        .next()
        .unwrap()
        .accesskit_node()
        .label()
        .unwrap()
        .to_owned();
    click(&mut harness, &label);
    click(&mut harness, "Add: Common clauses (mandatory ones)");
    let items: Vec<String> = harness
        .state()
        .tender
        .as_ref()
        .unwrap()
        .tender
        .items
        .iter()
        .map(|i| i.requirement.clone())
        .collect();
    assert_eq!(&items[..2], ["mim6:R2", "mim6:R1"]);
    assert!(items.len() > 5 && items[2..].iter().all(|i| i.starts_with("clauses:")));
    harness.check_accessibility();

    // Item 2 becomes a SHOULD: the weights warning appears, spreading fixes it.
    click(&mut harness, "Item 2: MUST or SHOULD");
    click(&mut harness, "SHOULD");
    assert_eq!(
        harness.state().tender.as_ref().unwrap().tender.items[1].modality,
        Modality::Should { weight: 0 }
    );
    assert!(shows(&harness, "weights add up to 0, not 100"));
    click(&mut harness, "Spread weights evenly");
    assert_eq!(weight_total(&harness), 100);
    assert!(!shows(&harness, "not 100"));

    // Reorder: the SHOULD item goes first.
    click(&mut harness, "Item 2: Move up");
    let tender = &harness.state().tender.as_ref().unwrap().tender;
    assert_eq!(tender.items[0].requirement, "mim6:R1");
    assert_eq!(tender.items[1].requirement, "mim6:R2");

    // mim6:R2 names OpenID Connect: without "or equivalent" the builder warns; undo takes it back.
    assert!(tender.items[1].or_equivalent);
    click(&mut harness, "Item 2: “or equivalent”");
    assert!(shows(&harness, "names a standard without “or equivalent”"));
    click(&mut harness, "Undo");
    assert!(!shows(&harness, "names a standard without"));
    assert!(harness.state().tender.as_ref().unwrap().tender.items[1].or_equivalent);

    // The exit clause leaves the number of days to the buyer.
    let exit = harness
        .state()
        .tender
        .as_ref()
        .unwrap()
        .tender
        .number_of("clauses:CL-EXIT")
        .unwrap();
    assert!(shows(
        &harness,
        &format!("Item {exit} (clauses:CL-EXIT): fill in [number].")
    ));
    type_into(&mut harness, &format!("Item {exit}: [number]"), "45");
    assert!(!shows(&harness, "(clauses:CL-EXIT): fill in"));

    // The change reaches the file a moment later.
    std::thread::sleep(Duration::from_millis(80));
    harness.run();
    let saved = load_tender(&path).unwrap();
    assert_eq!(saved, harness.state().tender.as_ref().unwrap().tender);
    assert_eq!(saved.buyer, "Ångby kommun");
    assert_eq!(saved.reference, "ÅNG-2026-3");
    assert_eq!(saved.items[exit - 1].fill_ins, ["45"]);

    // Annex and form.
    click(&mut harness, "2 · Annex and form");
    harness.check_accessibility();
    assert!(shows(
        &harness,
        "The requirements as bidders will read them"
    ));
    let documents = home.path().join("documents");
    let annex = documents.join("out").join("annex.pdf");
    let form = documents.join("out").join("form.xlsx");
    replace_in(&mut harness, "Annex (PDF)", &annex.display().to_string());
    replace_in(
        &mut harness,
        "Response form (XLSX or CSV)",
        &form.display().to_string(),
    );
    click(&mut harness, "Write the annex and the response form");
    assert!(shows(&harness, "Wrote "), "the screen says what it wrote");
    assert!(std::fs::read(&annex).unwrap().starts_with(b"%PDF"));
    assert!(std::fs::read(&form).unwrap().starts_with(b"PK"));

    // A bidder's filled form: all met, item 2 by an equivalent.
    let tender = harness.state().tender.as_ref().unwrap().tender.clone();
    let library = catalog::load_embedded().library;
    let filled = fill_csv(
        &response_form_csv(&tender, &library),
        "Nordvik Data AB",
        &[(1, "Meets by equivalent", "Our own IAM module, certified")],
    );
    let bid = documents.join("nordvik.csv");
    write(&bid, &filled);
    click(&mut harness, "3 · Bids and evaluation");
    harness.check_accessibility();
    // The forms in the tender's folder are offered; one click imports one.
    click(&mut harness, "nordvik.csv");
    assert!(shows(&harness, "Imported the bid of Nordvik Data AB"));
    assert!(shows(&harness, "✓ nordvik.csv"));
    harness.check_accessibility();
    // The SHOULD item was met by an equivalent: 0 points until accepted.
    let points = |h: &Harness<'static, MimApp>| {
        h.state().tender.as_ref().unwrap().evaluation().bids[0].points
    };
    assert_eq!(points(&harness), 0);
    click(&mut harness, "Decision on Nordvik Data AB, item 1");
    click(&mut harness, "Accepted");
    assert_eq!(points(&harness), 100);
    assert!(shows(&harness, "100 / 100"));

    let evaluation = documents.join("evaluation.pdf");
    replace_in(
        &mut harness,
        "Evaluation (PDF)",
        &evaluation.display().to_string(),
    );
    click(&mut harness, "Write the evaluation");
    assert!(std::fs::read(&evaluation).unwrap().starts_with(b"%PDF"));
    // The decision is part of the tender file.
    std::thread::sleep(Duration::from_millis(80));
    harness.run();
    let saved = load_tender(&path).unwrap();
    assert_eq!(saved.decisions.len(), 1);
    assert!(saved.decisions[0].accepted);
}

#[test]
fn a_broken_form_is_not_imported_and_the_problem_is_located() {
    let (mut harness, home) = new_window();
    click(&mut harness, "Open the example tender");
    assert_eq!(harness.state().screen, Screen::Tender);
    click(&mut harness, "3 · Bids and evaluation");
    let tender = harness.state().tender.as_ref().unwrap().tender.clone();
    let library = catalog::load_embedded().library;
    let filled = fill_csv(
        &response_form_csv(&tender, &library),
        "Kanal Systems Oy",
        &[(3, "Yes", "")],
    );
    let bid = home.path().join("kanal.csv");
    write(&bid, &filled);
    replace_in(&mut harness, "Filled form", &bid.display().to_string());
    click(&mut harness, "Import the form");
    assert!(
        harness
            .state()
            .tender
            .as_ref()
            .unwrap()
            .forms
            .bids
            .is_empty()
    );
    let row = HEADER_ROW + 3;
    assert!(
        shows(&harness, "kanal.csv was not imported"),
        "the window says the form was not imported"
    );
    assert!(
        shows(&harness, &format!("Line {row}, field")),
        "the problem names the line of item 3"
    );
    harness.check_accessibility();
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// A window over `home` showing the example tender, with a filled CSV form for it written to
/// the tender's folder as `file`.
fn example_with_form(
    home: &tempfile::TempDir,
    file: &str,
    bidder: &str,
) -> (Harness<'static, MimApp>, std::path::PathBuf) {
    let places = window::places(home.path(), Duration::from_millis(50));
    let mut harness = window::window_in(catalog::load_embedded(), places);
    click(&mut harness, "Open the example tender");
    let ws = harness.state().tender.as_ref().unwrap();
    let library = catalog::load_embedded().library;
    let form = ws.path.with_file_name(file);
    write(
        &form,
        &fill_csv(&response_form_csv(&ws.tender, &library), bidder, &[]),
    );
    (harness, form)
}

fn bids(harness: &Harness<'static, MimApp>) -> usize {
    harness.state().tender.as_ref().unwrap().forms.bids.len()
}

#[test]
fn kept_forms_are_read_again_on_reopening_set_aside_when_they_no_longer_fit_and_undo_brings_them_back()
 {
    let home = tempfile::tempdir().unwrap();
    let (mut harness, form) = example_with_form(&home, "nordvik.csv", "Nordvik Data AB");
    click(&mut harness, "3 · Bids and evaluation");
    click(&mut harness, "nordvik.csv");
    assert_eq!(bids(&harness), 1);

    // The tender keeps the form (relative to its folder); a new window reads it again.
    std::thread::sleep(Duration::from_millis(80));
    harness.run();
    let path = harness.state().tender.as_ref().unwrap().path.clone();
    let saved = load_tender(&path).unwrap();
    assert_eq!(saved.responses.len(), 1);
    assert_eq!(saved.responses[0].path, "nordvik.csv");
    let places = window::places(home.path(), Duration::from_millis(50));
    let mut again = window::window_in(catalog::load_embedded(), places);
    again
        .state_mut()
        .apply(mim_assistant::ui::Command::Open(path.clone()));
    again.run();
    assert_eq!(again.state().screen, Screen::Tender);
    click(&mut again, "3 · Bids and evaluation");
    assert_eq!(bids(&again), 1);
    assert!(shows(&again, "Nordvik Data AB"));

    // One more item: the form no longer fits; it is set aside, not forgotten.
    click(&mut again, "1 · Items");
    type_into(&mut again, "Search", "mim6:R3");
    let label = again
        .get_by_label_contains("mim6:R3 ")
        .accesskit_node()
        .label()
        .unwrap()
        .to_owned();
    click(&mut again, &label);
    click(&mut again, "3 · Bids and evaluation");
    assert_eq!(bids(&again), 0);
    assert!(shows(
        &again,
        "These forms kept with the tender cannot be used now"
    ));
    assert!(shows(&again, "missing row for item 17"));
    again.check_accessibility();
    // Undo takes the item out again, and the bid is back.
    click(&mut again, "Undo");
    assert_eq!(bids(&again), 1);

    // The bidder's file changes on disk: read as it is now, and said so.
    let changed = std::fs::read_to_string(&form).unwrap().replace(
        "https://bid.example/proof/3",
        "https://bid.example/proof/3b",
    );
    std::fs::write(&form, changed).unwrap();
    click(&mut again, "1 · Items");
    click(&mut again, "Item 1: Move down");
    click(&mut again, "Undo");
    click(&mut again, "3 · Bids and evaluation");
    assert!(shows(&again, "nordvik.csv changed since it was imported"));

    // Taking the form off the list is one undo step too.
    click(&mut again, "Remove the bid of Nordvik Data AB");
    assert_eq!(bids(&again), 0);
    click(&mut again, "Undo");
    assert_eq!(bids(&again), 1);
}

#[test]
fn keys_on_the_tender_screen_undo_the_tender() {
    let home = tempfile::tempdir().unwrap();
    let (mut harness, _) = example_with_form(&home, "x.csv", "X");
    let count =
        |h: &Harness<'static, MimApp>| h.state().tender.as_ref().unwrap().tender.items.len();
    let before = count(&harness);
    click(&mut harness, "Item 1: Remove");
    assert_eq!(count(&harness), before - 1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(count(&harness), before);
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(count(&harness), before - 1);
}

#[test]
fn a_tender_whose_file_cannot_be_written_can_be_saved_elsewhere_or_is_kept_for_the_next_start() {
    let home = tempfile::tempdir().unwrap();
    let (mut harness, _) = example_with_form(&home, "x.csv", "X");
    // Its folder disappears behind a file: nothing can be written there any more.
    let blocked = home.path().join("blocked");
    std::fs::write(&blocked, "a file, not a folder").unwrap();
    harness.state_mut().tender.as_mut().unwrap().path = blocked.join("t.mimtender.ron");
    type_into(&mut harness, "Tender title", " (2)");
    std::thread::sleep(Duration::from_millis(80));
    harness.run();
    harness.run();
    assert!(shows(&harness, "The tender's file cannot be written."));
    harness.check_accessibility();

    // Closing now keeps a copy, and the next start offers it.
    harness.state_mut().keep_unsaved_work();
    let places = window::places(home.path(), Duration::from_millis(50));
    let mut next = window::window_in(catalog::load_embedded(), places);
    assert!(shows(&next, "A tender could not be saved to its file"));
    next.check_accessibility();
    click(&mut next, "Restore my work");
    let ws = next
        .state()
        .tender
        .as_ref()
        .expect("the tender is open again");
    assert!(ws.tender.title.ends_with(" (2)"));
    assert!(ws.path.exists());
    assert!(next.state().tender_recovery.is_empty());

    // Saving elsewhere in the first window moves the tender to a file that can be written.
    let elsewhere = home.path().join("elsewhere");
    replace_in(
        &mut harness,
        "The tender's file cannot be written. Save it to another file:",
        &elsewhere.join("moved").display().to_string(),
    );
    click(&mut harness, "Save here");
    let moved = elsewhere.join("moved.mimtender.ron");
    assert_eq!(load_tender(&moved).unwrap().title, ws.tender.title);
    assert!(
        !harness
            .state()
            .tender
            .as_ref()
            .unwrap()
            .has_unsaved_changes()
    );
}
