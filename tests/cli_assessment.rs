//! The assessment commands as scripts use them: the example, `score` in text and JSON, and
//! `validate` of assessment files, with exit codes and located errors.

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
