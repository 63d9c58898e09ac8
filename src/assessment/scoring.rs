//! Scores as pure functions of an assessment and the library: per group, per framework and
//! overall (the mean over applicable, answered requirements), completeness, and key-measure
//! verdicts against the target profile. Unanswered requirements are counted and reported, never
//! taken as zero; not-applicable ones are left out.

use crate::catalog::{KeyMeasures, Library, Profile, RequirementView, Scale, Strength};

use super::model::{Answer, Assessment};
use super::scope::requirements_in_scope;

/// Counts behind one score.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    /// Requirements with a current level.
    pub answered: usize,
    /// Requirements with neither a level nor a not-applicable mark.
    pub unanswered: usize,
    /// Requirements marked not applicable.
    pub not_applicable: usize,
    /// Sum of the current levels of the answered requirements.
    pub level_sum: f64,
}

impl Tally {
    /// Counts one requirement's answer (or its absence).
    pub(crate) fn add(&mut self, answer: Option<&Answer>) {
        match answer {
            Some(a) if a.is_not_applicable() => self.not_applicable += 1,
            Some(a) => match a.applicable_level() {
                Some(level) => {
                    self.answered += 1;
                    self.level_sum += f64::from(level);
                }
                None => self.unanswered += 1,
            },
            None => self.unanswered += 1,
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.answered += other.answered;
        self.unanswered += other.unanswered;
        self.not_applicable += other.not_applicable;
        self.level_sum += other.level_sum;
    }

    /// All requirements counted.
    pub fn total(&self) -> usize {
        self.answered + self.unanswered + self.not_applicable
    }

    /// Mean level of the answered requirements; `None` when nothing is answered.
    pub fn mean(&self) -> Option<f64> {
        (self.answered > 0).then(|| self.level_sum / self.answered as f64)
    }

    /// Share of requirements answered or marked not applicable, 0.0 to 1.0 (1.0 when empty).
    pub fn completeness(&self) -> f64 {
        let total = self.total();
        if total == 0 {
            1.0
        } else {
            (self.answered + self.not_applicable) as f64 / total as f64
        }
    }
}

/// The score of one top-level group of a framework.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupScore {
    /// Group id.
    pub id: String,
    /// Group title.
    pub title: String,
    /// Its counts.
    pub tally: Tally,
}

/// The score of one framework in scope.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameworkScore {
    /// Framework id.
    pub id: String,
    /// Framework name.
    pub name: String,
    /// Its counts.
    pub tally: Tally,
    /// Its top-level groups in scope.
    pub groups: Vec<GroupScore>,
}

/// Whether a key measure reaches the profile's minimum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMeasureStatus {
    /// At or above the minimum.
    Met,
    /// Below the minimum.
    NotMet,
    /// No level yet.
    Unanswered,
    /// Marked not applicable.
    NotApplicable,
}

/// One key measure and its verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyMeasure {
    /// Qualified requirement id.
    pub qid: String,
    /// Current level, if answered.
    pub current: Option<u8>,
    /// The verdict.
    pub status: KeyMeasureStatus,
}

/// The verdict of the assessment against its profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every requirement is answered or not applicable, and every key measure and the overall
    /// score reach the profile's minimums.
    Reached,
    /// At least one answered key measure, or the overall score so far, is below its minimum.
    NotReached,
    /// Nothing is below a minimum yet, but requirements are unanswered (or the profile or scale
    /// is not loaded, so there is nothing to judge against).
    Incomplete,
}

/// Everything computed from an assessment; derived, never stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    /// Per framework, in the order chosen.
    pub frameworks: Vec<FrameworkScore>,
    /// All requirements in scope together.
    pub overall: Tally,
    /// Minimum for every key measure, on the assessment's scale.
    pub key_measure_min: f64,
    /// Minimum for the overall score, on the assessment's scale.
    pub overall_min: f64,
    /// The key measures in scope, in reading order.
    pub key_measures: Vec<KeyMeasure>,
    /// The verdict against the profile.
    pub verdict: Verdict,
}

impl Scorecard {
    /// Key measures that are answered and below the minimum.
    pub fn key_measures_not_met(&self) -> usize {
        self.count(KeyMeasureStatus::NotMet)
    }

    /// Key measures still without a level.
    pub fn key_measures_unanswered(&self) -> usize {
        self.count(KeyMeasureStatus::Unanswered)
    }

    /// Key measures with this status.
    pub fn count(&self, status: KeyMeasureStatus) -> usize {
        self.key_measures
            .iter()
            .filter(|k| k.status == status)
            .count()
    }
}

/// A mean level as every view prints it (two decimals; "–" when nothing is answered), so the
/// command line, the window and the reports show the same figure.
pub fn format_mean(value: Option<f64>) -> String {
    // Round half away from zero first, as the JSON summary does: `{:.2}` alone rounds 2.125 to
    // the even 2.12, and every view must print the same figure.
    value.map_or_else(
        || "–".to_owned(),
        |m| format!("{:.2}", (m * 100.0).round() / 100.0),
    )
}

/// A profile level converted to the assessment's scale.
pub fn on_scale(value: f64, profile: &Profile, scale: &Scale, library: &Library) -> f64 {
    match library.scale(&profile.scale) {
        Some(profile_scale) if profile_scale.id != scale.id => {
            scale.convert_from(value, profile_scale)
        }
        _ => value,
    }
}

/// Whether the profile counts this requirement as a key measure.
pub fn is_key_measure(view: &RequirementView<'_>, profile: &Profile) -> bool {
    match &profile.key_measures {
        KeyMeasures::ShallRequirements => view.requirement.strength == Strength::Shall,
        KeyMeasures::Listed(ids) => ids.iter().any(|id| id == view.qid),
    }
}

/// Scores an assessment. The scale and profile must be loaded (the validator checks that);
/// without them the thresholds are taken as 0, so nothing fails silently against a made-up bar.
pub fn score(assessment: &Assessment, library: &Library) -> Scorecard {
    let profile = library.profile(&assessment.profile);
    let scale = library.scale(&assessment.scale);
    let threshold = |value: f64| match (profile, scale) {
        (Some(p), Some(s)) => on_scale(value, p, s, library),
        _ => 0.0,
    };
    let key_measure_min = threshold(profile.map_or(0.0, |p| p.key_measure_min));
    let overall_min = threshold(profile.map_or(0.0, |p| p.overall_min));

    let mut frameworks: Vec<FrameworkScore> = Vec::new();
    let mut key_measures = Vec::new();
    for view in requirements_in_scope(assessment, library) {
        let answer = assessment.answers.get(view.qid);
        if frameworks.last().is_none_or(|f| f.id != view.framework.id) {
            frameworks.push(FrameworkScore {
                id: view.framework.id.clone(),
                name: view.framework.name.clone(),
                tally: Tally::default(),
                groups: Vec::new(),
            });
        }
        let Some(framework) = frameworks.last_mut() else {
            continue; // cannot happen: an entry was pushed just above if none matched
        };
        framework.tally.add(answer);
        if let Some(top) = view.groups.first() {
            if framework.groups.last().is_none_or(|g| g.id != top.id) {
                framework.groups.push(GroupScore {
                    id: top.id.clone(),
                    title: top.title.clone(),
                    tally: Tally::default(),
                });
            }
            if let Some(group) = framework.groups.last_mut() {
                group.tally.add(answer);
            }
        }
        if profile.is_some_and(|p| is_key_measure(&view, p)) {
            let current = answer.and_then(Answer::applicable_level);
            let status = match answer {
                Some(a) if a.is_not_applicable() => KeyMeasureStatus::NotApplicable,
                _ => match current {
                    None => KeyMeasureStatus::Unanswered,
                    Some(level) if f64::from(level) >= key_measure_min => KeyMeasureStatus::Met,
                    Some(_) => KeyMeasureStatus::NotMet,
                },
            };
            key_measures.push(KeyMeasure {
                qid: view.qid.to_owned(),
                current,
                status,
            });
        }
    }
    let mut overall = Tally::default();
    for framework in &frameworks {
        overall.merge(&framework.tally);
    }
    let overall_below = overall.mean().is_some_and(|m| m < overall_min);
    let any_not_met = key_measures
        .iter()
        .any(|k| k.status == KeyMeasureStatus::NotMet);
    let verdict = if profile.is_none() || scale.is_none() {
        Verdict::Incomplete
    } else if any_not_met || overall_below {
        Verdict::NotReached
    } else if overall.unanswered > 0 || overall.mean().is_none() {
        Verdict::Incomplete
    } else {
        Verdict::Reached
    };
    Scorecard {
        frameworks,
        overall,
        key_measure_min,
        overall_min,
        key_measures,
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::format_mean;

    #[test]
    fn means_round_half_away_from_zero_in_every_view() {
        assert_eq!(format_mean(Some(17.0 / 8.0)), "2.13");
        assert_eq!(format_mean(Some(2.0)), "2.00");
        assert_eq!(format_mean(None), "–");
    }
}
