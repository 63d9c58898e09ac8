//! Every figure derived from an assessment, computed once per change: the window's dashboard
//! and walk-through, the maturity report and `score` all read this one value, so they cannot
//! disagree. It holds the scorecard (scores, completeness, key measures, verdict), the gaps and
//! their roadmap phases, each requirement's status, the coverage derived for frameworks not
//! assessed directly, the NIS2 Art. 21(2) points, the ISO/IEC 27001 Annex A view by theme, the
//! change since the last round and the answer ids no loaded catalog knows.
//!
//! The NIS2 rule, decided here once: each point of Art. 21(2) is shown when it is in the
//! assessment's scope (with the assessor's answer: a level, not applicable, or not answered), or,
//! when it is not in scope, as derived when at least one requirement in scope is mapped to it
//! (covered, partly covered or not covered, with the answered requirements it is derived from).
//! A point neither in scope nor mapped from the scope is not shown: nothing speaks for it.

use std::collections::{HashMap, HashSet};

use crate::catalog::{Library, Relationship};

use super::coverage::{Coverage, DerivedItem, derive_with_scope, related_requirements};
use super::gaps::{Gap, Phase, gaps};
use super::levels::{FrameworkLevels, level_counts};
use super::model::Assessment;
use super::rounds::{RoundComparison, compare_with_last_round};
use super::scope::unknown_answer_ids;
use super::scoring::{Scorecard, Tally, Verdict, score};
use super::status::{RequirementStatus, statuses};

/// Prefix of the NIS2 Art. 21(2) points (`nis2:21.2.a` … `nis2:21.2.j`).
pub const NIS2_ART21_PREFIX: &str = "nis2:21.2.";
/// Prefix of the ISO/IEC 27001 Annex A controls.
const ANNEX_A_PREFIX: &str = "iso27001:A.";

/// One NIS2 Art. 21(2) point: assessed directly (in scope) or derived through mappings.
#[derive(Debug, Clone, PartialEq)]
pub struct Nis2Point {
    /// `nis2:21.2.a` …
    pub qid: String,
    /// The level: assessed, or carried over when covered.
    pub level: Option<u8>,
    /// `None` when assessed directly; the derived coverage otherwise.
    pub derived: Option<Coverage>,
    /// Assessed directly and marked not applicable.
    pub not_applicable: bool,
    /// For a derived point: the answered requirements it is derived from, with how each relates.
    pub sources: Vec<(String, Relationship)>,
}

/// The coverage derived for one framework that is not in the assessment's scope.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedFramework {
    /// Framework id.
    pub framework: String,
    /// Each of its requirements with its derived coverage, in reading order.
    pub items: Vec<DerivedItem>,
}

impl DerivedFramework {
    /// How many of its requirements have this coverage.
    pub fn count(&self, coverage: Coverage) -> usize {
        self.items.iter().filter(|i| i.coverage == coverage).count()
    }

    /// True when at least one requirement is covered or partly covered (else it says nothing).
    pub fn reached(&self) -> bool {
        self.items
            .iter()
            .any(|i| i.coverage != Coverage::NotCovered)
    }
}

/// How one Annex A theme stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ThemeAnswers {
    /// Annex A is in scope: the counts and mean of the assessor's own answers.
    Assessed(Tally),
    /// Annex A is not in scope: the controls' coverage derived through the mappings.
    Derived {
        /// Covered by an equal or wider answered requirement.
        covered: usize,
        /// Only partly covered.
        partly: usize,
        /// Not covered.
        not_covered: usize,
    },
}

/// One theme of ISO/IEC 27001 Annex A (organisational, people, physical, technological).
#[derive(Debug, Clone, PartialEq)]
pub struct AnnexTheme {
    /// Theme id (`A.5` …).
    pub id: String,
    /// Theme title.
    pub title: String,
    /// Controls counted (those in scope when assessed; all of the theme when derived).
    pub controls: usize,
    /// The answers or the derived coverage.
    pub answers: ThemeAnswers,
}

/// The ISO/IEC 27001 Annex A view: assessed when any Annex A control is in scope, else derived.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnexAView {
    /// True when Annex A controls are in the assessment's scope.
    pub assessed: bool,
    /// The themes in catalog order.
    pub themes: Vec<AnnexTheme>,
}

/// The change since the last finished round.
#[derive(Debug, Clone, PartialEq)]
pub struct SinceLastRound {
    /// The number of the round compared with.
    pub compared_with_round: u32,
    /// What rose, fell, and was newly or no longer answered.
    pub comparison: RoundComparison,
}

/// Figures derived from an assessment; never saved. Compute it after each change and read it
/// everywhere a figure is shown.
#[derive(Debug, Clone)]
pub struct Insights {
    /// Scores, key measures and the verdict.
    pub scorecard: Scorecard,
    /// Gaps, highest priority first, each with its roadmap phase.
    pub gaps: Vec<Gap>,
    /// Every requirement in scope with its status, in reading order.
    pub statuses: Vec<RequirementStatus>,
    /// Per framework in scope, how many requirements stand at each level (the heat map).
    pub levels: Vec<FrameworkLevels>,
    index: HashMap<String, usize>,
    /// NIS2 Art. 21(2) points shown, by the rule in this module's documentation.
    pub nis2: Vec<Nis2Point>,
    key_measures: HashSet<String>,
    /// Every loaded framework not in scope, with its derived coverage, in library order.
    pub derived: Vec<DerivedFramework>,
    /// The Annex A view, when ISO/IEC 27001 and its Annex A are loaded.
    pub annex_a: Option<AnnexAView>,
    /// Change since the last round; `None` in the first round.
    pub since_last_round: Option<SinceLastRound>,
    /// Answer ids that name no loaded requirement (kept in the file).
    pub unknown_ids: Vec<String>,
}

impl Insights {
    /// Computes everything from the assessment.
    pub fn compute(assessment: &Assessment, library: &Library) -> Self {
        let statuses = statuses(assessment, library);
        let index: HashMap<String, usize> = statuses
            .iter()
            .enumerate()
            .map(|(i, s)| (s.qid.clone(), i))
            .collect();
        let in_scope: HashSet<&str> = statuses.iter().map(|s| s.qid.as_str()).collect();
        let scorecard = score(assessment, library);
        let assessed: HashSet<&str> = scorecard.frameworks.iter().map(|f| f.id.as_str()).collect();
        let derived: Vec<DerivedFramework> = library
            .frameworks()
            .iter()
            .map(|l| l.framework.id.as_str())
            .filter(|id| !assessed.contains(id))
            .map(|id| DerivedFramework {
                framework: id.to_owned(),
                items: derive_with_scope(assessment, library, &in_scope, id),
            })
            .collect();
        let derived_items = |framework: &str| -> Vec<DerivedItem> {
            derived
                .iter()
                .find(|d| d.framework == framework)
                .map_or_else(
                    || derive_with_scope(assessment, library, &in_scope, framework),
                    |d| d.items.clone(),
                )
        };
        let nis2 = nis2_points(assessment, library, &in_scope, &derived_items);
        let annex_a = annex_a_view(assessment, library, &in_scope, &derived_items);
        let key_measures = scorecard
            .key_measures
            .iter()
            .map(|k| k.qid.clone())
            .collect();
        let since_last_round =
            compare_with_last_round(assessment).map(|comparison| SinceLastRound {
                compared_with_round: assessment.earlier_rounds.last().map_or(0, |r| r.round),
                comparison,
            });
        let unknown_ids = unknown_answer_ids(assessment, library)
            .into_iter()
            .map(str::to_owned)
            .collect();
        Insights {
            scorecard,
            key_measures,
            gaps: gaps(assessment, library),
            levels: level_counts(assessment, library),
            statuses,
            index,
            nis2,
            derived,
            annex_a,
            since_last_round,
            unknown_ids,
        }
    }

    /// Whether the profile counts the requirement as a key measure.
    pub fn is_key_measure(&self, qid: &str) -> bool {
        self.key_measures.contains(qid)
    }

    /// The status of one requirement in scope.
    pub fn status(&self, qid: &str) -> Option<&RequirementStatus> {
        self.index.get(qid).map(|&i| &self.statuses[i])
    }

    /// Share of the requirements in scope answered or marked not applicable, 0 to 1.
    pub fn completeness(&self) -> f64 {
        self.scorecard.overall.completeness()
    }

    /// Whether the target profile is reached.
    pub fn verdict(&self) -> Verdict {
        self.scorecard.verdict
    }

    /// The gaps of one roadmap phase, in priority order.
    pub fn gaps_in(&self, phase: Phase) -> impl Iterator<Item = &Gap> {
        self.gaps.iter().filter(move |g| g.phase == phase)
    }

    /// The frameworks not in scope that the answers reach through mappings (at least one
    /// requirement covered or partly covered): what `score` lists as derived.
    pub fn reached_frameworks(&self) -> impl Iterator<Item = &DerivedFramework> {
        self.derived.iter().filter(|d| d.reached())
    }
}

/// The Art. 21(2) points by the rule in the module documentation, in reading order.
fn nis2_points(
    assessment: &Assessment,
    library: &Library,
    in_scope: &HashSet<&str>,
    derived_items: &dyn Fn(&str) -> Vec<DerivedItem>,
) -> Vec<Nis2Point> {
    let points: Vec<&str> = library
        .requirements()
        .filter(|v| v.qid.starts_with(NIS2_ART21_PREFIX))
        .map(|v| v.qid)
        .collect();
    let needs_derivation = points.iter().any(|qid| !in_scope.contains(qid));
    let derived = if needs_derivation {
        derived_items("nis2")
    } else {
        Vec::new()
    };
    points
        .into_iter()
        .filter_map(|qid| {
            if in_scope.contains(qid) {
                let answer = assessment.answers.get(qid);
                return Some(Nis2Point {
                    qid: qid.to_owned(),
                    level: answer.and_then(super::model::Answer::applicable_level),
                    derived: None,
                    not_applicable: answer.is_some_and(super::model::Answer::is_not_applicable),
                    sources: Vec::new(),
                });
            }
            let mapped_from_scope =
                related_requirements(library, qid).any(|(related, _)| in_scope.contains(related));
            if !mapped_from_scope {
                return None;
            }
            let item = derived.iter().find(|d| d.qid == qid)?;
            Some(Nis2Point {
                qid: qid.to_owned(),
                level: item.level,
                derived: Some(item.coverage),
                not_applicable: false,
                sources: item.sources.clone(),
            })
        })
        .collect()
}

/// The Annex A view theme by theme; `None` when ISO/IEC 27001 or its Annex A is not loaded.
fn annex_a_view(
    assessment: &Assessment,
    library: &Library,
    in_scope: &HashSet<&str>,
    derived_items: &dyn Fn(&str) -> Vec<DerivedItem>,
) -> Option<AnnexAView> {
    let iso = library.framework("iso27001")?;
    let annex = iso.groups.iter().find(|g| g.id == "A")?;
    // Assessed directly only when Annex A itself is in the assessment's scope.
    let assessed = in_scope.iter().any(|q| q.starts_with(ANNEX_A_PREFIX));
    let derived = if assessed {
        Vec::new()
    } else {
        derived_items("iso27001")
    };
    let themes = annex
        .groups
        .iter()
        .map(|theme| {
            let qids: Vec<&str> = library
                .requirements()
                .filter(|v| {
                    v.framework.id == "iso27001"
                        && v.groups.iter().any(|g| g.id == theme.id)
                        && (!assessed || in_scope.contains(v.qid))
                })
                .map(|v| v.qid)
                .collect();
            let answers = if assessed {
                ThemeAnswers::Assessed(tally_of(assessment, &qids))
            } else {
                let of = |c: Coverage| {
                    derived
                        .iter()
                        .filter(|d| d.coverage == c && qids.contains(&d.qid.as_str()))
                        .count()
                };
                ThemeAnswers::Derived {
                    covered: of(Coverage::Covered),
                    partly: of(Coverage::Partly),
                    not_covered: of(Coverage::NotCovered),
                }
            };
            AnnexTheme {
                id: theme.id.clone(),
                title: theme.title.clone(),
                controls: qids.len(),
                answers,
            }
        })
        .collect();
    Some(AnnexAView { assessed, themes })
}

/// Counts and level sum of the answers to `qids`.
fn tally_of(assessment: &Assessment, qids: &[&str]) -> Tally {
    let mut tally = Tally::default();
    for qid in qids {
        tally.add(assessment.answers.get(*qid));
    }
    tally
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::example_assessment;
    use crate::catalog;

    fn with_nis2_groups(groups: &[&str]) -> (Assessment, Library) {
        let library = catalog::load_embedded().library;
        let mut a = example_assessment(&library);
        for choice in &mut a.frameworks {
            if choice.framework == "nis2" {
                choice.groups = groups.iter().map(|g| (*g).to_owned()).collect();
            }
        }
        (a, library)
    }

    #[test]
    fn art_21_2_in_scope_is_shown_as_assessed() {
        let (a, library) = with_nis2_groups(&[]);
        let insights = Insights::compute(&a, &library);
        assert_eq!(insights.nis2.len(), 10);
        assert!(insights.nis2.iter().all(|p| p.derived.is_none()));
    }

    #[test]
    fn nis2_limited_to_art_20_derives_each_art_21_2_point() {
        let (a, library) = with_nis2_groups(&["art20"]);
        let insights = Insights::compute(&a, &library);
        assert_eq!(insights.nis2.len(), 10);
        for point in &insights.nis2 {
            assert!(point.derived.is_some(), "{} is derived", point.qid);
            assert!(
                point
                    .sources
                    .iter()
                    .all(|(q, _)| insights.status(q).is_some())
            );
        }
        // NIS2 is in scope, so it is not listed among the frameworks reached only by mappings.
        assert!(insights.derived.iter().all(|d| d.framework != "nis2"));
    }

    #[test]
    fn a_point_nothing_in_scope_maps_to_is_not_shown() {
        let library = catalog::load_embedded().library;
        let mut a = example_assessment(&library);
        a.frameworks.retain(|c| c.framework == "mim7");
        let insights = Insights::compute(&a, &library);
        for point in &insights.nis2 {
            let mapped = related_requirements(&library, &point.qid)
                .any(|(q, _)| insights.status(q).is_some());
            assert!(
                mapped,
                "{} is shown only when mapped from the scope",
                point.qid
            );
        }
        let shown: HashSet<&str> = insights.nis2.iter().map(|p| p.qid.as_str()).collect();
        let hidden = library
            .requirements()
            .filter(|v| v.qid.starts_with(NIS2_ART21_PREFIX) && !shown.contains(v.qid));
        for view in hidden {
            assert!(
                !related_requirements(&library, view.qid)
                    .any(|(q, _)| insights.status(q).is_some()),
                "{} is mapped from the scope but hidden",
                view.qid
            );
        }
    }

    #[test]
    fn the_level_counts_add_up_to_each_framework_score() {
        let library = catalog::load_embedded().library;
        let a = example_assessment(&library);
        let insights = Insights::compute(&a, &library);
        let frameworks = &insights.scorecard.frameworks;
        assert_eq!(insights.levels.len(), frameworks.len());
        for (row, score) in insights.levels.iter().zip(frameworks) {
            assert_eq!(row.id, score.id);
            assert_eq!(row.answered(), score.tally.answered);
            assert_eq!(row.not_applicable, score.tally.not_applicable);
            assert_eq!(row.unanswered, score.tally.unanswered);
            let sum: usize = row.at_level.iter().map(|(l, n)| usize::from(*l) * n).sum();
            assert!((sum as f64 - score.tally.level_sum).abs() < 1e-9);
        }
    }
}
