//! The maturity report's opening: the cover page, the executive summary and the method (the
//! one-page summary between the cover and the executive summary is in `glance`).

use super::super::blocks::{Block, Column, Masthead, Picture, Report, Table, TextStyle};
use super::{counts, date, fingerprint, framework_names, mean, one_decimal, plain};
use crate::assessment::{Assessment, Insights, KeyMeasureStatus, Phase, Scorecard, Verdict};
use crate::catalog::{Library, Scale};
use crate::words::Words;

/// The longest organisation name the cover's title carries.
const TITLE_NAME_CHARS: usize = 60;
/// How many gaps the summary names.
const SUMMARY_GAPS: usize = 5;

/// The cover page: the organisation's logo and name at the top, then who, what, when, on which
/// scale and profile, and the fingerprint.
pub(super) fn cover(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    card: &Scorecard,
    logo: Option<&Picture>,
) {
    let place = [
        a.organisation.city.as_str(),
        a.organisation.country.as_str(),
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(", ");
    report.push(Block::Masthead(Masthead {
        logo: logo.cloned(),
        name: a.organisation.name.clone(),
        detail: place.clone(),
    }));
    report.push(Block::Space(30.0));
    report.paragraph(TextStyle::Note, w.get("report-cover-kicker"));
    // A long name would push the cover onto a second page at the title's size; it stands
    // whole in the facts below (and in the masthead, cut to its line).
    if a.organisation.name.chars().count() <= TITLE_NAME_CHARS {
        report.heading(
            0,
            w.with(
                "report-cover-title",
                &[("organisation", (&a.organisation.name).into())],
            ),
        );
    } else {
        report.heading(0, w.get("report-cover-title-short"));
    }
    report.paragraph(TextStyle::Lead, a.scope.clone());
    let mut facts = vec![
        (
            w.get("report-fact-organisation"),
            a.organisation.name.clone(),
        ),
        (w.get("report-fact-place"), place),
        (w.get("report-fact-assessor"), a.assessor.clone()),
        (w.get("report-fact-date"), date(w, &a.date)),
        (w.get("report-fact-round"), a.round.to_string()),
        (w.get("report-fact-frameworks"), framework_names(card)),
        (
            w.get("report-fact-scale"),
            library
                .scale(&a.scale)
                .map_or_else(|| a.scale.clone(), |s| s.name.clone()),
        ),
        (
            w.get("report-fact-profile"),
            library
                .profile(&a.profile)
                .map_or_else(|| a.profile.clone(), |p| p.name.clone()),
        ),
        (
            w.get("report-fact-program"),
            format!("MIM Assistant {}", env!("CARGO_PKG_VERSION")),
        ),
    ];
    facts.retain(|(_, v)| !v.is_empty());
    report.push(Block::Space(12.0));
    report.push(Block::Facts(facts));
    report.push(Block::Space(24.0));
    report.paragraph(
        TextStyle::Note,
        w.with(
            "report-fingerprint",
            &[("fingerprint", fingerprint(a).into())],
        ),
    );
    report.push(Block::PageBreak);
}

fn verdict_sentence(w: &Words, card: &Scorecard) -> String {
    w.get(match card.verdict {
        Verdict::Reached => "report-summary-reached",
        Verdict::NotReached => "report-summary-not-reached",
        Verdict::Incomplete => "report-summary-incomplete",
    })
}

/// The executive summary: the mean against the target, completeness, key measures, the
/// weakest and strongest framework, the most urgent gaps and the change since the last round.
pub(super) fn summary(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    insights: &Insights,
    range: (f64, f64),
) {
    let card = &insights.scorecard;
    report.heading(1, w.get("report-summary"));
    let overall = card.overall;
    let judged = library.scale(&a.scale).is_some() && library.profile(&a.profile).is_some();
    let organisation = || ("organisation", (&a.organisation.name).into());
    if judged {
        report.paragraph(
            TextStyle::Lead,
            w.with(
                "report-summary-lead",
                &[
                    organisation(),
                    ("mean", mean(w, overall.mean()).into()),
                    ("low", plain(w, range.0).into()),
                    ("high", plain(w, range.1).into()),
                    ("answered", overall.answered.into()),
                    ("total", overall.total().into()),
                    ("min", one_decimal(w, card.overall_min).into()),
                ],
            ),
        );
        report.paragraph(TextStyle::Body, verdict_sentence(w, card));
    } else {
        report.paragraph(
            TextStyle::Lead,
            w.with(
                "report-summary-lead-unjudged",
                &[
                    organisation(),
                    ("mean", mean(w, overall.mean()).into()),
                    ("answered", overall.answered.into()),
                ],
            ),
        );
    }
    report.paragraph(
        TextStyle::Body,
        w.with(
            "report-summary-completeness",
            &[
                (
                    "percent",
                    format!("{:.0}", overall.completeness() * 100.0).into(),
                ),
                ("counts", counts(w, &overall).into()),
                (
                    "key",
                    (card.key_measures.len() - card.count(KeyMeasureStatus::NotApplicable)).into(),
                ),
                ("met", card.count(KeyMeasureStatus::Met).into()),
                ("min", one_decimal(w, card.key_measure_min).into()),
                ("below", card.key_measures_not_met().into()),
                ("open", card.key_measures_unanswered().into()),
            ],
        ),
    );
    let mut weakest: Vec<_> = card
        .frameworks
        .iter()
        .filter_map(|f| Some((f.tally.mean()?, f.name.as_str())))
        .collect();
    weakest.sort_by(|x, y| x.0.total_cmp(&y.0));
    if let (Some((low, lowest)), Some((high, highest)), true) =
        (weakest.first(), weakest.last(), weakest.len() > 1)
    {
        report.paragraph(
            TextStyle::Body,
            w.with(
                "report-summary-extremes",
                &[
                    ("lowest", (*lowest).into()),
                    ("low", mean(w, Some(*low)).into()),
                    ("highest", (*highest).into()),
                    ("high", mean(w, Some(*high)).into()),
                ],
            ),
        );
    }
    let found = &insights.gaps;
    if found.is_empty() {
        report.paragraph(TextStyle::Body, w.get("report-no-gaps"));
    } else {
        let first = insights.gaps_in(Phase::FirstThreeMonths).count();
        let mut text = w.with(
            "report-summary-gaps",
            &[("count", found.len().into()), ("first", first.into())],
        );
        for gap in found.iter().take(SUMMARY_GAPS) {
            let title = library
                .requirement(&gap.qid)
                .map_or_else(String::new, |v| v.requirement.title.clone());
            text.push_str("\n•  ");
            text.push_str(&w.with(
                "report-summary-gap",
                &[
                    ("requirement", format!("{} {title}", gap.qid).into()),
                    ("level", gap.current.to_string().into()),
                    ("target", gap.target.to_string().into()),
                ],
            ));
        }
        report.paragraph(TextStyle::Body, text);
    }
    if let Some(change) = insights.since_last_round.as_ref().map(|s| &s.comparison) {
        report.paragraph(
            TextStyle::Body,
            w.with(
                "report-summary-change",
                &[
                    ("rose", change.rose.len().into()),
                    ("fell", change.fell.len().into()),
                    ("new", change.newly_answered.len().into()),
                ],
            ),
        );
    }
}

/// How the assessment was scored: the scale, the target profile and the roadmap rule.
pub(super) fn method(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    scale: Option<&Scale>,
) {
    report.heading(1, w.get("report-method"));
    report.paragraph(TextStyle::Body, w.get("report-method-text"));
    if let Some(scale) = scale {
        report.heading(
            2,
            w.with("report-method-scale", &[("name", (&scale.name).into())]),
        );
        report.paragraph(TextStyle::Body, scale.summary.clone());
        report.push(Block::Table(Table {
            columns: vec![
                Column::number(&w.get("report-col-level"), 0.08),
                Column::text(&w.get("report-col-name"), 0.2),
                Column::text(&w.get("report-col-meaning"), 0.72),
            ],
            rows: scale
                .levels
                .iter()
                .map(|l| vec![l.value.to_string(), l.name.clone(), l.meaning.clone()])
                .collect(),
        }));
    }
    if let Some(profile) = library.profile(&a.profile) {
        report.heading(
            2,
            w.with("report-method-profile", &[("name", (&profile.name).into())]),
        );
        report.paragraph(TextStyle::Body, profile.summary.clone());
        report.push(Block::Facts(vec![
            (
                w.get("report-fact-targets"),
                w.with(
                    "report-targets",
                    &[
                        ("shall", profile.targets.shall.to_string().into()),
                        ("should", profile.targets.should.to_string().into()),
                        ("may", profile.targets.may.to_string().into()),
                        ("scale", (&profile.scale).into()),
                    ],
                ),
            ),
            (
                w.get("report-fact-minimums"),
                w.with(
                    "report-minimums",
                    &[
                        ("key", one_decimal(w, profile.key_measure_min).into()),
                        ("overall", one_decimal(w, profile.overall_min).into()),
                    ],
                ),
            ),
        ]));
    }
    report.heading(2, w.get("report-roadmap-rule-heading"));
    report.paragraph(TextStyle::Body, w.get("report-roadmap-rule"));
}
