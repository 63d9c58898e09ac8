//! The score summary behind `mim-assistant score`: one serialisable value built from the
//! scorecard, the gaps, the derived coverage and the last round, printed as text or as JSON.
//! Its JSON form is a stable interface (`format: "mim-assistant-score/1"`, documented in the
//! README); fields are only ever added.

use serde::Serialize;

use crate::catalog::{Library, Strength};

use super::coverage::{Coverage, derived_coverage};
use super::gaps::{ROADMAP_RULE, gaps};
use super::model::{Assessment, Organisation};
use super::rounds::compare_with_last_round;
use super::scope::unknown_answer_ids;
use super::scoring::{KeyMeasureStatus, Scorecard, Tally, Verdict, score};

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

/// Builds the summary of an assessment.
pub fn summarize(assessment: &Assessment, library: &Library) -> ScoreSummary {
    let card: Scorecard = score(assessment, library);
    let (min, max) = library
        .scale(&assessment.scale)
        .map_or((0, 0), |s| s.range());
    let profile = library.profile(&assessment.profile);
    let count = |status| card.count(status);
    let in_scope: Vec<&str> = card.frameworks.iter().map(|f| f.id.as_str()).collect();
    let derived = library
        .frameworks()
        .iter()
        .map(|l| l.framework.id.as_str())
        .filter(|id| !in_scope.contains(id))
        .filter_map(|id| {
            let items = derived_coverage(assessment, library, id);
            let n = |c| items.iter().filter(|i| i.coverage == c).count();
            let summary = DerivedSummary {
                framework: id.to_owned(),
                derived: true,
                covered: n(Coverage::Covered),
                partly: n(Coverage::Partly),
                not_covered: n(Coverage::NotCovered),
            };
            (summary.covered + summary.partly > 0).then_some(summary)
        })
        .collect();
    let since_last_round = compare_with_last_round(assessment).map(|c| RoundSummary {
        compared_with_round: assessment.earlier_rounds.last().map_or(0, |r| r.round),
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
        gaps: gaps(assessment, library)
            .into_iter()
            .map(|g| GapSummary {
                id: g.qid,
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
        since_last_round,
        unknown_ids: unknown_answer_ids(assessment, library)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    }
}
