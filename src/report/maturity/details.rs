//! The maturity report's appendices: requirement by requirement, who answered what when the
//! assessment was shared, the mappings and the sources.

use std::collections::HashSet;

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use super::{date, strength_label, table_or_none};
use crate::assessment::{Assessment, Evidence, Insights, obligation_checks, obligations_met};
use crate::catalog::{Confidence, Library, Relationship};
use crate::sharing::contributions;
use crate::words::Words;

/// An item of evidence in one line: its title, link and date (in the report's words).
fn evidence_line(w: &Words, evidence: &Evidence) -> String {
    let mut line = evidence.title.clone();
    if !evidence.link.is_empty() {
        line.push_str(" — ");
        line.push_str(&evidence.link);
    }
    if !evidence.date.is_empty() {
        line.push_str(&format!(" ({})", date(w, &evidence.date)));
    }
    line
}

fn relationship(w: &Words, relationship: Relationship) -> String {
    w.get(match relationship {
        Relationship::Equal => "report-relationship-equal",
        Relationship::Subset => "report-relationship-subset",
        Relationship::Superset => "report-relationship-superset",
        Relationship::Intersects => "report-relationship-intersects",
    })
}

fn confidence(w: &Words, confidence: Confidence) -> String {
    w.get(match confidence {
        Confidence::High => "report-confidence-high",
        Confidence::Medium => "report-confidence-medium",
        Confidence::Low => "report-confidence-low",
    })
}

/// Every requirement in scope with its level, target, the obligations it covers (ticked or
/// open), notes and evidence.
pub(super) fn details(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    insights: &Insights,
) {
    report.heading(1, w.get("report-details"));
    report.paragraph(TextStyle::Body, w.get("report-details-text"));
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
            (Some(reason), _) => {
                w.with("report-not-applicable-reason", &[("reason", reason.into())])
            }
            (None, Some(level)) => w.with("report-level", &[("level", level.to_string().into())]),
            (None, None) => w.get("report-not-answered"),
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
                text: w.with(
                    if view.rests_on_secondary_source() {
                        "report-strength-line-secondary"
                    } else {
                        "report-strength-line"
                    },
                    &[
                        ("strength", strength_label(w, view.requirement).into()),
                        ("level", level.into()),
                        ("target", target.into()),
                    ],
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
                    "{}\n{lines}",
                    w.with(
                        "report-covers",
                        &[
                            ("met", obligations_met(&checks).into()),
                            ("total", checks.len().into()),
                        ],
                    )
                ),
            });
        }
        if !answer.notes.trim().is_empty() {
            blocks.push(Block::Paragraph {
                style: TextStyle::Body,
                text: w.with("report-notes", &[("notes", answer.notes.trim().into())]),
            });
        }
        if let Some(name) = &answer.answered_by {
            blocks.push(Block::Paragraph {
                style: TextStyle::Note,
                text: w.with(
                    "report-answered-by",
                    &[
                        ("name", name.into()),
                        ("date", date(w, &answer.changed).into()),
                    ],
                ),
            });
        }
        if !answer.evidence.is_empty() {
            let lines = answer
                .evidence
                .iter()
                .map(|e| format!("•  {}", evidence_line(w, e)))
                .collect::<Vec<_>>()
                .join("\n");
            blocks.push(Block::Paragraph {
                style: TextStyle::Body,
                text: format!("{}\n{lines}", w.get("report-evidence")),
            });
        }
        report.push(Block::KeepTogether(blocks));
    }
}

/// Who answered what, when the assessment was shared: one row per contributor with the
/// requirements whose answers were merged from their parts ([`contributions`]). Nothing when
/// every answer is the assessor's own.
pub(super) fn team(report: &mut Report, w: &Words, a: &Assessment) {
    let list = contributions(a);
    if list.is_empty() {
        return;
    }
    report.heading(1, w.get("report-team-title"));
    report.paragraph(TextStyle::Body, w.get("report-team-intro"));
    let rows = list
        .iter()
        .map(|c| {
            vec![
                c.contributor.name.clone(),
                c.contributor.role.clone(),
                w.number(c.requirements.len() as f64, 0),
                c.requirements.join(", "),
            ]
        })
        .collect();
    report.push(Block::Table(Table {
        columns: vec![
            Column::text(&w.get("report-team-contributor"), 0.2),
            Column::text(&w.get("report-team-role"), 0.16),
            Column::text(&w.get("report-team-count"), 0.1),
            Column::text(&w.get("report-team-requirements"), 0.54),
        ],
        rows,
    }));
}

/// The mappings between requirements in scope and others, as the catalogs state them.
pub(super) fn mappings(report: &mut Report, w: &Words, library: &Library, insights: &Insights) {
    let in_scope: HashSet<&str> = insights.statuses.iter().map(|s| s.qid.as_str()).collect();
    let mut rows = Vec::new();
    for set in library.mapping_sets() {
        for m in &set.mappings {
            if in_scope.contains(m.source.as_str()) || in_scope.contains(m.target.as_str()) {
                rows.push(vec![
                    m.source.clone(),
                    relationship(w, m.relationship),
                    m.target.clone(),
                    if set.derived {
                        w.with(
                            "report-confidence-derived",
                            &[("confidence", confidence(w, m.confidence).into())],
                        )
                    } else {
                        confidence(w, m.confidence)
                    },
                    set.id.clone(),
                ]);
            }
        }
    }
    report.heading(1, w.get("report-mappings"));
    report.paragraph(TextStyle::Body, w.get("report-mappings-text"));
    table_or_none(
        report,
        w,
        Table {
            columns: vec![
                Column::text(&w.get("report-col-from"), 0.22),
                Column::text(&w.get("report-col-relationship"), 0.17),
                Column::text(&w.get("report-col-to"), 0.22),
                Column::text(&w.get("report-col-confidence"), 0.17),
                Column::text(&w.get("report-col-mapping-set"), 0.22),
            ],
            rows,
        },
    );
}

/// The sources of the frameworks assessed, with licences and credits.
pub(super) fn sources(report: &mut Report, w: &Words, a: &Assessment, library: &Library) {
    report.heading(1, w.get("report-sources"));
    // A translated report says which text binds (the English original of the MIMs, the
    // standard's own titles, the act's official version); English needs no such notice.
    let notice = w.get("report-binding-notice");
    if !notice.trim().is_empty() {
        report.paragraph(TextStyle::Strong, notice);
    }
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
        w,
        Table {
            columns: vec![
                Column::text(&w.get("report-col-framework"), 0.14),
                Column::text(&w.get("report-col-document"), 0.34),
                Column::text(&w.get("report-col-where"), 0.26),
                Column::text(&w.get("report-col-licence"), 0.26),
            ],
            rows,
        },
    );
    secondary_counts(report, w, a, library);
    let credits = library.attributions();
    if !credits.is_empty() {
        report.heading(2, w.get("report-credits"));
        report.paragraph(TextStyle::Note, credits.join("\n"));
    }
    report.paragraph(TextStyle::Note, w.get("report-own-words"));
    let custom: Vec<&str> = a
        .frameworks
        .iter()
        .filter(|c| library.is_custom(&c.framework))
        .filter_map(|c| {
            library
                .framework(&c.framework)
                .map(|f| f.short_name.as_str())
        })
        .collect();
    if !custom.is_empty() {
        let frameworks = custom.join(", ");
        report.paragraph(
            TextStyle::Note,
            w.with("report-custom-words", &[("frameworks", frameworks.into())]),
        );
    }
}

/// Per assessed framework (every MIM, and any other with such items), how many of its
/// requirements rest on a secondary source only: those items are marked in the appendix and
/// should be checked against the publisher's text.
fn secondary_counts(report: &mut Report, w: &Words, a: &Assessment, library: &Library) {
    let lines: Vec<String> = library
        .secondary_source_counts()
        .into_iter()
        .filter(|(fw, _)| a.frameworks.iter().any(|c| c.framework == fw.id))
        .map(|(fw, count)| match count {
            0 => w.with(
                "report-secondary-none",
                &[("framework", (&fw.short_name).into())],
            ),
            n => w.with(
                "report-secondary-count",
                &[
                    ("framework", (&fw.short_name).into()),
                    ("count", n.into()),
                    ("total", fw.requirement_count().into()),
                ],
            ),
        })
        .collect();
    if lines.is_empty() {
        return;
    }
    report.heading(2, w.get("report-secondary-heading"));
    report.paragraph(TextStyle::Body, w.get("report-secondary-text"));
    report.paragraph(TextStyle::Note, lines.join("\n"));
}
