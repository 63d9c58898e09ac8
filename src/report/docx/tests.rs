//! The writer's own checks: the parts are well-formed XML, the heading styles carry Word's
//! names and outline levels, table grids fill the text width, the header row repeats, the
//! footer has its page fields, the properties are set, and hostile text still makes a file.

use std::io::Read;

use super::*;
use crate::report::blocks::{Axis, Block, Chart, Column, ReportInfo, Signer, Table, TextStyle};

fn parts(bytes: &[u8]) -> std::collections::BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            out.insert(name, text);
        }
    }
    out
}

/// Reads `xml` to its end; an error is malformed XML.
fn well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed: {e}"),
        }
    }
}

fn sample() -> Report {
    let mut report = Report {
        info: ReportInfo {
            title: "Maturity report — Sjöbacka".into(),
            author: "Åsa Lindqvist".into(),
            subject: "Self-assessment".into(),
            keywords: vec!["MIM".into(), "NIS2".into()],
            date: "2026-03-01".into(),
            header: "Sjöbacka — maturity report".into(),
            language: "sv".into(),
        },
        blocks: Vec::new(),
    };
    report.heading(0, "Title");
    report.heading(1, "Chapter");
    report.paragraph(TextStyle::Body, "Text.");
    report.push(Block::Table(Table {
        columns: vec![
            Column::text("Name", 0.37),
            Column::number("Mean", 0.21),
            Column::text("Note", 0.42),
        ],
        rows: vec![vec!["A".into(), "2.5".into(), "x".into()]],
    }));
    report.push(Block::Charts(vec![Chart::Bars {
        axes: vec![Axis {
            label: "MIM6".into(),
            value: Some(2.0),
            shown: "2,00".into(),
        }],
        target: 3.0,
        range: (0.0, 5.0),
    }]));
    report.push(Block::Signatures(vec![Signer {
        role: "Assessed by".into(),
        fields: vec![
            ("Name".into(), "Åsa".into()),
            ("Signature".into(), String::new()),
        ],
    }]));
    report
}

#[test]
fn every_part_is_well_formed_and_the_styles_are_words_own_headings() {
    let parts = parts(&to_docx(&sample()).unwrap());
    for (name, xml) in &parts {
        well_formed(name, xml);
    }
    let styles = &parts["word/styles.xml"];
    for (id, name, level) in [
        ("Heading1", "heading 1", 0),
        ("Heading2", "heading 2", 1),
        ("Heading3", "heading 3", 2),
        ("Title", "Title", 0),
    ] {
        let start = styles
            .find(&format!("w:styleId=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} missing"));
        let style = &styles[start..start + styles[start..].find("</w:style>").unwrap()];
        assert!(
            style.contains(&format!("<w:name w:val=\"{name}\"/>")),
            "{style}"
        );
        assert!(
            style.contains(&format!("<w:outlineLvl w:val=\"{level}\"/>")),
            "{style}"
        );
    }
    assert!(styles.contains("w:lang w:val=\"sv-SE\""));
    let document = &parts["word/document.xml"];
    assert!(document.contains("<w:pStyle w:val=\"Title\"/>"));
    assert!(document.contains("<w:pStyle w:val=\"Heading1\"/>"));
}

#[test]
fn table_grids_fill_the_text_width_and_the_header_repeats() {
    let parts = parts(&to_docx(&sample()).unwrap());
    let document = &parts["word/document.xml"];
    let mut tables = 0;
    for table in document.split("<w:tblGrid>").skip(1) {
        let grid = &table[..table.find("</w:tblGrid>").unwrap()];
        let sum: u32 = grid
            .split("w:w=\"")
            .skip(1)
            .map(|w| w[..w.find('"').unwrap()].parse::<u32>().unwrap())
            .sum();
        assert_eq!(sum, TEXT_WIDTH, "{grid}");
        tables += 1;
    }
    assert_eq!(tables, 2, "the table and the signatures");
    assert!(document.contains("<w:tblHeader/>"));
    assert!(document.contains("<w:tblLayout w:type=\"fixed\"/>"));
    // The figure column is set right.
    assert!(document.contains("<w:jc w:val=\"right\"/>"));
}

#[test]
fn footers_count_pages_with_fields_and_the_cover_has_no_running_header() {
    let parts = parts(&to_docx(&sample()).unwrap());
    for footer in ["word/footer1.xml", "word/footer2.xml"] {
        let xml = &parts[footer];
        assert!(xml.contains(" PAGE "), "{xml}");
        assert!(xml.contains(" NUMPAGES "), "{xml}");
        // Swedish words around the fields.
        assert!(
            xml.contains(">Sida </w:t>") && xml.contains("> av </w:t>"),
            "{xml}"
        );
    }
    assert!(parts["word/header1.xml"].contains("Sjöbacka — maturity report"));
    assert!(!parts["word/header2.xml"].contains("<w:t"));
    assert!(parts["word/document.xml"].contains("<w:titlePg/>"));
}

#[test]
fn document_properties_say_title_author_subject_keywords_date_and_language() {
    let parts = parts(&to_docx(&sample()).unwrap());
    let core = &parts["docProps/core.xml"];
    for expected in [
        "<dc:title>Maturity report — Sjöbacka</dc:title>",
        "<dc:creator>Åsa Lindqvist</dc:creator>",
        "<dc:subject>Self-assessment</dc:subject>",
        "<cp:keywords>MIM, NIS2</cp:keywords>",
        "<dc:language>sv-SE</dc:language>",
        ">2026-03-01T00:00:00Z</dcterms:created>",
    ] {
        assert!(core.contains(expected), "{expected} in {core}");
    }
}

#[test]
fn charts_are_pictures_with_alt_texts_that_name_their_values() {
    let bytes = to_docx(&sample()).unwrap();
    let parts = parts(&bytes);
    let document = &parts["word/document.xml"];
    let descr = document.split("descr=\"").nth(1).unwrap();
    let descr = &descr[..descr.find('"').unwrap()];
    assert!(
        descr.contains("MIM6 2,00") && descr.contains("3,0"),
        "{descr}"
    );
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut png = Vec::new();
    archive
        .by_name("word/media/image1.png")
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    assert!(parts["word/_rels/document.xml.rels"].contains("media/image1.png"));
}

#[test]
fn hostile_texts_still_make_a_well_formed_document() {
    let odd = "a\u{0}b\u{1b}[31m <&>\"' \u{feff}\u{fffe}\u{ffff} ".to_owned() + &"x".repeat(5000);
    let mut report = Report::default();
    report.info.title = odd.clone();
    report.info.header = odd.clone();
    report.info.date = "2026-02-30x".into();
    report.heading(1, &odd);
    report.heading(9, "");
    report.paragraph(TextStyle::Note, &odd);
    report.push(Block::Table(Table {
        columns: vec![Column::text(&odd, 0.0), Column::number("", -1.0)],
        rows: vec![
            vec![odd.clone()],
            vec![],
            vec!["1".into(), "2".into(), "3".into()],
        ],
    }));
    report.push(Block::Table(Table {
        columns: Vec::new(),
        rows: vec![vec!["lost".into()]],
    }));
    report.push(Block::Charts(vec![Chart::Radar {
        title: odd.clone(),
        axes: vec![Axis {
            label: odd.clone(),
            value: None,
            shown: "–".into(),
        }],
        target: f64::NAN,
        range: (5.0, 0.0),
    }]));
    report.push(Block::Facts(vec![(odd.clone(), odd.clone())]));
    report.push(Block::PageBreak);
    let parts = parts(&to_docx(&report).unwrap());
    for (name, xml) in &parts {
        well_formed(name, xml);
        assert!(!xml.contains('\u{0}') && !xml.contains('\u{1b}'), "{name}");
    }
    assert!(parts["word/document.xml"].contains("&lt;&amp;&gt;"));
    assert!(!parts["docProps/core.xml"].contains("dcterms:created"));
}

#[test]
fn the_logo_is_a_picture_with_its_alt_text_inside_the_logo_box() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logo/sjobacka-logo.png");
    let logo = crate::report::load_logo(&path).unwrap();
    let mut report = Report::default();
    report.push(Block::Masthead(crate::report::blocks::Masthead {
        logo: Some(logo),
        name: "Sjöbacka kommun".into(),
        detail: "Sjöbacka, Sverige".into(),
    }));
    let bytes = to_docx(&report).unwrap();
    let parts = parts(&bytes);
    let document = &parts["word/document.xml"];
    assert!(
        document.contains("descr=\"Logo of Sjöbacka kommun\""),
        "{document}"
    );
    let extent = document.split("<wp:extent cx=\"").nth(1).unwrap();
    let numbers: Vec<f32> = extent
        .split('"')
        .step_by(2)
        .take(2)
        .map(|n| n.trim_start_matches(" cy=").parse::<f32>().unwrap() / 12_700.0)
        .collect();
    assert!(numbers[0] <= 150.5 && numbers[1] <= 60.5, "{numbers:?}");
    assert!(numbers[0] > 100.0 || numbers[1] > 59.0, "{numbers:?}");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    assert!(archive.by_name("word/media/image1.png").is_ok());
}
