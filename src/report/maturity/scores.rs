//! The maturity report's scores: tables per framework and group, bars and radar charts.

use super::super::blocks::{Axis, Block, Chart, Column, Report, Table, TextStyle};
use crate::assessment::{Scorecard, format_mean};

/// A framework needs this many groups for a radar of its own.
const RADAR_MIN_AXES: usize = 3;

/// The scores table per framework, the bar chart and each framework's groups.
pub(super) fn scores(report: &mut Report, card: &Scorecard, range: (f64, f64)) {
    report.heading(1, "Scores");
    report.push(Block::Table(Table {
        columns: vec![
            Column::text("Framework", 0.4),
            Column::number("Score", 0.12),
            Column::number("Answered", 0.12),
            Column::number("N/A", 0.1),
            Column::number("Open", 0.1),
            Column::number("Complete", 0.16),
        ],
        rows: card
            .frameworks
            .iter()
            .map(|f| {
                vec![
                    f.name.clone(),
                    format_mean(f.tally.mean()),
                    f.tally.answered.to_string(),
                    f.tally.not_applicable.to_string(),
                    f.tally.unanswered.to_string(),
                    format!("{:.0} %", f.tally.completeness() * 100.0),
                ]
            })
            .chain(std::iter::once(vec![
                "All frameworks".to_owned(),
                format_mean(card.overall.mean()),
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
            })
            .collect(),
        target: card.overall_min,
        range,
    }]));
    report.paragraph(
        TextStyle::Note,
        format!(
            "Bars show the mean level; the mark is the target profile's overall minimum ({:.1}).",
            card.overall_min
        ),
    );
    for framework in &card.frameworks {
        if framework.groups.len() < 2 {
            continue;
        }
        report.heading(2, framework.name.clone());
        report.push(Block::Table(Table {
            columns: vec![
                Column::text("Group", 0.56),
                Column::number("Score", 0.12),
                Column::text("Answered / N/A / open", 0.32),
            ],
            rows: framework
                .groups
                .iter()
                .map(|g| {
                    vec![
                        format!("{} {}", g.id, g.title),
                        format_mean(g.tally.mean()),
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
pub(super) fn radars(report: &mut Report, card: &Scorecard, range: (f64, f64)) {
    let mut charts = Vec::new();
    if card.frameworks.len() >= RADAR_MIN_AXES {
        charts.push(Chart::Radar {
            title: "All frameworks".into(),
            axes: card
                .frameworks
                .iter()
                .map(|f| Axis {
                    label: f.id.to_uppercase(),
                    value: f.tally.mean(),
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
    report.heading(1, "Radar");
    report.paragraph(
        TextStyle::Body,
        "Each spoke is a framework or a capability; the solid shape is the mean level reached (a spoke with nothing answered yet has no point, rather than a point at the centre), the dashed line the target profile's overall minimum.",
    );
    for pair in charts.chunks(2) {
        report.push(Block::Charts(pair.to_vec()));
    }
}
