//! Catalog translations as data (issue 17): the shipped languages are complete, a translation
//! file's every kind of mistake is refused at its place, a broken user translation is skipped
//! while the rest loads, and a document follows its own language with the same figures.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::{Path, PathBuf};

mod common;

use common::{pdf_text, run_cli, shipped, text};
use mim_assistant::assessment::{Insights, example_assessment};
use mim_assistant::catalog::{self, Library, blanks};
use mim_assistant::report::{maturity_report, render};

/// The languages shipped besides English.
const SHIPPED: [&str; 2] = ["sv", "de"];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/translations")
        .join(name)
}

#[test]
fn every_shipped_language_translates_every_text_of_every_catalog() {
    let library = shipped();
    assert_eq!(library.languages(), ["en", "de", "sv"]);
    for language in SHIPPED {
        let rows = library.translation_coverage(language);
        assert_eq!(rows.len(), 20, "frameworks, scales and profiles");
        for row in rows {
            assert!(row.coverage.total > 0, "{} has texts", row.catalog);
            assert_eq!(
                row.coverage.translated, row.coverage.total,
                "{language}: {} ({}) has {} of {} texts",
                row.catalog, row.kind, row.coverage.translated, row.coverage.total
            );
        }
        assert!(library.glossary(language).is_some());
    }
}

#[test]
fn the_translations_command_shows_each_language_and_catalog() {
    let output = run_cli(&["translations"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let shown = text(&output.stdout);
    assert!(shown.contains("en English: 100 %"), "{shown}");
    assert!(shown.contains("sv Svenska: 100 %"), "{shown}");
    assert!(shown.contains("de Deutsch: 100 %"), "{shown}");
    assert!(
        shown
            .lines()
            .any(|l| l.trim_start().starts_with("iso27001") && l.contains("100 %")),
        "{shown}"
    );
    let one = run_cli(&["translations", "--language", "sv"]);
    assert!(one.status.success());
    assert!(!text(&one.stdout).contains("Deutsch"));
    let unknown = run_cli(&["translations", "--language", "tlh"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("loaded: en, de, sv"));
}

#[test]
fn each_mistake_in_a_translation_file_is_refused_at_its_place() {
    let cases = [
        ("unknown-id.ron", "6:9", "`R99` in `items` names nothing"),
        (
            "field-of-another-kind.ron",
            "6:42",
            "`statement` is not a text this group has",
        ),
        ("unknown-field.ron", "6:16", "`titel`"),
        ("duplicate-key.ron", "7:9", "`R1` is given twice"),
        ("empty-text.ron", "6:42", "`why` of `R1` is empty"),
        (
            "evidence-count.ron",
            "6:16",
            "has 1 entries, the English has 3",
        ),
        (
            "clause-blanks.ron",
            "7:13",
            "has 0 blanks in square brackets, the English has 1 ([number])",
        ),
        (
            "unknown-catalog.ron",
            "4:5",
            "`mim99` is no loaded framework",
        ),
        (
            "bad-language.ron",
            "3:5",
            "`Swedish` is not a language code",
        ),
    ];
    for (name, place, message) in cases {
        let path = fixture("bad").join(name);
        let output = run_cli(&["validate", path.to_str().unwrap()]);
        let said = text(&output.stderr) + &text(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{name}: {said}");
        let located = format!("{}:{place}: ", path.display());
        assert!(said.contains(&located), "{name}: want {located} in {said}");
        assert!(said.contains(message), "{name}: want {message} in {said}");
    }
}

#[test]
fn a_broken_user_translation_is_skipped_and_reported_and_a_correction_is_merged() {
    let report = catalog::load_with_user_dir(Some(&fixture("user")));
    assert_eq!(report.problems.len(), 1, "{:#?}", report.problems);
    let problem = report.problems[0].to_string();
    assert!(problem.contains("broken.ron:7:5"), "{problem}");
    let swedish = report.library.localized("sv");
    let r1 = swedish.requirement("mim6:R1").unwrap().requirement;
    assert_eq!(
        r1.title, "Behörighetsstyrning (ISO/IEC 27001:2022 A.5.15)",
        "the user's title wins"
    );
    let shipped_sv = shipped().localized("sv");
    let shipped_r1 = shipped_sv.requirement("mim6:R1").unwrap().requirement;
    assert_eq!(
        r1.statement, shipped_r1.statement,
        "the rest of the shipped text stays"
    );
    assert_ne!(
        r1.statement,
        shipped()
            .requirement("mim6:R1")
            .unwrap()
            .requirement
            .statement
    );
}

#[test]
fn a_missing_text_falls_back_to_english_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("translations/fi");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("mim6.ron"),
        r#"Translation(format_version: 1, language: "fi", catalog: "mim6",
            items: { "R1": (title: "Pääsynhallinta") })"#,
    )
    .unwrap();
    let report = catalog::load_with_user_dir(Some(dir.path()));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let library = report.library;
    assert!(
        library.languages().contains(&"fi".to_owned()),
        "a drop-in language appears"
    );
    let finnish = library.localized("fi");
    assert_eq!(finnish.language(), "fi");
    let r1 = finnish.requirement("mim6:R1").unwrap().requirement;
    assert_eq!(r1.title, "Pääsynhallinta");
    let english_r1 = library.requirement("mim6:R1").unwrap().requirement;
    assert_eq!(
        r1.statement, english_r1.statement,
        "untranslated text stays English"
    );
    let mim6 = library
        .translation_coverage("fi")
        .into_iter()
        .find(|r| r.catalog == "mim6")
        .unwrap();
    assert_eq!(mim6.coverage.translated, 1);
    assert!(mim6.coverage.total > 50);
    assert_eq!(
        finnish
            .english()
            .requirement("mim6:R1")
            .unwrap()
            .requirement
            .title,
        english_r1.title,
        "the English original stays at hand"
    );
}

#[test]
fn a_localized_library_keeps_ids_and_finds_both_languages_words() {
    let library = shipped();
    let german = library.localized("de");
    let ids = |l: &Library| {
        l.requirements()
            .map(|r| r.qid.to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&library), ids(&german));
    let english = library.requirement("iso27001:A.5.15").unwrap().requirement;
    let translated = german.requirement("iso27001:A.5.15").unwrap().requirement;
    assert_ne!(english.statement, translated.statement);
    assert!(
        !german.search("access control").is_empty(),
        "English words still find it"
    );
    let first_german_word = translated
        .title
        .split_whitespace()
        .next()
        .unwrap()
        .to_lowercase();
    assert!(
        german
            .search(&first_german_word)
            .iter()
            .any(|hit| hit.qid == "iso27001:A.5.15"),
        "the German title finds it: {first_german_word}"
    );
}

#[test]
fn every_translated_tender_clause_uses_the_glossarys_words() {
    let library = shipped();
    for language in SHIPPED {
        let glossary = library.glossary(language).unwrap();
        let localized = library.localized(language);
        for (english, translated) in library.requirements().zip(localized.requirements()) {
            let (en, tr) = (
                &english.requirement.tender_clause,
                &translated.requirement.tender_clause,
            );
            if en.trim().is_empty() {
                continue;
            }
            assert!(
                glossary.has_modal_verb(tr),
                "{language} {}: no modal verb of the glossary in “{tr}”",
                english.qid
            );
            if en.to_lowercase().contains("or equivalent") {
                assert!(
                    glossary.has_or_equivalent(tr),
                    "{language} {}: “or equivalent” is not rendered as the glossary says in “{tr}”",
                    english.qid
                );
            }
            assert_eq!(
                blanks(en).len(),
                blanks(tr).len(),
                "{language} {}",
                english.qid
            );
        }
    }
}

#[test]
fn a_report_follows_the_assessments_language_with_the_same_figures() {
    let library = shipped();
    let english = example_assessment(&library);
    let mut german = english.clone();
    german.language = "de".into();
    let german_library = library.for_document(&german.language);
    let en_insights = Insights::compute(&english, &library);
    let de_insights = Insights::compute(&german, &german_library);
    assert_eq!(
        format!("{:?}", en_insights.scorecard.overall),
        format!("{:?}", de_insights.scorecard.overall)
    );
    assert_eq!(en_insights.gaps.len(), de_insights.gaps.len());
    let pdf = render(&maturity_report(&german, &german_library)).unwrap();
    let words = pdf_text(&pdf.bytes);
    let title = &german_library
        .requirement("mim6:R1")
        .unwrap()
        .requirement
        .title;
    let english_title = &library.requirement("mim6:R1").unwrap().requirement.title;
    assert!(
        words.contains(title.as_str()),
        "German title {title} in the report"
    );
    assert!(
        !words.contains(english_title.as_str()),
        "no English title {english_title}"
    );
}

#[test]
fn a_form_of_a_swedish_tender_is_read_against_the_swedish_texts_and_evaluated() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).to_str().unwrap().to_owned();
    let example = run_cli(&[
        "example",
        "tender",
        "--language",
        "sv",
        "-o",
        &path("t.mimtender.ron"),
    ]);
    assert!(example.status.success(), "{}", text(&example.stderr));
    let annex = run_cli(&[
        "annex",
        &path("t.mimtender.ron"),
        "-o",
        &path("a.pdf"),
        "--form",
        &path("f.csv"),
    ]);
    assert!(annex.status.success(), "{}", text(&annex.stderr));
    let form = std::fs::read_to_string(path("f.csv")).unwrap();
    let mut rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(form.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    rows[1][1] = "Anbudsgivare AB".into();
    let swedish = shipped().localized("sv");
    let mut items = 0;
    for row in rows.iter_mut().filter(|r| r[0].parse::<usize>().is_ok()) {
        // The form carries the Swedish requirement text the bidder answers.
        let title = &swedish.requirement(&row[1]).unwrap().requirement.title;
        assert_eq!(&row[2], title);
        row[7] = "Meets".into();
        row[8] = "https://example.org/proof".into();
        items += 1;
    }
    assert_eq!(items, 16);
    let mut filled = csv::Writer::from_path(path("filled.csv")).unwrap();
    for row in &rows {
        filled.write_record(row).unwrap();
    }
    filled.flush().unwrap();
    let evaluated = run_cli(&[
        "evaluate",
        &path("t.mimtender.ron"),
        &path("filled.csv"),
        "-o",
        &path("e.pdf"),
    ]);
    assert!(evaluated.status.success(), "{}", text(&evaluated.stderr));
    assert!(text(&evaluated.stdout).contains("Anbudsgivare AB: 100 of 100 points"));
}

#[test]
fn a_template_starts_a_new_language_and_counts_only_what_is_translated() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("translations");
    let made = run_cli(&[
        "translations",
        "--language",
        "fi",
        "--template",
        folder.to_str().unwrap(),
    ]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    assert!(text(&made.stdout).contains("wrote 20 files"));
    // A translator translates one title and uncomments it; the rest stays commented out.
    let mim6 = folder.join("fi/mim6.ron");
    let template = std::fs::read_to_string(&mim6).unwrap();
    let english = "//~ title: \"Only entitled users can access the data\",";
    assert!(
        template.contains(english),
        "the English text is there, commented out"
    );
    std::fs::write(
        &mim6,
        template.replacen(
            english,
            "title: \"Vain oikeutetut käyttäjät pääsevät dataan\",",
            1,
        ),
    )
    .unwrap();
    let report = catalog::load_with_user_dir(Some(dir.path()));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let finnish = report.library.total_coverage("fi");
    assert_eq!(finnish.translated, 1, "only the one translated text counts");
    assert_eq!(finnish.total, shipped().total_coverage("sv").total);
    let localized = report.library.localized("fi");
    let c1 = &localized.framework("mim6").unwrap().groups[0];
    assert_eq!(c1.title, "Vain oikeutetut käyttäjät pääsevät dataan");
    // The same folder again: nothing is overwritten.
    let again = run_cli(&[
        "translations",
        "--language",
        "fi",
        "--template",
        folder.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        std::fs::read_to_string(&mim6)
            .unwrap()
            .contains("Vain oikeutetut")
    );
    // A complete language's template has nothing left in English and loads as the shipped one.
    let swedish = dir.path().join("sv-template");
    let made = run_cli(&[
        "translations",
        "--language",
        "sv",
        "--template",
        swedish.to_str().unwrap(),
    ]);
    assert!(
        text(&made.stdout).contains("(0 lines still in English"),
        "{}",
        text(&made.stdout)
    );
}
