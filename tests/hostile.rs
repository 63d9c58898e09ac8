//! Hostile and broken files (issue 14, items 2–5): no command writes over one of its inputs or
//! over a file of another kind, folder walks end on link loops, special files are refused
//! instead of blocking or filling the memory, and impossible data fails with its place.
//! Every command that could hang runs with a time limit, so a regression fails instead.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::text;
use mim_assistant::catalog;
use mim_assistant::output_guard::{FileKind, OutputRefused, check_output};

/// Longer than any of these commands takes in a debug build, short enough to fail a hang.
const LIMIT: Duration = Duration::from_secs(60);

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

/// Runs the program in `dir` with `args`, its own empty data folder, and a time limit; panics
/// (failing the test) when the limit passes.
fn run_in(dir: &Path, data: &Path, args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > LIMIT {
            child.kill().unwrap();
            panic!(
                "`mim-assistant {}` did not end within {LIMIT:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// A folder with the example assessment and tender, and a filled response form of the tender.
struct Workspace {
    dir: tempfile::TempDir,
    data: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        let ws = Workspace {
            dir: tempfile::tempdir().unwrap(),
            data: tempfile::tempdir().unwrap(),
        };
        for args in [
            &["example", "assessment", "-o", "a.mimassess.ron"][..],
            &["example", "tender", "-o", "t.mimtender.ron"],
            &[
                "annex",
                "t.mimtender.ron",
                "-o",
                "annex.pdf",
                "--form",
                "form.csv",
            ],
        ] {
            let output = ws.run(args);
            assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        }
        ws
    }

    fn run(&self, args: &[&str]) -> Output {
        run_in(self.dir.path(), self.data.path(), args)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).unwrap()
    }
}

/// Runs `args`, expects exit 2 with a message naming the output, and `name` unchanged.
fn assert_refused(ws: &Workspace, name: &str, args: &[&str]) {
    let before = ws.read(name);
    let output = ws.run(args);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains("untouched"), "{args:?}: {stderr}");
    assert_eq!(ws.read(name), before, "{args:?} changed {name}");
}

#[test]
fn an_output_that_is_an_input_is_refused_and_left_untouched() {
    let ws = Workspace::new();
    let assessment = "a.mimassess.ron";
    let tender = "t.mimtender.ron";
    assert_refused(&ws, assessment, &["report", assessment, "-o", assessment]);
    assert_refused(&ws, assessment, &["export", assessment, "-o", assessment]);
    assert_refused(&ws, tender, &["annex", tender, "-o", tender]);
    assert_refused(
        &ws,
        "form.csv",
        &["annex", tender, "-o", "form.csv", "--form", "form.csv"],
    );
    assert_refused(&ws, tender, &["evaluate", tender, "form.csv", "-o", tender]);
    assert_refused(
        &ws,
        "form.csv",
        &["evaluate", tender, "form.csv", "-o", "form.csv"],
    );
    // The same file under another name: through `..`, and through a link.
    let dotted = format!(
        "../{}/./{assessment}",
        ws.dir.path().file_name().unwrap().to_string_lossy()
    );
    assert_refused(&ws, assessment, &["report", assessment, "-o", &dotted]);
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(ws.path(tender), ws.path("link.pdf")).unwrap();
        assert_refused(&ws, tender, &["annex", tender, "-o", "link.pdf"]);
        std::os::unix::fs::symlink(tender, ws.path("link.csv")).unwrap();
        assert_refused(
            &ws,
            tender,
            &["annex", tender, "-o", "x.pdf", "--form", "link.csv"],
        );
        std::fs::hard_link(ws.path("form.csv"), ws.path("hard.pdf")).unwrap();
        assert_refused(
            &ws,
            "form.csv",
            &["evaluate", tender, "form.csv", "-o", "hard.pdf"],
        );
    }
}

#[test]
fn an_existing_file_of_another_kind_is_refused_and_left_untouched() {
    let ws = Workspace::new();
    // The example of one kind over a file of the other.
    assert_refused(
        &ws,
        "a.mimassess.ron",
        &["example", "tender", "-o", "a.mimassess.ron"],
    );
    assert_refused(
        &ws,
        "t.mimtender.ron",
        &["example", "assessment", "-o", "t.mimtender.ron"],
    );
    // A tender saved under a spreadsheet's or a PDF's name is still a tender.
    std::fs::copy(ws.path("t.mimtender.ron"), ws.path("tender.csv")).unwrap();
    assert_refused(
        &ws,
        "tender.csv",
        &["export", "a.mimassess.ron", "-o", "tender.csv"],
    );
    std::fs::copy(ws.path("a.mimassess.ron"), ws.path("old.pdf")).unwrap();
    assert_refused(
        &ws,
        "old.pdf",
        &["report", "a.mimassess.ron", "-o", "old.pdf"],
    );
    // A PDF is not overwritten by a table, nor a table by a PDF.
    assert_refused(
        &ws,
        "annex.pdf",
        &["export", "a.mimassess.ron", "-o", "annex.pdf"],
    );
    // Writing the same kind again is fine: the report over an earlier report.
    let output = ws.run(&["report", "a.mimassess.ron", "-o", "annex.pdf"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

#[test]
fn the_library_rule_serves_the_window_export_too() {
    let dir = tempfile::tempdir().unwrap();
    let assessment = dir.path().join("a.mimassess.ron");
    std::fs::write(&assessment, "Assessment(format_version: 2)").unwrap();
    let new_report = dir.path().join("report.pdf");
    assert_eq!(
        check_output(&new_report, FileKind::Pdf, &[&assessment]),
        Ok(())
    );
    assert!(matches!(
        check_output(&assessment, FileKind::Spreadsheet, &[]),
        Err(OutputRefused::OtherKind { .. })
    ));
    assert!(matches!(
        check_output(&assessment, FileKind::Pdf, &[&assessment]),
        Err(OutputRefused::IsInput { .. })
    ));
}

/// A folder with one valid catalog and a link back to itself.
#[cfg(unix)]
fn folder_with_a_link_loop() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("catalogs");
    std::fs::create_dir(&inner).unwrap();
    std::fs::copy(
        fixture("mutual-related.ron"),
        inner.join("mutual-related.ron"),
    )
    .unwrap();
    std::os::unix::fs::symlink("..", inner.join("parent")).unwrap();
    std::os::unix::fs::symlink(".", inner.join("itself")).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn validate_ends_on_a_link_to_a_parent_folder() {
    let dir = folder_with_a_link_loop();
    let data = tempfile::tempdir().unwrap();
    let output = run_in(dir.path(), data.path(), &["validate", "catalogs"]);
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    // The one catalog is read once, not once per way round the loop.
    assert!(stdout.contains("16 frameworks"), "{stdout}");
}

#[cfg(unix)]
#[test]
fn the_user_catalog_folder_loads_despite_a_link_loop() {
    let dir = folder_with_a_link_loop();
    let user_dir = dir.path().join("catalogs");
    let (send, receive) = mpsc::channel();
    std::thread::Builder::new()
        .name("load-user-catalogs".into())
        .spawn(move || {
            let report = catalog::load_with_user_dir(Some(&user_dir));
            let _ = send.send((report.problems.len(), report.library.frameworks().len()));
        })
        .unwrap();
    let (problems, frameworks) = receive
        .recv_timeout(LIMIT)
        .expect("loading the user catalog folder did not end");
    assert_eq!(problems, 0);
    assert_eq!(frameworks, 16);
}

/// Makes a FIFO at `path` (nobody ever writes to it: reading it would block forever).
#[cfg(unix)]
fn make_fifo(path: &Path) {
    let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `name` is a valid NUL-terminated path; mkfifo only creates a file.
    let result = unsafe { libc::mkfifo(name.as_ptr(), 0o600) };
    assert_eq!(result, 0, "mkfifo {}", path.display());
}

/// Expects exit 3 and a message that says the file is not a regular one.
fn assert_special_refused(output: &Output, what: &str) {
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{what}: {stderr}");
    assert!(stderr.contains("not a regular file"), "{what}: {stderr}");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_never_waited_for() {
    let ws = Workspace::new();
    for name in [
        "pipe.mimassess.ron",
        "pipe.mimtender.ron",
        "pipe.ron",
        "pipe.csv",
    ] {
        make_fifo(&ws.path(name));
    }
    assert_special_refused(&ws.run(&["score", "pipe.mimassess.ron"]), "score");
    assert_special_refused(&ws.run(&["validate", "pipe.mimassess.ron"]), "validate");
    assert_special_refused(
        &ws.run(&["report", "pipe.mimassess.ron", "-o", "r.pdf"]),
        "report",
    );
    assert_special_refused(&ws.run(&["validate", "pipe.mimtender.ron"]), "tender");
    assert_special_refused(
        &ws.run(&["annex", "pipe.mimtender.ron", "-o", "x.pdf"]),
        "annex",
    );
    assert_special_refused(&ws.run(&["validate", "pipe.ron"]), "catalog");
    assert_special_refused(
        &ws.run(&["evaluate", "t.mimtender.ron", "pipe.csv", "-o", "e.pdf"]),
        "form",
    );
    assert!(!ws.path("r.pdf").exists() && !ws.path("e.pdf").exists());
}

#[cfg(unix)]
#[test]
fn dev_zero_is_refused_not_read_until_memory_runs_out() {
    let ws = Workspace::new();
    assert_special_refused(&ws.run(&["score", "/dev/zero"]), "score");
    assert_special_refused(&ws.run(&["validate", "/dev/zero"]), "validate");
    assert_special_refused(
        &ws.run(&["evaluate", "t.mimtender.ron", "/dev/zero", "-o", "e.pdf"]),
        "evaluate",
    );
    // A form read by the library directly (the window's import) is refused the same way.
    let tender = mim_assistant::procurement::load_tender(&ws.path("t.mimtender.ron")).unwrap();
    let library = common::shipped();
    std::os::unix::fs::symlink("/dev/zero", ws.path("zero.csv")).unwrap();
    let (send, receive) = mpsc::channel();
    let form = ws.path("zero.csv");
    std::thread::Builder::new()
        .name("import-dev-zero".into())
        .spawn(move || {
            let result = mim_assistant::procurement::import_response(&form, &tender, &library);
            let _ = send.send(result.map(|_| ()).map_err(|e| e.to_string()));
        })
        .unwrap();
    let err = receive
        .recv_timeout(LIMIT)
        .expect("importing /dev/zero did not end")
        .unwrap_err();
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn input_files_are_read_up_to_a_stated_limit() {
    assert_eq!(mim_assistant::input::MAX_INPUT_BYTES, 256 * 1024 * 1024);
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.mimassess.ron");
    let file = std::fs::File::create(&big).unwrap();
    // A sparse file: no disk space used, but larger than the limit.
    file.set_len(mim_assistant::input::MAX_INPUT_BYTES + 1)
        .unwrap();
    let err = mim_assistant::input::read_input_file(&big).unwrap_err();
    assert!(err.to_string().contains("256 MB"), "{err}");
    let data = tempfile::tempdir().unwrap();
    let output = run_in(dir.path(), data.path(), &["score", "big.mimassess.ron"]);
    assert_eq!(output.status.code(), Some(3), "{}", text(&output.stderr));
}

/// Validates one fixture; expects exit 1 and every `expected` line-fragment in stderr.
fn assert_located(name: &str, expected: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    let output = run_in(dir.path(), data.path(), &["validate", name]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
    for fragment in expected {
        assert!(
            stderr.contains(fragment),
            "{name}: no `{fragment}` in\n{stderr}"
        );
    }
}

#[test]
fn impossible_dates_are_located() {
    assert_located(
        "impossible-dates.mimassess.ron",
        &[
            "impossible-dates.mimassess.ron:6:5: the assessment's date, “2026-13-45”, is not a real date",
            "impossible-dates.mimassess.ron:17:13: mim6:R1: the date it changed, “yesterday”",
            "impossible-dates.mimassess.ron:15:70: mim6:R1: the date of evidence “Access policy”, “2026-02-30”",
        ],
    );
    assert_located(
        "impossible-date.mimtender.ron",
        &["impossible-date.mimtender.ron:7:5: the date of issue, “2026-02-30”, is not a real date"],
    );
}

#[test]
fn a_repeated_answer_is_refused_with_both_places() {
    assert_located(
        "duplicate-answer.mimassess.ron",
        &[
            "duplicate-answer.mimassess.ron:14:9: `mim6:R1` is given twice: here and at line 12, column 9",
        ],
    );
}

#[test]
fn impossible_rounds_are_located() {
    assert_located(
        "bad-rounds.mimassess.ron",
        &[
            "bad-rounds.mimassess.ron:12:21: an earlier round is numbered 0",
            "bad-rounds.mimassess.ron:13:21: earlier round 3 is not before the current round 2",
            "bad-rounds.mimassess.ron:13:60: round 3: mim6:R1 has level 9, which is not on the scale",
        ],
    );
}

#[test]
fn a_tender_item_with_more_fill_ins_than_blanks_is_located() {
    assert_located(
        "extra-fill-ins.mimtender.ron",
        &[
            "extra-fill-ins.mimtender.ron:15:13: item 1: 3 fill-in values, but the clause of `clauses:CL-EXIT` has 1 blank(s)",
        ],
    );
}

#[test]
fn an_annex_of_a_tender_without_items_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("empty.mimtender.ron"),
        dir.path().join("e.mimtender.ron"),
    )
    .unwrap();
    let output = run_in(
        dir.path(),
        data.path(),
        &[
            "annex",
            "e.mimtender.ron",
            "-o",
            "e.pdf",
            "--form",
            "e.xlsx",
        ],
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("no items yet. Nothing was written."),
        "{stderr}"
    );
    assert!(!dir.path().join("e.pdf").exists() && !dir.path().join("e.xlsx").exists());
}

/// Reads the `// expect: L:C message` first line of a catalog fixture.
fn expectation(name: &str) -> String {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let first = text.lines().next().unwrap();
    let expected = first.strip_prefix("// expect: ").unwrap();
    let (place, message) = expected.split_once(' ').unwrap();
    format!("{name}:{place}: {message}")
}

#[test]
fn catalog_mistakes_fail_validate_and_mutual_links_pass() {
    for name in ["related-self.ron", "mapping-self.ron", "unknown-field.ron"] {
        assert_located(name, &[&expectation(name)]);
    }
    let dir = tempfile::tempdir().unwrap();
    let output = run_in(
        dir.path(),
        dir.path(),
        &["validate", fixture("mutual-related.ron").to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
}

#[test]
fn a_team_that_does_not_hold_together_is_located() {
    assert_located(
        "bad-team.mimassess.ron",
        &[
            "bad-team.mimassess.ron:17:25: two contributors are called “Erik Holm”",
            "bad-team.mimassess.ron:21:13: mim6:R2 is assigned to “Maria Berg”, who is not one of the contributors",
            "bad-team.mimassess.ron:25:17: part “0123456789ab” was handed out to “Jonas Ek”, who is not one of the contributors",
        ],
    );
}
