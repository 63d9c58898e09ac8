//! The maturity report and `score`'s text in the assessment's language (issue 17): the example
//! in Swedish and in German, read back from the PDF, has none of the report's English words,
//! has its own, writes decimals with a comma and dates in words, and carries the binding-text
//! notice; `score --json` stays the same whatever the language.

// Test code: a failed unwrap is a failed test, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{pdf_text, run_cli, shipped, text};
use mim_assistant::assessment::{Insights, example_assessment, format_mean};
use mim_assistant::report::{maturity_report, render};

/// Words only the English report prints: headings, instructions, column names, card titles,
/// labels and the footer.
const ENGLISH: &[&str] = &[
    "Maturity report",
    "At a glance",
    "Executive summary",
    "Method and scale",
    "Roadmap rule",
    "Gaps against target",
    "Requirement by requirement",
    "Appendix: mappings",
    "Appendix: sources and credits",
    "Items resting on a secondary source",
    "Overall score",
    "Key measures met",
    "Against the target",
    "Not reached so far",
    "Answers by framework and level",
    "The most urgent gaps",
    "Since the last round",
    "Each cell counts",
    "Level → target",
    "Roadmap phase",
    "What it means",
    "Mapping set",
    "Fingerprint of the assessment",
    "Target profile",
    "Bars show the mean level",
    "Each spoke is",
    "gaps to close",
    "act first",
    "plan next",
    "0–3 months",
    "secondary source only",
    "What it covers",
    "Evidence:",
    "Page 1 of",
    "All frameworks",
];

/// The example in `language`: its report's text and its overall mean as `score --json` has it.
fn report_in(language: &str) -> (String, String) {
    let library = shipped();
    let mut assessment = example_assessment(&library);
    assessment.language = language.into();
    let library = library.for_document(language);
    let mean = format_mean(
        Insights::compute(&assessment, &library)
            .scorecard
            .overall
            .mean(),
    );
    let pdf = render(&maturity_report(&assessment, &library)).unwrap();
    (pdf_text(&pdf.bytes), mean)
}

fn assert_translated(language: &str, own: &[&str]) {
    let (words, mean) = report_in(language);
    for english in ENGLISH {
        assert!(
            !words.contains(english),
            "{language}: the report still says “{english}”"
        );
    }
    for phrase in own {
        assert!(words.contains(phrase), "{language}: “{phrase}” is missing");
    }
    assert!(
        mean.contains('.'),
        "the example's mean has decimals: {mean}"
    );
    let comma = mean.replace('.', ",");
    assert!(
        words.contains(&comma) && !words.contains(&mean),
        "{language}: the mean is written {comma}, never {mean}"
    );
}

#[test]
fn the_swedish_report_has_no_english_words_of_its_own() {
    assert_translated(
        "sv",
        &[
            "Mognadsrapport: Sjöbacka kommun",
            "I korthet — Sjöbacka kommun, omgång 2, 15 oktober 2026",
            "Sammanfattning",
            "Metod och skala",
            "Brister mot målnivån",
            "Färdplan",
            "Krav för krav",
            "Bilaga: mappningar",
            "Samlat resultat",
            "lägstanivån 3,0",
            "0–3 månader",
            "endast sekundärkälla",
            "Sida 1 av",
            "Den engelska originaltexten till MIM:arna är bindande.",
        ],
    );
}

#[test]
fn the_german_report_has_no_english_words_of_its_own() {
    assert_translated(
        "de",
        &[
            "Reifegradbericht: Sjöbacka kommun",
            "Auf einen Blick — Sjöbacka kommun, Runde 2, 15. Oktober 2026",
            "Zusammenfassung",
            "Methode und Skala",
            "Lücken zum Ziel",
            "Maßnahmenplan",
            "Anforderung für Anforderung",
            "Anhang: Zuordnungen",
            "Gesamtergebnis",
            "Mindestwert von 3,0",
            "0–3 Monate",
            "nur aus Sekundärquelle",
            "Seite 1 von",
            "Maßgeblich ist der englische Originaltext der MIMs.",
        ],
    );
}

#[test]
fn the_english_report_carries_no_binding_notice() {
    let (words, mean) = report_in("en");
    assert!(words.contains("At a glance") && words.contains(&mean));
    assert!(!words.contains("binding") && !words.contains("bindande"));
}

#[test]
fn score_speaks_the_assessments_language_and_its_json_does_not_change() {
    let dir = tempfile::tempdir().unwrap();
    let file = |language: &str| {
        let path = dir.path().join(format!("{language}.mimassess.ron"));
        let out = run_cli(&[
            "example",
            "assessment",
            "--language",
            language,
            "-o",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        path.to_str().unwrap().to_owned()
    };
    let (english, german) = (file("en"), file("de"));
    let german_text = text(&run_cli(&["score", &german]).stdout);
    for phrase in [
        "Regelwerk",
        "Schlüsselmaßnahmen:",
        "Größte Lücken",
        "gesamt ",
    ] {
        assert!(german_text.contains(phrase), "{phrase} in {german_text}");
    }
    for phrase in [
        "framework",
        "Key measures:",
        "Top gaps",
        "Verdict",
        "priority",
    ] {
        assert!(!german_text.contains(phrase), "{phrase} in {german_text}");
    }
    let english_text = text(&run_cli(&["score", &english]).stdout);
    let mean = |score: &str| {
        score
            .lines()
            .find(|l| l.starts_with("mim6 "))
            .and_then(|l| l.split_whitespace().nth(1))
            .unwrap()
            .to_owned()
    };
    assert_eq!(mean(&german_text), mean(&english_text).replace('.', ","));
    assert_eq!(
        text(&run_cli(&["score", &german, "--json"]).stdout),
        text(&run_cli(&["score", &english, "--json"]).stdout),
        "the JSON is the same in every language"
    );
}
