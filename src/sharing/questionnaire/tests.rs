//! Unit tests of the questionnaire: written, read back untouched, filled, and flagged.

use std::io::{Cursor, Read, Write};

use super::read::level_of;
use super::*;
use crate::assessment::{Contributor, example_assessment};
use crate::catalog;
use crate::sharing::{MergeRow, add_contributor, hand_out, plan_merge};

const A1: &str = "iso27001:A.5.1";
const A2: &str = "iso27001:A.5.2";
const A3: &str = "iso27001:A.5.3";
const PATH: &str = "erik.xlsx";

/// The example with a questionnaire for Erik of A.5.1 (level 2 with notes and evidence),
/// A.5.2 (not applicable) and A.5.3 (unanswered), in rows 7, 8 and 9.
fn handed_out() -> (Library, Assessment, Handout, Vec<u8>) {
    let library = catalog::load_embedded().library;
    let mut a = example_assessment(&library);
    let erik = Contributor {
        name: "Erik".into(),
        role: "IT operations".into(),
        ..Contributor::default()
    };
    add_contributor(&mut a.team, erik).unwrap();
    a.answers.insert(
        A1.into(),
        Answer {
            current: Some(2),
            notes: "Policy approved in 2024".into(),
            evidence: vec![Evidence {
                title: "ISMS policy".into(),
                link: "https://intranet.example/isms".into(),
                date: "2026-09-30".into(),
            }],
            changed: "2026-10-01".into(),
            ..Answer::default()
        },
    );
    a.answers.insert(
        A2.into(),
        Answer {
            not_applicable: Some("No such roles".into()),
            ..Answer::default()
        },
    );
    a.answers.remove(A3);
    let items = [A1, A2, A3].map(str::to_owned);
    let handout = hand_out(
        &mut a,
        &library,
        "Erik",
        &items,
        PartForm::Questionnaire,
        "2026-11-01",
    )
    .unwrap();
    let bytes = write_questionnaire(&a, &library, &handout).unwrap();
    (library, a, handout, bytes)
}

/// `book` with the cells `cells` (reference, text) of its first sheet holding inline
/// strings, as a spreadsheet program might save them; a cell the sheet lacks is added at
/// the end of its row, a row it lacks at the end of the sheet.
fn edit(book: &[u8], cells: &[(&str, &str)]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(book)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let mut xml = String::from_utf8(bytes).unwrap();
            for (cell, text) in cells {
                xml = put(&xml, cell, text);
            }
            bytes = xml.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn put(xml: &str, cell: &str, text: &str) -> String {
    let new = format!(
        "<c r=\"{cell}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
        text.replace('&', "&amp;").replace('<', "&lt;")
    );
    if let Some(start) = xml.find(&format!("<c r=\"{cell}\"")) {
        let tag_end = start + xml[start..].find('>').unwrap();
        let end = if xml[..tag_end].ends_with('/') {
            tag_end + 1
        } else {
            start + xml[start..].find("</c>").unwrap() + "</c>".len()
        };
        return format!("{}{new}{}", &xml[..start], &xml[end..]);
    }
    let row = cell.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    if let Some(at) = xml.find(&format!("<row r=\"{row}\"")) {
        let close = at + xml[at..].find("</row>").unwrap();
        return format!("{}{new}{}", &xml[..close], &xml[close..]);
    }
    let close = xml.find("</sheetData>").unwrap();
    format!(
        "{}<row r=\"{row}\">{new}</row>{}",
        &xml[..close],
        &xml[close..]
    )
}

fn read(a: &Assessment, library: &Library, bytes: &[u8]) -> ReturnedPart {
    read_questionnaire(bytes, PATH, a, library).unwrap()
}

#[test]
fn a_questionnaire_sent_back_untouched_reads_as_handed_out() {
    let (library, a, handout, bytes) = handed_out();
    let part = read(&a, &library, &bytes);
    assert!(part.flags.is_empty(), "{:#?}", part.flags);
    assert_eq!(part.handout, handout.id);
    assert_eq!(part.fingerprint, handout.fingerprint);
    assert_eq!(part.contributor, "Erik");
    assert!(part.submitted);
    assert_eq!(part.items, handout.items);
    assert_eq!(part.answers, handout.baseline, "the answers as handed out");
    assert_eq!(part.places[A2], "erik.xlsx: Questionnaire!A8");
    let plan = plan_merge(&a, &library, vec![part]);
    assert_eq!((plan.unchanged(), plan.taken()), (3, 0), "{:#?}", plan.rows);
}

#[test]
fn typed_levels_notes_and_not_applicable_are_read() {
    let (library, a, _, bytes) = handed_out();
    let filled = edit(
        &bytes,
        &[
            ("E7", "4 – Managed"),
            ("E8", ""),
            ("F8", "Roles are now assigned"),
            ("E9", "Not applicable"),
            ("F9", "Outsourced to the region"),
        ],
    );
    let part = read(&a, &library, &filled);
    assert!(part.flags.is_empty(), "{:#?}", part.flags);
    let a1 = &part.answers[A1];
    assert_eq!(a1.current, Some(4));
    assert_eq!(a1.notes, "Policy approved in 2024");
    assert_eq!(
        a1.evidence, a.answers[A1].evidence,
        "evidence left as it was"
    );
    let a2 = &part.answers[A2];
    assert_eq!((a2.current, a2.not_applicable.as_deref()), (None, None));
    assert_eq!(a2.notes, "Roles are now assigned");
    assert_eq!(
        part.answers[A3].not_applicable.as_deref(),
        Some("Outsourced to the region")
    );
    let plan = plan_merge(&a, &library, vec![part]);
    assert_eq!(plan.taken(), 3, "{:#?}", plan.rows);
    assert!(
        plan.rows
            .iter()
            .all(|r| matches!(r, MergeRow::Taken { .. }))
    );
}

#[test]
fn a_level_is_read_however_it_is_typed() {
    let (library, a, _, bytes) = handed_out();
    for typed in ["3", "3 - defined", "3 – Defined", " 3 ", "3.0"] {
        let part = read(&a, &library, &edit(&bytes, &[("E9", typed)]));
        assert!(part.flags.is_empty(), "{typed:?}: {:#?}", part.flags);
        assert_eq!(part.answers[A3].current, Some(3), "{typed:?}");
    }
}

#[test]
fn values_that_cannot_be_taken_are_flagged_at_their_cells() {
    let (library, a, _, bytes) = handed_out();
    let filled = edit(
        &bytes,
        &[
            ("E7", "7 – Excellent"),
            ("E8", "Not applicable"),
            ("F8", ""),
            ("E9", "3"),
            ("A10", "iso27001:A.5.9"),
        ],
    );
    let part = read(&a, &library, &filled);
    let flags: Vec<String> = part.flags.iter().map(ToString::to_string).collect();
    assert_eq!(flags.len(), 3, "{flags:#?}");
    assert!(
        flags[0].starts_with("erik.xlsx: Questionnaire!E7: “7 – Excellent” is not a level"),
        "{}",
        flags[0]
    );
    assert!(flags[0].contains("“1 – Initial”"), "{}", flags[0]);
    assert!(
        flags[1].starts_with("erik.xlsx: Questionnaire!F8: is empty"),
        "{}",
        flags[1]
    );
    assert!(
        flags[2].starts_with("erik.xlsx: Questionnaire!A10: iso27001:A.5.9 is not one"),
        "{}",
        flags[2]
    );
    let plan = plan_merge(&a, &library, vec![part]);
    assert_eq!(plan.flags.len(), 3);
    assert_eq!(plan.rows.len(), 1, "only the good row: {:#?}", plan.rows);
    assert_eq!(plan.taken(), 1);
}

#[test]
fn a_missing_row_is_flagged() {
    let (library, a, _, bytes) = handed_out();
    let part = read(&a, &library, &edit(&bytes, &[("A9", "")]));
    assert_eq!(part.flags.len(), 1, "{:#?}", part.flags);
    assert_eq!(part.flags[0].place, "erik.xlsx: Questionnaire");
    assert_eq!(part.flags[0].qid.as_deref(), Some(A3));
}

#[test]
fn a_workbook_that_is_no_questionnaire_is_refused() {
    let (library, a, _, _) = handed_out();
    let not_zip = read_questionnaire(b"PK\x03\x04 not really", PATH, &a, &library);
    let message = not_zip.unwrap_err().to_string();
    assert!(message.starts_with("erik.xlsx"), "{message}");
    assert!(
        message.contains("is not a questionnaire that can be read"),
        "{message}"
    );

    let mut other = Workbook::new();
    other.add_worksheet().write_string(0, 0, "hello").unwrap();
    let bytes = other.save_to_buffer().unwrap();
    let message = read_questionnaire(&bytes, PATH, &a, &library)
        .unwrap_err()
        .to_string();
    assert!(message.contains("has no sheet “Handout”"), "{message}");
}

#[test]
fn evidence_added_on_a_new_line_keeps_the_evidence_handed_out() {
    let (library, a, _, bytes) = handed_out();
    let line = a.answers[A1].evidence[0].describe();
    let cell = format!("{line}\nAudit report 2026");
    let part = read(&a, &library, &edit(&bytes, &[("G7", &cell)]));
    assert!(part.flags.is_empty(), "{:#?}", part.flags);
    let evidence = &part.answers[A1].evidence;
    assert_eq!(evidence.len(), 2);
    assert_eq!(evidence[0], a.answers[A1].evidence[0], "link and date kept");
    assert_eq!(evidence[1].title, "Audit report 2026");
    assert!(evidence[1].link.is_empty() && evidence[1].date.is_empty());
    let part = read(&a, &library, &edit(&bytes, &[("G7", "")]));
    assert!(part.answers[A1].evidence.is_empty(), "emptied, it is gone");
}

#[test]
fn a_requirement_given_two_rows_is_left_out() {
    let (library, a, _, bytes) = handed_out();
    let filled = edit(&bytes, &[("E7", "4"), ("A10", A1), ("E10", "5")]);
    let part = read(&a, &library, &filled);
    let flags: Vec<String> = part.flags.iter().map(ToString::to_string).collect();
    assert_eq!(
        flags,
        [
            "erik.xlsx: Questionnaire!A10: iso27001:A.5.1 has a second row; expected one row per requirement (its answer is left out)"
        ]
    );
    assert_eq!(
        part.places[A1], "erik.xlsx: Questionnaire!A7",
        "its first row"
    );
    let plan = plan_merge(&a, &library, vec![part]);
    assert!(plan.rows.iter().all(|r| r.qid() != A1), "{:#?}", plan.rows);
}

#[test]
fn levels_are_read_by_number_and_name() {
    let library = catalog::load_embedded().library;
    let scale = library.scale("cyfun-1-5");
    assert!(scale.is_some());
    for (text, level) in [
        ("1", Some(1)),
        ("5 – Optimizing", Some(5)),
        ("2 - repeatable", Some(2)),
        ("2.0", Some(2)),
        ("2 – Defined", None),
        ("0", None),
        ("6", None),
        ("2.5", None),
        ("two", None),
        ("", None),
        ("300", None),
    ] {
        assert_eq!(level_of(text, scale), level, "{text:?}");
    }
    assert_eq!(level_of("3", None), None, "no scale, no levels");
}
