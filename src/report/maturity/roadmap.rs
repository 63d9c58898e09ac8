//! The maturity report's gaps against target, ranked, and the roadmap that puts them in phases:
//! each gap's phase is a coloured tag, and each phase of the roadmap opens with a coloured band
//! that names it, followed by a table of its items, so the pages can be scanned.

use super::super::blocks::{Block, Column, Report, Table, TextStyle, Tone, count};
use crate::assessment::{Insights, Phase, ROADMAP_RULE};
use crate::catalog::Library;

/// The phases in order, each with its tone and what it asks.
const PHASES: [(Phase, Tone, &str); 3] = [
    (Phase::FirstThreeMonths, Tone::Urgent, "act first"),
    (Phase::ThreeToTwelveMonths, Tone::Soon, "plan next"),
    (Phase::AfterTwelveMonths, Tone::Later, "later"),
];

/// The tone of each phase's label, for a tag column.
pub(super) fn phase_tags() -> Vec<(&'static str, Tone)> {
    PHASES
        .iter()
        .map(|(phase, tone, _)| (phase.label(), *tone))
        .collect()
}

/// A requirement's title, or nothing when no loaded catalog has it.
pub(super) fn requirement_title(library: &Library, qid: &str) -> String {
    library
        .requirement(qid)
        .map_or_else(String::new, |v| v.requirement.title.clone())
}

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
        "Ranked by priority: the gap in levels times the weight of the requirement's strength (SHALL 3, SHOULD 2, MAY 1). The tag says in which phase of the roadmap the gap is to be closed.",
    );
    report.push(Block::Table(Table {
        columns: vec![
            Column::number("#", 0.05),
            Column::text("Requirement", 0.46),
            Column::text("Strength", 0.1),
            Column::number("Level", 0.07),
            Column::number("Target", 0.08),
            Column::number("Priority", 0.09),
            Column::tag("When", 0.15, &phase_tags()),
        ],
        rows: found
            .iter()
            .enumerate()
            .map(|(i, g)| {
                vec![
                    (i + 1).to_string(),
                    format!("{}  {}", g.qid, requirement_title(library, &g.qid)),
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
    for (phase, tone, asks) in PHASES {
        let in_phase: Vec<_> = insights.gaps_in(phase).collect();
        if in_phase.is_empty() {
            continue;
        }
        report.push(Block::Band {
            text: format!(
                "{} ({}) — {asks}",
                phase.label(),
                count(in_phase.len(), "item", "items")
            ),
            tone,
        });
        report.push(Block::Table(Table {
            columns: vec![
                // The phase in the header, which repeats on every page the table runs onto.
                Column::text(&format!("Requirement · {}", phase.label()), 0.62),
                Column::text("Strength", 0.12),
                Column::number("From → to", 0.14),
                Column::number("Priority", 0.12),
            ],
            rows: in_phase
                .iter()
                .map(|g| {
                    vec![
                        format!("{}  {}", g.qid, requirement_title(library, &g.qid)),
                        g.strength.keyword().to_owned(),
                        format!("{} → {}", g.current, g.target),
                        g.priority.to_string(),
                    ]
                })
                .collect(),
        }));
    }
}
