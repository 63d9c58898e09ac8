//! The command line as scripts use it: exit codes, located errors, counts.

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    let data = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(args)
        // Keep the user's own catalogs out of the test.
        .env("XDG_DATA_HOME", data.path())
        .env("HOME", data.path())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn checklists() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("checklists")
        .display()
        .to_string()
}

#[test]
fn validate_shipped_checklists_exits_0() {
    let out = run(&["validate", &checklists()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("no problems"));
}

#[test]
fn validate_a_copy_with_one_broken_file_names_file_line_and_column() {
    let copy = tempfile::tempdir().unwrap();
    copy_dir(Path::new(&checklists()), copy.path());
    let broken = copy.path().join("mims/mim6.ron");
    let original = std::fs::read_to_string(&broken).unwrap();
    // Break the strength of R3: a word that is not Shall, Should or May.
    let (before, after) = original.split_once("id: \"R3\"").unwrap();
    let after = after.replacen("strength: Shall", "strength: Mandatory", 1);
    std::fs::write(&broken, format!("{before}id: \"R3\"{after}")).unwrap();
    let line =
        before.lines().count() + after.lines().position(|l| l.contains("Mandatory")).unwrap();
    let out = run(&["validate", &copy.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let wanted = format!("{}:{line}:", broken.display());
    assert!(stderr.contains(&wanted), "expected {wanted} in {stderr}");
    assert!(stderr.contains("Mandatory"), "{stderr}");
}

#[test]
fn validate_a_missing_path_is_an_io_failure() {
    let out = run(&["validate", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let out = run(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn list_shows_each_framework_with_counts() {
    let out = run(&["list"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("MIM6 Securing Data — 6 requirements"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Annex A: information security controls (93)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Article 21(2) — minimum measures (10)"),
        "{stdout}"
    );
    // Every MIM, with the requirement count of the reference (shared/reference/mims.md).
    for (mim, count) in [
        ("MIM0 Accessing Data", 21),
        ("MIM1 Interlinking Data", 9),
        ("MIM2 Representing Data", 11),
        ("MIM3 Exchanging Data", 23),
        ("MIM4 Personal Data", 13),
        ("MIM5 Fair and Transparent AI", 6),
        ("MIM7 Geospatial Data", 5),
        ("MIM8 Local Digital Twins", 14),
    ] {
        assert!(
            stdout.contains(&format!("{mim} — {count} requirements")),
            "{mim} with {count} requirements: {stdout}"
        );
    }
    assert!(
        stdout.contains("version: "),
        "each framework states its version"
    );
}

#[test]
fn list_ids_prints_one_qualified_id_a_line() {
    let out = run(&["list", "--ids"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let ids: Vec<&str> = stdout.lines().collect();
    for id in [
        "mim0:R1.1",
        "mim0:C4.rule",
        "mim3:RC7.2",
        "mim7:R5.1",
        "mim8:R6.1",
        "nis2cir:11.7",
        "clauses:CL-EXIT",
        "mim6:R1",
        "iso27001:A.5.15",
        "iso27001:9.3.2",
        "nis2:21.2.i",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
    assert!(ids.iter().all(|id| id.contains(':') && !id.contains(' ')));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
