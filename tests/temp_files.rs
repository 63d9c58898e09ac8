//! Temp files a killed save left behind are cleaned up by the next save into the same folder:
//! only ours (by name and by content), only stale ones, never anyone else's file. The kill test
//! runs a child process that saves in a loop and SIGKILLs it fifty times.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant, SystemTime};

use mim_assistant::catalog;
use mim_assistant::store::{
    STALE_TEMP_AGE, is_temp_name, save_ron, write_bytes_safely, write_bytes_safely_with_stale_age,
};

/// The folder the child saves into; the child test does nothing without it.
const CHILD_FOLDER: &str = "MIM_ASSISTANT_TEST_TEMP_CHILD_FOLDER";

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The temp files of ours in `dir` (by name).
fn temp_files(dir: &Path) -> Vec<PathBuf> {
    names(dir)
        .into_iter()
        .filter(|n| is_temp_name(n))
        .map(|n| dir.join(n))
        .collect()
}

/// Writes `bytes` to `path` and sets its modification time `age` into the past.
fn leave(path: &Path, bytes: &[u8], age: Duration) {
    std::fs::write(path, bytes).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

#[test]
fn the_next_save_removes_only_our_stale_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path();
    let long_ago = STALE_TEMP_AGE + Duration::from_secs(3600);
    let stale_pdf = ".mim-assistant-saving-Ab3dE6gH.tmp";
    let stale_ron = ".mim-assistant-saving-0000zzzz.tmp";
    let stale_empty = ".mim-assistant-saving-q1w2e3r4.tmp";
    leave(&folder.join(stale_pdf), b"%PDF-1.7\n%\xE2\xE3", long_ago);
    leave(
        &folder.join(stale_ron),
        b"Assessment(\n    format_ver",
        long_ago,
    );
    leave(&folder.join(stale_empty), b"", long_ago);
    // A save in progress (ours, fresh): left alone.
    let fresh = ".mim-assistant-saving-FrEsH123.tmp";
    leave(&folder.join(fresh), b"PK\x03\x04", Duration::from_secs(5));
    // Ours by name but not by content: someone's notes, however old.
    let foreign_content = ".mim-assistant-saving-notes123.tmp";
    leave(&folder.join(foreign_content), b"my own notes", long_ago);
    // Ours by content but not by name (a similar name): left alone.
    let similar_names = [
        ".mim-assistant-saving-draft.tmp",
        ".mim-assistant-Ab3dE6gH.tmp",
        "mim-assistant-saving-Ab3dE6gH.tmp",
        ".mim-assistant-saving-Ab3dE6gH.tmp.keep",
    ];
    for name in similar_names {
        leave(&folder.join(name), b"%PDF-1.7\n", long_ago);
    }
    // A link with our name pointing at a stale PDF of ours elsewhere: not a regular file.
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("kept.pdf");
    leave(&target, b"%PDF-1.7\n", long_ago);
    let link = ".mim-assistant-saving-LiNk5678.tmp";
    std::os::unix::fs::symlink(&target, folder.join(link)).unwrap();

    write_bytes_safely(&folder.join("report.pdf"), b"%PDF-1.7\nnew").unwrap();

    let mut expected: Vec<String> = [fresh, foreign_content, link, "report.pdf"]
        .into_iter()
        .chain(similar_names)
        .map(str::to_owned)
        .collect();
    expected.sort();
    assert_eq!(names(folder), expected);
    assert_eq!(std::fs::read(&target).unwrap(), b"%PDF-1.7\n");
    assert_eq!(
        std::fs::read(folder.join(foreign_content)).unwrap(),
        b"my own notes"
    );
}

#[test]
fn a_save_leaves_a_temp_file_of_another_folder_alone() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let stale = other.join(".mim-assistant-saving-Ab3dE6gH.tmp");
    leave(&stale, b"%PDF-", STALE_TEMP_AGE * 2);
    write_bytes_safely(&dir.path().join("a.pdf"), b"%PDF-1.7").unwrap();
    assert!(stale.exists());
}

/// What the child saves, in turn: a RON file, an XLSX-sized and a PDF-sized file, so that a
/// kill lands at every step of a save (temp written, synced, backup, rename).
fn child_payloads() -> Vec<(&'static str, Vec<u8>)> {
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.resize(3 << 20, b'x');
    let mut xlsx = b"PK\x03\x04".to_vec();
    xlsx.resize(1 << 20, 0);
    vec![("report.pdf", pdf), ("form.xlsx", xlsx)]
}

#[test]
fn child_saves_until_killed() {
    let Some(folder) = std::env::var_os(CHILD_FOLDER) else {
        return; // only meaningful when started by the test below
    };
    let folder = PathBuf::from(folder);
    let library = catalog::load_embedded().library;
    let assessment = mim_assistant::assessment::example_assessment(&library);
    let payloads = child_payloads();
    println!("READY");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        save_ron(&assessment, &folder.join("city.mimassess.ron")).unwrap();
        for (name, bytes) in &payloads {
            write_bytes_safely(&folder.join(name), bytes).unwrap();
        }
    }
}

#[test]
fn after_fifty_kills_during_saves_one_more_save_leaves_no_stale_temp_file() {
    const KILLS: u64 = 50;
    let stale_age = Duration::from_millis(300);
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut left_behind = 0;
    for kill in 0..KILLS {
        let mut child = Process::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "child_saves_until_killed",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_FOLDER, dir.path())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line.contains("READY"));
        assert!(ready, "child {kill} never started saving");
        // A different moment of the save each time: 0 to 49 ms into the loop.
        std::thread::sleep(Duration::from_millis(kill * 7 % 50));
        child.kill().unwrap(); // SIGKILL: no destructor removes the temp file
        child.wait().unwrap();
        left_behind = left_behind.max(temp_files(dir.path()).len());
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the kills took too long"
        );
    }
    assert!(
        left_behind > 0,
        "no kill landed inside a save: the test did not test anything"
    );
    std::thread::sleep(stale_age + Duration::from_millis(100));
    let report = dir.path().join("report.pdf");
    write_bytes_safely_with_stale_age(&report, b"%PDF-1.7\nlast", stale_age).unwrap();
    assert_eq!(std::fs::read(&report).unwrap(), b"%PDF-1.7\nlast");
    let now = SystemTime::now();
    let stale: Vec<PathBuf> = temp_files(dir.path())
        .into_iter()
        .filter(|p| {
            let changed = std::fs::metadata(p).unwrap().modified().unwrap();
            now.duration_since(changed).unwrap_or_default() > stale_age
        })
        .collect();
    assert!(stale.is_empty(), "stale temp files remain: {stale:?}");
    assert!(
        temp_files(dir.path()).is_empty(),
        "every temp file was stale (the children are dead)"
    );
}
