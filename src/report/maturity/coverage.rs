//! The maturity report's coverage views: NIS2 Art. 21(2) point by point (assessed or derived, by
//! the rule the insights state) and ISO/IEC 27001 Annex A theme by theme.

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use super::{counts, table_or_none};
use crate::assessment::{Coverage, Insights, Nis2Point, ThemeAnswers, format_mean};
use crate::catalog::Library;

const ASSESSED_INTRO: &str =
    "NIS2 is part of this assessment: the levels are the assessor's own answers.";
const DERIVED_INTRO: &str = "NIS2 was not assessed directly. Each point below is derived from the answers through the mappings: an equal or wider requirement carries its level over (covered); a narrower or overlapping one covers the point partly at most. Derived values are marked \"(derived)\".";
const MIXED_INTRO: &str = "Points in the assessment's scope show the assessor's own answers. The others are derived from the answers through the mappings: an equal or wider requirement carries its level over (covered); a narrower or overlapping one covers the point partly at most. Derived values are marked \"(derived)\".";
const NONE_INTRO: &str =
    "No point of Art. 21(2) is in the assessment's scope or mapped from a requirement in it.";

/// The NIS2 Art. 21(2) table, one row per point the insights show.
pub(super) fn nis2(report: &mut Report, library: &Library, insights: &Insights) {
    if library.framework("nis2").is_none() {
        return;
    }
    report.heading(1, "NIS2 Art. 21(2) coverage");
    let points = &insights.nis2;
    let derived = points.iter().filter(|p| p.derived.is_some()).count();
    let intro = match derived {
        _ if points.is_empty() => NONE_INTRO,
        0 => ASSESSED_INTRO,
        d if d == points.len() => DERIVED_INTRO,
        _ => MIXED_INTRO,
    };
    report.paragraph(TextStyle::Body, intro);
    let rows = points
        .iter()
        .map(|point| vec![point_title(library, &point.qid), point_value(point)])
        .collect();
    table_or_none(
        report,
        Table {
            columns: vec![Column::text("Point", 0.55), Column::text("Coverage", 0.45)],
            rows,
        },
    );
}

/// A point's coverage in words: the answer when assessed, the derived coverage and its sources
/// otherwise.
fn point_value(point: &Nis2Point) -> String {
    let Some(coverage) = point.derived else {
        return if point.not_applicable {
            "not applicable".to_owned()
        } else {
            point
                .level
                .map_or_else(|| "not answered".to_owned(), |l| format!("level {l}"))
        };
    };
    let value = match (coverage, point.level) {
        (Coverage::Covered, Some(level)) => format!("covered, level {level} (derived)"),
        (coverage, _) => coverage.label().to_owned(),
    };
    let from = point
        .sources
        .iter()
        .map(|(qid, _)| qid.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if from.is_empty() {
        value
    } else {
        format!("{value}; from {from}")
    }
}

fn point_title(library: &Library, qid: &str) -> String {
    library.requirement(qid).map_or_else(
        || qid.to_owned(),
        |v| format!("{}  {}", v.requirement.id, v.requirement.title),
    )
}

/// The Annex A table, theme by theme.
pub(super) fn annex_a(report: &mut Report, insights: &Insights) {
    let Some(view) = &insights.annex_a else {
        return;
    };
    report.heading(1, "ISO/IEC 27001 Annex A");
    report.paragraph(
        TextStyle::Body,
        if view.assessed {
            "Annex A theme by theme, from the assessor's own answers."
        } else {
            "ISO/IEC 27001 was not assessed directly; the controls are counted as covered or partly covered through the mappings (derived)."
        },
    );
    let rows = view
        .themes
        .iter()
        .map(|theme| {
            let (score, answers) = match theme.answers {
                ThemeAnswers::Assessed(tally) => (format_mean(tally.mean()), counts(&tally)),
                ThemeAnswers::Derived {
                    covered,
                    partly,
                    not_covered,
                } => (
                    "–".to_owned(),
                    format!(
                        "{covered} covered, {partly} partly, {not_covered} not covered (derived)"
                    ),
                ),
            };
            vec![
                format!("{} {}", theme.id, theme.title),
                theme.controls.to_string(),
                score,
                answers,
            ]
        })
        .collect();
    report.push(Block::Table(Table {
        columns: vec![
            Column::text("Theme", 0.38),
            Column::number("Controls", 0.12),
            Column::number("Score", 0.1),
            Column::text("Answers", 0.4),
        ],
        rows,
    }));
}
