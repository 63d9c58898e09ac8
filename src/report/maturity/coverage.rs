//! The maturity report's coverage views: NIS2 Art. 21(2) point by point (assessed or derived, by
//! the rule the insights state) and ISO/IEC 27001 Annex A theme by theme.

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use super::{counts, mean, table_or_none};
use crate::assessment::{Coverage, Insights, Nis2Point, ThemeAnswers};
use crate::catalog::Library;
use crate::words::Words;

/// The NIS2 Art. 21(2) table, one row per point the insights show.
pub(super) fn nis2(report: &mut Report, w: &Words, library: &Library, insights: &Insights) {
    if library.framework("nis2").is_none() {
        return;
    }
    report.heading(1, w.get("report-nis2"));
    let points = &insights.nis2;
    let derived = points.iter().filter(|p| p.derived.is_some()).count();
    let intro = match derived {
        _ if points.is_empty() => "report-nis2-none",
        0 => "report-nis2-assessed",
        d if d == points.len() => "report-nis2-derived",
        _ => "report-nis2-mixed",
    };
    report.paragraph(TextStyle::Body, w.get(intro));
    let rows = points
        .iter()
        .map(|point| vec![point_title(library, &point.qid), point_value(w, point)])
        .collect();
    table_or_none(
        report,
        w,
        Table {
            columns: vec![
                Column::text(&w.get("report-col-point"), 0.55),
                Column::text(&w.get("report-col-coverage"), 0.45),
            ],
            rows,
        },
    );
}

/// A point's coverage in words: the answer when assessed, the derived coverage and its sources
/// otherwise.
fn point_value(w: &Words, point: &Nis2Point) -> String {
    let Some(coverage) = point.derived else {
        return if point.not_applicable {
            w.get("report-not-applicable")
        } else {
            point.level.map_or_else(
                || w.get("report-not-answered"),
                |l| w.with("report-level", &[("level", l.to_string().into())]),
            )
        };
    };
    let value = match (coverage, point.level) {
        (Coverage::Covered, Some(level)) => w.with(
            "report-covered-level",
            &[("level", level.to_string().into())],
        ),
        (Coverage::Covered, None) => w.get("report-coverage-covered"),
        (Coverage::Partly, _) => w.get("report-coverage-partly"),
        (Coverage::NotCovered, _) => w.get("report-coverage-not-covered"),
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
        w.with(
            "report-coverage-from",
            &[("value", value.into()), ("sources", from.into())],
        )
    }
}

fn point_title(library: &Library, qid: &str) -> String {
    library.requirement(qid).map_or_else(
        || qid.to_owned(),
        |v| format!("{}  {}", v.requirement.id, v.requirement.title),
    )
}

/// The Annex A table, theme by theme.
pub(super) fn annex_a(report: &mut Report, w: &Words, insights: &Insights) {
    let Some(view) = &insights.annex_a else {
        return;
    };
    report.heading(1, w.get("report-annex-a"));
    report.paragraph(
        TextStyle::Body,
        w.get(if view.assessed {
            "report-annex-a-assessed"
        } else {
            "report-annex-a-derived"
        }),
    );
    let rows = view
        .themes
        .iter()
        .map(|theme| {
            let (score, answers) = match theme.answers {
                ThemeAnswers::Assessed(tally) => (mean(w, tally.mean()), counts(w, &tally)),
                ThemeAnswers::Derived {
                    covered,
                    partly,
                    not_covered,
                } => (
                    "–".to_owned(),
                    w.with(
                        "report-annex-a-counts",
                        &[
                            ("covered", covered.into()),
                            ("partly", partly.into()),
                            ("missing", not_covered.into()),
                        ],
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
            Column::text(&w.get("report-col-theme"), 0.38),
            Column::number(&w.get("report-col-controls"), 0.12),
            Column::number(&w.get("report-col-score"), 0.1),
            Column::text(&w.get("report-col-answers"), 0.4),
        ],
        rows,
    }));
}
