//! The maturity report's appendices: requirement by requirement, the mappings and the sources.

use std::collections::HashSet;

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use super::table_or_none;
use crate::assessment::{Assessment, Insights, obligation_checks, obligations_met};
use crate::catalog::Library;

/// Added to an item's strength line when it rests on a secondary source only.
const SECONDARY_MARK: &str = " · secondary source only";

/// Every requirement in scope with its level, target, the obligations it covers (ticked or
/// open), notes and evidence.
pub(super) fn details(report: &mut Report, a: &Assessment, library: &Library, insights: &Insights) {
    report.heading(1, "Requirement by requirement");
    report.paragraph(
        TextStyle::Body,
        "Every requirement in scope with its level, target, notes and evidence, in reading order.",
    );
    let mut framework = String::new();
    for status in &insights.statuses {
        let Some(view) = library.requirement(&status.qid) else {
            continue;
        };
        if view.framework.id != framework {
            framework.clone_from(&view.framework.id);
            report.heading(2, view.framework.name.clone());
        }
        let answer = a.answers.get(&status.qid).cloned().unwrap_or_default();
        let level = match (&answer.not_applicable, answer.current) {
            (Some(reason), _) => format!("not applicable: {reason}"),
            (None, Some(level)) => format!("level {level}"),
            (None, None) => "not answered".to_owned(),
        };
        let target = status
            .target
            .map_or_else(|| "–".to_owned(), |t| t.to_string());
        let mut blocks = vec![
            Block::Heading {
                level: 3,
                text: format!("{}  {}", status.qid, view.requirement.title),
            },
            Block::Paragraph {
                style: TextStyle::Strong,
                text: format!(
                    "{} · {} · target {}{}",
                    view.requirement.strength_label(),
                    level,
                    target,
                    if view.rests_on_secondary_source() {
                        SECONDARY_MARK
                    } else {
                        ""
                    }
                ),
            },
            Block::Paragraph {
                style: TextStyle::Note,
                text: view.requirement.statement.clone(),
            },
        ];
        let checks = obligation_checks(view.requirement, Some(&answer));
        if !checks.is_empty() {
            let lines = checks
                .iter()
                .map(|c| format!("{}  {}", if c.met { "☑" } else { "☐" }, c.text))
                .collect::<Vec<_>>()
                .join("\n");
            blocks.push(Block::Paragraph {
                style: TextStyle::Body,
                text: format!(
                    "What it covers ({} of {} met):\n{lines}",
                    obligations_met(&checks),
                    checks.len()
                ),
            });
        }
        if !answer.notes.trim().is_empty() {
            blocks.push(Block::Paragraph {
                style: TextStyle::Body,
                text: format!("Notes: {}", answer.notes.trim()),
            });
        }
        if !answer.evidence.is_empty() {
            let lines = answer
                .evidence
                .iter()
                .map(|e| format!("•  {}", e.describe()))
                .collect::<Vec<_>>()
                .join("\n");
            blocks.push(Block::Paragraph {
                style: TextStyle::Body,
                text: format!("Evidence:\n{lines}"),
            });
        }
        report.push(Block::KeepTogether(blocks));
    }
}

/// The mappings between requirements in scope and others, as the catalogs state them.
pub(super) fn mappings(report: &mut Report, library: &Library, insights: &Insights) {
    let in_scope: HashSet<&str> = insights.statuses.iter().map(|s| s.qid.as_str()).collect();
    let mut rows = Vec::new();
    for set in library.mapping_sets() {
        for m in &set.mappings {
            if in_scope.contains(m.source.as_str()) || in_scope.contains(m.target.as_str()) {
                rows.push(vec![
                    m.source.clone(),
                    m.relationship.phrase().to_owned(),
                    m.target.clone(),
                    format!(
                        "{}{}",
                        m.confidence.label(),
                        if set.derived { ", derived" } else { "" }
                    ),
                    set.id.clone(),
                ]);
            }
        }
    }
    report.heading(1, "Appendix: mappings");
    report.paragraph(
        TextStyle::Body,
        "The relationships (NIST IR 8477) between requirements in scope and other requirements, as the catalogs state them; coverage above is derived from these.",
    );
    table_or_none(
        report,
        Table {
            columns: vec![
                Column::text("From", 0.22),
                Column::text("Relationship", 0.17),
                Column::text("To", 0.22),
                Column::text("Confidence", 0.17),
                Column::text("Mapping set", 0.22),
            ],
            rows,
        },
    );
}

/// The sources of the frameworks assessed, with licences and credits.
pub(super) fn sources(report: &mut Report, a: &Assessment, library: &Library) {
    report.heading(1, "Appendix: sources and credits");
    let mut rows = Vec::new();
    for choice in &a.frameworks {
        if let Some(fw) = library.framework(&choice.framework) {
            for source in &fw.sources {
                rows.push(vec![
                    fw.short_name.clone(),
                    format!("{} ({})", source.document, source.version),
                    source.url.clone(),
                    source.licence.clone(),
                ]);
            }
        }
    }
    table_or_none(
        report,
        Table {
            columns: vec![
                Column::text("Framework", 0.14),
                Column::text("Document", 0.34),
                Column::text("Where", 0.26),
                Column::text("Licence", 0.26),
            ],
            rows,
        },
    );
    secondary_counts(report, a, library);
    let credits = library.attributions();
    if !credits.is_empty() {
        report.heading(2, "Credits");
        report.paragraph(TextStyle::Note, credits.join("\n"));
    }
    report.paragraph(
        TextStyle::Note,
        "Requirement statements, questions and guidance are MIM Assistant's own wording of the sources named above; identifiers, titles and numbers come from the sources.",
    );
}

/// Per assessed framework (every MIM, and any other with such items), how many of its
/// requirements rest on a secondary source only: those items are marked in the appendix and
/// should be checked against the publisher's text.
fn secondary_counts(report: &mut Report, a: &Assessment, library: &Library) {
    let lines: Vec<String> = library
        .secondary_source_counts()
        .into_iter()
        .filter(|(fw, _)| a.frameworks.iter().any(|c| c.framework == fw.id))
        .map(|(fw, count)| match count {
            0 => format!("{}: none", fw.short_name),
            n => format!(
                "{}: {n} of {} requirements",
                fw.short_name,
                fw.requirement_count()
            ),
        })
        .collect();
    if lines.is_empty() {
        return;
    }
    report.heading(2, "Items resting on a secondary source");
    report.paragraph(
        TextStyle::Body,
        "Per framework assessed, how many requirements are known only from a secondary source (a third-party copy of the publisher's text, such as the MIMs booklet or a machine-readable copy of a regulation); they are marked “secondary source only” in the appendix and should be checked against the publisher's text (OASC, EUR-Lex) before their wording is relied on.",
    );
    report.paragraph(TextStyle::Note, lines.join("\n"));
}
