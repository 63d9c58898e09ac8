//! The maturity report's gaps against target, ranked, and the roadmap that puts them in phases.

use super::super::blocks::{Block, Column, Report, Table, TextStyle, count};
use crate::assessment::{Insights, Phase, ROADMAP_RULE};
use crate::catalog::Library;

/// The ranked gaps and the roadmap, phase by phase.
pub(super) fn gaps_and_roadmap(report: &mut Report, library: &Library, insights: &Insights) {
    let found = &insights.gaps;
    report.heading(1, "Gaps against target");
    if found.is_empty() {
        report.paragraph(
            TextStyle::Body,
            "No answered requirement is below its target.",
        );
        return;
    }
    report.paragraph(
        TextStyle::Body,
        "Ranked by priority: the gap in levels times the weight of the requirement's strength (SHALL 3, SHOULD 2, MAY 1).",
    );
    let title = |qid: &str| {
        library
            .requirement(qid)
            .map_or_else(String::new, |v| v.requirement.title.clone())
    };
    report.push(Block::Table(Table {
        columns: vec![
            Column::number("#", 0.05),
            Column::text("Requirement", 0.47),
            Column::text("Strength", 0.1),
            Column::number("Level", 0.08),
            Column::number("Target", 0.08),
            Column::number("Priority", 0.09),
            Column::text("When", 0.13),
        ],
        rows: found
            .iter()
            .enumerate()
            .map(|(i, g)| {
                vec![
                    (i + 1).to_string(),
                    format!("{}  {}", g.qid, title(&g.qid)),
                    g.strength.keyword().to_owned(),
                    g.current.to_string(),
                    g.target.to_string(),
                    g.priority.to_string(),
                    g.phase.label().to_owned(),
                ]
            })
            .collect(),
    }));
    report.heading(1, "Roadmap");
    report.paragraph(TextStyle::Body, ROADMAP_RULE);
    for phase in [
        Phase::FirstThreeMonths,
        Phase::ThreeToTwelveMonths,
        Phase::AfterTwelveMonths,
    ] {
        let in_phase: Vec<_> = insights.gaps_in(phase).collect();
        if in_phase.is_empty() {
            continue;
        }
        report.heading(
            2,
            format!(
                "{} ({})",
                phase.label(),
                count(in_phase.len(), "item", "items")
            ),
        );
        let lines = in_phase
            .iter()
            .map(|g| {
                format!(
                    "•  {}  {} — from level {} to {}",
                    g.qid,
                    title(&g.qid),
                    g.current,
                    g.target
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        report.paragraph(TextStyle::Body, lines);
    }
}
