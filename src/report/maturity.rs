//! The maturity report's content, as blocks: cover, executive summary, method and scale,
//! scores, radar charts, ranked gaps, roadmap, NIS2 Art. 21(2) coverage, the ISO/IEC 27001
//! Annex A view, every requirement with notes and evidence, the mappings used, sources and
//! credits, and a fingerprint of the assessment. Every figure comes from the same functions as
//! `score` and the window.

use sha2::{Digest, Sha256};

use super::blocks::{Axis, Block, Chart, Column, Report, ReportInfo, Table, TextStyle, count};
use crate::assessment::{
    Assessment, Coverage, KeyMeasureStatus, Phase, ROADMAP_RULE, Scorecard, Tally, Verdict,
    compare_with_last_round, derived_coverage, format_mean, gaps, score, statuses,
};
use crate::catalog::{Library, Scale};

/// How many gaps the summary names.
const SUMMARY_GAPS: usize = 5;
/// A framework needs this many groups for a radar of its own.
const RADAR_MIN_AXES: usize = 3;

/// The SHA-256 of the assessment's canonical content (its RON, compact, answers in id order),
/// as lowercase hex: a reader can check that a report belongs to a given file.
pub fn fingerprint(assessment: &Assessment) -> String {
    // Serialising plain data with string keys cannot fail; an empty text would still give a
    // fingerprint that matches no real file, never a wrong match.
    let canonical = ron::to_string(assessment).unwrap_or_default();
    let digest = Sha256::digest(canonical.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The maturity report of `assessment`.
pub fn maturity_report(assessment: &Assessment, library: &Library) -> Report {
    let card = score(assessment, library);
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
                framework_names(&card),
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
    cover(&mut report, assessment, library, &card);
    summary(&mut report, assessment, library, &card, range);
    method(&mut report, assessment, library, scale);
    scores(&mut report, &card, range);
    radars(&mut report, &card, range);
    gaps_and_roadmap(&mut report, assessment, library);
    nis2(&mut report, assessment, library);
    annex_a(&mut report, assessment, library);
    details(&mut report, assessment, library);
    mappings(&mut report, assessment, library);
    sources(&mut report, assessment, library);
    report
}

/// A table, or "None." when it has no rows (a header alone says nothing).
fn table_or_none(report: &mut Report, table: Table) {
    if table.rows.is_empty() {
        report.paragraph(TextStyle::Body, "None.");
    } else {
        report.push(Block::Table(table));
    }
}

fn framework_names(card: &Scorecard) -> String {
    card.frameworks
        .iter()
        .map(|f| f.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn counts(tally: &Tally) -> String {
    format!(
        "{} answered, {} not applicable, {} open",
        tally.answered, tally.not_applicable, tally.unanswered
    )
}

fn cover(report: &mut Report, a: &Assessment, library: &Library, card: &Scorecard) {
    report.push(Block::Space(150.0));
    report.paragraph(TextStyle::Note, "MIM Assistant · maturity report");
    report.heading(0, format!("Maturity report: {}", a.organisation.name));
    report.paragraph(TextStyle::Lead, a.scope.clone());
    let place = [
        a.organisation.city.as_str(),
        a.organisation.country.as_str(),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(", ");
    let mut facts = vec![
        ("Organisation".to_owned(), a.organisation.name.clone()),
        ("Place".to_owned(), place),
        ("Assessor".to_owned(), a.assessor.clone()),
        ("Date".to_owned(), a.date.clone()),
        ("Round".to_owned(), a.round.to_string()),
        ("Frameworks".to_owned(), framework_names(card)),
        (
            "Scale".to_owned(),
            library
                .scale(&a.scale)
                .map_or_else(|| a.scale.clone(), |s| s.name.clone()),
        ),
        (
            "Target profile".to_owned(),
            library
                .profile(&a.profile)
                .map_or_else(|| a.profile.clone(), |p| p.name.clone()),
        ),
        (
            "Program".to_owned(),
            format!("MIM Assistant {}", env!("CARGO_PKG_VERSION")),
        ),
    ];
    facts.retain(|(_, v)| !v.is_empty());
    report.push(Block::Space(12.0));
    report.push(Block::Facts(facts));
    report.push(Block::Space(24.0));
    report.paragraph(
        TextStyle::Note,
        format!(
            "Fingerprint of the assessment (SHA-256 of its canonical content): {}",
            fingerprint(a)
        ),
    );
    report.push(Block::PageBreak);
}

fn verdict_sentence(card: &Scorecard) -> &'static str {
    match card.verdict {
        Verdict::Reached => {
            "The target profile is reached: every requirement is answered and every minimum is met."
        }
        Verdict::NotReached => {
            "The target profile is not reached yet: at least one key measure, or the overall score, is below the profile's minimum."
        }
        Verdict::Incomplete => {
            "Whether the target profile is reached is not known yet: some requirements are still unanswered."
        }
    }
}

fn summary(
    report: &mut Report,
    a: &Assessment,
    library: &Library,
    card: &Scorecard,
    range: (f64, f64),
) {
    report.heading(1, "Executive summary");
    let overall = card.overall;
    let judged = library.scale(&a.scale).is_some() && library.profile(&a.profile).is_some();
    if judged {
        report.paragraph(
            TextStyle::Lead,
            format!(
                "{} reaches a mean level of {} on a scale from {} to {}, over {} of {} in scope; the target profile asks for at least {:.1} overall.",
                a.organisation.name,
                format_mean(overall.mean()),
                range.0,
                range.1,
                count(overall.answered, "answered requirement", "answered requirements"),
                overall.total(),
                card.overall_min
            ),
        );
        report.paragraph(TextStyle::Body, verdict_sentence(card));
    } else {
        report.paragraph(
            TextStyle::Lead,
            format!(
                "{} reaches a mean level of {} over {}. The scale or the target profile named in the assessment is not loaded, so no target can be judged.",
                a.organisation.name,
                format_mean(overall.mean()),
                count(overall.answered, "answered requirement", "answered requirements"),
            ),
        );
    }
    report.paragraph(
        TextStyle::Body,
        format!(
            "{:.0} % of the requirements are answered or marked not applicable ({}). Of the {} key measures, {} meet the minimum of {:.1}, {} are below it and {} are not answered yet.",
            overall.completeness() * 100.0,
            counts(&overall),
            card.key_measures.len() - card.count(KeyMeasureStatus::NotApplicable),
            card.count(KeyMeasureStatus::Met),
            card.key_measure_min,
            card.key_measures_not_met(),
            card.key_measures_unanswered()
        ),
    );
    let mut weakest: Vec<_> = card
        .frameworks
        .iter()
        .filter_map(|f| Some((f.tally.mean()?, f.name.as_str())))
        .collect();
    weakest.sort_by(|x, y| x.0.total_cmp(&y.0));
    if let (Some((mean, name)), true) = (weakest.first(), weakest.len() > 1) {
        report.paragraph(
            TextStyle::Body,
            format!(
                "The lowest score is in {name} ({}); the highest in {} ({}).",
                format_mean(Some(*mean)),
                weakest.last().map_or("", |w| w.1),
                format_mean(weakest.last().map(|w| w.0))
            ),
        );
    }
    let found = gaps(a, library);
    if found.is_empty() {
        report.paragraph(
            TextStyle::Body,
            "No answered requirement is below its target.",
        );
    } else {
        let first = found
            .iter()
            .filter(|g| g.phase == Phase::FirstThreeMonths)
            .count();
        let mut text = format!(
            "{} below target; {} in the first three months of the roadmap. The most urgent:",
            count(found.len(), "requirement is", "requirements are"),
            count(first, "belongs", "belong")
        );
        for gap in found.iter().take(SUMMARY_GAPS) {
            let title = library
                .requirement(&gap.qid)
                .map_or_else(String::new, |v| v.requirement.title.clone());
            text.push_str(&format!(
                "\n•  {} {} — level {}, target {}",
                gap.qid, title, gap.current, gap.target
            ));
        }
        report.paragraph(TextStyle::Body, text);
    }
    if let Some(change) = compare_with_last_round(a) {
        report.paragraph(
            TextStyle::Body,
            format!(
                "Since the last round, {} rose and {} fell; {} answered for the first time.",
                count(change.rose.len(), "level", "levels"),
                change.fell.len(),
                count(
                    change.newly_answered.len(),
                    "requirement was",
                    "requirements were"
                )
            ),
        );
    }
}

fn method(report: &mut Report, a: &Assessment, library: &Library, scale: Option<&Scale>) {
    report.heading(1, "Method and scale");
    report.paragraph(
        TextStyle::Body,
        "Each requirement was rated on the maturity scale below, against a target level. A score is the mean level of the answered requirements; requirements marked not applicable (with a reason) are left out, and unanswered ones are counted as open, never as zero. Key measures must each reach the profile's minimum on their own.",
    );
    if let Some(scale) = scale {
        report.heading(2, format!("Scale: {}", scale.name));
        report.paragraph(TextStyle::Body, scale.summary.clone());
        report.push(Block::Table(Table {
            columns: vec![
                Column::number("Level", 0.08),
                Column::text("Name", 0.2),
                Column::text("What it means", 0.72),
            ],
            rows: scale
                .levels
                .iter()
                .map(|l| vec![l.value.to_string(), l.name.clone(), l.meaning.clone()])
                .collect(),
        }));
    }
    if let Some(profile) = library.profile(&a.profile) {
        report.heading(2, format!("Target profile: {}", profile.name));
        report.paragraph(TextStyle::Body, profile.summary.clone());
        report.push(Block::Facts(vec![
            (
                "Targets".into(),
                format!(
                    "SHALL {}, SHOULD {}, MAY {} (on the profile's scale {})",
                    profile.targets.shall,
                    profile.targets.should,
                    profile.targets.may,
                    profile.scale
                ),
            ),
            (
                "Minimums".into(),
                format!(
                    "every key measure {:.1}, overall {:.1}",
                    profile.key_measure_min, profile.overall_min
                ),
            ),
        ]));
    }
    report.heading(2, "Roadmap rule");
    report.paragraph(TextStyle::Body, ROADMAP_RULE);
}

fn scores(report: &mut Report, card: &Scorecard, range: (f64, f64)) {
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

fn radars(report: &mut Report, card: &Scorecard, range: (f64, f64)) {
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
        "Each spoke is a framework or a capability; the solid shape is the mean level reached, the dashed line the target profile's overall minimum.",
    );
    for pair in charts.chunks(2) {
        report.push(Block::Charts(pair.to_vec()));
    }
}

fn gaps_and_roadmap(report: &mut Report, a: &Assessment, library: &Library) {
    let found = gaps(a, library);
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
        let in_phase: Vec<_> = found.iter().filter(|g| g.phase == phase).collect();
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

fn nis2(report: &mut Report, a: &Assessment, library: &Library) {
    const PREFIX: &str = "nis2:21.2.";
    if library.framework("nis2").is_none() {
        return;
    }
    // Assessed directly only when Art. 21(2) itself is in the assessment's scope.
    let assessed = statuses(a, library)
        .iter()
        .any(|s| s.qid.starts_with(PREFIX));
    report.heading(1, "NIS2 Art. 21(2) coverage");
    let rows: Vec<Vec<String>> = if assessed {
        report.paragraph(
            TextStyle::Body,
            "NIS2 is part of this assessment: the levels are the assessor's own answers.",
        );
        statuses(a, library)
            .into_iter()
            .filter(|s| s.qid.starts_with(PREFIX))
            .map(|s| {
                let answer = a.answers.get(&s.qid);
                let value = match answer {
                    Some(x) if x.is_not_applicable() => "not applicable".to_owned(),
                    Some(x) => x
                        .applicable_level()
                        .map_or_else(|| "not answered".to_owned(), |l| format!("level {l}")),
                    None => "not answered".to_owned(),
                };
                vec![point_title(library, &s.qid), value]
            })
            .collect()
    } else {
        report.paragraph(
            TextStyle::Body,
            "NIS2 was not assessed directly. Each point below is derived from the answers through the mappings: an equal or wider requirement carries its level over (covered); a narrower or overlapping one covers the point partly at most. Derived values are marked \"(derived)\".",
        );
        derived_coverage(a, library, "nis2")
            .into_iter()
            .filter(|d| d.qid.starts_with(PREFIX))
            .map(|d| {
                let value = match (d.coverage, d.level) {
                    (Coverage::Covered, Some(level)) => format!("covered, level {level} (derived)"),
                    (coverage, _) => coverage.label().to_owned(),
                };
                let from = d
                    .sources
                    .iter()
                    .map(|(qid, _)| qid.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                let value = if from.is_empty() {
                    value
                } else {
                    format!("{value}; from {from}")
                };
                vec![point_title(library, &d.qid), value]
            })
            .collect()
    };
    table_or_none(
        report,
        Table {
            columns: vec![Column::text("Point", 0.55), Column::text("Coverage", 0.45)],
            rows,
        },
    );
}

fn point_title(library: &Library, qid: &str) -> String {
    library.requirement(qid).map_or_else(
        || qid.to_owned(),
        |v| format!("{}  {}", v.requirement.id, v.requirement.title),
    )
}

fn annex_a(report: &mut Report, a: &Assessment, library: &Library) {
    let in_scope: std::collections::HashSet<String> =
        statuses(a, library).into_iter().map(|s| s.qid).collect();
    // Assessed directly only when Annex A itself is in the assessment's scope.
    let assessed = in_scope.iter().any(|q| q.starts_with("iso27001:A."));
    let Some(iso) = library.framework("iso27001") else {
        return;
    };
    let Some(annex) = iso.groups.iter().find(|g| g.id == "A") else {
        return;
    };
    report.heading(1, "ISO/IEC 27001 Annex A");
    let derived = if assessed {
        Vec::new()
    } else {
        derived_coverage(a, library, "iso27001")
    };
    report.paragraph(
        TextStyle::Body,
        if assessed {
            "Annex A theme by theme, from the assessor's own answers."
        } else {
            "ISO/IEC 27001 was not assessed directly; the controls are counted as covered or partly covered through the mappings (derived)."
        },
    );
    let rows = annex
        .groups
        .iter()
        .map(|theme| {
            let qids: Vec<String> = library
                .requirements()
                .filter(|v| {
                    v.framework.id == "iso27001"
                        && v.groups.iter().any(|g| g.id == theme.id)
                        && (!assessed || in_scope.contains(v.qid))
                })
                .map(|v| v.qid.to_owned())
                .collect();
            if assessed {
                let mut tally = Tally::default();
                let mut sum = 0.0;
                for qid in &qids {
                    match a.answers.get(qid) {
                        Some(x) if x.is_not_applicable() => tally.not_applicable += 1,
                        Some(x) => match x.applicable_level() {
                            Some(level) => {
                                tally.answered += 1;
                                sum += f64::from(level);
                            }
                            None => tally.unanswered += 1,
                        },
                        None => tally.unanswered += 1,
                    }
                }
                tally.level_sum = sum;
                vec![
                    format!("{} {}", theme.id, theme.title),
                    qids.len().to_string(),
                    format_mean(tally.mean()),
                    counts(&tally),
                ]
            } else {
                let of = |c: Coverage| {
                    derived
                        .iter()
                        .filter(|d| qids.contains(&d.qid) && d.coverage == c)
                        .count()
                };
                vec![
                    format!("{} {}", theme.id, theme.title),
                    qids.len().to_string(),
                    "–".to_owned(),
                    format!(
                        "{} covered, {} partly, {} not covered (derived)",
                        of(Coverage::Covered),
                        of(Coverage::Partly),
                        of(Coverage::NotCovered)
                    ),
                ]
            }
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

fn details(report: &mut Report, a: &Assessment, library: &Library) {
    report.heading(1, "Requirement by requirement");
    report.paragraph(
        TextStyle::Body,
        "Every requirement in scope with its level, target, notes and evidence, in reading order.",
    );
    let mut framework = String::new();
    for status in statuses(a, library) {
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
                    "{} · {} · target {}",
                    view.requirement.strength_label(),
                    level,
                    target
                ),
            },
            Block::Paragraph {
                style: TextStyle::Note,
                text: view.requirement.statement.clone(),
            },
        ];
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

fn mappings(report: &mut Report, a: &Assessment, library: &Library) {
    let in_scope: std::collections::HashSet<String> =
        statuses(a, library).into_iter().map(|s| s.qid).collect();
    let mut rows = Vec::new();
    for set in library.mapping_sets() {
        for m in &set.mappings {
            if in_scope.contains(&m.source) || in_scope.contains(&m.target) {
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

fn sources(report: &mut Report, a: &Assessment, library: &Library) {
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
