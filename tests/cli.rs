//! The command line as scripts use it: exit codes, located errors, counts, and the assessment
//! commands (the example, `score` in text and JSON, `validate` of assessment files).

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;
use std::process::Output;

mod common;

fn run(args: &[&str]) -> Output {
    common::run_cli(args)
}

use common::text;

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

fn example(dir: &Path) -> String {
    let path = dir.join("sjobacka.mimassess.ron").display().to_string();
    let out = run(&["example", "assessment", "-o", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    path
}

#[test]
fn score_of_the_example_prints_frameworks_verdicts_and_top_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path());
    let out = run(&["score", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for framework in ["mim6", "iso27001", "nis2", "mim0", "mim7", "overall"] {
        assert!(
            stdout.lines().any(|l| l.starts_with(framework)),
            "{framework} row missing:\n{stdout}"
        );
    }
    assert!(stdout.contains("Sjöbacka kommun"));
    assert!(stdout.contains("Key measures: "));
    assert!(stdout.contains("Verdict against \"NIS2 important entity\""));
    assert!(stdout.contains("Top gaps"));
    assert!(stdout.contains("Roadmap rule: "));
    assert!(stdout.contains("(derived)"), "derived values are labelled");
    assert!(stdout.contains("Since round 1: "));
}

#[test]
fn score_json_has_the_documented_layout() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path());
    let out = run(&["score", &path, "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["format"], "mim-assistant-score/1");
    assert_eq!(json["organisation"]["name"], "Sjöbacka kommun");
    assert_eq!(json["scale"]["id"], "cyfun-1-5");
    assert!(json["overall"]["mean"].is_number());
    assert!(
        json["overall"]["unanswered"].as_u64().unwrap() > 0,
        "partly complete"
    );
    let frameworks = json["frameworks"].as_array().unwrap();
    assert_eq!(frameworks.len(), 5);
    assert!(frameworks[0]["groups"].as_array().is_some());
    assert!(json["key_measures"]["total"].as_u64().unwrap() > 0);
    assert!(["reached", "not_reached", "incomplete"].contains(&json["verdict"].as_str().unwrap()));
    let gap = &json["gaps"][0];
    for field in [
        "id", "strength", "current", "target", "gap", "priority", "phase",
    ] {
        assert!(!gap[field].is_null(), "gap field {field}");
    }
    let derived = json["derived"].as_array().unwrap();
    assert!(
        derived.iter().any(|d| d["framework"] == "nis2cir"),
        "NIS2 CIR is reached through mappings"
    );
    assert!(derived.iter().all(|d| d["derived"] == true));
    assert!(json["since_last_round"]["rose"].is_array());
}

#[test]
fn a_truncated_assessment_exits_1_with_path_line_col() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/assessment/truncated.mimassess.ron")
        .display()
        .to_string();
    for args in [
        vec!["score", path.as_str()],
        vec!["validate", path.as_str()],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains(&format!("{path}:12:")), "{stderr}");
    }
}

#[test]
fn validate_accepts_the_example_and_reports_wrong_references() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path());
    let out = run(&["validate", &path]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let broken = std::fs::read_to_string(&path).unwrap().replacen(
        "profile: \"nis2-important\"",
        "profile: \"no-such-profile\"",
        1,
    );
    let broken_path = dir.path().join("broken.mimassess.ron");
    std::fs::write(&broken_path, broken).unwrap();
    let out = run(&["validate", &broken_path.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("target profile `no-such-profile` is not loaded"),
        "{stderr}"
    );
    assert!(stderr.contains("broken.mimassess.ron:"), "{stderr}");
}

#[test]
fn report_and_export_write_their_files_and_refuse_what_they_cannot_do() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let pdf = dir.path().join("report.pdf");
    let out = run(&["report", &file, "-o", &pdf.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(" pages"));
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    for name in ["answers.csv", "answers.xlsx"] {
        let target = dir.path().join(name);
        let out = run(&["export", &file, "-o", &target.display().to_string()]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(std::fs::metadata(&target).unwrap().len() > 1000);
    }
    let odd = dir.path().join("answers.ods");
    let out = run(&["export", &file, "-o", &odd.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("must end in .csv or .xlsx"));
    // A broken assessment is reported with its place, and nothing is written.
    let broken = dir.path().join("broken.mimassess.ron");
    std::fs::write(&broken, "Assessment(format_version: 2, scope: 7)").unwrap();
    let never = dir.path().join("never.pdf");
    let out = run(&[
        "report",
        &broken.display().to_string(),
        "-o",
        &never.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("broken.mimassess.ron:1:"));
    assert!(!never.exists());
}

/// Whether the PDF at `path` holds an image (the cover's logo).
fn has_image(path: &Path) -> bool {
    let doc = lopdf::Document::load(path).unwrap();
    doc.objects.values().any(|o| {
        o.as_stream().is_ok_and(|s| {
            s.dict.get(b"Subtype").and_then(|n| n.as_name()).ok() == Some(b"Image".as_slice())
        })
    })
}

#[test]
fn report_puts_the_logo_on_the_cover_from_the_flag_or_the_assessment() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo");
    let logo = fixtures.join("sjobacka-logo.png");
    // --logo FILE.
    let pdf = dir.path().join("flag.pdf");
    let out = run(&[
        "report",
        &file,
        "-o",
        &pdf.display().to_string(),
        "--logo",
        &logo.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(has_image(&pdf));
    // Without it, no logo.
    let plain = dir.path().join("plain.pdf");
    let out = run(&["report", &file, "-o", &plain.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!has_image(&plain));
    // The assessment's own `logo`, relative to the assessment file.
    std::fs::copy(&logo, dir.path().join("logo.png")).unwrap();
    let ron = std::fs::read_to_string(&file).unwrap();
    let with_logo = ron.replacen("scope:", "logo: Some(\"logo.png\"),\n    scope:", 1);
    assert_ne!(ron, with_logo);
    let named = dir.path().join("named.mimassess.ron");
    std::fs::write(&named, with_logo).unwrap();
    let out = run(&["validate", &named.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let from_file = dir.path().join("from-file.pdf");
    let out = run(&[
        "report",
        &named.display().to_string(),
        "-o",
        &from_file.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(has_image(&from_file));
}

#[test]
fn report_refuses_a_bad_logo_with_its_path_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let file = example(dir.path());
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo");
    let cases = [
        (
            fixtures.join("not-an-image.png"),
            1,
            "neither a PNG nor a JPEG",
        ),
        (dir.path().join("missing.png"), 3, "cannot be read"),
        (dir.path().to_path_buf(), 3, "cannot be read"),
    ];
    for (logo, code, says) in cases {
        let pdf = dir.path().join("never.pdf");
        let out = run(&[
            "report",
            &file,
            "-o",
            &pdf.display().to_string(),
            "--logo",
            &logo.display().to_string(),
        ]);
        let stderr = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{}: {stderr}",
            logo.display()
        );
        assert!(
            stderr.starts_with(&format!("{}: ", logo.display())) && stderr.contains(says),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!pdf.exists());
    }
    // The same for a bad logo named in the assessment.
    std::fs::copy(
        fixtures.join("not-an-image.png"),
        dir.path().join("bad.png"),
    )
    .unwrap();
    let ron = std::fs::read_to_string(&file).unwrap();
    let named = dir.path().join("bad-logo.mimassess.ron");
    std::fs::write(
        &named,
        ron.replacen("scope:", "logo: Some(\"bad.png\"),\n    scope:", 1),
    )
    .unwrap();
    let pdf = dir.path().join("never.pdf");
    let out = run(&[
        "report",
        &named.display().to_string(),
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("bad.png: the logo is neither"));
    assert!(!pdf.exists());
    // `validate` says so too, before any report is tried.
    let out = run(&["validate", &named.display().to_string()]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("bad.png: the logo is neither"));
}
