//! The maturity report's content, as blocks: cover, the one-page summary ([`glance`]),
//! executive summary, method and scale ([`summary`]), scores and radar charts ([`scores`]), ranked gaps and the roadmap
//! ([`roadmap`]), NIS2 Art. 21(2) coverage and the ISO/IEC 27001 Annex A view ([`coverage`]),
//! every requirement with notes and evidence, the mappings used, sources and credits
//! ([`details`]), a fingerprint of the assessment, and the sign-off ([`signoff`]). Every figure is read from the
//! assessment's [`Insights`], the value `score` and the window read too.

mod coverage;
mod details;
mod glance;
mod roadmap;
mod scores;
mod signoff;
mod summary;

use sha2::{Digest, Sha256};

use super::blocks::{Block, Picture, Report, ReportInfo, Table, TextStyle};
use crate::assessment::{Assessment, Insights, Phase, Scorecard, Tally, format_mean};
use crate::catalog::{Library, Requirement};
use crate::words::Words;

use coverage::{annex_a, nis2};
use details::{details, mappings, sources, team};
use glance::at_a_glance;
use roadmap::gaps_and_roadmap;
use scores::{radars, scores};
use signoff::signoff;
use summary::{cover, method, summary};

/// The SHA-256 of the assessment's canonical content (its RON, compact, answers in id order),
/// as lowercase hex: a reader can check that a report belongs to a given file.
pub fn fingerprint(assessment: &Assessment) -> String {
    // Serialising plain data with string keys cannot fail; an empty text would still give a
    // fingerprint that matches no real file, never a wrong match.
    let canonical = ron::to_string(assessment).unwrap_or_default();
    let digest = Sha256::digest(canonical.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The maturity report of `assessment` (its insights computed once here).
pub fn maturity_report(assessment: &Assessment, library: &Library) -> Report {
    maturity_report_for(assessment, library, &Insights::compute(assessment, library))
}

/// The maturity report of `assessment` from its insights, already computed (the window keeps
/// them): every figure in the report is read from `insights`.
pub fn maturity_report_for(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
) -> Report {
    maturity_report_with(assessment, library, insights, None)
}

/// [`maturity_report_for`] with the organisation's logo on the cover (read and checked with
/// [`crate::report::logo`]). The report's own words are in the assessment's language
/// (`assessment.language`); the catalog texts are those of `library`, which the caller
/// localizes with [`Library::for_document`].
pub fn maturity_report_with(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
    logo: Option<&Picture>,
) -> Report {
    let words = Words::for_language(&assessment.language);
    let w = &words;
    let card = &insights.scorecard;
    let scale = library.scale(&assessment.scale);
    let range = scale.map_or((0.0, 5.0), |s| {
        let (low, high) = s.range();
        (f64::from(low), f64::from(high))
    });
    let org = &assessment.organisation;
    let when = date(w, &assessment.date);
    let mut report = Report {
        info: ReportInfo {
            title: w.with("report-title", &[("organisation", (&org.name).into())]),
            author: assessment.author(),
            subject: w.with(
                "report-subject",
                &[
                    ("frameworks", framework_names(card).into()),
                    ("round", assessment.round.to_string().into()),
                    ("date", (&when).into()),
                ],
            ),
            keywords: vec![
                "MIM".into(),
                "OASC".into(),
                "ISO/IEC 27001".into(),
                "NIS2".into(),
                w.get("report-keyword-maturity"),
            ],
            date: assessment.date.clone(),
            header: w.with(
                "report-header",
                &[
                    ("organisation", (&org.name).into()),
                    ("date", (&when).into()),
                ],
            ),
            language: assessment.language.clone(),
        },
        blocks: Vec::new(),
    };
    cover(&mut report, w, assessment, library, card, logo);
    at_a_glance(&mut report, w, assessment, library, insights, range);
    summary(&mut report, w, assessment, library, insights, range);
    method(&mut report, w, assessment, library, scale);
    scores(&mut report, w, card, range);
    radars(&mut report, w, card, range);
    gaps_and_roadmap(&mut report, w, library, insights);
    nis2(&mut report, w, library, insights);
    annex_a(&mut report, w, insights);
    details(&mut report, w, assessment, library, insights);
    team(&mut report, w, assessment);
    mappings(&mut report, w, library, insights);
    sources(&mut report, w, assessment, library);
    signoff(&mut report, w, assessment);
    report
}

/// A table, or "None." when it has no rows (a header alone says nothing).
pub(super) fn table_or_none(report: &mut Report, words: &Words, table: Table) {
    if table.rows.is_empty() {
        report.paragraph(TextStyle::Body, words.get("report-none"));
    } else {
        report.push(Block::Table(table));
    }
}

pub(super) fn framework_names(card: &Scorecard) -> String {
    card.frameworks
        .iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn counts(words: &Words, tally: &Tally) -> String {
    words.with(
        "report-counts",
        &[
            ("answered", tally.answered.into()),
            ("na", tally.not_applicable.into()),
            ("open", tally.unanswered.into()),
        ],
    )
}

/// A mean level as `score` prints it ([`format_mean`]), with the language's decimal separator.
pub(super) fn mean(words: &Words, value: Option<f64>) -> String {
    with_separator(words, format_mean(value))
}

/// A minimum or target with one decimal (3.0, 3,0).
pub(super) fn one_decimal(words: &Words, value: f64) -> String {
    words.number(value, 1)
}

/// A number as Rust writes it (0, 5, 2.5), with the language's decimal separator.
pub(super) fn plain(words: &Words, value: f64) -> String {
    with_separator(words, value.to_string())
}

fn with_separator(words: &Words, text: String) -> String {
    let separator = words.get("doc-decimal-separator");
    if separator == "." {
        text
    } else {
        text.replace('.', &separator)
    }
}

/// A date of the assessment as the report writes it: as given (`YYYY-MM-DD`) or in words, as
/// the language's `report-date-style` says.
pub(super) fn date(words: &Words, iso: &str) -> String {
    if words.get("report-date-style") == "words" {
        words.date(iso)
    } else {
        iso.to_owned()
    }
}

/// A roadmap phase's label in the report's words.
pub(super) fn phase_label(words: &Words, phase: Phase) -> String {
    words.get(match phase {
        Phase::FirstThreeMonths => "report-phase-first",
        Phase::ThreeToTwelveMonths => "report-phase-second",
        Phase::AfterTwelveMonths => "report-phase-later",
    })
}

/// A requirement's strength as the report shows it: the RFC 2119 keyword, marked when it is
/// the project's reading of a sentence without one.
pub(super) fn strength_label(words: &Words, requirement: &Requirement) -> String {
    let keyword = requirement.strength.keyword();
    if requirement.strength_inferred {
        words.with("report-strength-inferred", &[("keyword", keyword.into())])
    } else {
        keyword.to_owned()
    }
}

#[cfg(test)]
mod tests;
