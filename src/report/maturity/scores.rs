//! The maturity report's scores: tables per framework and group, bars and radar charts.

use super::super::blocks::{Axis, Block, Chart, Column, Report, Table, TextStyle};
use super::{mean, one_decimal};
use crate::assessment::Scorecard;
use crate::words::Words;

/// A framework needs this many groups for a radar of its own.
const RADAR_MIN_AXES: usize = 3;

/// The scores table per framework, the bar chart and each framework's groups.
pub(super) fn scores(report: &mut Report, w: &Words, card: &Scorecard, range: (f64, f64)) {
    report.heading(1, w.get("report-scores"));
    report.push(Block::Table(Table {
        columns: vec![
            Column::text(&w.get("report-col-framework"), 0.4),
            Column::number(&w.get("report-col-score"), 0.12),
            Column::number(&w.get("report-col-answered"), 0.12),
            Column::number(&w.get("report-col-na"), 0.1),
            Column::number(&w.get("report-col-open"), 0.1),
            Column::number(&w.get("report-col-complete"), 0.16),
        ],
        rows: card
            .frameworks
            .iter()
            .map(|f| {
                vec![
                    f.name.clone(),
                    mean(w, f.tally.mean()),
                    f.tally.answered.to_string(),
                    f.tally.not_applicable.to_string(),
                    f.tally.unanswered.to_string(),
                    format!("{:.0} %", f.tally.completeness() * 100.0),
                ]
            })
            .chain(std::iter::once(vec![
                w.get("report-all-frameworks"),
                mean(w, card.overall.mean()),
                card.overall.answered.to_string(),
                card.overall.not_applicable.to_string(),
                card.overall.unanswered.to_string(),
                format!("{:.0} %", card.overall.completeness() * 100.0),
            ]))
            .collect(),
    }));
    report.push(Block::Charts(vec![Chart::Bars {
        axes: card
            .frameworks
            .iter()
            .map(|f| Axis {
                label: f.name.clone(),
                value: f.tally.mean(),
                shown: mean(w, f.tally.mean()),
            })
            .collect(),
        target: card.overall_min,
        range,
    }]));
    report.paragraph(
        TextStyle::Note,
        w.with(
            "report-bars-note",
            &[("min", one_decimal(w, card.overall_min).into())],
        ),
    );
    for framework in &card.frameworks {
        if framework.groups.len() < 2 {
            continue;
        }
        report.heading(2, framework.name.clone());
        report.push(Block::Table(Table {
            columns: vec![
                Column::text(&w.get("report-col-group"), 0.56),
                Column::number(&w.get("report-col-score"), 0.12),
                Column::text(&w.get("report-col-answered-na-open"), 0.32),
            ],
            rows: framework
                .groups
                .iter()
                .map(|g| {
                    vec![
                        format!("{} {}", g.id, g.title),
                        mean(w, g.tally.mean()),
                        format!(
                            "{} / {} / {}",
                            g.tally.answered, g.tally.not_applicable, g.tally.unanswered
                        ),
                    ]
                })
                .collect(),
        }));
    }
}

/// Radar charts across frameworks and across each framework's groups.
pub(super) fn radars(report: &mut Report, w: &Words, card: &Scorecard, range: (f64, f64)) {
    let mut charts = Vec::new();
    if card.frameworks.len() >= RADAR_MIN_AXES {
        charts.push(Chart::Radar {
            title: w.get("report-all-frameworks"),
            axes: card
                .frameworks
                .iter()
                .map(|f| Axis {
                    label: f.id.to_uppercase(),
                    value: f.tally.mean(),
                    shown: mean(w, f.tally.mean()),
                })
                .collect(),
            target: card.overall_min,
            range,
        });
    }
    for framework in &card.frameworks {
        if framework.groups.len() >= RADAR_MIN_AXES {
            charts.push(Chart::Radar {
                title: framework.name.clone(),
                axes: framework
                    .groups
                    .iter()
                    .map(|g| Axis {
                        label: g.id.clone(),
                        value: g.tally.mean(),
                        shown: mean(w, g.tally.mean()),
                    })
                    .collect(),
                target: card.overall_min,
                range,
            });
        }
    }
    if charts.is_empty() {
        return;
    }
    report.heading(1, w.get("report-radar"));
    report.paragraph(TextStyle::Body, w.get("report-radar-text"));
    for pair in charts.chunks(2) {
        report.push(Block::Charts(pair.to_vec()));
    }
}
