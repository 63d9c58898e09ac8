//! Catalog → Import… as a user does it, with egui_kittest and a stand-in for the system's file
//! dialog: choose the CISO Assistant-style fixture, read what it will import, import it into the
//! window's catalog folder, and find the new framework in the tree and its licence in About. A
//! broken file shows its problem with its place and writes nothing. The accessibility check
//! runs on each view.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::kittest::Queryable;
use mim_assistant::catalog;
use mim_assistant::ui::dialogs::{FileDialogs, OpenKind};
use mim_assistant::ui::screens::catalog::Selection;
use mim_assistant::ui::{Command, Screen};

mod window;

/// A file dialog that answers every "open" with one file, and checks what it was asked for.
struct PickOne(PathBuf);

impl FileDialogs for PickOne {
    fn pick_file_to_open(&self, _folder: &Path, kind: OpenKind, _name: &str) -> Option<PathBuf> {
        assert_eq!(kind, OpenKind::Catalog);
        Some(self.0.clone())
    }
    fn pick_file_to_save(&self, _folder: &Path, _name: &str) -> Option<PathBuf> {
        None
    }
    fn open_folder(&self, _folder: &Path) -> bool {
        false
    }
    fn open_file(&self, _file: &Path) -> bool {
        false
    }
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

#[test]
fn a_ciso_library_is_imported_through_the_window_and_appears_in_the_tree() {
    let home = tempfile::tempdir().unwrap();
    let places = window::places(home.path(), Duration::from_secs(2));
    let dialogs = Box::new(PickOne(fixture("ciso/harbour-basics.yaml")));
    let mut harness = window::window_with(catalog::load_embedded(), places, dialogs);
    harness.state_mut().apply(Command::Show(Screen::Catalog));
    harness.run();
    window::click(&mut harness, "Import a catalog…");
    assert_eq!(harness.state().browser.selection, Selection::Import);
    harness.check_accessibility();
    window::click(&mut harness, "Choose a file…");
    // The preview: name, counts, scale, licence, what is left out.
    assert!(
        harness
            .query_by_label("Harbour Town digital basics")
            .is_some()
    );
    assert!(harness.query_by_label("4 groups, 6 requirements").is_some());
    assert!(harness.query_by_label("A scale of 4 levels").is_some());
    assert!(
        harness
            .query_by_label_contains("free to use under CC0 1.0")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Left out: 1 heading(s) without requirements")
            .is_some()
    );
    harness.check_accessibility();
    // Nothing is written before Import.
    let folder = home.path().join("catalogs");
    assert!(!folder.exists());
    window::click(&mut harness, "Import");
    assert!(folder.join("harbour-basics.ron").is_file());
    assert!(folder.join("harbour-basics-scores.scale.ron").is_file());
    // The library is reloaded: the new framework is shown and is in the tree.
    assert_eq!(
        harness.state().browser.selection,
        Selection::Framework("harbour-basics".into())
    );
    assert!(
        harness
            .state()
            .library
            .framework("harbour-basics")
            .is_some()
    );
    assert!(
        harness
            .state()
            .library
            .scale("harbour-basics-scores")
            .is_some()
    );
    window::click(&mut harness, "Harbour Town digital basics");
    assert!(harness.query_by_label_contains("GOV  Governance").is_some());
    // About lists it with its licence.
    window::click(&mut harness, "About, sources and licences");
    assert!(
        harness
            .query_by_label_contains("free to use under CC0 1.0")
            .is_some()
    );
    harness.check_accessibility();
}

#[test]
fn a_broken_file_shows_its_problem_at_its_place_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let places = window::places(home.path(), Duration::from_secs(2));
    let dialogs = Box::new(PickOne(fixture("import/bad/unknown-parent.yaml")));
    let mut harness = window::window_with(catalog::load_embedded(), places, dialogs);
    harness.state_mut().apply(Command::Show(Screen::Catalog));
    harness.run();
    window::click(&mut harness, "Import a catalog…");
    window::click(&mut harness, "Choose a file…");
    assert!(
        harness
            .query_by_label("This file cannot be imported")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("unknown-parent.yaml:13:19: the parent_urn")
            .is_some()
    );
    assert!(harness.query_by_label("Import").is_none());
    assert!(!home.path().join("catalogs").exists());
    harness.check_accessibility();
}
