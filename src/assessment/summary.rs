//! The score summary behind `mim-assistant score`: one serialisable value built from the
//! assessment's [`Insights`] (the figures the window and the report show too), printed as text
//! or as JSON.
//! Its JSON form is a stable interface (`format: "mim-assistant-score/1"`, documented in the
//! README); fields are only ever added.

use serde::Serialize;

use crate::catalog::{Library, Strength};

use super::coverage::Coverage;
use super::gaps::ROADMAP_RULE;
use super::insights::{Insights, Nis2Point};
use super::model::{Assessment, Organisation};
use super::scoring::{KeyMeasureStatus, Scorecard, Tally, Verdict};

/// The identifier of this JSON layout.
pub const SCORE_FORMAT: &str = "mim-assistant-score/1";

/// Everything `score` reports.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreSummary {
    /// Always [`SCORE_FORMAT`].
    pub format: &'static str,
    /// The organisation assessed.
    pub organisation: Organisation,
    /// What was assessed.
    pub scope: String,
    /// Who assessed it.
    pub assessor: String,
    /// Date of this round.
    pub date: String,
    /// Round number.
    pub round: u32,
    /// Scale id and range.
    pub scale: ScaleSummary,
    /// Profile id, name and minimums on the assessment's scale.
    pub profile: ProfileSummary,
    /// All requirements in scope.
    pub overall: TallySummary,
    /// Per framework in scope.
    pub frameworks: Vec<FrameworkSummary>,
    /// Key measures and their verdicts.
    pub key_measures: KeyMeasureSummary,
    /// `reached`, `not_reached` or `incomplete`.
    pub verdict: &'static str,
    /// Gaps, highest priority first.
    pub gaps: Vec<GapSummary>,
    /// How gaps are put into phases, in one sentence.
    pub roadmap_rule: &'static str,
    /// Frameworks not assessed directly but reached through mappings (derived values).
    pub derived: Vec<DerivedSummary>,
    /// The NIS2 Art. 21(2) points shown: each in scope (assessed) or, when not in scope, derived
    /// because a requirement in scope is mapped to it (the rule the window and report follow).
    pub nis2_art21: Vec<Nis2PointSummary>,
    /// Change since the last round; absent in the first round.
    pub since_last_round: Option<RoundSummary>,
    /// Answer ids not in the loaded catalogs (kept in the file).
    pub unknown_ids: Vec<String>,
}

/// A scale's id and range.
#[derive(Debug, Clone, Serialize)]
pub struct ScaleSummary {
    /// Scale id.
    pub id: String,
    /// Lowest level.
    pub min: u8,
    /// Highest level.
    pub max: u8,
}

/// A profile as the summary shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ProfileSummary {
    /// Profile id.
    pub id: String,
    /// Profile name.
    pub name: String,
    /// Minimum per key measure, on the assessment's scale.
    pub key_measure_min: f64,
    /// Minimum overall, on the assessment's scale.
    pub overall_min: f64,
}

/// Counts and mean of a set of requirements.
#[derive(Debug, Clone, Serialize)]
pub struct TallySummary {
    /// Mean level of the answered ones, rounded to two decimals; `null` when none is answered.
    pub mean: Option<f64>,
    /// Answered.
    pub answered: usize,
    /// Not answered.
    pub unanswered: usize,
    /// Not applicable.
    pub not_applicable: usize,
    /// All.
    pub total: usize,
    /// Share answered or not applicable, 0 to 1, rounded to three decimals.
    pub completeness: f64,
}

/// One framework's scores.
#[derive(Debug, Clone, Serialize)]
pub struct FrameworkSummary {
    /// Framework id.
    pub id: String,
    /// Framework name.
    pub name: String,
    /// Its scores.
    #[serde(flatten)]
    pub tally: TallySummary,
    /// Its top-level groups.
    pub groups: Vec<GroupSummary>,
}

/// One group's scores.
#[derive(Debug, Clone, Serialize)]
pub struct GroupSummary {
    /// Group id.
    pub id: String,
    /// Group title.
    pub title: String,
    /// Its scores.
    #[serde(flatten)]
    pub tally: TallySummary,
}

/// Key-measure counts and items.
#[derive(Debug, Clone, Serialize)]
pub struct KeyMeasureSummary {
    /// All key measures in scope.
    pub total: usize,
    /// At or above the minimum.
    pub met: usize,
    /// Below the minimum.
    pub not_met: usize,
    /// Without a level.
    pub unanswered: usize,
    /// Marked not applicable.
    pub not_applicable: usize,
    /// Each key measure that is not met or unanswered.
    pub open: Vec<KeyMeasureItem>,
}

/// A key measure that needs attention.
#[derive(Debug, Clone, Serialize)]
pub struct KeyMeasureItem {
    /// Qualified id.
    pub id: String,
    /// Current level, if any.
    pub current: Option<u8>,
    /// `not_met` or `unanswered`.
    pub status: &'static str,
}

/// One gap.
#[derive(Debug, Clone, Serialize)]
pub struct GapSummary {
    /// Qualified id.
    pub id: String,
    /// `SHALL`, `SHOULD` or `MAY`.
    pub strength: &'static str,
    /// Level reached.
    pub current: u8,
    /// Level aimed for.
    pub target: u8,
    /// Target minus current.
    pub gap: u8,
    /// Gap × strength weight (SHALL 3, SHOULD 2, MAY 1).
    pub priority: u32,
    /// `0–3 months`, `3–12 months` or `12+ months`.
    pub phase: &'static str,
}

/// Derived coverage of one framework not assessed directly.
#[derive(Debug, Clone, Serialize)]
pub struct DerivedSummary {
    /// Framework id.
    pub framework: String,
    /// Always true: these values are inferred through mappings, not assessed.
    pub derived: bool,
    /// Requirements covered by an equal or wider assessed requirement.
    pub covered: usize,
    /// Requirements only partly covered (subset or overlap).
    pub partly: usize,
    /// Requirements not covered.
    pub not_covered: usize,
}

/// One NIS2 Art. 21(2) point.
#[derive(Debug, Clone, Serialize)]
pub struct Nis2PointSummary {
    /// Qualified id (`nis2:21.2.a` …).
    pub id: String,
    /// False when the point is in scope (the assessor's answer); true when derived.
    pub derived: bool,
    /// `answered`, `not_applicable` or `unanswered` when assessed; `covered`, `partly` or
    /// `not_covered` when derived.
    pub status: &'static str,
    /// The level answered, or carried over when covered.
    pub level: Option<u8>,
    /// For a derived point, the answered requirements it is derived from.
    pub sources: Vec<String>,
}

/// Change since the last round.
#[derive(Debug, Clone, Serialize)]
pub struct RoundSummary {
    /// The earlier round's number.
    pub compared_with_round: u32,
    /// Requirements whose level rose, as `[id, before, after]`.
    pub rose: Vec<(String, u8, u8)>,
    /// Requirements whose level fell, as `[id, before, after]`.
    pub fell: Vec<(String, u8, u8)>,
    /// Requirements answered for the first time.
    pub newly_answered: usize,
    /// Requirements answered before but now unanswered or not applicable.
    pub no_longer_answered: usize,
}

fn round_to(value: f64, places: i32) -> f64 {
    let factor = 10f64.powi(places);
    (value * factor).round() / factor
}

fn tally(t: &Tally) -> TallySummary {
    TallySummary {
        mean: t.mean().map(|m| round_to(m, 2)),
        answered: t.answered,
        unanswered: t.unanswered,
        not_applicable: t.not_applicable,
        total: t.total(),
        completeness: round_to(t.completeness(), 3),
    }
}

fn verdict_word(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Reached => "reached",
        Verdict::NotReached => "not_reached",
        Verdict::Incomplete => "incomplete",
    }
}

fn nis2_point(point: &Nis2Point) -> Nis2PointSummary {
    let status = match (point.derived, point.not_applicable, point.level) {
        (Some(Coverage::Covered), ..) => "covered",
        (Some(Coverage::Partly), ..) => "partly",
        (Some(Coverage::NotCovered), ..) => "not_covered",
        (None, true, _) => "not_applicable",
        (None, false, Some(_)) => "answered",
        (None, false, None) => "unanswered",
    };
    Nis2PointSummary {
        id: point.qid.clone(),
        derived: point.derived.is_some(),
        status,
        level: point.level,
        sources: point.sources.iter().map(|(qid, _)| qid.clone()).collect(),
    }
}

/// Builds the summary of an assessment (computing its insights once).
pub fn summarize(assessment: &Assessment, library: &Library) -> ScoreSummary {
    summary_of(assessment, library, &Insights::compute(assessment, library))
}

/// Builds the summary from insights already computed for `assessment`.
pub fn summary_of(assessment: &Assessment, library: &Library, insights: &Insights) -> ScoreSummary {
    let card: &Scorecard = &insights.scorecard;
    let (min, max) = library
        .scale(&assessment.scale)
        .map_or((0, 0), |s| s.range());
    let profile = library.profile(&assessment.profile);
    let count = |status| card.count(status);
    let derived = insights
        .reached_frameworks()
        .map(|d| DerivedSummary {
            framework: d.framework.clone(),
            derived: true,
            covered: d.count(Coverage::Covered),
            partly: d.count(Coverage::Partly),
            not_covered: d.count(Coverage::NotCovered),
        })
        .collect();
    let since_last_round = insights.since_last_round.as_ref().map(|since| {
        let c = &since.comparison;
        RoundSummary {
            compared_with_round: since.compared_with_round,
            rose: c
                .rose
                .iter()
                .map(|x| (x.qid.clone(), x.before, x.after))
                .collect(),
            fell: c
                .fell
                .iter()
                .map(|x| (x.qid.clone(), x.before, x.after))
                .collect(),
            newly_answered: c.newly_answered.len(),
            no_longer_answered: c.no_longer_answered.len(),
        }
    });
    ScoreSummary {
        format: SCORE_FORMAT,
        organisation: assessment.organisation.clone(),
        scope: assessment.scope.clone(),
        assessor: assessment.assessor.clone(),
        date: assessment.date.clone(),
        round: assessment.round,
        scale: ScaleSummary {
            id: assessment.scale.clone(),
            min,
            max,
        },
        profile: ProfileSummary {
            id: assessment.profile.clone(),
            name: profile.map_or_else(String::new, |p| p.name.clone()),
            key_measure_min: round_to(card.key_measure_min, 2),
            overall_min: round_to(card.overall_min, 2),
        },
        overall: tally(&card.overall),
        frameworks: card
            .frameworks
            .iter()
            .map(|f| FrameworkSummary {
                id: f.id.clone(),
                name: f.name.clone(),
                tally: tally(&f.tally),
                groups: f
                    .groups
                    .iter()
                    .map(|g| GroupSummary {
                        id: g.id.clone(),
                        title: g.title.clone(),
                        tally: tally(&g.tally),
                    })
                    .collect(),
            })
            .collect(),
        key_measures: KeyMeasureSummary {
            total: card.key_measures.len(),
            met: count(KeyMeasureStatus::Met),
            not_met: count(KeyMeasureStatus::NotMet),
            unanswered: count(KeyMeasureStatus::Unanswered),
            not_applicable: count(KeyMeasureStatus::NotApplicable),
            open: card
                .key_measures
                .iter()
                .filter_map(|k| {
                    let status = match k.status {
                        KeyMeasureStatus::NotMet => "not_met",
                        KeyMeasureStatus::Unanswered => "unanswered",
                        _ => return None,
                    };
                    Some(KeyMeasureItem {
                        id: k.qid.clone(),
                        current: k.current,
                        status,
                    })
                })
                .collect(),
        },
        verdict: verdict_word(card.verdict),
        gaps: insights
            .gaps
            .iter()
            .map(|g| GapSummary {
                id: g.qid.clone(),
                strength: Strength::keyword(g.strength),
                current: g.current,
                target: g.target,
                gap: g.gap,
                priority: g.priority,
                phase: g.phase.label(),
            })
            .collect(),
        roadmap_rule: ROADMAP_RULE,
        derived,
        nis2_art21: insights.nis2.iter().map(nis2_point).collect(),
        since_last_round,
        unknown_ids: insights.unknown_ids.clone(),
    }
}
