//! The maturity report's gaps against target, ranked, and the roadmap that puts them in phases:
//! each gap's phase is a coloured tag, and each phase of the roadmap opens with a coloured band
//! that names it, followed by a table of its items, so the pages can be scanned.

use super::super::blocks::{Block, Column, Report, Table, TextStyle, Tone};
use super::phase_label;
use crate::assessment::{Insights, Phase};
use crate::catalog::Library;
use crate::words::Words;

/// The phases in order, each with its tone and the message saying what it asks.
const PHASES: [(Phase, Tone, &str); 3] = [
    (
        Phase::FirstThreeMonths,
        Tone::Urgent,
        "report-phase-first-asks",
    ),
    (
        Phase::ThreeToTwelveMonths,
        Tone::Soon,
        "report-phase-second-asks",
    ),
    (
        Phase::AfterTwelveMonths,
        Tone::Later,
        "report-phase-later-asks",
    ),
];

/// A column whose cells are phase labels, each drawn as a tag in its phase's tone.
pub(super) fn phase_column(w: &Words, title: &str, width: f32) -> Column {
    Column {
        tags: PHASES
            .iter()
            .map(|(phase, tone, _)| (phase_label(w, *phase), *tone))
            .collect(),
        ..Column::text(title, width)
    }
}

/// A requirement's title, or nothing when no loaded catalog has it.
pub(super) fn requirement_title(library: &Library, qid: &str) -> String {
    library
        .requirement(qid)
        .map_or_else(String::new, |v| v.requirement.title.clone())
}

/// The ranked gaps and the roadmap, phase by phase.
pub(super) fn gaps_and_roadmap(
    report: &mut Report,
    w: &Words,
    library: &Library,
    insights: &Insights,
) {
    let found = &insights.gaps;
    report.heading(1, w.get("report-gaps"));
    if found.is_empty() {
        report.paragraph(TextStyle::Body, w.get("report-no-gaps"));
        return;
    }
    report.paragraph(TextStyle::Body, w.get("report-gaps-text"));
    report.push(Block::Table(Table {
        columns: vec![
            Column::number(&w.get("report-col-number"), 0.05),
            Column::text(&w.get("report-col-requirement"), 0.46),
            Column::text(&w.get("report-col-strength"), 0.1),
            Column::number(&w.get("report-col-current"), 0.07),
            Column::number(&w.get("report-col-target"), 0.08),
            Column::number(&w.get("report-col-priority"), 0.09),
            phase_column(w, &w.get("report-col-when"), 0.15),
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
                    phase_label(w, g.phase),
                ]
            })
            .collect(),
    }));
    report.heading(1, w.get("report-roadmap"));
    report.paragraph(TextStyle::Body, w.get("report-roadmap-rule"));
    for (phase, tone, asks) in PHASES {
        let in_phase: Vec<_> = insights.gaps_in(phase).collect();
        if in_phase.is_empty() {
            continue;
        }
        let label = phase_label(w, phase);
        report.push(Block::Band {
            text: w.with(
                "report-band",
                &[
                    ("phase", (&label).into()),
                    ("count", in_phase.len().into()),
                    ("asks", w.get(asks).into()),
                ],
            ),
            tone,
        });
        report.push(Block::Table(Table {
            columns: vec![
                // The phase in the header, which repeats on every page the table runs onto.
                Column::text(
                    &w.with("report-col-requirement-phase", &[("phase", label.into())]),
                    0.62,
                ),
                Column::text(&w.get("report-col-strength"), 0.12),
                Column::number(&w.get("report-col-from-to"), 0.14),
                Column::number(&w.get("report-col-priority"), 0.12),
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
