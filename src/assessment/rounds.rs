//! Rounds: an assessment continues as a new round that starts from the last one's answers, and
//! two rounds compare by what rose and what fell.

use std::collections::BTreeMap;

use super::model::{Assessment, RoundRecord};

/// The current levels of the applicable, answered requirements.
pub fn current_levels(assessment: &Assessment) -> BTreeMap<String, u8> {
    assessment
        .answers
        .iter()
        .filter_map(|(qid, a)| a.applicable_level().map(|level| (qid.clone(), level)))
        .collect()
}

/// Closes the current round and starts the next one on `date`. The levels reached so far are
/// kept as a record; the answers stay as the starting point of the new round.
pub fn start_new_round(assessment: &mut Assessment, date: &str) {
    assessment.earlier_rounds.push(RoundRecord {
        round: assessment.round,
        date: assessment.date.clone(),
        levels: current_levels(assessment),
    });
    assessment.round += 1;
    assessment.date = date.to_owned();
}

/// One requirement whose level changed between two rounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelChange {
    /// Qualified requirement id.
    pub qid: String,
    /// Level in the earlier round.
    pub before: u8,
    /// Level in the later round.
    pub after: u8,
}

/// What changed between two sets of levels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoundComparison {
    /// Requirements whose level rose.
    pub rose: Vec<LevelChange>,
    /// Requirements whose level fell.
    pub fell: Vec<LevelChange>,
    /// Requirements answered only in the later round.
    pub newly_answered: Vec<String>,
    /// Requirements answered in the earlier round but not (or no longer applicable) in the later.
    pub no_longer_answered: Vec<String>,
}

/// Compares the levels of an earlier round with those of a later one.
pub fn compare(before: &BTreeMap<String, u8>, after: &BTreeMap<String, u8>) -> RoundComparison {
    let mut comparison = RoundComparison::default();
    for (qid, &new) in after {
        match before.get(qid) {
            None => comparison.newly_answered.push(qid.clone()),
            Some(&old) if new > old => comparison.rose.push(change(qid, old, new)),
            Some(&old) if new < old => comparison.fell.push(change(qid, old, new)),
            Some(_) => {}
        }
    }
    comparison.no_longer_answered = before
        .keys()
        .filter(|qid| !after.contains_key(*qid))
        .cloned()
        .collect();
    comparison
}

/// Compares the last finished round with the current answers; `None` in the first round.
pub fn compare_with_last_round(assessment: &Assessment) -> Option<RoundComparison> {
    let last = assessment.earlier_rounds.last()?;
    Some(compare(&last.levels, &current_levels(assessment)))
}

fn change(qid: &str, before: u8, after: u8) -> LevelChange {
    LevelChange {
        qid: qid.to_owned(),
        before,
        after,
    }
}
