//! The one-page summary: its figures are the dashboard's (read from the same insights), its
//! heat map counts are the insights' level counts, it fits one A4 page for the example and for
//! an assessment of every framework, and the cover carries the logo.

use super::*;
use crate::assessment::{
    Answer, FrameworkChoice, Headline, RoundRecord, example_assessment, format_mean,
};
use crate::catalog;
use crate::report::blocks::{Card, HeatMap};
use crate::report::{load_logo, render};

/// The heading of the summary page, in English.
fn glance_title() -> String {
    Words::english().get("report-glance-title")
}

fn example() -> (Assessment, Library) {
    let library = catalog::load_embedded().library;
    let a = example_assessment(&library);
    (a, library)
}

/// Every framework of the library in scope, answers spread over every level, some not
/// applicable, some open, an earlier round and a long name: the most the page must hold.
fn everything(library: &Library) -> Assessment {
    let mut a = example_assessment(library);
    a.organisation.name =
        ["Stadsbyggnadsförvaltningen i Östra Sjöbacka-Västerås kommunalförbund"; 3].join(" och ");
    a.frameworks = library
        .frameworks()
        .iter()
        .map(|f| FrameworkChoice {
            framework: f.framework.id.clone(),
            groups: Vec::new(),
        })
        .collect();
    a.answers.clear();
    let mut before = std::collections::BTreeMap::new();
    for (i, view) in library.requirements().enumerate() {
        let answer = match i % 9 {
            7 => Answer {
                not_applicable: Some("Not run by the city.".into()),
                ..Answer::default()
            },
            8 => continue,
            n => Answer {
                current: Some(1 + (n % 5) as u8),
                ..Answer::default()
            },
        };
        before.insert(view.qid.to_owned(), 1 + (i % 4) as u8);
        a.answers.insert(view.qid.to_owned(), answer);
    }
    a.earlier_rounds = vec![RoundRecord {
        round: 1,
        date: "2025-10-01".into(),
        levels: before,
    }];
    a.round = 2;
    a
}

/// The summary's blocks: from its heading up to (not including) its closing page break.
fn glance(report: &Report) -> &[Block] {
    let start = report
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Band { text, .. } if text.starts_with(&glance_title())))
        .unwrap();
    let end = start
        + report.blocks[start..]
            .iter()
            .position(|b| matches!(b, Block::PageBreak))
            .unwrap();
    &report.blocks[start..end]
}

fn cards(blocks: &[Block]) -> &[Card] {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::Cards(cards) => Some(cards.as_slice()),
            _ => None,
        })
        .unwrap()
}

fn heat(blocks: &[Block]) -> &HeatMap {
    blocks
        .iter()
        .find_map(|b| match b {
            Block::HeatMap(map) => Some(map),
            _ => None,
        })
        .unwrap()
}

fn page_texts(bytes: &[u8]) -> Vec<String> {
    let doc = lopdf::Document::load_mem(bytes).unwrap();
    doc.get_pages()
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap())
        .collect()
}

#[test]
fn the_summary_shows_the_dashboards_four_figures() {
    let (a, library) = example();
    let insights = Insights::compute(&a, &library);
    let report = maturity_report_for(&a, &library, &insights);
    let shown: Vec<&str> = cards(glance(&report))
        .iter()
        .map(|c| c.value.as_str())
        .collect();
    // The library's headline value, which the dashboard draws too (tests/figures.rs compares
    // the dashboard's cards with this page word for word).
    let headline = Headline::of(&insights);
    assert_eq!(shown[0], format_mean(headline.overall_mean));
    assert_eq!(
        shown[1],
        format!("{:.0} %", insights.scorecard.overall.completeness() * 100.0)
    );
    assert_eq!(shown[3], headline.verdict.label());
    let detail = &cards(glance(&report))[3].detail;
    assert!(
        detail.starts_with(&format!("{} gaps to close", insights.gaps.len())),
        "{detail}"
    );
}

#[test]
fn the_heat_map_counts_are_the_insights_level_counts() {
    for (a, library) in [example(), {
        let library = catalog::load_embedded().library;
        (everything(&library), library)
    }] {
        let insights = Insights::compute(&a, &library);
        let report = maturity_report_for(&a, &library, &insights);
        let map = heat(glance(&report));
        let levels: Vec<u8> = library
            .scale(&a.scale)
            .unwrap()
            .levels
            .iter()
            .map(|l| l.value)
            .collect();
        assert_eq!(map.columns.len(), levels.len() + 2);
        let sums = |counts: &[usize]| counts.iter().sum::<usize>();
        let total: usize = map.rows.iter().map(|(_, c)| sums(c)).sum();
        assert_eq!(total, insights.scorecard.overall.total());
        for ((label, counts), row) in map.rows.iter().zip(&insights.levels) {
            if label.starts_with("and ") {
                break; // the folded rest, checked through the total above
            }
            assert_eq!(label, &row.name);
            let mut expected: Vec<usize> = levels.iter().map(|l| row.at(*l)).collect();
            expected.extend([row.not_applicable, row.unanswered]);
            assert_eq!(counts, &expected, "{label}");
        }
    }
}

#[test]
fn the_summary_fits_one_page_for_the_example_and_for_every_framework() {
    let library = catalog::load_embedded().library;
    for a in [example_assessment(&library), everything(&library)] {
        let insights = Insights::compute(&a, &library);
        let report = maturity_report_for(&a, &library, &insights);
        let alone = Report {
            info: report.info.clone(),
            blocks: glance(&report).to_vec(),
        };
        assert_eq!(render(&alone).unwrap().pages, 1, "{}", a.organisation.name);
        // In the whole report it is page 2, after a one-page cover, and nothing of it runs on.
        let pages = page_texts(&render(&report).unwrap().bytes);
        assert!(pages[0].contains("Fingerprint of the assessment"));
        let title = glance_title();
        assert!(pages[1].contains(&title) && pages[1].contains("Since the last round"));
        assert!(pages.iter().filter(|p| p.contains(&title)).count() == 1);
        assert!(pages[1].contains("Each cell counts"));
        assert!(
            pages
                .iter()
                .filter(|p| p.contains("Each cell counts"))
                .count()
                == 1
        );
        assert!(
            pages[2].starts_with("Executive summary") || pages[2].contains("\nExecutive summary")
        );
    }
}

#[test]
fn the_summary_fits_one_page_in_swedish_and_german_too() {
    let shipped = catalog::load_embedded().library;
    for language in ["sv", "de"] {
        let library = shipped.for_document(language);
        for mut a in [example_assessment(&library), everything(&library)] {
            a.language = language.into();
            let insights = Insights::compute(&a, &library);
            let report = maturity_report_for(&a, &library, &insights);
            let title = Words::for_language(language).get("report-glance-title");
            let start = report
                .blocks
                .iter()
                .position(|b| matches!(b, Block::Band { text, .. } if text.starts_with(&title)))
                .unwrap();
            let end = start
                + report.blocks[start..]
                    .iter()
                    .position(|b| matches!(b, Block::PageBreak))
                    .unwrap();
            let alone = Report {
                info: report.info.clone(),
                blocks: report.blocks[start..end].to_vec(),
            };
            assert_eq!(render(&alone).unwrap().pages, 1, "{language}");
            let pages = page_texts(&render(&report).unwrap().bytes);
            assert_eq!(
                pages.iter().filter(|p| p.contains(&title)).count(),
                1,
                "{language}"
            );
        }
    }
}

#[test]
fn the_roadmap_rule_reads_as_score_states_it() {
    assert_eq!(
        Words::english().get("report-roadmap-rule"),
        crate::assessment::ROADMAP_RULE
    );
}

#[test]
fn the_html_form_follows_the_reports_language() {
    let (mut a, library) = example();
    a.language = "de".into();
    let html = crate::report::html::to_html(&maturity_report(&a, &library.for_document("de")));
    assert!(html.contains("<html lang=\"de\">"));
    assert!(html.contains(r#"content: "Seite " counter(page) " von " counter(pages);"#));
    assert!(html.contains("class=\"band title\">Auf einen Blick"));
}

#[test]
fn the_large_assessment_folds_what_does_not_fit() {
    let library = catalog::load_embedded().library;
    let a = everything(&library);
    let insights = Insights::compute(&a, &library);
    let report = maturity_report_for(&a, &library, &insights);
    let blocks = glance(&report);
    let map = heat(blocks);
    assert!(map.rows.len() <= 16);
    if insights.levels.len() > 16 {
        assert!(map.rows.last().unwrap().0.starts_with("and "));
    }
    let texts = Report {
        info: ReportInfo::default(),
        blocks: blocks.to_vec(),
    }
    .texts()
    .join("\n");
    assert!(texts.contains(&format!("…and {} more", insights.gaps.len() - 5)));
}

#[test]
fn the_five_most_urgent_gaps_carry_their_roadmap_phase() {
    let (a, library) = example();
    let insights = Insights::compute(&a, &library);
    let report = maturity_report_for(&a, &library, &insights);
    let table = glance(&report)
        .iter()
        .find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .unwrap();
    assert_eq!(table.rows.len(), 5.min(insights.gaps.len()));
    for (row, gap) in table.rows.iter().zip(&insights.gaps) {
        assert!(row[1].starts_with(&gap.qid));
        assert_eq!(row[4], gap.phase.label());
        assert!(table.columns[4].tone_of(&row[4]).is_some());
    }
}

#[test]
fn the_first_round_says_there_is_nothing_to_compare_with() {
    let (mut a, library) = example();
    a.earlier_rounds.clear();
    a.round = 1;
    let report = maturity_report(&a, &library);
    let texts = Report {
        info: ReportInfo::default(),
        blocks: glance(&report).to_vec(),
    }
    .texts();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("no earlier round to compare with"))
    );
}

#[test]
fn the_cover_carries_the_logo_scaled_into_the_pdf() {
    let (a, library) = example();
    let logo = load_logo(std::path::Path::new(
        "tests/fixtures/logo/sjobacka-logo.png",
    ))
    .unwrap();
    let insights = Insights::compute(&a, &library);
    let report = maturity_report_with(&a, &library, &insights, Some(&logo));
    let Some(Block::Masthead(masthead)) = report.blocks.first() else {
        panic!("the cover starts with its masthead");
    };
    assert_eq!(masthead.logo.as_ref(), Some(&logo));
    let pdf = render(&report).unwrap();
    let doc = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    let images: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(|n| n.as_name()).ok() == Some(b"Image".as_slice())
                && s.dict.get(b"SMask").is_ok()
        })
        .map(|s| {
            let number = |key: &[u8]| s.dict.get(key).and_then(lopdf::Object::as_i64).unwrap();
            (number(b"Width"), number(b"Height"))
        })
        .collect();
    assert_eq!(images, vec![(300, 120)]);
    // Without a logo there is no image at all, and the report is otherwise the same.
    let plain = maturity_report_for(&a, &library, &insights);
    assert_eq!(plain.blocks.len(), report.blocks.len());
}

#[test]
fn the_html_form_carries_the_summary_and_the_logo() {
    let (a, library) = example();
    let logo = load_logo(std::path::Path::new(
        "tests/fixtures/logo/sjobacka-logo.png",
    ))
    .unwrap();
    let insights = Insights::compute(&a, &library);
    let html =
        crate::report::html::to_html(&maturity_report_with(&a, &library, &insights, Some(&logo)));
    assert!(
        html.contains(
            "<img alt=\"Logo of Sjöbacka kommun\" src=\"data:image/png;base64,iVBORw0KGgo"
        )
    );
    assert!(html.contains("<table class=\"heat\">"));
    assert!(html.contains(r#"content: "Page " counter(page) " of " counter(pages);"#));
    assert!(html.contains("class=\"band title\">At a glance"));
    assert!(html.contains("class=\"band urgent\">0–3 months"));
}

#[test]
fn the_report_marks_secondary_items_and_counts_them_per_mim() {
    let (mut a, library) = example();
    a.frameworks.push(FrameworkChoice {
        framework: "mim3".into(),
        groups: Vec::new(),
    });
    let report = maturity_report(&a, &library);
    let texts = report.texts();
    let strength_line = |qid: &str| {
        let at = texts
            .iter()
            .position(|t| t.starts_with(qid))
            .unwrap_or_else(|| panic!("{qid} is in the appendix"));
        texts[at + 1].clone()
    };
    assert!(strength_line("mim3:RC4.1").ends_with("secondary source only"));
    assert!(!strength_line("mim3:RC3.1").contains("secondary"));
    assert!(
        texts
            .iter()
            .any(|t| t.contains("MIM3: 13 of 23 requirements")),
        "the sources page counts MIM3's booklet-only items"
    );
    assert!(texts.iter().any(|t| t.contains("MIM6: none")));
}
