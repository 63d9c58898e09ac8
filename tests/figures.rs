//! One source for every figure: for several assessments, the dashboard (read through
//! egui_kittest, as a screen reader sees it), the maturity report (text read back from the PDF)
//! and `mim-assistant score --json` (the built binary) show the same overall score,
//! completeness, verdict, number of gaps and number of NIS2 Art. 21(2) rows. Each value is read
//! from what the surface shows, never from the library's own figures. The report's one-page
//! summary ("At a glance") shows the dashboard's four cards word for word.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use lopdf::Document;
use mim_assistant::assessment::{self, Assessment, FrameworkChoice, example_assessment};
use mim_assistant::catalog::{Library, LoadReport};
use mim_assistant::report::{maturity_report, render};
use mim_assistant::ui::{Command, MimApp, Screen};

mod common;
#[path = "common/synthetic.rs"]
mod synthetic;
mod window;

/// The figures one surface shows.
#[derive(Debug, Clone, PartialEq)]
struct Figures {
    /// The overall mean as printed, two decimals (`–` when nothing is answered).
    overall: String,
    /// Completeness as a whole percentage.
    completeness: String,
    /// `reached`, `not_reached` or `incomplete`.
    verdict: &'static str,
    /// Gaps against target.
    gaps: usize,
    /// Rows of the NIS2 Art. 21(2) coverage.
    nis2_rows: usize,
}

/// One assessment to check, with the library it is read against and the catalog files the
/// binary needs beside the shipped ones.
struct Case {
    name: &'static str,
    assessment: Assessment,
    library: Library,
    extra_catalogs: Vec<(&'static str, String)>,
    expected_nis2_rows: usize,
}

fn cases() -> Vec<Case> {
    let library = common::shipped();
    let example = example_assessment(&library);
    let mut art20 = example.clone();
    for choice in &mut art20.frameworks {
        if choice.framework == "nis2" {
            choice.groups = vec!["art20".into()];
        }
    }
    let mut without_nis2 = example.clone();
    without_nis2.frameworks.retain(|c| c.framework != "nis2");
    without_nis2
        .answers
        .retain(|qid, _| !qid.starts_with("nis2:"));
    let catalog = synthetic::synthetic_catalog();
    let bench_library = synthetic::load(&catalog);
    let mut bench = synthetic::synthetic_assessment();
    bench.frameworks = vec![FrameworkChoice {
        framework: "bench".into(),
        groups: (0..10).map(|g| format!("G{g}")).collect(),
    }];
    bench.answers.retain(|qid, _| in_first_ten_groups(qid));
    vec![
        Case {
            name: "the example",
            assessment: example,
            library: library.clone(),
            extra_catalogs: Vec::new(),
            expected_nis2_rows: 10,
        },
        Case {
            name: "NIS2 limited to its Art. 20 group",
            assessment: art20,
            library: library.clone(),
            extra_catalogs: Vec::new(),
            expected_nis2_rows: 10,
        },
        Case {
            name: "NIS2 not chosen, ISO/IEC 27001 assessed",
            assessment: without_nis2,
            library,
            extra_catalogs: Vec::new(),
            expected_nis2_rows: 10,
        },
        Case {
            name: "1,000 synthetic requirements",
            assessment: bench,
            library: bench_library,
            extra_catalogs: vec![("bench.ron", catalog)],
            expected_nis2_rows: 0,
        },
    ]
}

/// True for `bench:R{g}.{r}` with `g` below 10: the thousand requirements in the bench scope.
fn in_first_ten_groups(qid: &str) -> bool {
    qid.strip_prefix("bench:R")
        .and_then(|rest| rest.split('.').next())
        .and_then(|g| g.parse::<usize>().ok())
        .is_some_and(|g| g < 10)
}

/// The titles of the four summary cards, on the dashboard and on the report's summary page.
const CARD_TITLES: [&str; 4] = [
    "Overall score",
    "Completeness",
    "Key measures met",
    "Against the target",
];

/// What the dashboard shows, read from its accessibility tree, and its four summary cards
/// (title, value and detail line, as one text each).
fn dashboard_figures(case: &Case, file: &Path, home: &Path) -> (Figures, Vec<String>) {
    let report = LoadReport {
        library: case.library.clone(),
        problems: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut harness: Harness<'static, MimApp> =
        window::window_in(report, window::places(home, Duration::from_secs(2)));
    harness.state_mut().apply(Command::Open(file.to_path_buf()));
    harness.run();
    assert!(harness.state().document.is_some(), "{}: opened", case.name);
    harness.state_mut().apply(Command::Show(Screen::Dashboard));
    harness.run();
    harness.check_accessibility();
    // A label's text is its accessible value; a link's is its accessible label.
    let labels: Vec<String> = harness
        .get_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().value())
        .collect();
    // Each summary card is a title followed by its value and its detail line.
    let after = |title: &str, skip: usize| -> String {
        let at = labels
            .iter()
            .position(|l| l == title)
            .unwrap_or_else(|| panic!("{}: no {title:?} card in {labels:?}", case.name));
        labels[at + 1 + skip].clone()
    };
    let verdict = match after("Against the target", 0).as_str() {
        "Reached" => "reached",
        "Not reached" | "Not reached so far" => "not_reached",
        "Not yet known" => "incomplete",
        other => panic!("{}: unknown verdict {other:?}", case.name),
    };
    let gaps_line = after("Against the target", 1);
    let gaps = leading_number(&gaps_line)
        .unwrap_or_else(|| panic!("{}: no gap count in {gaps_line:?}", case.name));
    let completeness = after("Completeness", 0);
    let links = harness
        .get_all_by_role(Role::Link)
        .filter_map(|n| n.accesskit_node().label());
    let nis2_rows = labels
        .iter()
        .cloned()
        .chain(links)
        .filter(|l| is_art21_point(l))
        .count();
    let cards = CARD_TITLES
        .iter()
        .map(|title| format!("{title} {} {}", after(title, 0), after(title, 1)))
        .collect();
    let figures = Figures {
        overall: after("Overall score", 0),
        completeness: completeness
            .strip_suffix(" %")
            .unwrap_or_else(|| panic!("{}: completeness {completeness:?}", case.name))
            .to_owned(),
        verdict,
        gaps,
        nis2_rows,
    };
    (figures, cards)
}

/// True for a row title of an Art. 21(2) point (`21.2.a  Title`).
fn is_art21_point(label: &str) -> bool {
    let mut chars = label.strip_prefix("21.2.").unwrap_or("").chars();
    matches!(chars.next(), Some('a'..='j')) && chars.next() == Some(' ')
}

fn leading_number(text: &str) -> Option<usize> {
    text.split_whitespace().next()?.parse().ok()
}

/// What the maturity report shows, read back from the PDF's text, and the text of its
/// summary page (whitespace collapsed).
fn report_figures(case: &Case) -> (Figures, String) {
    let pdf = render(&maturity_report(&case.assessment, &case.library)).unwrap();
    let doc = Document::load_mem(&pdf.bytes).unwrap();
    let raw: Vec<String> = doc
        .get_pages()
        .keys()
        .map(|n| doc.extract_text(&[*n]).unwrap())
        .collect();
    let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let summary_page = raw
        .iter()
        .map(|page| collapse(page))
        .find(|page| page.contains("At a glance"))
        .unwrap_or_else(|| panic!("{}: no summary page", case.name));
    let text = collapse(&raw.join(" "));
    let word_after = |marker: &str| -> String {
        let at = text
            .find(marker)
            .unwrap_or_else(|| panic!("{}: {marker:?} not in the report", case.name));
        text[at + marker.len()..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let word_before = |marker: &str, skip: usize| -> Option<String> {
        let at = text.find(marker)?;
        text[..at]
            .split_whitespace()
            .rev()
            .nth(skip)
            .map(str::to_owned)
    };
    let verdict = if text.contains("The target profile is reached:") {
        "reached"
    } else if text.contains("The target profile is not reached yet") {
        "not_reached"
    } else if text.contains("Whether the target profile is reached is not known yet") {
        "incomplete"
    } else {
        panic!("{}: no verdict in the report", case.name)
    };
    let gaps = if text.contains("No answered requirement is below its target.") {
        0
    } else {
        // "12 requirements are below target; …" or "1 requirement is below target; …"
        word_before(" below target;", 2)
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{}: no gap count in the report", case.name))
    };
    let nis2_start = text
        .find("NIS2 Art. 21(2) coverage")
        .unwrap_or_else(|| panic!("{}: no NIS2 section", case.name));
    let nis2_end = nis2_start
        + text[nis2_start..]
            .find("ISO/IEC 27001 Annex A")
            .unwrap_or_else(|| panic!("{}: no Annex A section", case.name));
    let section = &text[nis2_start..nis2_end];
    let nis2_rows = section
        .match_indices("21.2.")
        .filter(|(at, _)| {
            let before = section[..*at].chars().next_back();
            let letter = section[at + 5..].chars().next();
            before != Some(':') && matches!(letter, Some('a'..='j'))
        })
        .count();
    let figures = Figures {
        overall: word_after("reaches a mean level of "),
        completeness: word_before(" % of the requirements are answered", 0)
            .unwrap_or_else(|| panic!("{}: no completeness in the report", case.name)),
        verdict,
        gaps,
        nis2_rows,
    };
    (figures, summary_page)
}

/// What `mim-assistant score --json FILE` prints, with the case's catalogs in the user's folder.
fn score_json_figures(case: &Case, file: &Path, data: &Path) -> Figures {
    let catalogs = data.join("mim-assistant/catalogs");
    std::fs::create_dir_all(&catalogs).unwrap();
    for (name, text) in &case.extra_catalogs {
        std::fs::write(catalogs.join(name), text).unwrap();
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(["score", "--json"])
        .arg(file)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}: score failed: {}",
        case.name,
        common::text(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let overall = &json["overall"];
    let count = |key: &str| overall[key].as_u64().unwrap() as f64;
    // The JSON rounds completeness to three decimals; the counts give the share exactly.
    let done = (count("answered") + count("not_applicable")) / count("total");
    let share = overall["completeness"].as_f64().unwrap();
    assert!(
        (share - done).abs() < 0.001,
        "{}: {share} vs {done}",
        case.name
    );
    Figures {
        overall: overall["mean"]
            .as_f64()
            .map_or_else(|| "–".to_owned(), |m| format!("{m:.2}")),
        completeness: format!("{:.0}", done * 100.0),
        verdict: match json["verdict"].as_str().unwrap() {
            "reached" => "reached",
            "not_reached" => "not_reached",
            "incomplete" => "incomplete",
            other => panic!("{}: unknown verdict {other:?}", case.name),
        },
        gaps: json["gaps"].as_array().unwrap().len(),
        nis2_rows: json["nis2_art21"].as_array().unwrap().len(),
    }
}

#[test]
fn the_dashboard_the_report_and_score_show_the_same_figures() {
    for case in cases() {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("case.mimassess.ron");
        assessment::save(&case.assessment, &file).unwrap();
        let (dashboard, cards) = dashboard_figures(&case, &file, home.path());
        let (report, summary_page) = report_figures(&case);
        for card in &cards {
            assert!(
                summary_page.contains(card.as_str()),
                "{}: the dashboard's card {card:?} is not on the summary page: {summary_page}",
                case.name
            );
        }
        let score = score_json_figures(&case, &file, &home.path().join("data"));
        assert_eq!(dashboard, report, "{}: dashboard vs report", case.name);
        assert_eq!(dashboard, score, "{}: dashboard vs score --json", case.name);
        assert_eq!(
            dashboard.nis2_rows, case.expected_nis2_rows,
            "{}: NIS2 Art. 21(2) rows",
            case.name
        );
    }
}
