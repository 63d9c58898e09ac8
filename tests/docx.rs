//! The maturity report as a Word document, read back by another program than ours
//! (python-docx, through tests/scripts/read-docx.py): its headings carry Word's heading styles
//! and equal the report's headings, its scores table equals the one the PDF renders, its
//! headings down to level 2 are the PDF's bookmarks, its properties and alt texts are set; and
//! a report of hostile texts still makes a file python-docx opens.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use mim_assistant::assessment::example_assessment;
use mim_assistant::report::blocks::{
    Axis, Block, Card, Chart, Column, HeatKind, HeatMap, Masthead, Report, Signer, Table,
    TextStyle, Tone,
};
use mim_assistant::report::{maturity_report, render, to_docx};

mod common;

/// A Python with python-docx: `python3`, or the system's where `python3` is another one. None
/// (the test is skipped, saying why) only outside CI; in CI the test must run.
fn python_with_docx() -> Option<String> {
    for candidate in ["python3", "/usr/bin/python3"] {
        let found = Command::new(candidate)
            .args(["-c", "import docx"])
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return Some(candidate.to_owned());
        }
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must read the DOCX with python-docx: install python3-docx"
    );
    eprintln!("skipped: no python3 with python-docx here (install python3-docx)");
    None
}

/// What read-docx.py sees in `file`, asked for the table with `column`.
fn read_docx(python: &str, file: &Path, column: &str) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts/read-docx.py");
    let output = Command::new(python)
        .arg(script)
        .arg(file)
        .arg(column)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "python-docx could not read {}: {}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The style python-docx names for a heading of `level`.
fn style_name(level: u8) -> String {
    match level {
        0 => "Title".to_owned(),
        1..=3 => format!("Heading {level}"),
        _ => "Heading 3".to_owned(),
    }
}

/// The report's headings in reading order as (style name, text): bands are level-2 headings,
/// as the PDF bookmarks them.
fn expected_headings(blocks: &[Block], out: &mut Vec<(String, String)>) {
    for block in blocks {
        match block {
            Block::Heading { level, text } => out.push((style_name(*level), text.clone())),
            Block::Band { text, .. } => out.push((style_name(2), text.clone())),
            Block::KeepTogether(inner) => expected_headings(inner, out),
            _ => {}
        }
    }
}

/// The (style, text) pairs python-docx read.
fn style_and_text(headings: &serde_json::Value) -> Vec<(String, String)> {
    headings
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            let pair = strings(h);
            (pair[0].clone(), pair[1].clone())
        })
        .collect()
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn the_example_report_reads_the_same_in_word_as_in_the_pdf() {
    let Some(python) = python_with_docx() else {
        return;
    };
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let report = maturity_report(&assessment, &library);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.docx");
    std::fs::write(&file, to_docx(&report).unwrap()).unwrap();
    let seen = read_docx(&python, &file, "Complete");

    let mut expected = Vec::new();
    expected_headings(&report.blocks, &mut expected);
    let headings = style_and_text(&seen["headings"]);
    assert!(headings.len() > 20, "{headings:?}");
    assert_eq!(headings, expected);
    assert_eq!(headings[0].0, "Title");
    assert!(
        headings
            .iter()
            .any(|(s, t)| s == "Heading 1" && t == "Sign-off")
    );

    // The scores table, as the PDF renders it from the same block.
    let scores: Vec<&Table> = report
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) if t.columns.iter().any(|c| c.title == "Complete") => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(scores.len(), 1);
    let mut rows = vec![scores[0].columns.iter().map(|c| c.title.clone()).collect()];
    rows.extend(scores[0].rows.iter().cloned());
    let table: Vec<Vec<String>> = seen["table"]
        .as_array()
        .unwrap()
        .iter()
        .map(strings)
        .collect();
    assert_eq!(table, rows);
    assert_eq!(table[1][0], "MIM6 Securing Data");

    // The PDF's bookmarks are the document's headings of levels up to 2.
    let pdf = render(&report).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let bookmarks: Vec<(usize, String)> = doc
        .get_toc()
        .unwrap()
        .toc
        .iter()
        .map(|t| (t.level, t.title.clone()))
        .collect();
    let navigable: Vec<(usize, String)> = headings
        .iter()
        .filter(|(style, _)| style != "Heading 3")
        .map(|(style, text)| (if style == "Heading 2" { 2 } else { 1 }, text.clone()))
        .collect();
    assert_eq!(bookmarks, navigable);

    // Properties, and an alt text on every picture (the charts; the example has no logo).
    assert_eq!(seen["title"], report.info.title.as_str());
    assert_eq!(
        seen["author"],
        "Åsa Lindqvist, information security coordinator"
    );
    assert_eq!(seen["subject"], report.info.subject.as_str());
    assert_eq!(seen["keywords"], report.info.keywords.join(", ").as_str());
    assert_eq!(seen["language"], "en-GB");
    assert!(
        seen["created"]
            .as_str()
            .unwrap()
            .starts_with(&assessment.date)
    );
    let charts: usize = report
        .blocks
        .iter()
        .map(|b| match b {
            Block::Charts(c) => c.len(),
            _ => 0,
        })
        .sum();
    assert!(charts >= 2);
    assert_eq!(seen["pictures"], charts);
    assert_eq!(seen["pictures_with_alt_text"], charts);
}

fn hostile_report(odd: &str) -> Report {
    let mut report = Report::default();
    report.info.title = odd.to_owned();
    report.info.author = odd.to_owned();
    report.info.header = odd.to_owned();
    report.info.keywords = vec![odd.to_owned(), String::new()];
    report.info.date = "yesterday".into();
    report.info.language = "x<y".into();
    report.push(Block::Masthead(Masthead {
        logo: None,
        name: odd.to_owned(),
        detail: String::new(),
    }));
    report.heading(0, odd);
    report.heading(7, odd);
    report.paragraph(TextStyle::Lead, odd);
    report.push(Block::Band {
        text: odd.to_owned(),
        tone: Tone::Title,
    });
    report.push(Block::Cards(vec![Card {
        title: odd.to_owned(),
        value: String::new(),
        detail: odd.to_owned(),
        tone: Tone::Urgent,
    }]));
    report.push(Block::HeatMap(HeatMap {
        corner: odd.to_owned(),
        columns: vec![
            (odd.to_owned(), HeatKind::Level(7.0)),
            (String::new(), HeatKind::Open),
        ],
        rows: vec![
            (odd.to_owned(), vec![usize::MAX / 2, 0]),
            (String::new(), vec![]),
        ],
    }));
    report.push(Block::Table(Table {
        columns: vec![
            Column::tag(odd, f32::NAN, &[(odd, Tone::Soon)]),
            Column::number(odd, 0.0),
        ],
        rows: vec![vec![odd.to_owned(), odd.to_owned(), odd.to_owned()], vec![]],
    }));
    report.push(Block::KeepTogether(vec![
        Block::Heading {
            level: 3,
            text: String::new(),
        },
        Block::Facts(vec![(odd.to_owned(), odd.to_owned())]),
        Block::PageBreak,
    ]));
    report.push(Block::Charts(vec![
        Chart::Radar {
            title: odd.to_owned(),
            axes: Vec::new(),
            target: f64::INFINITY,
            range: (3.0, 3.0),
        },
        Chart::Bars {
            axes: vec![Axis {
                label: odd.to_owned(),
                value: Some(-4.0),
                shown: odd.to_owned(),
            }],
            target: -1.0,
            range: (0.0, 5.0),
        },
    ]));
    report.push(Block::Signatures(vec![Signer {
        role: odd.to_owned(),
        fields: vec![(odd.to_owned(), odd.to_owned())],
    }]));
    report.push(Block::Space(-5.0));
    report.push(Block::PageBreak);
    report
}

#[test]
fn a_report_of_hostile_texts_still_makes_a_document_python_docx_opens() {
    let Some(python) = python_with_docx() else {
        return;
    };
    let long_word = "Informationssäkerhetssamordnare".repeat(40);
    let odd =
        format!("a\u{0}b\u{7}c\u{1b}[2J <&>\"' ]]> \u{fffe}\u{ffff}\u{202e}{long_word}\t\r\n");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("odd.docx");
    std::fs::write(&file, to_docx(&hostile_report(&odd)).unwrap()).unwrap();
    let seen = read_docx(&python, &file, "<&>");
    let title = seen["title"].as_str().unwrap();
    assert!(title.contains("ab") && title.contains("<&>"), "{title}");
    assert!(!title.contains('\u{0}') && !title.contains('\u{1b}'));
    assert!(seen["headings"].as_array().unwrap().len() >= 3, "{seen}");
    assert_eq!(seen["pictures"], seen["pictures_with_alt_text"]);
    assert!(seen["created"].is_null());
}

#[test]
fn the_command_line_writes_a_docx_by_its_ending_and_never_over_a_file_of_another_kind() {
    let library = common::shipped();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("example.mimassess.ron");
    mim_assistant::assessment::save(&example_assessment(&library), &file).unwrap();
    let report = |output: &Path| {
        Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
            .arg("report")
            .arg(&file)
            .arg("-o")
            .arg(output)
            .output()
            .unwrap()
    };
    let docx = dir.path().join("Report.DOCX");
    let written = report(&docx);
    assert!(written.status.success(), "{written:?}");
    assert!(String::from_utf8_lossy(&written.stdout).contains("Report.DOCX"));
    let bytes = std::fs::read(&docx).unwrap();
    assert!(bytes.starts_with(b"PK\x03\x04"));
    // An earlier report is written over; a PDF under a .docx name is not.
    assert!(report(&docx).status.success());
    let pdf = dir.path().join("old.docx");
    std::fs::write(&pdf, b"%PDF-1.7\n").unwrap();
    let refused = report(&pdf);
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    assert_eq!(std::fs::read(&pdf).unwrap(), b"%PDF-1.7\n");
}

#[test]
fn the_tender_annex_as_docx_has_the_annex_headings_and_its_requirement_table() {
    let Some(python) = python_with_docx() else {
        return;
    };
    let library = common::shipped();
    let tender = mim_assistant::procurement::example_tender(&library);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("tender.mimtender.ron");
    mim_assistant::procurement::save_tender(&tender, &file).unwrap();
    let docx = dir.path().join("annex.docx");
    let written = Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .arg("annex")
        .arg(&file)
        .arg("-o")
        .arg(&docx)
        .output()
        .unwrap();
    assert!(written.status.success(), "{written:?}");
    let annex = mim_assistant::report::tender_annex(&tender, &library);
    let seen = read_docx(&python, &docx, "Where it belongs");
    let mut expected = Vec::new();
    expected_headings(&annex.blocks, &mut expected);
    let headings = style_and_text(&seen["headings"]);
    assert_eq!(headings, expected);
    let table = annex
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t) if t.columns.iter().any(|c| c.title == "Where it belongs") => Some(t),
            _ => None,
        })
        .unwrap();
    let rows: Vec<Vec<String>> = seen["table"]
        .as_array()
        .unwrap()
        .iter()
        .map(strings)
        .collect();
    assert_eq!(rows.len(), table.rows.len() + 1);
    assert_eq!(rows[1..], table.rows[..]);
}
