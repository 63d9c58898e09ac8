//! The maturity report's opening: the cover page, the executive summary and the method (the
//! one-page summary between the cover and the executive summary is in `glance`).

use super::super::blocks::{Block, Column, Masthead, Picture, Report, Table, TextStyle, count};
use super::{counts, fingerprint, framework_names};
use crate::assessment::{
    Assessment, Insights, KeyMeasureStatus, Phase, ROADMAP_RULE, Scorecard, Verdict, format_mean,
};
use crate::catalog::{Library, Scale};

/// The longest organisation name the cover's title carries.
const TITLE_NAME_CHARS: usize = 60;
/// How many gaps the summary names.
const SUMMARY_GAPS: usize = 5;

/// The cover page: the organisation's logo and name at the top, then who, what, when, on which
/// scale and profile, and the fingerprint.
pub(super) fn cover(
    report: &mut Report,
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
    report.paragraph(TextStyle::Note, "MIM Assistant · maturity report");
    // A long name would push the cover onto a second page at the title's size; it stands
    // whole in the facts below (and in the masthead, cut to its line).
    if a.organisation.name.chars().count() <= TITLE_NAME_CHARS {
        report.heading(0, format!("Maturity report: {}", a.organisation.name));
    } else {
        report.heading(0, "Maturity report");
    }
    report.paragraph(TextStyle::Lead, a.scope.clone());
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

/// The executive summary: the mean against the target, completeness, key measures, the
/// weakest and strongest framework, the most urgent gaps and the change since the last round.
pub(super) fn summary(
    report: &mut Report,
    a: &Assessment,
    library: &Library,
    insights: &Insights,
    range: (f64, f64),
) {
    let card = &insights.scorecard;
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
    let found = &insights.gaps;
    if found.is_empty() {
        report.paragraph(
            TextStyle::Body,
            "No answered requirement is below its target.",
        );
    } else {
        let first = insights.gaps_in(Phase::FirstThreeMonths).count();
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
    if let Some(change) = insights.since_last_round.as_ref().map(|s| &s.comparison) {
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

/// How the assessment was scored: the scale, the target profile and the roadmap rule.
pub(super) fn method(
    report: &mut Report,
    a: &Assessment,
    library: &Library,
    scale: Option<&Scale>,
) {
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
