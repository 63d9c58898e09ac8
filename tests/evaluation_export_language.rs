//! The evaluation report of bids and the table export in Swedish and German: built from the
//! examples with the document's language, read back as a reader's tools read them (the PDF's
//! text through lopdf, the workbook through calamine, the CSV through the csv crate), and
//! checked for English boilerplate left behind, for the translated words, and for numbers that
//! stay numbers.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mim_assistant::assessment::example_assessment;
use mim_assistant::catalog::Library;
use mim_assistant::export::{COLUMNS, columns, export_rows, to_csv, to_xlsx};
use mim_assistant::procurement::{
    BidResponse, EquivalenceDecision, ItemResponse, ResponseCode, Tender, evaluate, example_tender,
};
use mim_assistant::report::{evaluation_report, render};
use mim_assistant::words::Words;

mod common;

/// The words the evaluation report prints in English: headings, instructions, column names,
/// labels. None may be left in a Swedish or German report.
const ENGLISH_EVALUATION: &[&str] = &[
    "Evaluation of bids",
    "Evaluation report for the evaluation committee",
    "Tender issued",
    "Report made",
    "Bids evaluated",
    "points in total",
    "Summary",
    "ranks first",
    "is excluded",
    "It fails",
    "equivalence claimed and rejected",
    "answered",
    "is not ranked yet",
    "so far",
    "may still change",
    "Ranking",
    "Only bids that meet every MUST item are ranked",
    "shown for information",
    "Method",
    "pass/fail",
    "Every SHOULD item earns its full weight",
    "left without an answer",
    "Item by item",
    "One row per item",
    "MUST / weight",
    "MUST items met",
    "Bids 1 to 3 of 5",
    "equiv.",
    "Pass",
    "Fail",
    "Pending",
    "excluded",
    "not ranked yet",
    "Equivalence claims",
    "What the bidder offers",
    "Decision",
    "Reason",
    "Accepted",
    "Not decided yet",
    "match no equivalence claimed",
    "Bid by bid",
    "Every answer of every bid",
    "Form read",
    "was not given to the report",
    "Response",
    "Evidence reference",
    "Comment",
    "Result",
    "Meets by equivalent",
    "Does not meet",
    "Files read",
    "The response forms this evaluation was made from",
    "SHA-256 fingerprint",
    "the item texts are in the tender annex",
    "Bidder",
    "Points",
    "Rank",
    "Meets every MUST",
    "Open: equivalence to decide",
];

/// Whether `phrase` occurs in `text` as whole words (so "Pass" is not found in "Passwort").
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A complete response answering "Meets" everywhere except `overrides`; comments in the
/// bidder's own words, which the report quotes as they are.
fn response(tender: &Tender, bidder: &str, overrides: &[(usize, ResponseCode)]) -> BidResponse {
    BidResponse {
        bidder: bidder.to_owned(),
        source: format!("{}.xlsx", bidder.to_lowercase().replace(' ', "-")),
        fingerprint: format!("{:064x}", bidder.len()),
        answers: tender
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let code = overrides
                    .iter()
                    .find(|(n, _)| *n == i + 1)
                    .map_or(ResponseCode::Meets, |(_, c)| *c);
                ItemResponse {
                    requirement: item.requirement.clone(),
                    code,
                    evidence: format!("https://docs.example/{}", i + 1),
                    comment: if code == ResponseCode::MeetsEquivalent {
                        "Lösung XY".to_owned()
                    } else {
                        String::new()
                    },
                }
            })
            .collect(),
    }
}

/// The example tender in `language` with five bids: Alfa meets all but one SHOULD; Beta fails
/// MUST item 5 and has an equivalence on MUST item 2 rejected; Gamma has equivalences accepted
/// on items 3 and 13 and one undecided on SHOULD item 12; Delta waits for a decision on MUST
/// item 4; Epsilon meets everything. One decision names no bidder that claimed it. Delta's form
/// is not given to the report.
fn evaluation_pdf(library: &Library, language: &str) -> String {
    let library = library.for_document(language);
    let mut tender = example_tender(&library);
    tender.language = language.to_owned();
    let equivalent = ResponseCode::MeetsEquivalent;
    let responses = vec![
        response(&tender, "Alfa Data AB", &[(16, ResponseCode::DoesNotMeet)]),
        response(
            &tender,
            "Beta Systems",
            &[(5, ResponseCode::DoesNotMeet), (2, equivalent)],
        ),
        response(
            &tender,
            "Gamma Cloud",
            &[(3, equivalent), (12, equivalent), (13, equivalent)],
        ),
        response(&tender, "Delta Geodata", &[(4, equivalent)]),
        response(&tender, "Epsilon Urban", &[]),
    ];
    let decide = |tender: &mut Tender, bidder: &str, number: usize, accepted: bool| {
        let requirement = tender.items[number - 1].requirement.clone();
        tender.decisions.push(EquivalenceDecision {
            bidder: bidder.to_owned(),
            requirement,
            accepted,
            reason: "Geprüft / prövat".to_owned(),
            form_sha256: String::new(),
        });
    };
    decide(&mut tender, "Gamma Cloud", 3, true);
    decide(&mut tender, "Gamma Cloud", 13, true);
    decide(&mut tender, "Beta Systems", 2, false);
    decide(&mut tender, "Gamma Clod", 1, false);
    let evaluation = evaluate(&tender, &responses);
    let without_delta: Vec<BidResponse> = responses
        .iter()
        .filter(|r| r.bidder != "Delta Geodata")
        .cloned()
        .collect();
    let report = evaluation_report(&tender, &library, &without_delta, &evaluation);
    let pdf = render(&report).unwrap();
    if let Ok(dir) = std::env::var("MIM_OUT") {
        std::fs::write(format!("{dir}/evaluation-{language}.pdf"), &pdf.bytes).unwrap();
    }
    common::pdf_text(&pdf.bytes)
}

#[test]
fn the_evaluation_report_is_written_in_the_tenders_language() {
    let library = common::shipped();
    let english = evaluation_pdf(&library, "en");
    // The list is the English report's own words: each is found there, so its absence below
    // means it was translated, not that it was never printed.
    for phrase in ENGLISH_EVALUATION {
        assert!(has_phrase(&english, phrase), "English lacks “{phrase}”");
    }
    assert!(!english.contains("English original of the MIMs is binding"));
    let translated = [
        (
            "sv",
            [
                "Utvärdering av anbud",
                "1. Sammanfattning",
                "Uppfyllda SKA-krav",
                "Anbudsgivare",
                "5. Åberopad likvärdighet",
                "Uppfyller genom likvärdig lösning",
                "Anbud 1–3 av 5",
                "Ej uppfyllt",
                "SHA-256-fingeravtryck",
                "Den engelska originaltexten till MIM är bindande",
                "16 november 2026",
            ],
        ),
        (
            "de",
            [
                "Wertung der Angebote",
                "1. Zusammenfassung",
                "MUSS erfüllt",
                "Bieter",
                "5. Geltend gemachte Gleichwertigkeit",
                "Gleichwertig erfüllt",
                "Angebote 1 bis 3 von 5",
                "Nicht erfüllt",
                "SHA-256-Fingerabdruck",
                "Maßgeblich ist der englische Originaltext der MIMs",
                "16. November 2026",
            ],
        ),
    ];
    for (language, phrases) in translated {
        let text = evaluation_pdf(&library, language);
        let left: Vec<&&str> = ENGLISH_EVALUATION
            .iter()
            .filter(|p| has_phrase(&text, p))
            .collect();
        assert!(left.is_empty(), "{language}: English left: {left:?}");
        for phrase in phrases {
            assert!(text.contains(phrase), "{language}: “{phrase}” missing");
        }
    }
}

/// The example assessment in `language`, exported: its rows, the XLSX and the CSV.
fn export(library: &Library, language: &str) -> (Vec<u8>, String) {
    let library = library.for_document(language);
    let mut assessment = example_assessment(&library);
    assessment.language = language.to_owned();
    let rows = export_rows(&assessment, &library);
    let xlsx = to_xlsx(&rows, &assessment).unwrap();
    if let Ok(dir) = std::env::var("MIM_OUT") {
        std::fs::write(format!("{dir}/answers-{language}.xlsx"), &xlsx).unwrap();
    }
    let csv = String::from_utf8(to_csv(&rows, &assessment).unwrap()).unwrap();
    (xlsx, csv)
}

#[test]
fn the_export_is_written_in_the_assessments_language_and_numbers_stay_numbers() {
    let library = common::shipped();
    assert_eq!(columns(&Words::english()), COLUMNS.map(str::to_owned));
    let cases = [
        (
            "sv",
            ["Svar", "Om filen"],
            ["Krav-id", "Målnivå", "Nyckelåtgärd", "Skyldigheter"],
            ["obesvarat", "under målnivå", "på eller över målnivå"],
            (
                "Vad som bedöms",
                "Den engelska originaltexten till MIM är bindande",
            ),
        ),
        (
            "de",
            ["Antworten", "Über diese Datei"],
            ["Anforderungs-ID", "Ziel", "Schlüsselmaßnahme", "Pflichten"],
            ["unbeantwortet", "unter Ziel", "Ziel erreicht"],
            (
                "Gegenstand der Bewertung",
                "Maßgeblich ist der englische Originaltext der MIMs",
            ),
        ),
    ];
    for (language, sheets, some_headings, statuses, (scope_label, notice)) in cases {
        let (xlsx, csv) = export(&library, language);
        let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
        assert_eq!(book.sheet_names(), sheets, "{language}");
        let answers = book.worksheet_range(sheets[0]).unwrap();
        let rows: Vec<&[Data]> = answers.rows().collect();
        let headings: Vec<String> = rows[0].iter().map(ToString::to_string).collect();
        let words = Words::for_language(language);
        assert_eq!(headings, columns(&words), "{language}");
        for english in COLUMNS {
            // "Status" is the same word in all three languages.
            if english != "Status" {
                assert!(
                    !headings.iter().any(|h| h == english),
                    "{language}: {english}"
                );
            }
        }
        for heading in some_headings {
            assert!(
                headings.iter().any(|h| h == heading),
                "{language}: {heading}"
            );
        }
        let column = |english: &str| COLUMNS.iter().position(|c| *c == english).unwrap();
        // Level, target and gap are number cells, never text ("3", "3,0").
        let mut numbers = 0;
        for row in &rows[1..] {
            for name in ["Level", "Target", "Gap"] {
                match &row[column(name)] {
                    Data::Float(_) | Data::Int(_) => numbers += 1,
                    Data::Empty => {}
                    other => panic!("{language}: {name} is {other:?}, not a number"),
                }
            }
        }
        assert!(numbers > 100, "{language}: {numbers} number cells");
        let status_cells: Vec<String> = rows[1..]
            .iter()
            .map(|r| r[column("Status")].to_string())
            .collect();
        for status in statuses {
            assert!(
                status_cells.iter().any(|s| s == status),
                "{language}: {status}"
            );
        }
        for english in [
            "unanswered",
            "below target",
            "at or above target",
            "not applicable",
        ] {
            assert!(!status_cells.iter().any(|s| s == english), "{language}");
        }
        let key = rows[1..]
            .iter()
            .map(|r| r[column("Key measure")].to_string())
            .collect::<Vec<_>>();
        assert!(key.iter().all(|k| k != "yes" && k != "no"), "{language}");
        let obligations: Vec<String> = rows[1..]
            .iter()
            .map(|r| r[column("Obligations")].to_string())
            .filter(|o| !o.is_empty())
            .collect();
        assert!(
            !obligations.is_empty(),
            "{language}: the example bundles obligations"
        );
        for cell in &obligations {
            assert!(!cell.contains(" met\n"), "{language}: {cell}");
            assert!(
                cell.contains('☑') || cell.contains('☐'),
                "{language}: {cell}"
            );
        }
        let about = book.worksheet_range(sheets[1]).unwrap();
        let about: Vec<(String, String)> = about
            .rows()
            .map(|r| (r[0].to_string(), r[1].to_string()))
            .collect();
        assert!(
            about.iter().any(|(label, _)| label == scope_label),
            "{language}"
        );
        assert!(
            about.iter().any(|(_, text)| text.starts_with(notice)),
            "{language}"
        );
        assert!(
            !about
                .iter()
                .any(|(label, _)| ["Scope", "Assessor", "Target profile", "Rows"]
                    .contains(&label.as_str())),
            "{language}: {about:?}"
        );

        // The CSV: the same headings; numbers as plain digits.
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(headers, columns(&words), "{language}");
        for record in reader.records() {
            let record = record.unwrap();
            for name in ["Level", "Target", "Gap"] {
                let cell = &record[column(name)];
                assert!(
                    cell.chars().all(|c| c.is_ascii_digit()),
                    "{language}: {name} “{cell}”"
                );
            }
        }
    }
}

#[test]
fn an_english_export_keeps_its_words_and_carries_no_notice() {
    let library = common::shipped();
    let (xlsx, csv) = export(&library, "en");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(xlsx)).unwrap();
    assert_eq!(book.sheet_names(), ["Answers", "About"]);
    let about = book.worksheet_range("About").unwrap();
    let labels: Vec<String> = about.rows().map(|r| r[0].to_string()).collect();
    assert_eq!(
        labels,
        [
            "Organisation",
            "Scope",
            "Assessor",
            "Date",
            "Scale",
            "Target profile",
            "Rows"
        ]
    );
    assert!(
        csv.trim_start_matches('\u{feff}')
            .starts_with("Requirement id,Framework,")
    );
}
