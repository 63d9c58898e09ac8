//! The bidder response form end to end: written as XLSX and CSV, filled in here the way another
//! program would (the sheet XML edited inside the zip, the CSV rewritten by the csv crate),
//! imported, and evaluated; and bad forms refused with every problem located.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use mim_assistant::catalog::Library;
use mim_assistant::procurement::{
    BidResponse, BidStatus, Equivalence, EquivalenceDecision, ImportError, Outcome, ResponseCode,
    Tender, description_cells, evaluate, example_tender, import_response, response_form_csv,
    response_form_xlsx,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use sha2::{Digest, Sha256};

mod common;
#[path = "common/forms.rs"]
mod forms;
#[path = "common/xlsx_edit.rs"]
mod xlsx_edit;

/// The first item row of the form.
const FIRST_ITEM_ROW: usize = 7;

/// The example tender's items, by number: 1–10 are MUST (5 is mim6:R1), 11–16 are SHOULD with
/// the weights 20, 15, 20, 15, 10, 20 (src/procurement/example.rs).
fn setup() -> (Library, Tender) {
    let library = common::shipped();
    let tender = example_tender(&library);
    assert_eq!(tender.items.len(), 16);
    assert_eq!(tender.items[4].requirement, "mim6:R1");
    assert_eq!(tender.items[11].requirement, "mim2:R4.1");
    assert_eq!(tender.weight_total(), 100);
    (library, tender)
}

/// One bidder's answers: every item "Meets" with an evidence reference, except `special`
/// (item number, code, evidence, comment).
fn answers(tender: &Tender, slug: &str, special: &[(usize, &str, &str, &str)]) -> Vec<[String; 3]> {
    (1..=tender.items.len())
        .map(|number| {
            if let Some((_, code, evidence, comment)) = special.iter().find(|(n, ..)| *n == number)
            {
                [code, evidence, comment].map(|s| (*s).to_owned())
            } else {
                [
                    "Meets".to_owned(),
                    format!("https://{slug}.example/tender/SJB-2026-017#item-{number}"),
                    String::new(),
                ]
            }
        })
        .collect()
}

/// Nordvik: everything but item 15 (training, SHOULD 15); item 12 (mim2:R4.1, SHOULD 20) by an
/// equivalent.
fn nordvik(tender: &Tender) -> Vec<[String; 3]> {
    answers(
        tender,
        "nordvik",
        &[
            (
                12,
                "Meets by equivalent",
                "Data model guide v3, p. 14",
                "Our models follow schema.org plus ISO 19115, equivalent for this purpose.",
            ),
            (15, "Does not meet", "", "Training is sold separately."),
        ],
    )
}

/// Kanal: everything but item 14 (documentation, SHOULD 15); item 12 by an equivalent.
fn kanal(tender: &Tender) -> Vec<[String; 3]> {
    answers(
        tender,
        "kanal",
        &[
            (
                12,
                "meets by equivalent",
                "Annex B, section 2",
                "We use our own JSON models, documented, equivalent in our view.",
            ),
            (14, "N", "", ""),
        ],
    )
}

/// Brightwater: everything but MUST item 5 (mim6:R1).
fn brightwater(tender: &Tender) -> Vec<[String; 3]> {
    answers(
        tender,
        "brightwater",
        &[(5, "Does not meet", "", "Planned for next year.")],
    )
}

// ---------------------------------------------------------------------------------------------
// Filling an XLSX form the way another program would: the sheet's XML edited inside the zip.

/// The workbook `form` with `cells` (reference, text) filled in on the first sheet, as the
/// shared editor of tests/common/xlsx_edit.rs does it.
fn edit_xlsx(form: &[u8], cells: &[(String, String)]) -> Vec<u8> {
    let cells: Vec<(&str, &str)> = cells
        .iter()
        .map(|(cell, text)| (cell.as_str(), text.as_str()))
        .collect();
    xlsx_edit::edit_xlsx(form, &cells)
}

/// The cells a bidder fills in: B2 and H, I, J of every item row.
fn filled_cells(bidder: &str, answers: &[[String; 3]]) -> Vec<(String, String)> {
    let mut cells = vec![("B2".to_owned(), bidder.to_owned())];
    for (index, [code, evidence, comment]) in answers.iter().enumerate() {
        let row = FIRST_ITEM_ROW + index;
        for (col, text) in [("H", code), ("I", evidence), ("J", comment)] {
            if !text.is_empty() {
                cells.push((format!("{col}{row}"), text.clone()));
            }
        }
    }
    cells
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn fill_xlsx(
    dir: &Path,
    name: &str,
    form: &[u8],
    bidder: &str,
    answers: &[[String; 3]],
) -> PathBuf {
    write(dir, name, &edit_xlsx(form, &filled_cells(bidder, answers)))
}

// ---------------------------------------------------------------------------------------------
// Filling a CSV form: parsed and rewritten by the csv crate, as another program would.

fn csv_records(form: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(form.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn csv_text(records: &[Vec<String>], delimiter: u8, bom: bool) -> Vec<u8> {
    let start = if bom {
        "\u{feff}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    // Semicolons and CRLF, as a spreadsheet in a Swedish locale on Windows saves; else LF.
    let terminator = if delimiter == b';' {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .delimiter(delimiter)
        .terminator(terminator)
        .from_writer(start);
    for record in records {
        writer.write_record(record).unwrap();
    }
    writer.into_inner().unwrap()
}

/// The CSV form's records with the bidder's name and answers filled in.
fn fill_csv_records(form: &str, bidder: &str, answers: &[[String; 3]]) -> Vec<Vec<String>> {
    let mut records = csv_records(form, b',');
    records[1][1] = bidder.to_owned();
    for (index, answer) in answers.iter().enumerate() {
        let record = &mut records[FIRST_ITEM_ROW - 1 + index];
        record[7..10].clone_from_slice(answer);
    }
    records
}

fn refused(result: Result<BidResponse, ImportError>) -> Vec<String> {
    match result {
        Ok(response) => panic!("a bad form was imported: {response:?}"),
        Err(e) => {
            let lines: Vec<String> = e.problems.iter().map(ToString::to_string).collect();
            assert_eq!(e.to_string(), lines.join("\n"), "one problem per line");
            lines
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

// ---------------------------------------------------------------------------------------------

#[test]
fn the_xlsx_form_is_laid_out_as_the_layout_says() {
    let (library, tender) = setup();
    let form = response_form_xlsx(&tender, &library).unwrap();
    let mut book = Xlsx::new(Cursor::new(&form)).unwrap();
    assert_eq!(book.sheet_names(), ["Response", "Instructions"]);
    let sheet = book.worksheet_range("Response").unwrap();
    let text = |row: u32, col: u32| {
        sheet
            .get_value((row - 1, col))
            .map_or(String::new(), ToString::to_string)
    };
    assert_eq!(
        text(1, 0),
        "Bidder response form — Urban data platform for Sjöbacka (SJB-2026-017)"
    );
    assert_eq!(text(2, 0), "Bidder name");
    assert_eq!(text(2, 1), "");
    assert_eq!(
        (text(3, 0).as_str(), text(3, 1).as_str()),
        ("Tender reference", "SJB-2026-017")
    );
    assert_eq!(text(4, 1), "Urban data platform for Sjöbacka");
    let headings: Vec<String> = (0..10).map(|c| text(6, c)).collect();
    assert_eq!(
        headings,
        [
            "No.",
            "Item id",
            "Title",
            "Requirement",
            "MUST/SHOULD",
            "Weight",
            "Means of proof",
            "Response",
            "Evidence reference",
            "Comment"
        ]
    );
    assert_eq!(
        sheet.get_value((6, 0)),
        Some(&Data::Float(1.0)),
        "No. is a number"
    );
    assert_eq!(text(7, 1), "mim0:R1.1");
    assert_eq!(text(7, 4), "MUST");
    assert_eq!(text(7, 5), "pass/fail");
    assert_eq!(text(22, 1), "clauses:CL-A11Y");
    assert_eq!(text(22, 5), "pass/fail");
    assert_eq!(text(21, 5), "15");
    assert_eq!(text(23, 1), "", "nothing after the 16 items");

    let mut archive = zip::ZipArchive::new(Cursor::new(&form)).unwrap();
    let mut xml = String::new();
    archive
        .by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(xml.contains("<sheetProtection"), "the sheet is protected");
    assert!(
        xml.contains("formatColumns=\"0\""),
        "columns may be resized"
    );
    assert!(
        xml.contains("<dataValidation type=\"list\"")
            && xml.contains("sqref=\"H7:H22\"")
            && xml.contains("<formula1>\"Meets,Meets by equivalent,Does not meet\"</formula1>"),
        "the Response column offers the codes: {xml}"
    );
    assert!(
        xml.contains("<pane ySplit=\"6\""),
        "frozen below the headings"
    );
    assert!(!xml.contains("<f>"), "no formula anywhere");
    assert!(
        xml.contains("<mergeCell ref=\"B2:C2\""),
        "a wide bidder-name cell"
    );

    let instructions = book.worksheet_range("Instructions").unwrap();
    let all: Vec<String> = instructions
        .used_cells()
        .map(|(_, _, v)| v.to_string())
        .collect();
    let all = all.join("\n");
    for needle in [
        "Evidence reference",
        "Meets by equivalent",
        "excluded",
        "only once the buyer accepts the equivalence",
        ".xlsx",
        "UTF-8",
        "Do not add, remove or reorder rows or columns",
    ] {
        assert!(all.contains(needle), "instructions lack {needle:?}:\n{all}");
    }
}

#[test]
fn an_unfilled_form_is_refused_with_every_empty_cell_named() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = write(
        dir.path(),
        "blank.xlsx",
        &response_form_xlsx(&tender, &library).unwrap(),
    );
    let lines = refused(import_response(&xlsx, &tender, &library));
    assert_eq!(lines.len(), 17, "{lines:#?}");
    let shown = xlsx.display();
    assert_eq!(
        lines[0],
        format!(
            "{shown}: sheet “Response”, cell B2 (Bidder name): the bidder name is empty; \
             expected the bidder's name in cell B2"
        )
    );
    assert_eq!(
        lines[16],
        format!(
            "{shown}: sheet “Response”, cell H22 (Response): no response for item 16; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”"
        )
    );

    let csv = write(
        dir.path(),
        "blank.csv",
        response_form_csv(&tender, &library).as_bytes(),
    );
    let lines = refused(import_response(&csv, &tender, &library));
    assert_eq!(lines.len(), 17, "{lines:#?}");
    assert!(lines[1].starts_with(&format!(
        "{}:7:8 (Response): no response for item 1",
        csv.display()
    )));
}

#[test]
fn three_bidders_fill_the_xlsx_form_and_are_ranked() {
    let (library, mut tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_xlsx(&tender, &library).unwrap();
    let paths = [
        fill_xlsx(
            dir.path(),
            "nordvik.xlsx",
            &form,
            "  Nordvik Data AB ",
            &nordvik(&tender),
        ),
        fill_xlsx(
            dir.path(),
            "kanal.XLSX",
            &form,
            "Kanal Systems Oy",
            &kanal(&tender),
        ),
        fill_xlsx(
            dir.path(),
            "brightwater.xlsx",
            &form,
            "Brightwater Analytics Ltd",
            &brightwater(&tender),
        ),
    ];
    let responses: Vec<BidResponse> = paths
        .iter()
        .map(|p| import_response(p, &tender, &library).unwrap_or_else(|e| panic!("{e}")))
        .collect();

    let nordvik = &responses[0];
    assert_eq!(nordvik.bidder, "Nordvik Data AB", "the name is trimmed");
    assert_eq!(nordvik.source, paths[0].display().to_string());
    assert_eq!(
        nordvik.fingerprint,
        sha256_hex(&std::fs::read(&paths[0]).unwrap())
    );
    let order: Vec<&str> = nordvik
        .answers
        .iter()
        .map(|a| a.requirement.as_str())
        .collect();
    let items: Vec<&str> = tender
        .items
        .iter()
        .map(|i| i.requirement.as_str())
        .collect();
    assert_eq!(order, items, "answers in tender order");
    let twelve = nordvik.answer("mim2:R4.1").unwrap();
    assert_eq!(twelve.code, ResponseCode::MeetsEquivalent);
    assert_eq!(twelve.evidence, "Data model guide v3, p. 14");
    assert!(twelve.comment.starts_with("Our models follow schema.org"));
    assert_eq!(
        responses[1].answer("clauses:CL-DOCS").unwrap().code,
        ResponseCode::DoesNotMeet,
        "the letter N is read as “Does not meet”"
    );

    // The example's SHOULD weights: 11: 25, 12: 20, 13: 25, 14: 15, 15: 15 (= 100).
    // Before any decision the equivalences on item 12 earn nothing:
    //   Nordvik 25+0+25+15+0 = 65, Kanal 25+0+25+0+15 = 65 (equal points: by name),
    //   Brightwater excluded.
    let before = evaluate(&tender, &responses);
    let points: Vec<(&str, u32)> = before
        .bids
        .iter()
        .map(|b| (b.bidder.as_str(), b.points))
        .collect();
    assert_eq!(
        points,
        [
            ("Kanal Systems Oy", 65),
            ("Nordvik Data AB", 65),
            ("Brightwater Analytics Ltd", 100)
        ]
    );
    assert_eq!(before.bids[0].rank, Some(1));
    assert_eq!(before.bids[1].rank, Some(1), "equal points share a rank");

    // The evaluator accepts Nordvik's equivalence on item 12 and rejects Kanal's.
    //   Nordvik:     11: 25 + 12: 20 (accepted) + 13: 25 + 14: 15 + 15: 0  = 85 → rank 1
    //   Kanal:       11: 25 + 12: 0 (rejected)  + 13: 25 + 14: 0  + 15: 15 = 65 → rank 2
    //   Brightwater: every SHOULD met = 100 points, but MUST item 5 not met → excluded, no rank.
    for (bidder, accepted) in [("Nordvik Data AB", true), ("Kanal Systems Oy", false)] {
        tender.decisions.push(EquivalenceDecision {
            bidder: bidder.to_owned(),
            requirement: "mim2:R4.1".to_owned(),
            accepted,
            reason: String::new(),
            form_sha256: String::new(),
        });
    }
    let evaluation = evaluate(&tender, &responses);
    let [first, second, third] = &evaluation.bids[..] else {
        panic!("three bids: {evaluation:#?}")
    };
    assert_eq!(
        (
            first.bidder.as_str(),
            first.points,
            first.rank,
            &first.status
        ),
        ("Nordvik Data AB", 85, Some(1), &BidStatus::Compliant)
    );
    assert_eq!(
        (
            second.bidder.as_str(),
            second.points,
            second.rank,
            &second.status
        ),
        ("Kanal Systems Oy", 65, Some(2), &BidStatus::Compliant)
    );
    assert_eq!(
        (
            third.bidder.as_str(),
            third.points,
            third.rank,
            &third.status
        ),
        (
            "Brightwater Analytics Ltd",
            100,
            None,
            &BidStatus::Excluded(vec![5])
        )
    );
    assert_eq!(first.items[11].equivalence, Equivalence::Accepted);
    assert_eq!(
        first.items[11].outcome,
        Outcome::Points {
            earned: 20,
            weight: 20
        }
    );
    assert_eq!(second.items[11].equivalence, Equivalence::Rejected);
    assert_eq!(
        second.items[11].outcome,
        Outcome::Points {
            earned: 0,
            weight: 20
        }
    );
    assert_eq!(third.items[4].outcome, Outcome::Fail);
}

#[test]
fn a_filled_csv_form_round_trips_with_or_without_bom_and_with_semicolons_or_tabs() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    assert!(form.starts_with('\u{feff}'), "UTF-8 with a byte-order mark");
    let lines: Vec<&str> = form.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 22, "rows 1 to 6 and 16 items, one line each");
    assert!(lines[0].starts_with("Bidder response form — Urban data platform for Sjöbacka"));
    assert_eq!(lines[1], "Bidder name,,,,,,,,,");
    assert_eq!(
        lines[5],
        "No.,Item id,Title,Requirement,MUST/SHOULD,Weight,Means of proof,Response,Evidence reference,Comment"
    );
    assert!(lines[6].starts_with("1,mim0:R1.1,"), "{}", lines[6]);
    assert!(lines[6].ends_with(",,,"), "input cells empty: {}", lines[6]);

    let records = fill_csv_records(&form, "Kanal Systems Oy", &kanal(&tender));
    let bom = write(dir.path(), "kanal.csv", &csv_text(&records, b',', true));
    let plain = write(
        dir.path(),
        "kanal-plain.CSV",
        &csv_text(&records, b',', false),
    );
    let semicolons = write(
        dir.path(),
        "kanal-semicolons.csv",
        &csv_text(&records, b';', true),
    );
    let tabs = write(
        dir.path(),
        "kanal-tabs.csv",
        &csv_text(&records, b'\t', false),
    );
    let from_xlsx = import_response(
        &fill_xlsx(
            dir.path(),
            "kanal.xlsx",
            &response_form_xlsx(&tender, &library).unwrap(),
            "Kanal Systems Oy",
            &kanal(&tender),
        ),
        &tender,
        &library,
    )
    .unwrap();
    for path in [bom, plain, semicolons, tabs] {
        let response = import_response(&path, &tender, &library).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(response.bidder, "Kanal Systems Oy");
        assert_eq!(
            response.answers,
            from_xlsx.answers,
            "{} reads as the XLSX does",
            path.display()
        );
        assert_eq!(
            response.fingerprint,
            sha256_hex(&std::fs::read(&path).unwrap())
        );
    }
}

#[test]
fn a_wrong_code_is_named_at_its_cell() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_xlsx(&tender, &library).unwrap();
    let mut bid = nordvik(&tender);
    bid[5][0] = "Yes".to_owned();
    let path = fill_xlsx(dir.path(), "acme.xlsx", &form, "Acme", &bid);
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(
        lines,
        [format!(
            "{}: sheet “Response”, cell H12 (Response): “Yes” is not a response; \
             expected one of “Meets”, “Meets by equivalent”, “Does not meet”",
            path.display()
        )]
    );
}

#[test]
fn every_problem_in_a_csv_is_collected_and_located() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    let title3 = description_cells(&tender, 2, &library)[2].clone();
    let mut records = fill_csv_records(&form, "", &brightwater(&tender));
    records[2][1] = "SJB-2025-001".to_owned(); // line 3: another tender's reference
    records[6][7] = "Yes".to_owned(); // line 7, item 1: not a code
    records[7][8] = String::new(); // line 8, item 2: "Meets" without evidence
    records[8][2] = "A better title".to_owned(); // line 9, item 3: description changed
    records[9][7] = "  ".to_owned(); // line 10, item 4: no response
    records[10] = records[11].clone(); // line 11: item 6 again, so item 5 has no row
    records[16][7] = "Meets by equivalent".to_owned(); // line 17, item 11: no comment
    records[21][1] = "clauses:CL-NOPE".to_owned(); // line 22: unknown id, item 16 missing
    records.push(vec![String::new(); 10]); // blank rows after the table are fine
    let path = write(dir.path(), "bids.csv", &csv_text(&records, b',', true));
    let p = path.display();
    let lines = refused(import_response(&path, &tender, &library));
    let choices = "one of “Meets”, “Meets by equivalent”, “Does not meet”";
    assert_eq!(
        lines,
        [
            format!(
                "{p}:2:2 (Bidder name): the bidder name is empty; expected the bidder's name in cell B2"
            ),
            format!(
                "{p}:3:2: the form is for tender “SJB-2025-001”; expected “SJB-2026-017”, this tender's reference (use the form sent out for it)"
            ),
            format!("{p}:7:8 (Response): “Yes” is not a response; expected {choices}"),
            format!(
                "{p}:8:9 (Evidence reference): “Meets” without an evidence reference; expected where the proof is: a URL, a document with page, a test account"
            ),
            format!(
                "{p}:9:3 (Title): the description of item 3 was changed: “A better title”; expected “{title3}” as sent out (columns A to G are not to be changed)"
            ),
            format!("{p}:10:8 (Response): no response for item 4; expected {choices}"),
            format!(
                "{p}:12:2 (Item id): a second row for item 6 (mim6:R2); the first is line 11; expected one row per item"
            ),
            format!(
                "{p}:17:10 (Comment): “Meets by equivalent” without a comment; expected what is offered instead and why it is equivalent"
            ),
            format!(
                "{p}:22:2 (Item id): unknown item “clauses:CL-NOPE”: not in this tender; expected an item id of this tender, as in the form sent out"
            ),
            format!(
                "{p}:23: missing row for item 5 (mim6:R1); expected a row for every item of the tender, as in the form sent out"
            ),
            format!(
                "{p}:23: missing row for item 16 (clauses:CL-A11Y); expected a row for every item of the tender, as in the form sent out"
            ),
        ]
    );
}

#[test]
fn numbers_may_come_back_as_text_or_as_decimals() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_xlsx(&tender, &library).unwrap();
    let mut cells = filled_cells("Nordvik Data AB", &nordvik(&tender));
    // No. of item 1 as the text "1", of item 2 as "2.0"; the weight of item 11 as text.
    cells.extend([
        ("A7".to_owned(), "1".to_owned()),
        ("A8".to_owned(), "2.0".to_owned()),
        ("F17".to_owned(), " 25 ".to_owned()),
    ]);
    let path = write(dir.path(), "numbers.xlsx", &edit_xlsx(&form, &cells));
    let response = import_response(&path, &tender, &library).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.answers.len(), 16);
}

#[test]
fn extra_columns_are_refused_at_their_first_value() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_xlsx(&tender, &library).unwrap();
    let mut cells = filled_cells("Nordvik Data AB", &nordvik(&tender));
    cells.extend([
        ("K6".to_owned(), "Price".to_owned()),
        ("K9".to_owned(), "12 000 EUR".to_owned()),
        ("M20".to_owned(), "see offer".to_owned()),
    ]);
    let path = write(dir.path(), "extra.xlsx", &edit_xlsx(&form, &cells));
    let p = path.display();
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(
        lines,
        [
            format!(
                "{p}: sheet “Response”, cell K6: a value outside the form's columns A to J: “Price”; expected nothing right of column J; remarks belong in Comment"
            ),
            format!(
                "{p}: sheet “Response”, cell M20: a value outside the form's columns A to J: “see offer”; expected nothing right of column J; remarks belong in Comment"
            ),
        ]
    );

    // The same in a CSV: an eleventh field.
    let form = response_form_csv(&tender, &library);
    let mut records = fill_csv_records(&form, "Nordvik Data AB", &nordvik(&tender));
    records[8].push("12 000 EUR".to_owned());
    let path = write(dir.path(), "extra.csv", &csv_text(&records, b',', true));
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(lines.len(), 1);
    assert!(
        lines[0].starts_with(&format!(
            "{}:9:11: a value outside the form's columns A to J: “12 000 EUR”",
            path.display()
        )),
        "{lines:?}"
    );
}

#[test]
fn changed_headings_are_named_and_the_items_not_misread() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    let mut records = fill_csv_records(&form, "Nordvik Data AB", &nordvik(&tender));
    records[5][7] = "Answer".to_owned();
    let path = write(dir.path(), "headings.csv", &csv_text(&records, b',', true));
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(
        lines,
        [format!(
            "{}:6:8 (Response): the heading “Answer” is not the form's; expected “Response” \
             (columns are not to be added, removed or reordered)",
            path.display()
        )]
    );

    // The same with semicolons or tabs: the file is split by its own separator whatever its
    // headings say, so only the heading is named (Nordvik's answers hold commas, too).
    for (name, delimiter) in [
        ("headings-semicolons.csv", b';'),
        ("headings-tabs.csv", b'\t'),
    ] {
        let path = write(dir.path(), name, &csv_text(&records, delimiter, true));
        let lines = refused(import_response(&path, &tender, &library));
        assert_eq!(
            lines,
            [format!(
                "{}:6:8 (Response): the heading “Answer” is not the form's; expected “Response” \
                 (columns are not to be added, removed or reordered)",
                path.display()
            )]
        );
    }
    // A heading deleted outright, and one cell of the first item row: still read by semicolons.
    records[5][2] = String::new();
    records[6][3] = "Changed".to_owned();
    let path = write(dir.path(), "two.csv", &csv_text(&records, b';', true));
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines[0].contains(":6:3 (Title): the heading is missing"),
        "{lines:?}"
    );
    assert!(
        lines[1].contains(":6:8 (Response): the heading “Answer”"),
        "{lines:?}"
    );
}

/// A workbook as another program would write it from the form's cells: one sheet "Response",
/// every cell as text.
fn workbook_of(records: &[Vec<String>]) -> Workbook {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Response").unwrap();
    for (row, record) in records.iter().enumerate() {
        for (col, cell) in record.iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string(row as u32, col as u16, cell).unwrap();
            }
        }
    }
    workbook
}

#[test]
fn a_formula_is_refused_even_with_the_right_result() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    // A workbook written by another program from the CSV form's cells, all as text, with one
    // answer computed by a formula.
    let records = fill_csv_records(
        &response_form_csv(&tender, &library),
        "Nordvik Data AB",
        &nordvik(&tender),
    );
    let mut workbook = workbook_of(&records);
    let sheet = workbook.worksheet_from_index(0).unwrap();
    sheet
        .write_formula(8, 7, Formula::new("=\"Meets\"").set_result("Meets"))
        .unwrap();
    let path = write(
        dir.path(),
        "formula.xlsx",
        &workbook.save_to_buffer().unwrap(),
    );
    let lines = refused(import_response(&path, &tender, &library));
    assert_eq!(
        lines,
        [format!(
            "{}: sheet “Response”, cell H9 (Response): a formula (=\"Meets\"); \
             expected a typed value, not a formula",
            path.display()
        )]
    );
}

#[test]
fn dates_typed_in_excel_come_back_as_dates() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    // A workbook written by another program from the CSV form's cells, with an evidence
    // reference and a comment typed as dates, which Excel stores as serial numbers.
    let records = fill_csv_records(
        &response_form_csv(&tender, &library),
        "Nordvik Data AB",
        &nordvik(&tender),
    );
    let mut workbook = workbook_of(&records);
    let sheet = workbook.worksheet_from_index(0).unwrap();
    let first = FIRST_ITEM_ROW as u32 - 1;
    let day = ExcelDateTime::from_ymd(2026, 3, 1).unwrap();
    // Item 1: evidence "2026-03-01 14:30" (a demo session); item 15: comment a date alone.
    sheet
        .write_datetime_with_format(
            first,
            8,
            day.clone().and_hms(14, 30, 0).unwrap(),
            &Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        )
        .unwrap();
    sheet
        .write_datetime_with_format(
            first + 14,
            9,
            &day,
            &Format::new().set_num_format("dd/mm/yyyy"),
        )
        .unwrap();
    let path = write(
        dir.path(),
        "dates.xlsx",
        &workbook.save_to_buffer().unwrap(),
    );
    let response = import_response(&path, &tender, &library).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.answers[0].evidence, "2026-03-01 14:30");
    assert_eq!(response.answers[14].code, ResponseCode::DoesNotMeet);
    assert_eq!(
        response.answers[14].comment, "2026-03-01",
        "not the serial 46082"
    );
}

#[test]
fn files_that_are_not_forms_are_refused_with_one_clear_line() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let expect = |path: &Path, line: String| {
        assert_eq!(
            refused(import_response(path, &tender, &library)),
            [line],
            "{}",
            path.display()
        );
    };

    for name in ["empty.xlsx", "empty.csv"] {
        let path = write(dir.path(), name, b"");
        expect(
            &path,
            format!(
                "{}: the file is empty (0 bytes); expected a filled response form",
                path.display()
            ),
        );
    }
    let path = write(dir.path(), "bom-only.csv", "\u{feff}\r\n".as_bytes());
    expect(
        &path,
        format!(
            "{}: the form holds no values; expected the response form as sent out, filled in",
            path.display()
        ),
    );
    let path = write(dir.path(), "text.xlsx", b"No.,Item id\n");
    expect(
        &path,
        format!(
            "{}: the file is not an XLSX workbook (it is not a zip archive); \
             expected a workbook saved as .xlsx (Excel 2007 or later)",
            path.display()
        ),
    );
    let path = write(dir.path(), "bid.ods", b"whatever");
    expect(
        &path,
        format!(
            "{}: the file name ends neither in .xlsx nor in .csv; \
             expected a response form saved as .xlsx (Excel workbook) or .csv (CSV UTF-8)",
            path.display()
        ),
    );
    let missing = dir.path().join("missing.xlsx");
    let lines = refused(import_response(&missing, &tender, &library));
    assert!(lines[0].contains("cannot read the file"), "{lines:?}");

    let mut workbook = Workbook::new();
    workbook.add_worksheet().write_string(0, 0, "x").unwrap();
    workbook.add_worksheet().set_name("Notes").unwrap();
    let path = write(
        dir.path(),
        "renamed.xlsx",
        &workbook.save_to_buffer().unwrap(),
    );
    expect(
        &path,
        format!(
            "{}: the workbook has no sheet “Response” (its sheets: “Sheet1”, “Notes”); \
             expected the sheet “Response” of the form as sent out, not renamed",
            path.display()
        ),
    );
}

#[test]
fn a_csv_in_latin_1_is_refused_at_the_first_bad_byte() {
    let (library, tender) = setup();
    let fixture = Path::new("tests/fixtures/forms/latin1.csv");
    let bytes = std::fs::read(fixture).unwrap();
    assert!(bytes.contains(&0xF6), "the fixture holds “ö” as Latin-1");
    assert_eq!(
        refused(import_response(fixture, &tender, &library)),
        [
            "tests/fixtures/forms/latin1.csv:2:2 (Bidder name): the file is not UTF-8 text: \
          byte 0xF6 (character 17 of the line); expected a CSV saved as UTF-8 \
          (“CSV UTF-8” in the spreadsheet's Save as)"
        ]
    );
}

#[test]
fn reordered_rows_keep_their_answers_by_item_id_in_csv_and_xlsx() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    let records = fill_csv_records(&form, "Kanal Systems Oy", &kanal(&tender));
    let in_order = import_response(
        &write(dir.path(), "in-order.csv", &csv_text(&records, b',', false)),
        &tender,
        &library,
    )
    .unwrap();
    // The item rows sorted by item id, as a bidder sorting the sheet would leave them; each
    // row keeps its own number and description.
    let mut reordered = records.clone();
    reordered[FIRST_ITEM_ROW - 1..].sort_by(|a, b| a[1].cmp(&b[1]).reverse());
    assert_ne!(reordered, records, "the rows did move");
    let csv = write(dir.path(), "sorted.csv", &csv_text(&reordered, b',', false));
    let xlsx = dir.path().join("sorted.xlsx");
    workbook_of(&reordered).save(&xlsx).unwrap();
    for path in [csv, xlsx] {
        let response = import_response(&path, &tender, &library).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            response.answers,
            in_order.answers,
            "{}: the answers come back in tender order",
            path.display()
        );
    }
}

#[test]
fn a_control_character_in_a_response_is_refused_and_shown_by_its_code() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    let mut records = fill_csv_records(&form, "Acme", &nordvik(&tender));
    records[FIRST_ITEM_ROW - 1][7] = "Me\0ets".to_owned();
    records[FIRST_ITEM_ROW][7] = "Meets\u{1}".to_owned();
    let path = write(dir.path(), "nul.csv", &csv_text(&records, b',', false));
    let lines = refused(import_response(&path, &tender, &library));
    let choices = "expected one of “Meets”, “Meets by equivalent”, “Does not meet”";
    assert_eq!(
        lines,
        [
            format!(
                "{}:7:8 (Response): “Me<U+0000>ets” is not a response; {choices}",
                path.display()
            ),
            format!(
                "{}:8:8 (Response): “Meets<U+0001>” is not a response; {choices}",
                path.display()
            ),
        ]
    );
}

#[test]
fn a_cell_longer_than_a_spreadsheet_cell_is_refused_at_its_cell() {
    let (library, tender) = setup();
    let dir = tempfile::tempdir().unwrap();
    let form = response_form_csv(&tender, &library);
    let mut records = fill_csv_records(&form, "Acme", &nordvik(&tender));
    // 30 MB of comment: laid out in the evaluation report, it made 19,766 pages.
    records[FIRST_ITEM_ROW - 1][9] = "x".repeat(30_000_000);
    records[FIRST_ITEM_ROW][9] = "y".repeat(mim_assistant::spreadsheet::CELL_LIMIT);
    let path = write(dir.path(), "long.csv", &csv_text(&records, b',', false));
    assert_eq!(
        refused(import_response(&path, &tender, &library)),
        [format!(
            "{}:7:10 (Comment): a text of 30000000 characters, longer than a cell holds; \
             expected at most 32767 characters in a cell; longer proof belongs in a document \
             named in Evidence reference",
            path.display()
        )],
        "a cell of exactly the limit is fine"
    );
}

#[test]
fn a_should_items_clause_reads_as_a_recommendation_and_forms_sent_before_still_import() {
    let (library, mut tender) = setup();
    // Item 14 is SHOULD in the example; make item 1 SHOULD too, so that both a catalog SHALL
    // and a catalog SHOULD requirement are kept as SHOULD.
    tender.items[0].modality = mim_assistant::procurement::Modality::Should { weight: 0 };
    let mut reworded = Vec::new();
    for (index, item) in tender.items.iter().enumerate() {
        let clause = &library
            .requirement(&item.requirement)
            .unwrap()
            .requirement
            .tender_clause;
        let text = description_cells(&tender, index, &library)[3].clone();
        let says = |word: &str| text.split(|c: char| !c.is_alphabetic()).any(|w| w == word);
        if item.modality.keyword() == "SHOULD" {
            assert!(
                !says("shall") && !says("must"),
                "item {}: {text}",
                index + 1
            );
        } else {
            assert!(!says("should"), "item {}: {text}", index + 1);
        }
        // A SHOULD item whose catalog clause obliges ("shall", never "should"): the form sent
        // out before read "shall" where it now reads "should".
        let obliges = clause.contains("shall") && !clause.contains("should");
        if item.modality.keyword() == "SHOULD" && obliges {
            let before = text.replace("should", "shall");
            reworded.push((text, before));
        }
    }
    assert!(!reworded.is_empty(), "some SHOULD item's clause said shall");
    // The annex prints the clause as the form has it.
    let pdf =
        mim_assistant::report::render(&mim_assistant::report::tender_annex(&tender, &library))
            .unwrap();
    let annex = common::pdf_text(&pdf.bytes);
    let (recommendation, _) = &reworded[0];
    let opening: String = recommendation
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(opening.contains("should"), "{opening}");
    assert!(annex.contains(&opening), "the annex reads {opening:?}");

    // A form written before (with the catalog's "shall") is still read back.
    let filled = forms::fill_csv(
        &response_form_csv(&tender, &library),
        "Nordvik Data AB",
        &[],
    );
    let mut earlier = filled.clone();
    for (now, before) in &reworded {
        earlier = earlier.replace(now.as_str(), before);
    }
    assert_ne!(earlier, filled);
    let format = mim_assistant::procurement::FormFormat::Csv;
    for form in [filled, earlier] {
        let read = mim_assistant::procurement::import_response_bytes(
            form.as_bytes(),
            format,
            "bid.csv",
            &tender,
            &library,
        );
        assert!(read.is_ok(), "{}", read.unwrap_err());
    }
}
