//! The maturity report and the table export, read back as a reader's tools read them: the PDF's
//! text through lopdf (names with their Swedish letters, every framework's score exactly as
//! `score` prints it, "Page X of Y"), its fonts (all embedded), its outline; the CSV and XLSX
//! rows; and a 10,000-requirement assessment.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::collections::HashMap;
use std::process::Command;

use lopdf::{Dictionary, Document, Object};
use mim_assistant::assessment::example_assessment;
use mim_assistant::export::{COLUMNS, export_rows, to_csv, to_xlsx};
use mim_assistant::report::{maturity_report, render};

mod common;
#[path = "common/synthetic.rs"]
mod synthetic;

fn page_texts(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap())
        .collect()
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map(|(_, o)| o).unwrap_or(object)
}

fn has_font_file(doc: &Document, font: &Dictionary) -> bool {
    let Ok(descriptor) = font.get(b"FontDescriptor") else {
        return false;
    };
    let Ok(descriptor) = deref(doc, descriptor).as_dict() else {
        return false;
    };
    [b"FontFile".as_slice(), b"FontFile2", b"FontFile3"]
        .iter()
        .any(|key| {
            descriptor
                .get(key)
                .ok()
                .and_then(|o| deref(doc, o).as_stream().ok())
                .is_some_and(|s| !s.content.is_empty())
        })
}

/// What `mim-assistant score FILE` prints as each framework's mean, by framework id.
fn means_printed_by_score(file: &std::path::Path) -> HashMap<String, String> {
    let output = Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .arg("score")
        .arg(file)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    text.lines()
        .skip_while(|l| !l.starts_with("framework"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            Some((parts.next()?.to_owned(), parts.next()?.to_owned()))
        })
        .collect()
}

#[test]
fn the_example_report_reads_right_in_a_pdf_reader() {
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("example.mimassess.ron");
    mim_assistant::assessment::save(&assessment, &file).unwrap();

    let pdf = render(&maturity_report(&assessment, &library)).unwrap();
    let doc = Document::load_mem(&pdf.bytes).unwrap();
    let pages = page_texts(&doc);
    assert_eq!(pages.len(), pdf.pages);
    assert!(
        (20..=80).contains(&pages.len()),
        "{} pages for 180 requirements",
        pages.len()
    );
    let all = pages.join("\n");
    assert!(
        all.contains("Sjöbacka kommun"),
        "the organisation, with its ö"
    );
    assert!(all.contains("Åsa Lindqvist"), "the assessor, with her Å");
    for (index, text) in pages.iter().enumerate() {
        let footer = format!("Page {} of {}", index + 1, pages.len());
        assert!(
            text.contains(&footer),
            "page {} lacks {footer:?}",
            index + 1
        );
    }
    // Every framework's score as `score` prints it, in the row of the scores table.
    let printed = means_printed_by_score(&file);
    assert!(printed.len() >= 6, "{printed:?}");
    let lines: Vec<&str> = all.lines().map(str::trim).collect();
    for choice in &assessment.frameworks {
        let name = &library.framework(&choice.framework).unwrap().name;
        let mean = &printed[&choice.framework];
        let row = lines
            .windows(2)
            .any(|pair| pair[0] == name.as_str() && pair[1] == mean.as_str());
        assert!(row, "no table row \"{name}\" with {mean}");
    }
    // Every font is embedded (as a subset), and the outline lists the chapters in order.
    let mut fonts = 0;
    for (_, page) in doc.get_pages() {
        for (name, font) in doc.get_page_fonts(page).unwrap() {
            fonts += 1;
            let descendants = deref(&doc, font.get(b"DescendantFonts").unwrap())
                .as_array()
                .unwrap();
            for descendant in descendants {
                let descendant = deref(&doc, descendant).as_dict().unwrap();
                assert!(
                    has_font_file(&doc, descendant),
                    "font {} is not embedded",
                    String::from_utf8_lossy(&name)
                );
                let base = descendant.get(b"BaseFont").unwrap().as_name().unwrap();
                assert_eq!(
                    base[6],
                    b'+',
                    "font {} is not a subset",
                    String::from_utf8_lossy(base)
                );
            }
        }
    }
    assert!(fonts > 0);
    let toc = doc.get_toc().unwrap();
    let chapters: Vec<&str> = toc
        .toc
        .iter()
        .filter(|t| t.level == 1)
        .map(|t| t.title.as_str())
        .collect();
    assert!(chapters.len() >= 4, "{chapters:?}");
    assert_eq!(
        &chapters[..4],
        [
            "Maturity report: Sjöbacka kommun",
            "Executive summary",
            "Method and scale",
            "Scores"
        ]
    );
    let info = Document::load_metadata_mem(&pdf.bytes).unwrap();
    assert_eq!(
        info.title.as_deref(),
        Some("Maturity report — Sjöbacka kommun")
    );
}

#[test]
fn the_fingerprint_follows_the_content() {
    let library = common::shipped();
    let mut assessment = example_assessment(&library);
    let before = mim_assistant::report::fingerprint(&assessment);
    assert_eq!(before.len(), 64);
    assert_eq!(
        before,
        mim_assistant::report::fingerprint(&assessment.clone())
    );
    assessment.answers.get_mut("mim6:R1").unwrap().current = Some(1);
    assert_ne!(before, mim_assistant::report::fingerprint(&assessment));
}

#[test]
fn csv_and_xlsx_hold_one_row_per_requirement_and_formulas_stay_text() {
    let library = common::shipped();
    let mut assessment = example_assessment(&library);
    assessment.answers.get_mut("mim6:R1").unwrap().notes = "=HYPERLINK(\"http://x\")".into();
    assessment.answers.get_mut("mim6:R2").unwrap().notes = "@SUM(A1)".into();
    let rows = export_rows(&assessment, &library);
    let in_scope = mim_assistant::assessment::statuses(&assessment, &library).len();
    assert_eq!(rows.len(), in_scope);

    let csv = to_csv(&rows, &assessment).unwrap();
    let text = String::from_utf8(csv).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(headers, COLUMNS);
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), in_scope);
    let r1 = records.iter().find(|r| &r[0] == "mim6:R1").unwrap();
    assert_eq!(
        &r1[12], "'=HYPERLINK(\"http://x\")",
        "a formula is written as text"
    );
    assert_eq!(&r1[7], "3");
    let r2 = records.iter().find(|r| &r[0] == "mim6:R2").unwrap();
    assert_eq!(&r2[12], "'@SUM(A1)");

    let xlsx = to_xlsx(&rows, &assessment).unwrap();
    assert!(xlsx.starts_with(b"PK"), "an XLSX is a zip file");
    // The sheet stores the notes as a (shared) string, never as a formula.
    let mut archive = std::io::Cursor::new(&xlsx);
    let sheet = read_zip_entry(&mut archive, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "no cell is a formula");
}

fn read_zip_entry(archive: &mut std::io::Cursor<&Vec<u8>>, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(archive).unwrap();
    let mut entry = zip.by_name(name).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
    text
}

#[test]
fn a_10000_requirement_assessment_reports_and_exports() {
    let catalog = synthetic::synthetic_catalog();
    let library = synthetic::load(&catalog);
    let assessment = synthetic::synthetic_assessment();
    let pdf = render(&maturity_report(&assessment, &library)).unwrap();
    assert!(pdf.pages > 500, "{} pages", pdf.pages);
    let doc = Document::load_mem(&pdf.bytes).unwrap();
    assert_eq!(doc.get_pages().len(), pdf.pages);
    let rows = export_rows(&assessment, &library);
    assert_eq!(rows.len(), synthetic::GROUPS * synthetic::PER_GROUP);
    assert!(!to_csv(&rows, &assessment).unwrap().is_empty());
    assert!(!to_xlsx(&rows, &assessment).unwrap().is_empty());
}
