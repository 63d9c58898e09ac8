//! The maturity report's content, as blocks: cover, the one-page summary ([`glance`]),
//! executive summary, method and scale ([`summary`]), scores and radar charts ([`scores`]), ranked gaps and the roadmap
//! ([`roadmap`]), NIS2 Art. 21(2) coverage and the ISO/IEC 27001 Annex A view ([`coverage`]),
//! every requirement with notes and evidence, the mappings used, sources and credits
//! ([`details`]), and a fingerprint of the assessment. Every figure is read from the
//! assessment's [`Insights`], the value `score` and the window read too.

mod coverage;
mod details;
mod glance;
mod roadmap;
mod scores;
mod summary;

use sha2::{Digest, Sha256};

use super::blocks::{Block, Picture, Report, ReportInfo, Table, TextStyle};
use crate::assessment::{Assessment, Insights, Scorecard, Tally};
use crate::catalog::Library;

use coverage::{annex_a, nis2};
use details::{details, mappings, sources};
use glance::at_a_glance;
use roadmap::gaps_and_roadmap;
use scores::{radars, scores};
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
/// [`crate::report::logo`]).
pub fn maturity_report_with(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
    logo: Option<&Picture>,
) -> Report {
    let card = &insights.scorecard;
    let scale = library.scale(&assessment.scale);
    let range = scale.map_or((0.0, 5.0), |s| {
        let (low, high) = s.range();
        (f64::from(low), f64::from(high))
    });
    let org = &assessment.organisation;
    let mut report = Report {
        info: ReportInfo {
            title: format!("Maturity report — {}", org.name),
            author: if assessment.assessor.is_empty() {
                org.name.clone()
            } else {
                assessment.assessor.clone()
            },
            subject: format!(
                "Self-assessment against {} — round {}, {}",
                framework_names(card),
                assessment.round,
                assessment.date
            ),
            keywords: vec![
                "MIM".into(),
                "OASC".into(),
                "ISO/IEC 27001".into(),
                "NIS2".into(),
                "maturity".into(),
            ],
            date: assessment.date.clone(),
            header: format!("{} — maturity report, {}", org.name, assessment.date),
        },
        blocks: Vec::new(),
    };
    cover(&mut report, assessment, library, card, logo);
    at_a_glance(&mut report, assessment, library, insights, range);
    summary(&mut report, assessment, library, insights, range);
    method(&mut report, assessment, library, scale);
    scores(&mut report, card, range);
    radars(&mut report, card, range);
    gaps_and_roadmap(&mut report, library, insights);
    nis2(&mut report, library, insights);
    annex_a(&mut report, insights);
    details(&mut report, assessment, library, insights);
    mappings(&mut report, library, insights);
    sources(&mut report, assessment, library);
    report
}

/// A table, or "None." when it has no rows (a header alone says nothing).
pub(super) fn table_or_none(report: &mut Report, table: Table) {
    if table.rows.is_empty() {
        report.paragraph(TextStyle::Body, "None.");
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

pub(super) fn counts(tally: &Tally) -> String {
    format!(
        "{} answered, {} not applicable, {} open",
        tally.answered, tally.not_applicable, tally.unanswered
    )
}

#[cfg(test)]
mod tests;
