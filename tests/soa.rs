//! The ISO/IEC 27001:2022 Statement of Applicability: the example lists the 93 Annex A
//! controls with totals that add up and agree with its answers; a control out of scope takes its
//! status from the mappings; the workbook holds the same rows (formula-like text kept as text,
//! levels as numbers) and the PDF renders; the command line refuses another ending.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use calamine::{Data, Reader, Xlsx};
use mim_assistant::assessment::{
    FrameworkChoice, Insights, SoaStatus, example_assessment, statement_of_applicability,
};
use mim_assistant::catalog::load_embedded;
use mim_assistant::export::soa_xlsx;
use mim_assistant::report::{render, soa::soa_report};

#[test]
fn the_example_lists_every_annex_a_control_with_totals_that_add_up() {
    let library = load_embedded().library;
    let mut a = example_assessment(&library);
    // A not-applicable reason that a spreadsheet would take for a formula.
    a.answers.get_mut("iso27001:A.7.5").unwrap().not_applicable = Some("=no rooms".into());
    let insights = Insights::compute(&a, &library);
    let soa = statement_of_applicability(&a, &library, &insights).unwrap();
    let t = soa.totals;
    assert_eq!(t.controls, 93);
    assert_eq!(
        soa.themes
            .iter()
            .map(|th| th.controls.len())
            .collect::<Vec<_>>(),
        [37, 8, 14, 34]
    );
    assert_eq!(t.included + t.excluded, 93);
    assert_eq!(
        t.implemented + t.below_target + t.not_answered + t.derived,
        t.included
    );
    // By hand from the answers: every Annex A control marked not applicable is excluded.
    let excluded = a
        .answers
        .iter()
        .filter(|(q, ans)| q.starts_with("iso27001:A.") && ans.is_not_applicable())
        .count();
    assert_eq!(t.excluded, excluded);
    assert_eq!(t.derived, 0, "Annex A is assessed directly in the example");
    let control = |qid: &str| {
        soa.themes
            .iter()
            .flat_map(|th| &th.controls)
            .find(|c| c.qid == qid)
            .unwrap()
    };
    let access = control("iso27001:A.5.15");
    assert_eq!(
        (access.status, access.level),
        (SoaStatus::Implemented, Some(3))
    );
    assert!(
        access.led_to_by.iter().any(|q| q == "mim6:R1"),
        "MIM6 R1 leads to it"
    );
    let rooms = control("iso27001:A.7.5");
    assert!(!rooms.included && rooms.status == SoaStatus::Excluded);

    // The workbook: a heading row and the 93 controls, formula-like text as text.
    let bytes = soa_xlsx(&a, &soa).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Statement").unwrap();
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows.len(), 94);
    assert_eq!(rows[1][1], Data::String("A.5.1".into()));
    let rooms_row = rows
        .iter()
        .find(|r| r[1] == Data::String("A.7.5".into()))
        .unwrap();
    assert_eq!(rooms_row[4], Data::String("Excluded: =no rooms".into()));
    let access_row = rows
        .iter()
        .find(|r| r[1] == Data::String("A.5.15".into()))
        .unwrap();
    assert_eq!(access_row[6], Data::Float(3.0), "levels are numbers");
    assert!(
        book.worksheet_formula("Statement")
            .unwrap()
            .used_cells()
            .next()
            .is_none()
    );

    // The PDF, from the same statement.
    let pdf = render(&soa_report(&a, &soa)).unwrap();
    assert!(pdf.pages >= 5, "{} pages", pdf.pages);
}

#[test]
fn controls_out_of_scope_take_their_status_from_the_mappings() {
    let library = load_embedded().library;
    let mut a = example_assessment(&library);
    a.frameworks = vec![FrameworkChoice {
        framework: "mim6".into(),
        groups: Vec::new(),
    }];
    let insights = Insights::compute(&a, &library);
    let soa = statement_of_applicability(&a, &library, &insights).unwrap();
    assert_eq!(soa.totals.derived, 93, "none assessed directly");
    let access = soa.themes[0]
        .controls
        .iter()
        .find(|c| c.qid == "iso27001:A.5.15")
        .unwrap();
    assert!(matches!(access.status, SoaStatus::Derived(_)));
    assert_eq!(access.level, Some(3), "MIM6 R1 (equal) carries its level");
}

#[test]
fn the_command_line_writes_xlsx_and_pdf_and_refuses_other_endings() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("city.mimassess.ron");
    let file = file.display().to_string();
    assert!(
        common::run_cli(&["example", "assessment", "-o", &file])
            .status
            .success()
    );
    for (name, code) in [("soa.xlsx", 0), ("soa.pdf", 0), ("soa.docx", 2)] {
        let out = dir.path().join(name).display().to_string();
        let result = common::run_cli(&["soa", &file, "-o", &out]);
        assert_eq!(result.status.code(), Some(code), "{name}: {result:?}");
    }
    assert!(!dir.path().join("soa.docx").exists());
}
