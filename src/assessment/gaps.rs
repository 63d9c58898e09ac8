//! Gaps and the roadmap: how far each applicable, answered requirement is below its target,
//! ranked by that distance weighted by strength, and put into phases by one stated rule.

use crate::catalog::{Library, Strength};

use super::model::Assessment;
use super::scope::requirements_in_scope;
use super::scoring::on_scale;

/// The rule that puts gaps into phases, in one sentence for the report.
pub const ROADMAP_RULE: &str = "SHALL requirements two or more levels below target come first \
(0–3 months); other SHALL gaps and SHOULD gaps of two or more levels follow (3–12 months); \
everything else is planned for 12 months and later.";

/// When a gap is to be closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Within 3 months.
    FirstThreeMonths,
    /// From 3 to 12 months.
    ThreeToTwelveMonths,
    /// After 12 months.
    AfterTwelveMonths,
}

impl Phase {
    /// The phase as the report names it.
    pub fn label(self) -> &'static str {
        match self {
            Phase::FirstThreeMonths => "0–3 months",
            Phase::ThreeToTwelveMonths => "3–12 months",
            Phase::AfterTwelveMonths => "12+ months",
        }
    }

    fn for_gap(strength: Strength, gap: u8) -> Phase {
        match (strength, gap) {
            (Strength::Shall, 2..) => Phase::FirstThreeMonths,
            (Strength::Shall, _) | (Strength::Should, 2..) => Phase::ThreeToTwelveMonths,
            _ => Phase::AfterTwelveMonths,
        }
    }
}

/// The weight of a strength in the ranking: SHALL 3, SHOULD 2, MAY 1.
pub fn strength_weight(strength: Strength) -> u32 {
    match strength {
        Strength::Shall => 3,
        Strength::Should => 2,
        Strength::May => 1,
    }
}

/// One requirement below its target.
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    /// Qualified requirement id.
    pub qid: String,
    /// Its strength.
    pub strength: Strength,
    /// The level reached.
    pub current: u8,
    /// The level aimed for.
    pub target: u8,
    /// Target minus current (at least 1).
    pub gap: u8,
    /// Gap times strength weight: the ranking key.
    pub priority: u32,
    /// When to close it.
    pub phase: Phase,
}

/// The target of a requirement: the answer's own, or the profile's default for its strength
/// converted to the assessment's scale and rounded to the nearest level.
pub fn target_for(
    assessment: &Assessment,
    library: &Library,
    qid: &str,
    strength: Strength,
) -> Option<u8> {
    if let Some(target) = assessment.answers.get(qid).and_then(|a| a.target) {
        return Some(target);
    }
    profile_target(assessment, library, strength)
}

/// The target the assessment's profile sets for a requirement of this strength, converted to
/// the assessment's scale and rounded to the nearest level: what a requirement's target is
/// when its answer sets none, as the walk-through offers it.
pub fn profile_target(
    assessment: &Assessment,
    library: &Library,
    strength: Strength,
) -> Option<u8> {
    let profile = library.profile(&assessment.profile)?;
    let scale = library.scale(&assessment.scale)?;
    let default = f64::from(profile.targets.for_strength(strength));
    let converted = on_scale(default, profile, scale, library).round();
    let (low, high) = scale.range();
    Some(converted.clamp(f64::from(low), f64::from(high)) as u8)
}

/// Every gap, highest priority first (then SHALL before SHOULD before MAY, then reading order).
pub fn gaps(assessment: &Assessment, library: &Library) -> Vec<Gap> {
    let mut found: Vec<(usize, Gap)> = Vec::new();
    for (order, view) in requirements_in_scope(assessment, library)
        .into_iter()
        .enumerate()
    {
        let Some(answer) = assessment.answers.get(view.qid) else {
            continue;
        };
        let Some(current) = answer.applicable_level() else {
            continue;
        };
        let strength = view.requirement.strength;
        let Some(target) = target_for(assessment, library, view.qid, strength) else {
            continue;
        };
        if target <= current {
            continue;
        }
        let gap = target - current;
        found.push((
            order,
            Gap {
                qid: view.qid.to_owned(),
                strength,
                current,
                target,
                gap,
                priority: u32::from(gap) * strength_weight(strength),
                phase: Phase::for_gap(strength, gap),
            },
        ));
    }
    found.sort_by(|(oa, a), (ob, b)| {
        b.priority
            .cmp(&a.priority)
            .then(a.strength.cmp(&b.strength))
            .then(oa.cmp(ob))
    });
    found.into_iter().map(|(_, gap)| gap).collect()
}
