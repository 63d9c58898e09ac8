//! The ISO/IEC 27001:2022 Statement of Applicability: every Annex A control, whether it is
//! included or excluded and why, how far it is implemented (the level against the target), its
//! evidence and date, grouped by theme, with the totals an auditor looks for. Controls the
//! assessment does not cover directly take their status from the mappings, marked derived. The
//! XLSX and the PDF are written from this one value.

use crate::catalog::Library;

use super::coverage::{Coverage, derived_coverage};
use super::insights::Insights;
use super::model::Assessment;
use super::status::Status;

/// The framework whose Annex A the statement covers, and the group that holds the controls.
const ISO: &str = "iso27001";
const ANNEX_A: &str = "A";

/// How far a control is implemented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SoaStatus {
    /// At or above its target.
    Implemented,
    /// Answered above the scale's lowest level, below its target.
    PartlyImplemented,
    /// At the scale's lowest level, below its target.
    NotImplemented,
    /// Included, not answered yet.
    NotAnswered,
    /// Excluded: marked not applicable.
    Excluded,
    /// Not assessed directly: what the mappings carry over.
    Derived(Coverage),
}

/// One Annex A control in the statement.
#[derive(Debug, Clone, PartialEq)]
pub struct SoaControl {
    /// Qualified id (`iso27001:A.5.15`).
    pub qid: String,
    /// The control's number as the standard writes it (`A.5.15`).
    pub control: String,
    /// Its title.
    pub title: String,
    /// Included (applicable), or excluded.
    pub included: bool,
    /// Why it is excluded: the not-applicable reason.
    pub exclusion: Option<String>,
    /// The requirements of the other frameworks (NIS2, the MIMs …) mapped to it, in either
    /// direction: what leads to including it.
    pub led_to_by: Vec<String>,
    /// How far it is implemented.
    pub status: SoaStatus,
    /// The level reached (carried over through the mappings when derived).
    pub level: Option<u8>,
    /// The target, when assessed directly.
    pub target: Option<u8>,
    /// Its evidence, one line each.
    pub evidence: Vec<String>,
    /// When its answer last changed.
    pub date: String,
}

/// One Annex A theme (A.5 Organizational … A.8 Technological) with its controls.
#[derive(Debug, Clone, PartialEq)]
pub struct SoaTheme {
    /// Theme id (`A.5`).
    pub id: String,
    /// Theme title.
    pub title: String,
    /// Its controls, in catalog order.
    pub controls: Vec<SoaControl>,
}

/// The totals of a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SoaTotals {
    /// Annex A controls (93 in ISO/IEC 27001:2022).
    pub controls: usize,
    /// Included (applicable).
    pub included: usize,
    /// Excluded (not applicable).
    pub excluded: usize,
    /// Included and implemented (at or above target).
    pub implemented: usize,
    /// Included and answered below target.
    pub below_target: usize,
    /// Included and not answered yet.
    pub not_answered: usize,
    /// Not assessed directly, their status derived through the mappings.
    pub derived: usize,
}

/// The Statement of Applicability of an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementOfApplicability {
    /// The themes with their controls.
    pub themes: Vec<SoaTheme>,
    /// The totals over every control.
    pub totals: SoaTotals,
}

/// The statement of `assessment`, its statuses and targets read from `insights`; `None` when
/// ISO/IEC 27001 or its Annex A is not loaded.
pub fn statement_of_applicability(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
) -> Option<StatementOfApplicability> {
    let iso = library.framework(ISO)?;
    let annex = iso.groups.iter().find(|g| g.id == ANNEX_A)?;
    let derived = derived_coverage(assessment, library, ISO);
    let low = library.scale(&assessment.scale).map(|s| s.range().0);
    let mut totals = SoaTotals::default();
    let mut themes = Vec::new();
    for theme in &annex.groups {
        let mut controls = Vec::new();
        for view in library
            .requirements()
            .filter(|v| v.framework.id == ISO && v.groups.iter().any(|g| g.id == theme.id))
        {
            let answer = assessment.answers.get(view.qid);
            let assessed = insights.status(view.qid);
            let (status, level, target) = match assessed {
                Some(s) => {
                    let level = answer.and_then(|a| a.applicable_level());
                    let status = match s.status {
                        Status::NotApplicable => SoaStatus::Excluded,
                        Status::Unanswered => SoaStatus::NotAnswered,
                        Status::OnTarget => SoaStatus::Implemented,
                        Status::BelowTarget if level.is_some() && level == low => {
                            SoaStatus::NotImplemented
                        }
                        Status::BelowTarget => SoaStatus::PartlyImplemented,
                    };
                    (status, level, s.target)
                }
                None => {
                    let item = derived.iter().find(|d| d.qid == view.qid);
                    let coverage = item.map_or(Coverage::NotCovered, |d| d.coverage);
                    (
                        SoaStatus::Derived(coverage),
                        item.and_then(|d| d.level),
                        None,
                    )
                }
            };
            let included = status != SoaStatus::Excluded;
            count(&mut totals, status);
            controls.push(SoaControl {
                qid: view.qid.to_owned(),
                control: view.requirement.id.clone(),
                title: view.requirement.title.clone(),
                included,
                exclusion: answer.and_then(|a| a.not_applicable.clone()),
                led_to_by: led_to_by(library, view.qid),
                status,
                level,
                target,
                evidence: answer
                    .map(|a| a.evidence.iter().map(|e| e.describe()).collect())
                    .unwrap_or_default(),
                date: answer.map(|a| a.changed.clone()).unwrap_or_default(),
            });
        }
        themes.push(SoaTheme {
            id: theme.id.clone(),
            title: theme.title.clone(),
            controls,
        });
    }
    Some(StatementOfApplicability { themes, totals })
}

fn count(totals: &mut SoaTotals, status: SoaStatus) {
    totals.controls += 1;
    match status {
        SoaStatus::Excluded => totals.excluded += 1,
        other => {
            totals.included += 1;
            match other {
                SoaStatus::Implemented => totals.implemented += 1,
                SoaStatus::PartlyImplemented | SoaStatus::NotImplemented => {
                    totals.below_target += 1;
                }
                SoaStatus::NotAnswered => totals.not_answered += 1,
                _ => totals.derived += 1,
            }
        }
    }
}

/// The requirements of other frameworks mapped to `qid` in either direction (not those of
/// ISO/IEC 27001 itself), without repeats, in id order.
fn led_to_by(library: &Library, qid: &str) -> Vec<String> {
    let mut others: Vec<String> = library
        .mapped_with(qid)
        .into_iter()
        .filter(|other| !other.starts_with("iso27001:"))
        .collect();
    others.sort();
    others.dedup();
    others
}
