//! Bad returned parts at the command line (`merge --apply`): a part of another assessment, one
//! with another fingerprint, one merged already, a syntax error, an answer for a requirement
//! the part does not hold, a workbook that is no zip or has no Handout sheet — each refused
//! with its place, the exit code 1, and the coordinator's assessment and the part left byte for
//! byte as they were (no other file appears either); and the parts that are only flagged — a
//! requirement the catalogs no longer have, a level the scale does not know — merge their
//! other answers and stay out.
//!
//! The fixtures in tests/fixtures/sharing/ are written by the program itself
//! (tests/fixtures/sharing/make.sh), so the hand-out ids and fingerprints match; the workbooks
//! are written here from the coordinator's record of the hand-out.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

mod common;
#[path = "common/xlsx_edit.rs"]
mod xlsx_edit;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use mim_assistant::assessment::{self, Assessment};
use mim_assistant::sharing::write_questionnaire;

use common::text;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sharing");

/// A copy of the fixtures in a folder of its own, so that nothing the test does touches them.
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(FIXTURES).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ron") {
                std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
            }
        }
        Desk { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn coordinator(&self) -> PathBuf {
        self.path("coordinator.mimassess.ron")
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Every file on the desk with its bytes.
    fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read(&path).unwrap())
            })
            .collect()
    }

    /// `merge COORDINATOR PARTS... --apply`.
    fn merge(&self, parts: &[&Path]) -> Output {
        let coordinator = self.coordinator();
        let mut args = vec!["merge".to_owned(), coordinator.display().to_string()];
        args.extend(parts.iter().map(|p| p.display().to_string()));
        args.push("--apply".to_owned());
        common::run_cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
    }

    /// A merge that must be refused: exit 1, `wanted` said on stderr, nothing written.
    fn refused(&self, parts: &[&Path], wanted: &str) -> String {
        let before = self.snapshot();
        let out = self.merge(parts);
        let stderr = text(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{stderr}\n{}",
            text(&out.stdout)
        );
        assert!(stderr.contains(wanted), "expected {wanted:?} in:\n{stderr}");
        let unchanged = format!(
            "nothing was merged: {} is unchanged",
            self.coordinator().display()
        );
        assert!(stderr.contains(&unchanged), "{stderr}");
        let after = self.snapshot();
        assert_eq!(
            before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>(),
            "no file came or went"
        );
        for (name, bytes) in &before {
            assert!(after[name] == *bytes, "{name} changed in a refused merge");
        }
        stderr
    }

    fn assessment(&self) -> Assessment {
        assessment::load(&self.coordinator()).unwrap().assessment
    }

    /// Lena's questionnaire as the coordinator handed it out, with `cells` filled in.
    fn questionnaire(&self, name: &str, cells: &[(&str, &str)]) -> PathBuf {
        let library = common::shipped();
        let a = self.assessment();
        let handout = a
            .team
            .handouts
            .iter()
            .find(|h| h.contributor == "Lena Berg")
            .unwrap();
        let library = library.for_document(&a.language);
        let book = write_questionnaire(&a, &library, handout).unwrap();
        self.write(name, &xlsx_edit::edit_xlsx(&book, cells))
    }

    /// The progress row of `contributor`: assigned, answered, out, submitted, merged.
    fn progress(&self, contributor: &str) -> [usize; 5] {
        let out = common::run_cli(&["progress", &self.coordinator().display().to_string()]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        let line = stdout
            .lines()
            .find(|l| l.starts_with(contributor))
            .unwrap_or_else(|| panic!("no row for {contributor} in\n{stdout}"));
        let numbers: Vec<usize> = line
            .split_whitespace()
            .rev()
            .take(5)
            .map(|n| n.parse().unwrap())
            .collect();
        [numbers[4], numbers[3], numbers[2], numbers[1], numbers[0]]
    }
}

/// The text at 1-based `line` and `col` of `file`.
fn at(file: &Path, line: usize, col: usize) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let line = text.lines().nth(line - 1).unwrap();
    line.chars().skip(col - 1).collect()
}

/// The first `field: "value"` of a RON file.
fn field(file: &Path, name: &str) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let key = format!("{name}: \"");
    let start = text.find(&key).unwrap() + key.len();
    text[start..start + text[start..].find('"').unwrap()].to_owned()
}

#[test]
fn a_part_of_another_assessment_is_refused() {
    let desk = Desk::new();
    let stranger = desk.path("stranger.mimpart.ron");
    let id = field(&stranger, "handout");
    let wanted = format!(
        "refused: {}: is part “{id}”, which this assessment did not hand out (it belongs to another assessment)",
        stranger.display()
    );
    desk.refused(&[&stranger], &wanted);
}

#[test]
fn a_part_with_another_fingerprint_is_refused() {
    let desk = Desk::new();
    let erik = std::fs::read_to_string(desk.path("erik.mimpart.ron")).unwrap();
    let ours = field(&desk.path("erik.mimpart.ron"), "fingerprint");
    let theirs = field(&desk.path("stranger.mimpart.ron"), "fingerprint");
    let forged = desk.write(
        "forged.mimpart.ron",
        erik.replace(&ours, &theirs).as_bytes(),
    );
    let wanted = format!(
        "refused: {}: carries the fingerprint {}, but part “{}” was handed out with {} (it belongs to another assessment)",
        forged.display(),
        &theirs[..12],
        field(&forged, "handout"),
        &ours[..12]
    );
    desk.refused(&[&forged], &wanted);
}

#[test]
fn one_refused_part_keeps_the_good_ones_out_too() {
    let desk = Desk::new();
    let erik = desk.path("erik.mimpart.ron");
    let stranger = desk.path("stranger.mimpart.ron");
    let stderr = desk.refused(&[&erik, &stranger], "did not hand out");
    assert!(!stderr.contains("took"), "{stderr}");
}

#[test]
fn a_part_merged_already_is_refused_the_second_time() {
    let desk = Desk::new();
    let erik = desk.path("erik.mimpart.ron");
    let part_before = std::fs::read(&erik).unwrap();
    let out = desk.merge(&[&erik]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(stdout.contains("took 2 answer(s)"), "{stdout}");
    assert!(stdout.contains("1 part(s) merged, 0 still out"), "{stdout}");
    let a = desk.assessment();
    let a51 = &a.answers["iso27001:A.5.1"];
    assert_eq!(a51.current, Some(4));
    assert_eq!(a51.answered_by.as_deref(), Some("Erik Holm"));
    assert_eq!(a51.changed, "2026-12-01");
    let merged = a
        .team
        .handouts
        .iter()
        .find(|h| h.contributor == "Erik Holm")
        .unwrap();
    let date = merged.merged.clone().expect("merged");
    assert!(merged.baseline.is_empty());
    assert_eq!(
        std::fs::read(&erik).unwrap(),
        part_before,
        "the part is read only"
    );

    let wanted = format!(
        "refused: {}: was merged already on {date}; taking it again could put older answers over newer ones",
        erik.display()
    );
    desk.refused(&[&erik], &wanted);
}

#[test]
fn a_part_given_twice_in_one_merge_is_refused() {
    let desk = Desk::new();
    let erik = desk.path("erik.mimpart.ron");
    let copy = desk.write("copy.mimpart.ron", &std::fs::read(&erik).unwrap());
    let wanted = format!(
        "refused: {}: is the same part as {}",
        copy.display(),
        erik.display()
    );
    desk.refused(&[&erik, &copy], &wanted);
}

#[test]
fn a_requirement_the_catalogs_no_longer_have_is_flagged_at_its_line_and_the_rest_merged() {
    let desk = Desk::new();
    let maja = desk.path("maja.mimpart.ron");
    let part_before = std::fs::read(&maja).unwrap();
    // tests/fixtures/sharing/maja.mimpart.ron line 17: `        "iso27001:A.99.1",` in items.
    assert!(at(&maja, 17, 10).starts_with("iso27001:A.99.1\""));
    let out = desk.merge(&[&maja]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let wanted = format!(
        "left out: {}:17:10: names iso27001:A.99.1, which the catalogs no longer have",
        maja.display()
    );
    assert!(
        stderr.contains(&wanted),
        "expected {wanted:?} in:\n{stderr}"
    );
    assert!(
        stdout.contains("taken     iso27001:A.7.1: level 3 Defined — by Maja Ek, on 2026-12-01"),
        "{stdout}"
    );
    assert!(
        stdout.contains("took 1 answer(s), kept yours for 0; 0 part(s) merged, 1 still out"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(&maja).unwrap(), part_before);

    let a = desk.assessment();
    assert_eq!(a.answers["iso27001:A.7.1"].current, Some(3));
    assert_eq!(
        a.answers["iso27001:A.7.1"].answered_by.as_deref(),
        Some("Maja Ek")
    );
    assert!(!a.answers.contains_key("iso27001:A.99.1"));
    let handout = a
        .team
        .handouts
        .iter()
        .find(|h| h.contributor == "Maja Ek")
        .unwrap();
    assert_eq!(handout.merged, None, "the hand-out stays out");
    assert!(!handout.baseline.is_empty(), "with its baseline");
    // assigned 2, answered 2, out 3 (the lost one too), submitted 0, merged 1.
    assert_eq!(desk.progress("Maja Ek"), [2, 2, 3, 0, 1]);

    // Merged again, what was taken is unchanged and the lost requirement still flagged.
    let again = desk.merge(&[&maja]);
    assert_eq!(again.status.code(), Some(0));
    assert!(text(&again.stdout).contains("0 to take, 0 in conflict, 2 unchanged"));
    assert!(text(&again.stderr).contains(&wanted));
}

#[test]
fn a_wrong_level_in_a_questionnaire_is_flagged_at_its_cell_and_the_rest_merged() {
    let desk = Desk::new();
    let lena = desk.questionnaire(
        "lena.xlsx",
        &[("E7", "4 – Managed"), ("E8", "7 – Excellent")],
    );
    let part_before = std::fs::read(&lena).unwrap();
    let out = desk.merge(&[&lena]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let wanted = format!(
        "left out: {}: Questionnaire!E8: “7 – Excellent” is not a level of the scale; expected one of “1 – Initial”",
        lena.display()
    );
    assert!(
        stderr.contains(&wanted),
        "expected {wanted:?} in:\n{stderr}"
    );
    assert!(
        stdout.contains("taken     iso27001:A.6.1: level 4 Managed — by Lena Berg"),
        "{stdout}"
    );
    assert!(stdout.contains("0 part(s) merged, 1 still out"), "{stdout}");
    assert_eq!(std::fs::read(&lena).unwrap(), part_before);

    let a = desk.assessment();
    assert_eq!(a.answers["iso27001:A.6.1"].current, Some(4));
    assert_eq!(
        a.answers["iso27001:A.6.1"].answered_by.as_deref(),
        Some("Lena Berg")
    );
    assert_eq!(a.answers["iso27001:A.6.2"].current, Some(2), "as it was");
    assert_eq!(a.answers["iso27001:A.6.2"].answered_by, None);
    let handout = a
        .team
        .handouts
        .iter()
        .find(|h| h.contributor == "Lena Berg")
        .unwrap();
    assert_eq!(handout.merged, None, "the hand-out stays out");
    assert!(handout.submitted, "a returned workbook is submitted");
    // assigned 3, answered 3, out 3, submitted 3, merged 1.
    assert_eq!(desk.progress("Lena Berg"), [3, 3, 3, 3, 1]);
}

#[test]
fn a_syntax_error_in_a_part_file_is_refused_at_its_line_and_column() {
    let desk = Desk::new();
    let syntax = desk.path("syntax.mimpart.ron");
    // Line 10 lost its comma, so the parser stops at the next field, line 11 column 5.
    assert!(at(&syntax, 10, 5).starts_with("coordinator: \"Åsa Lindqvist"));
    assert!(at(&syntax, 11, 5).starts_with("instructions:"));
    let wanted = format!("refused: {}:11:5: Expected comma", syntax.display());
    desk.refused(&[&syntax], &wanted);
}

#[test]
fn an_answer_for_a_requirement_not_in_the_part_is_refused_at_its_place() {
    let desk = Desk::new();
    let stray = desk.path("stray.mimpart.ron");
    assert!(at(&stray, 244, 13).starts_with("\"iso27001:A.5.9\": Answer("));
    let wanted = format!(
        "refused: {}:244:13: an answer for iso27001:A.5.9, which is not one of the part's requirements; expected answers only for the part's items (iso27001:A.5.1, iso27001:A.5.2, iso27001:A.5.3)",
        stray.display()
    );
    desk.refused(&[&stray], &wanted);
}

#[test]
fn a_workbook_that_is_not_a_zip_is_refused() {
    let desk = Desk::new();
    let bad = desk.write("lena.xlsx", b"Lena's answers, typed into a text editor\n");
    let wanted = format!(
        "refused: {}: is not a questionnaire that can be read",
        bad.display()
    );
    desk.refused(&[&bad], &wanted);
}

#[test]
fn a_workbook_without_the_handout_sheet_is_refused() {
    let desk = Desk::new();
    // The questionnaire's visible sheet copied into a new workbook, as "Save a copy" of one
    // sheet would: the hidden Handout sheet is gone.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Questionnaire").unwrap();
    sheet.write_string(5, 0, "Requirement").unwrap();
    sheet.write_string(6, 0, "iso27001:A.6.1").unwrap();
    sheet.write_string(6, 4, "4 – Managed").unwrap();
    let bad = desk.write("lena.xlsx", &book.save_to_buffer().unwrap());
    let wanted = format!(
        "refused: {}: has no sheet “Handout”, so it is no questionnaire of MIM Assistant",
        bad.display()
    );
    desk.refused(&[&bad], &wanted);
}

#[test]
fn a_file_that_is_neither_form_is_refused() {
    let desk = Desk::new();
    let bad = desk.write("lena.csv", b"iso27001:A.6.1,4\n");
    let wanted = format!(
        "refused: {}: is neither a part file nor a questionnaire",
        bad.display()
    );
    desk.refused(&[&bad], &wanted);
}

#[test]
fn validate_checks_part_files_at_their_place() {
    let desk = Desk::new();
    let good = desk.path("erik.mimpart.ron");
    let out = common::run_cli(&["validate", &good.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("part for Erik Holm, 3 requirements"));
    for (name, wanted) in [
        ("syntax.mimpart.ron", ":11:5: Expected comma"),
        (
            "stray.mimpart.ron",
            "which is not one of the part's requirements",
        ),
    ] {
        let path = desk.path(name);
        let out = common::run_cli(&["validate", &path.display().to_string()]);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!("{}", path.display())) && stderr.contains(wanted),
            "{stderr}"
        );
    }
}
