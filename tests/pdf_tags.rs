//! Every PDF we write is a tagged PDF (issue 20): the maturity report (in English, with the
//! cover's logo, and in Swedish), the Statement of Applicability, the tender annex and the
//! evaluation, read back with lopdf. Each has MarkInfo, /Lang in its language and
//! DisplayDocTitle; its headings are H1–H3 in the report's order with the report's words; its
//! tables have their header cells as TH with a scope; every chart is a Figure whose /Alt names
//! every value it shows, the logo a Figure with its alt text; every piece of page content is
//! either marked as an element's or as an artefact; and every MCID on a page leads through
//! the ParentTree to the element that owns it, and back.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::collections::BTreeMap;

use lopdf::{Document, Object, ObjectId};
use mim_assistant::assessment::{Insights, example_assessment, statement_of_applicability};
use mim_assistant::procurement::example_tender;
use mim_assistant::procurement::{BidResponse, ItemResponse, ResponseCode, Tender, evaluate};
use mim_assistant::report::blocks::{Block, Chart, Report};
use mim_assistant::report::soa::soa_report;
use mim_assistant::report::{
    evaluation_report, load_logo, maturity_report, maturity_report_with, render, tender_annex,
};

mod common;
#[path = "common/struct_tree.rs"]
mod struct_tree;

use struct_tree::{Node, PageContent, dict_at, page_contents, parent_tree, structure};

/// A PDF read back: the document, its tree and its pages' marked content.
struct Tagged {
    doc: Document,
    tree: Node,
    pages: BTreeMap<ObjectId, PageContent>,
}

fn tagged(report: &Report) -> Tagged {
    let pdf = render(report).unwrap();
    let doc = Document::load_mem(&pdf.bytes).unwrap();
    let tree = structure(&doc);
    let pages = page_contents(&doc);
    Tagged { doc, tree, pages }
}

/// What a heading block is tagged as: the title and chapters H1, sections and bands H2,
/// requirements H3.
fn expected_headings(blocks: &[Block], out: &mut Vec<(String, String)>) {
    for block in blocks {
        match block {
            Block::Heading { level, text } => {
                let role = match level {
                    0 | 1 => "H1",
                    2 => "H2",
                    _ => "H3",
                };
                out.push((role.to_owned(), collapse(text)));
            }
            Block::Band { text, .. } => out.push(("H2".to_owned(), collapse(text))),
            Block::KeepTogether(inner) => expected_headings(inner, out),
            _ => {}
        }
    }
}

fn collapse(text: &str) -> String {
    text.replace('\u{AD}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every block of the report, inner ones of kept-together blocks included, in order.
fn flat(blocks: &[Block]) -> Vec<&Block> {
    blocks
        .iter()
        .flat_map(|b| match b {
            Block::KeepTogether(inner) => flat(inner),
            other => vec![other],
        })
        .collect()
}

impl Tagged {
    fn catalog_says_tagged_in(&self, language: &str) {
        let catalog = self.doc.catalog().unwrap();
        let mark_info = dict_at(&self.doc, catalog, b"MarkInfo").expect("MarkInfo");
        assert_eq!(mark_info.get(b"Marked").unwrap(), &Object::Boolean(true));
        let lang = lopdf::decode_text_string(catalog.get(b"Lang").expect("/Lang")).unwrap();
        assert_eq!(lang, language);
        let viewer = dict_at(&self.doc, catalog, b"ViewerPreferences").expect("ViewerPreferences");
        assert_eq!(
            viewer.get(b"DisplayDocTitle").unwrap(),
            &Object::Boolean(true)
        );
        assert_eq!(self.tree.role, "Document");
    }

    fn headings(&self) -> Vec<(String, String)> {
        self.tree
            .all()
            .into_iter()
            .filter(|n| matches!(n.role.as_str(), "H1" | "H2" | "H3" | "H4" | "H5" | "H6"))
            .map(|n| (n.role.clone(), collapse(&n.reads(&self.pages))))
            .collect()
    }

    fn nodes(&self, role: &str) -> Vec<&Node> {
        self.tree
            .all()
            .into_iter()
            .filter(|n| n.role == role)
            .collect()
    }

    /// Every page's content is marked: no painting outside a sequence, no sequence inside
    /// another, an MCID on every non-artefact sequence, its tag the owner's role.
    fn all_content_is_marked(&self) {
        let by_id: BTreeMap<ObjectId, &Node> =
            self.tree.all().into_iter().map(|n| (n.id, n)).collect();
        let owners = parent_tree(&self.doc);
        for (number, (page_id, page)) in self.pages.iter().enumerate() {
            let n = number + 1;
            assert!(
                page.unmarked.is_empty(),
                "page {n}: {:?} outside marked content",
                page.unmarked
            );
            assert!(page.nested.is_empty(), "page {n}: nested {:?}", page.nested);
            let key = self
                .doc
                .get_object(*page_id)
                .unwrap()
                .as_dict()
                .unwrap()
                .get(b"StructParents")
                .expect("/StructParents on every page")
                .as_i64()
                .unwrap();
            let owners = &owners[&key];
            let mut seen = 0;
            for sequence in &page.sequences {
                if sequence.tag == "Artifact" {
                    assert!(
                        sequence.mcid.is_none(),
                        "page {n}: an artefact with an MCID"
                    );
                    continue;
                }
                let mcid = sequence
                    .mcid
                    .unwrap_or_else(|| panic!("page {n}: {} without an MCID", sequence.tag));
                // The ParentTree leads to the element, and the element owns this content.
                let owner = owners
                    .get(mcid as usize)
                    .unwrap_or_else(|| panic!("page {n}: MCID {mcid} not in the ParentTree"));
                let node = by_id
                    .get(owner)
                    .unwrap_or_else(|| panic!("page {n}: MCID {mcid}'s owner not in the tree"));
                assert!(
                    node.content.contains(&(*page_id, mcid)),
                    "page {n}: MCID {mcid}"
                );
                assert_eq!(node.role, sequence.tag, "page {n}: MCID {mcid}");
                seen += 1;
            }
            assert_eq!(
                seen,
                owners.len(),
                "page {n}: ParentTree entries without content"
            );
        }
    }

    /// Every table's first row is its header cells, TH with a scope; the heat map's rows are
    /// headed by their labels; the report's tables are there with their column titles.
    fn tables_have_headers(&self, report: &Report) {
        let mut column_headers = Vec::new();
        for table in self.nodes("Table") {
            assert!(
                table.kids.iter().all(|r| r.role == "TR"),
                "a Table holds rows"
            );
            let first = table.kids.first().expect("a table with a row");
            assert!(first.kids.iter().all(|c| c.role == "TH" || c.role == "TD"));
            for cell in first.kids.iter().filter(|c| c.role == "TH") {
                assert!(cell.scope.is_some(), "a TH without /Scope");
            }
            if first
                .kids
                .iter()
                .all(|c| c.scope.as_deref() == Some("Column"))
            {
                column_headers.push(
                    first
                        .kids
                        .iter()
                        .map(|c| collapse(&c.reads(&self.pages)))
                        .collect::<Vec<_>>(),
                );
                for row in &table.kids[1..] {
                    assert!(row.kids.iter().all(|c| c.role == "TD" || c.role == "TH"));
                }
            } else {
                // Label–value facts: each row headed by its label.
                for row in &table.kids {
                    assert_eq!(row.kids[0].scope.as_deref(), Some("Row"));
                }
            }
        }
        let expected: Vec<Vec<String>> = flat(&report.blocks)
            .into_iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t.columns.iter().map(|c| collapse(&c.title)).collect()),
                Block::HeatMap(map) => Some(
                    std::iter::once(collapse(&map.corner))
                        .chain(map.columns.iter().map(|(label, _)| collapse(label)))
                        .collect(),
                ),
                _ => None,
            })
            .collect();
        assert_eq!(column_headers, expected);
        // Each table's body rows: one TR a row of the block.
        let rows: Vec<usize> = flat(&report.blocks)
            .into_iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t.rows.len()),
                Block::HeatMap(map) => Some(map.rows.len()),
                _ => None,
            })
            .collect();
        let tagged_rows: Vec<usize> = self
            .nodes("Table")
            .into_iter()
            .filter(|t| {
                t.kids[0]
                    .kids
                    .iter()
                    .all(|c| c.scope.as_deref() == Some("Column"))
            })
            .map(|t| t.kids.len() - 1)
            .collect();
        assert_eq!(tagged_rows, rows);
    }

    /// One Figure a chart, in order, with an /Alt naming every axis and its value and a box.
    fn charts_are_figures(&self, report: &Report) {
        let charts: Vec<&Chart> = flat(&report.blocks)
            .into_iter()
            .filter_map(|b| match b {
                Block::Charts(charts) => Some(charts.iter()),
                _ => None,
            })
            .flatten()
            .collect();
        let figures: Vec<&Node> = self
            .nodes("Figure")
            .into_iter()
            .filter(|f| !f.alt.as_deref().unwrap_or("").starts_with("Logo"))
            .collect();
        assert_eq!(figures.len(), charts.len());
        for (figure, chart) in figures.iter().zip(charts) {
            let alt = figure.alt.as_deref().expect("a Figure with /Alt");
            let axes = match chart {
                Chart::Radar { axes, .. } | Chart::Bars { axes, .. } => axes,
            };
            for axis in axes {
                let said = format!("{} {}", axis.label, axis.shown);
                assert!(alt.contains(&said), "{alt:?} does not say {said:?}");
            }
            assert!(figure.has_bbox, "a Figure without its box");
        }
    }

    fn check(&self, report: &Report, language: &str) {
        self.catalog_says_tagged_in(language);
        let mut expected = Vec::new();
        expected_headings(&report.blocks, &mut expected);
        assert_eq!(self.headings(), expected);
        self.tables_have_headers(report);
        self.charts_are_figures(report);
        self.all_content_is_marked();
    }
}

#[test]
fn the_maturity_report_is_tagged_with_its_chapters_tables_and_charts() {
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let report = maturity_report(&assessment, &library);
    let pdf = tagged(&report);
    pdf.check(&report, "en");
    let chapters: Vec<String> = pdf
        .headings()
        .into_iter()
        .filter(|(r, _)| r == "H1")
        .map(|(_, t)| t)
        .collect();
    assert!(
        chapters.iter().any(|t| t == "Executive summary"),
        "{chapters:?}"
    );
    assert!(!pdf.nodes("Figure").is_empty(), "the example has charts");
    // Its bulleted paragraphs are lists: each item a bullet and a body.
    let lists = pdf.nodes("L");
    assert!(!lists.is_empty());
    for list in lists {
        for item in &list.kids {
            assert_eq!(item.role, "LI");
            let roles: Vec<&str> = item.kids.iter().map(|k| k.role.as_str()).collect();
            assert_eq!(roles, ["Lbl", "LBody"]);
            assert_eq!(item.kids[0].text(&pdf.pages), "•");
        }
    }
}

#[test]
fn the_logo_is_a_figure_with_its_alt_text() {
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let logo = load_logo(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/logo/sjobacka-logo.png"),
    )
    .unwrap();
    let insights = Insights::compute(&assessment, &library);
    let report = maturity_report_with(&assessment, &library, &insights, Some(&logo));
    let pdf = tagged(&report);
    pdf.check(&report, "en");
    let figures = pdf.nodes("Figure");
    let logo = figures[0];
    assert_eq!(
        logo.alt.as_deref(),
        Some(format!("Logo of {}", assessment.organisation.name).as_str())
    );
    assert!(logo.has_bbox);
    assert!(
        !logo.content.is_empty(),
        "the logo's picture is its content"
    );
}

#[test]
fn a_swedish_report_says_it_is_in_swedish() {
    let library = common::shipped();
    let mut assessment = example_assessment(&library);
    assessment.language = "sv".into();
    let library = library.for_document("sv");
    let report = maturity_report(&assessment, &library);
    let pdf = tagged(&report);
    pdf.check(&report, "sv");
    // Swedish letters survive in headings and alt texts (UTF-16 text strings).
    assert!(
        pdf.headings()
            .iter()
            .any(|(_, t)| t.contains('å') || t.contains('ä') || t.contains('ö'))
    );
    assert!(
        pdf.nodes("Figure")
            .iter()
            .all(|f| f.alt.as_deref().is_some_and(|a| a.contains("diagram")))
    );
}

#[test]
fn the_statement_of_applicability_is_tagged() {
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let insights = Insights::compute(&assessment, &library);
    let soa = statement_of_applicability(&assessment, &library, &insights).unwrap();
    let report = soa_report(&assessment, &soa);
    tagged(&report).check(&report, "en");
}

#[test]
fn the_tender_annex_is_tagged() {
    let library = common::shipped();
    let tender = example_tender(&library);
    let report = tender_annex(&tender, &library);
    let pdf = tagged(&report);
    pdf.check(&report, "en");
    assert!(!pdf.nodes("Table").is_empty());
}

fn bid(bidder: &str, tender: &Tender, missing: &str) -> BidResponse {
    BidResponse {
        bidder: bidder.into(),
        source: format!("{bidder}.xlsx"),
        fingerprint: String::new(),
        answers: tender
            .items
            .iter()
            .map(|item| ItemResponse {
                requirement: item.requirement.clone(),
                code: if item.requirement == missing {
                    ResponseCode::DoesNotMeet
                } else {
                    ResponseCode::Meets
                },
                evidence: "doc".into(),
                comment: String::new(),
            })
            .collect(),
    }
}

#[test]
fn the_evaluation_is_tagged_in_the_tenders_language() {
    let library = common::shipped();
    for language in ["en", "de"] {
        let mut tender = example_tender(&library);
        tender.language = language.into();
        let library = library.for_document(language);
        let bids = [
            bid("Alpha", &tender, "clauses:CL-TRAIN"),
            bid("Beta", &tender, "clauses:CL-EXIT"),
        ];
        let evaluation = evaluate(&tender, &bids);
        let report = evaluation_report(&tender, &library, &bids, &evaluation);
        tagged(&report).check(&report, language);
    }
}

#[test]
fn a_report_without_a_language_is_english_and_an_odd_tag_is_not_written() {
    let mut report = Report::default();
    report.heading(1, "Chapter");
    report.paragraph(mim_assistant::report::blocks::TextStyle::Body, "Text.");
    tagged(&report).check(&report, "en");
    report.info.language = "x<y".into();
    tagged(&report).check(&report, "en");
}
