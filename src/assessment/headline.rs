//! The four headline figures of an assessment — overall score, completeness, key measures met
//! and the verdict against the target — as the dashboard's cards and the report's one-page
//! summary show them, read from [`Insights`] so that both say the same.

use super::insights::Insights;
use super::scoring::{KeyMeasureStatus, Verdict};

/// The verdict as a reader should take it: "not reached" on a half-done assessment would read
/// as final, so it says "so far" while answers are still to come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadlineVerdict {
    /// Every requirement answered and every minimum met.
    Reached,
    /// Below a minimum with answers still to come.
    NotReachedSoFar,
    /// Below a minimum with every requirement answered.
    NotReached,
    /// Nothing below a minimum yet, but answers are missing (or nothing to judge against).
    Incomplete,
}

impl HeadlineVerdict {
    /// The verdict in English, as the dashboard's card says it.
    pub fn label(self) -> &'static str {
        match self {
            HeadlineVerdict::Reached => "Reached",
            HeadlineVerdict::NotReachedSoFar => "Not reached so far",
            HeadlineVerdict::NotReached => "Not reached",
            HeadlineVerdict::Incomplete => "Not yet known",
        }
    }
}

/// The headline figures, derived from [`Insights`] and nothing else.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Headline {
    /// Mean level of the answered requirements; `None` when nothing is answered.
    pub overall_mean: Option<f64>,
    /// The profile's overall minimum, on the assessment's scale.
    pub overall_min: f64,
    /// Share answered or not applicable, 0 to 1.
    pub completeness: f64,
    /// Requirements answered or marked not applicable.
    pub done: usize,
    /// Requirements in scope.
    pub total: usize,
    /// Requirements marked not applicable.
    pub not_applicable: usize,
    /// Requirements still open.
    pub unanswered: usize,
    /// Key measures at or above their minimum.
    pub key_measures_met: usize,
    /// Key measures that count (those not marked not applicable).
    pub key_measures_judged: usize,
    /// Key measures answered and below the minimum.
    pub key_measures_below: usize,
    /// Key measures not answered yet.
    pub key_measures_open: usize,
    /// Key measures marked not applicable.
    pub key_measures_not_applicable: usize,
    /// The profile's minimum for every key measure.
    pub key_measure_min: f64,
    /// The verdict, with "so far" while answers are missing.
    pub verdict: HeadlineVerdict,
    /// Gaps against target.
    pub gaps: usize,
}

impl Headline {
    /// The headline figures of `insights`.
    pub fn of(insights: &Insights) -> Self {
        let card = &insights.scorecard;
        let overall = card.overall;
        let key_measures_not_applicable = card.count(KeyMeasureStatus::NotApplicable);
        let verdict = match card.verdict {
            Verdict::Reached => HeadlineVerdict::Reached,
            Verdict::NotReached if overall.unanswered > 0 => HeadlineVerdict::NotReachedSoFar,
            Verdict::NotReached => HeadlineVerdict::NotReached,
            Verdict::Incomplete => HeadlineVerdict::Incomplete,
        };
        Headline {
            overall_mean: overall.mean(),
            overall_min: card.overall_min,
            completeness: overall.completeness(),
            done: overall.answered + overall.not_applicable,
            total: overall.total(),
            not_applicable: overall.not_applicable,
            unanswered: overall.unanswered,
            key_measures_met: card.count(KeyMeasureStatus::Met),
            key_measures_judged: card.key_measures.len() - key_measures_not_applicable,
            key_measures_below: card.key_measures_not_met(),
            key_measures_open: card.key_measures_unanswered(),
            key_measures_not_applicable,
            key_measure_min: card.key_measure_min,
            verdict,
            gaps: insights.gaps.len(),
        }
    }
}
