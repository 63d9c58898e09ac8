//! The shared safe write: it makes the folder, keeps the previous version as `.bak`, leaves no
//! temp file behind, and a write that fails leaves what was there untouched.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;

use mim_assistant::store::{StoreError, create_parent, save_ron, write_bytes_safely, write_safely};

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writing_makes_the_folder_keeps_a_backup_and_leaves_no_temp_file() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new").join("deeper");
    let path = folder.join("report.pdf");
    write_bytes_safely(&path, b"first").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"first");
    assert_eq!(
        names(&folder),
        ["report.pdf"],
        "no backup of nothing, no temp"
    );

    write_safely(&path, "second").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    let backup = folder.join("report.pdf.bak");
    assert_eq!(std::fs::read(&backup).unwrap(), b"first");
    assert_eq!(names(&folder), ["report.pdf", "report.pdf.bak"]);
}

#[test]
fn ron_is_saved_with_struct_names_and_a_final_line_break() {
    #[derive(serde::Serialize)]
    struct Note {
        format_version: u32,
        text: String,
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("note.ron");
    let note = Note {
        format_version: 1,
        text: "Łódź".into(),
    };
    save_ron(&note, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("Note(\n    format_version: 1,"), "{text}");
    assert!(text.ends_with(")\n"), "{text:?}");
}

#[test]
fn a_folder_where_the_file_goes_fails_the_write_and_stays_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("city.mimassess.ron");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep"), "x").unwrap();
    let err = write_safely(&target, "never").unwrap_err();
    assert!(
        matches!(err, StoreError::Write { .. } | StoreError::Backup { .. }),
        "{err}"
    );
    assert!(err.to_string().contains("city.mimassess.ron"), "{err}");
    assert_eq!(std::fs::read_to_string(target.join("keep")).unwrap(), "x");
    assert_eq!(
        names(dir.path()),
        ["city.mimassess.ron"],
        "no temp file left"
    );
}

#[test]
fn a_failed_write_leaves_the_old_file_and_its_backup_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.mimtender.ron");
    write_safely(&path, "one").unwrap();
    write_safely(&path, "two").unwrap();
    // Where the backup's staging copy goes, a non-empty folder: the copy fails, even for root.
    let staging = dir.path().join("t.mimtender.ron.bak.tmp");
    std::fs::create_dir(&staging).unwrap();
    std::fs::write(staging.join("keep"), "x").unwrap();
    let err = write_safely(&path, "three").unwrap_err();
    assert!(matches!(err, StoreError::Backup { .. }), "{err}");
    assert!(err.to_string().contains("nothing was saved"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("t.mimtender.ron.bak")).unwrap(),
        "one"
    );
    assert_eq!(
        names(dir.path()),
        [
            "t.mimtender.ron",
            "t.mimtender.ron.bak",
            "t.mimtender.ron.bak.tmp"
        ],
        "no temp file left"
    );
}

#[test]
fn a_folder_that_cannot_be_made_is_a_write_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("plain-file");
    std::fs::write(&blocker, "x").unwrap();
    let path = blocker.join("inside").join("a.csv");
    let err = create_parent(&path).unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }), "{err}");
    let err = write_bytes_safely(&path, b"x").unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }), "{err}");
    assert!(err.to_string().contains("a.csv"), "{err}");
    assert!(
        err.to_string().contains("previous version is unchanged"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
    assert_eq!(names(dir.path()), ["plain-file"]);
}
