//! The tender annex and the bidder response form in the tender's language (issue 17): written
//! in Swedish and in German from the example tender, read back (the PDF's text, the form's
//! cells), with no English boilerplate left; a form filled in with the Swedish or German
//! response values (or the English ones, or the M/E/N letters) is read and evaluated; and a
//! form written before forms were translated (English sheet, headings and values) still reads.

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use calamine::{Data, Reader, Xlsx};
use mim_assistant::catalog::Library;
use mim_assistant::procurement::{
    BidStatus, COMMENT_COLUMN, EQUIVALENT_SENTENCE, EVIDENCE_COLUMN, FormFormat, HEADER_ROW,
    RESPONSE_COLUMN, ResponseCode, Tender, TenderWarning, check_tender, evaluate, example_tender,
    import_response_bytes, response_form_csv, response_form_xlsx,
};
use mim_assistant::report::{render, tender_annex};
use mim_assistant::words::Words;
use rust_xlsxwriter::Workbook;

mod common;

/// The example tender in `language`, with the library for that language.
fn tender_in(language: &str) -> (Library, Tender) {
    let library = common::shipped();
    let mut tender = example_tender(&library);
    tender.language = language.to_owned();
    let library = library.for_document(language).into_owned();
    (library, tender)
}

/// Phrases the English annex and form print, none of which may be left in a translated one.
const ENGLISH_PHRASES: &[&str] = &[
    "Annex to the tender documents",
    "Requirements and response instructions",
    "Date of issue",
    "Questions to",
    "Answer in",
    "Introduction",
    "How to answer",
    "Columns of the sheet",
    "The three responses",
    "Evidence reference",
    "Means of proof",
    "What the evaluators check",
    "How bids are evaluated",
    "Where it belongs",
    "Or equivalent",
    "Common clauses",
    "Award criteria",
    "Award criterion",
    "Sources and credits",
    "Meets by equivalent",
    "Does not meet",
    "pass/fail",
    "MUST",
    "SHOULD",
    "Filled in by",
    "What it contains",
    "The buyer (locked)",
    "Technical specification",
    "Contract clause",
    "Self-declaration",
    "Documentation that",
    "may be met by an equivalent",
    "the bidder proves the equivalence",
    "is part of the documents for the tender",
    "numbered items",
    "Article numbers refer to",
    "are worded by MIM Assistant",
    "Total",
    "Tender:",
    "Buyer",
    "Reference",
    "Licence",
];

/// Phrases a translated annex prints, and the English verbs of tender clauses it must not.
fn translated_phrases(language: &str) -> &'static [&'static str] {
    match language {
        "sv" => &[
            "Bilaga till upphandlingsdokumenten",
            "Så här svarar ni",
            "Kolumnerna på bladet ”Svar”",
            "Uppfyller genom likvärdig lösning",
            "Så utvärderas anbuden",
            "”Eller likvärdigt”",
            "Gemensamma klausuler",
            "Tilldelningskriterier",
            "Källor och erkännanden",
            "Bindande är MIM-kravens engelska originaltexter",
            "Leverantören bör",
            "16 november 2026",
        ],
        "de" => &[
            "Anlage zu den Vergabeunterlagen",
            "Beantwortung",
            "Spalten des Tabellenblatts „Antwort“",
            "Gleichwertig erfüllt",
            "Wertung der Angebote",
            "„Oder gleichwertig“",
            "Allgemeine Klauseln",
            "Zuschlagskriterien",
            "Quellen und Urhebervermerke",
            "Maßgeblich sind die englischen Originaltexte der MIMs",
            "Der Auftragnehmer sollte",
            "16. November 2026",
        ],
        _ => &[],
    }
}

/// True when `text` has `phrase` as whole words (so "MUST" is not found in "MUSS").
fn has_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn the_annex_is_written_in_swedish_and_in_german() {
    for language in ["sv", "de"] {
        let (library, mut tender) = tender_in(language);
        tender.date = "2026-11-16".to_owned();
        let report = tender_annex(&tender, &library);
        let pdf = render(&report).unwrap();
        let text = common::pdf_text(&pdf.bytes);
        let left: Vec<&&str> = ENGLISH_PHRASES
            .iter()
            .filter(|phrase| has_phrase(&text, phrase))
            .collect();
        assert!(left.is_empty(), "{language}: English left: {left:?}");
        for phrase in translated_phrases(language) {
            assert!(text.contains(phrase), "{language}: no {phrase:?}");
        }
        // No SHOULD item's clause keeps the obligation's verb, no MUST item's the
        // recommendation's (the glossary's modal verbs).
        let (must, should) = if language == "sv" {
            (" ska ", " bör ")
        } else {
            (" muss ", " sollte ")
        };
        for item in &tender.items {
            let clause = mim_assistant::procurement::item_text(item, &library);
            let clause = format!(" {clause} ");
            match item.modality.weight() {
                Some(_) => assert!(!clause.contains(must), "{language}: {clause}"),
                None => assert!(!clause.contains(should), "{language}: {clause}"),
            }
        }
        // The metadata too.
        assert!(
            !report.info.subject.contains("the tender"),
            "{}",
            report.info.subject
        );
        assert!(
            !report.info.header.contains("annex"),
            "{}",
            report.info.header
        );
        // The annex prints no figure with decimals (weights and points are whole numbers);
        // the words write decimals with a comma all the same.
        assert_eq!(Words::for_language(language).number(2.5, 1), "2,5");
    }
}

#[test]
fn an_english_annex_keeps_its_words() {
    let library = common::shipped();
    let tender = example_tender(&library);
    let text = common::pdf_text(&render(&tender_annex(&tender, &library)).unwrap().bytes);
    for phrase in [
        "Annex to the tender documents",
        "2. How to answer",
        "Columns of the sheet “Response”",
        "Meets by equivalent",
        "pass/fail",
        "Sources and credits",
    ] {
        assert!(text.contains(phrase), "{phrase}");
    }
    assert!(!text.contains("Bindande") && !text.contains("binding texts"));
}

/// The cells of the form's first sheet, as text, and the sheet names.
fn xlsx_cells(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let names = book.sheet_names().clone();
    let range = book.worksheet_range(&names[0]).unwrap();
    let rows = range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    (names, rows)
}

#[test]
fn the_form_is_written_in_the_tenders_language() {
    for (language, sheets, heading, must, pass_fail) in [
        (
            "sv",
            ["Svar", "Anvisningar"],
            "Hänvisning till underlag",
            "SKA",
            "ej viktat",
        ),
        (
            "de",
            ["Antwort", "Ausfüllhinweise"],
            "Fundstelle des Nachweises",
            "MUSS",
            "K.-o.",
        ),
    ] {
        let (library, tender) = tender_in(language);
        let (names, rows) = xlsx_cells(&response_form_xlsx(&tender, &library).unwrap());
        assert_eq!(names, sheets);
        let header = &rows[HEADER_ROW as usize - 1];
        assert_eq!(header[EVIDENCE_COLUMN], heading);
        let first = &rows[HEADER_ROW as usize];
        assert_eq!((first[4].as_str(), first[5].as_str()), (must, pass_fail));
        let all = rows.concat().join("\n");
        for phrase in ["Bidder", "Tender reference", "Fill in", "Response", "Meets"] {
            assert!(!has_phrase(&all, phrase), "{language}: {phrase}");
        }
        let csv = response_form_csv(&tender, &library);
        for phrase in ["Bidder", "Fill in", "Evidence reference", "MUST", "SHOULD"] {
            assert!(!has_phrase(&csv, phrase), "{language}: {phrase} in the CSV");
        }
    }
}

/// The CSV form's records, filled in for Nordvik: `code(number)` answers each item, with an
/// evidence reference and a comment.
fn filled(form: &str, code: impl Fn(usize) -> String) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(form.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    rows[1][1] = "Nordvik Data AB".to_owned();
    for (index, row) in rows.iter_mut().enumerate().skip(HEADER_ROW as usize) {
        let number = index + 1 - HEADER_ROW as usize;
        row.resize(COMMENT_COLUMN + 1, String::new());
        row[RESPONSE_COLUMN] = code(number);
        row[EVIDENCE_COLUMN] = format!("https://nordvik.example/{number}");
        row[COMMENT_COLUMN] = "Se bilaga C.".to_owned();
    }
    rows
}

fn csv_bytes(rows: &[Vec<String>]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    writer.into_inner().unwrap()
}

/// The records as an XLSX workbook with its one sheet called `sheet`, as a spreadsheet
/// program saves a filled form (all cells text).
fn xlsx_bytes(rows: &[Vec<String>], sheet: &str) -> Vec<u8> {
    let mut book = Workbook::new();
    let worksheet = book.add_worksheet();
    worksheet.set_name(sheet).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                worksheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[test]
fn a_form_filled_in_the_tenders_language_is_read_and_evaluated() {
    for (language, sheet) in [("sv", "Svar"), ("de", "Antwort")] {
        let (library, tender) = tender_in(language);
        let words = Words::for_language(language);
        let not_met = tender
            .items
            .iter()
            .position(|i| i.modality.weight().is_some())
            .unwrap()
            + 1;
        // The last MUST item, by an equivalent not yet decided.
        let equivalent = tender
            .items
            .iter()
            .rposition(|i| i.modality.weight().is_none())
            .unwrap()
            + 1;
        // Every response written three ways: the form's language, English, the letters.
        let code = |number: usize| -> String {
            let code = if number == not_met {
                ResponseCode::DoesNotMeet
            } else if number == equivalent {
                ResponseCode::MeetsEquivalent
            } else {
                ResponseCode::Meets
            };
            match number % 3 {
                0 => code.label_in(&words).to_uppercase(),
                1 => code.label_in(&words),
                _ if number == 2 => code.label().to_owned(),
                _ => ["M", "E", "N"][ResponseCode::ALL.iter().position(|c| *c == code).unwrap()]
                    .to_owned(),
            }
        };
        let rows = filled(&response_form_csv(&tender, &library), code);
        let window = common::shipped();
        for (bytes, format) in [
            (csv_bytes(&rows), FormFormat::Csv),
            (xlsx_bytes(&rows, sheet), FormFormat::Xlsx),
        ] {
            // The window's library is English: the form is read in the tender's language all
            // the same.
            let bid = import_response_bytes(&bytes, format, "bid", &tender, &window)
                .unwrap_or_else(|e| panic!("{language} {format:?}: {e}"));
            assert_eq!(bid.bidder, "Nordvik Data AB");
            assert_eq!(bid.answers[not_met - 1].code, ResponseCode::DoesNotMeet);
            assert_eq!(
                bid.answers[equivalent - 1].code,
                ResponseCode::MeetsEquivalent
            );
            let evaluation = evaluate(&tender, &[bid]);
            let result = &evaluation.bids[0];
            let lost = tender.items[not_met - 1].modality.weight().unwrap();
            assert_eq!(result.points, 100 - lost, "{language}");
            assert_eq!(
                result.status,
                BidStatus::Undecided(vec![equivalent]),
                "{language}"
            );
        }
    }
}

#[test]
fn a_wrong_response_is_named_with_the_forms_own_words() {
    let (library, tender) = tender_in("sv");
    let rows = filled(&response_form_csv(&tender, &library), |n| {
        if n == 1 {
            "Ja".to_owned()
        } else {
            "Uppfyller".to_owned()
        }
    });
    let error = import_response_bytes(
        &xlsx_bytes(&rows, "Svar"),
        FormFormat::Xlsx,
        "bid.xlsx",
        &tender,
        &library,
    )
    .unwrap_err();
    assert_eq!(error.problems.len(), 1, "{error}");
    assert_eq!(
        error.to_string(),
        "bid.xlsx: sheet “Svar”, cell H7 (Svar): “Ja” is not a response; expected one of \
         ”Uppfyller”, ”Uppfyller genom likvärdig lösning”, ”Uppfyller inte”"
    );
    // A workbook without the sheet names the Swedish one.
    let error = import_response_bytes(
        &xlsx_bytes(&rows, "Blad1"),
        FormFormat::Xlsx,
        "bid.xlsx",
        &tender,
        &library,
    )
    .unwrap_err();
    assert!(error.to_string().contains("no sheet “Svar”"), "{error}");
}

/// `text` with every whole word `from` replaced by `to`.
fn replace_word(text: &str, from: &str, to: &str) -> String {
    text.split(' ')
        .map(|word| if word == from { to } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_form_written_before_forms_were_translated_still_reads() {
    // Such a form has the English sheet name, labels, headings and values, the English
    // "or equivalent" sentence after every item that asks for it, and the catalog's own modal
    // verbs in the clauses (a SHOULD item's translated clause kept its obligation).
    for (language, pairs) in [
        ("sv", &[("ska", "bör")][..]),
        ("de", &[("muss", "sollte"), ("müssen", "sollten")][..]),
    ] {
        let (library, tender) = tender_in(language);
        let mut english = tender.clone();
        english.language = "en".to_owned();
        let mut rows = filled(&response_form_csv(&english, &library), |_| {
            "Meets".to_owned()
        });
        let mut changed = 0;
        for (index, item) in tender.items.iter().enumerate() {
            let row = &mut rows[HEADER_ROW as usize + index];
            let clause = &library
                .requirement(&item.requirement)
                .unwrap()
                .requirement
                .tender_clause;
            let says = |word: &str| {
                clause
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == word)
            };
            let mut before = row[3].clone();
            let obliges = pairs.iter().any(|(must, _)| says(must))
                && !pairs.iter().any(|(_, should)| says(should));
            if item.modality.weight().is_some() && obliges {
                for (must, should) in pairs {
                    before = replace_word(&before, should, must);
                }
            }
            if item.or_equivalent && !before.contains(EQUIVALENT_SENTENCE) {
                before = format!("{before} {EQUIVALENT_SENTENCE}");
            }
            changed += usize::from(before != row[3]);
            row[3] = before;
        }
        assert!(changed > 0, "{language}: the old wording differs somewhere");
        assert_eq!(rows[HEADER_ROW as usize - 1][RESPONSE_COLUMN], "Response");
        assert_eq!(rows[HEADER_ROW as usize][4], "MUST");
        for (bytes, format) in [
            (csv_bytes(&rows), FormFormat::Csv),
            (xlsx_bytes(&rows, "Response"), FormFormat::Xlsx),
        ] {
            let bid = import_response_bytes(&bytes, format, "bid", &tender, &library)
                .unwrap_or_else(|e| panic!("{language} {format:?}: {e}"));
            assert_eq!(bid.answers.len(), tender.items.len());
        }
        // Its problems name the columns as the form has them: in English.
        rows[HEADER_ROW as usize][RESPONSE_COLUMN] = "Yes".to_owned();
        let error = import_response_bytes(
            &csv_bytes(&rows),
            FormFormat::Csv,
            "bid.csv",
            &tender,
            &library,
        )
        .unwrap_err();
        assert!(
            error.to_string().contains("bid.csv:7:8 (Response): “Yes”"),
            "{error}"
        );
    }
}

#[test]
fn the_language_warning_is_raised_only_for_a_language_without_document_words() {
    let library = common::shipped();
    let mut tender = example_tender(&library);
    let warned = |tender: &Tender| {
        check_tender(tender, &library)
            .iter()
            .any(|w| matches!(w, TenderWarning::LanguageNotAvailable { .. }))
    };
    for (language, expected) in [("en", false), ("sv", false), ("de", false), ("fi", true)] {
        tender.language = language.to_owned();
        assert_eq!(warned(&tender), expected, "{language}");
    }
}
