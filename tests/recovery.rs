//! Killing the program right after an edit loses at most the autosave interval, and the next
//! start offers the rest back. The test runs the window (egui_kittest, no display) in a child
//! process, edits, waits for the recovery copy, edits once more, and is killed with SIGKILL.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::{BufRead, BufReader};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use egui::Key;
use egui_kittest::kittest::Queryable;
use mim_assistant::catalog;
use mim_assistant::ui::Command;
use mim_assistant::ui::document::SaveState;

mod window;

/// The child's home folder; the child test does nothing without it.
const CHILD_HOME: &str = "MIM_ASSISTANT_TEST_CHILD_HOME";
/// The autosave interval the child runs with.
const INTERVAL: Duration = Duration::from_millis(300);

#[test]
fn child_edits_and_waits_to_be_killed() {
    let Some(home) = std::env::var_os(CHILD_HOME) else {
        return; // only meaningful when started by the test below
    };
    let places = window::places(std::path::Path::new(&home), INTERVAL);
    let mut harness = window::window_in(catalog::load_embedded(), places);
    harness.state_mut().apply(Command::OpenExample);
    harness.run();
    // Edit A: mim6:R1 from 3 to 1, by key.
    harness.key_press(Key::Num1);
    harness.run();
    // Let the autosave interval pass; frames keep coming as in the real window.
    let deadline = Instant::now() + Duration::from_secs(20);
    while harness.state().document.as_ref().unwrap().save_state() != SaveState::InRecoveryCopy {
        assert!(Instant::now() < deadline, "no recovery copy was written");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // Edit B, right before the kill: mim6:R2 to 5.
    harness.key_press(Key::J);
    harness.run();
    harness.key_press(Key::Num5);
    harness.run();
    println!("READY");
    std::thread::sleep(Duration::from_secs(120));
}

#[test]
fn after_sigkill_the_next_start_offers_to_restore_all_but_the_last_interval() {
    let home = tempfile::tempdir().unwrap();
    let mut child = Process::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_edits_and_waits_to_be_killed",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_HOME, home.path())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let ready = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("READY"));
    assert!(ready, "the child never got to its last edit");
    child.kill().unwrap(); // SIGKILL on Unix: no exit handler runs
    child.wait().unwrap();

    // The restoring window autosaves only long after the checks below: on a slow machine a
    // 300 ms interval could pass while it restores, turning "unsaved" into "in the recovery
    // copy" before the test looks.
    let places = window::places(home.path(), Duration::from_secs(60));
    let mut harness = window::window_in(catalog::load_embedded(), places);
    assert!(harness.query_by_label("Unsaved work was found").is_some());
    harness.get_by_label("Restore my work").click();
    harness.run();
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(
        doc.assessment.answers["mim6:R1"].current,
        Some(1),
        "edit A is kept"
    );
    let example = mim_assistant::assessment::example_assessment(&harness.state().library);
    assert_eq!(
        doc.assessment.answers["mim6:R2"], example.answers["mim6:R2"],
        "edit B, within the last interval, is the only loss"
    );
    assert_eq!(doc.save_state(), SaveState::Unsaved);
}

#[test]
fn opening_a_file_whose_crash_copy_waits_never_writes_over_that_copy() {
    use mim_assistant::assessment::{self, RecoveryDir, example_assessment};
    let home = tempfile::tempdir().unwrap();
    let library = catalog::load_embedded().library;
    let file = home.path().join("documents/x.mimassess.ron");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let mut saved = example_assessment(&library);
    assessment::save(&saved, &file).unwrap();
    // The crash left a copy of this file with mim6:R1 at 1.
    saved.answers.get_mut("mim6:R1").unwrap().current = Some(1);
    let recovery = RecoveryDir::new(home.path().join("recovery"));
    recovery
        .slot_for_file(&file)
        .write(&saved, Some(&file))
        .unwrap();

    let places = window::places(home.path(), Duration::ZERO);
    let mut harness = window::window_in(catalog::load_embedded(), places);
    assert_eq!(harness.state().recovery.len(), 1);
    // The user ignores the offer, opens the file itself and changes mim6:R1 to 2.
    harness.state_mut().apply(Command::Open(file.clone()));
    harness.run();
    harness.key_press(Key::Num2);
    harness.run();
    harness.step();
    let doc = harness.state().document.as_ref().unwrap();
    assert_eq!(doc.save_state(), SaveState::InRecoveryCopy);
    // Both versions are kept: the crash copy (moved aside, still offered) and the new one.
    let mut levels: Vec<Option<u8>> = recovery
        .found()
        .into_iter()
        .map(|r| r.unwrap().assessment.answers["mim6:R1"].current)
        .collect();
    levels.sort();
    assert_eq!(levels, [Some(1), Some(2)]);
    let offered = harness.state().recovery[0].slot.read().unwrap();
    assert_eq!(offered.assessment.answers["mim6:R1"].current, Some(1));
}
