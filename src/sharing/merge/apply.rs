//! Taking a reviewed plan's answers into the assessment, with the coordinator's choices.

use super::*;

/// Takes the plan's answers into `assessment` with the coordinator's `choices` for its
/// conflicts: every taken answer records its contributor and date; each part merged whole is
/// no longer out. Changes nothing, and says why, when a conflict has no choice.
pub fn apply_merge(
    assessment: &mut Assessment,
    plan: &MergePlan,
    choices: &BTreeMap<String, Choice>,
    today: &str,
) -> Result<MergeSummary, MergeError> {
    let mut unresolved = Vec::new();
    let mut summary = MergeSummary::default();
    for row in &plan.rows {
        if let MergeRow::Conflict { qid, theirs, .. } = row {
            match choices.get(qid) {
                None => unresolved.push(qid.clone()),
                Some(Choice::Keep) => summary.kept += 1,
                Some(Choice::Take(index)) if !theirs.iter().any(|s| s.part == *index) => {
                    return Err(MergeError::NotASide(qid.clone()));
                }
                Some(Choice::Take(_)) => {}
            }
        }
    }
    if !unresolved.is_empty() {
        return Err(MergeError::Unresolved(unresolved));
    }
    let mut taken_from: Vec<(usize, String, Answer)> = Vec::new();
    for row in &plan.rows {
        let side = match row {
            MergeRow::Taken { side, .. } => Some(side),
            MergeRow::Conflict { qid, theirs, .. } => match choices.get(qid) {
                Some(Choice::Take(index)) => theirs.iter().find(|s| s.part == *index),
                _ => None,
            },
            MergeRow::Unchanged { .. } => None,
        };
        if let Some(side) = side {
            let mut answer = side.answer.clone().unwrap_or_default();
            answer.answered_by = Some(side.contributor.clone());
            answer.changed = if side.changed.is_empty() {
                today.to_owned()
            } else {
                side.changed.clone()
            };
            taken_from.push((side.part, row.qid().to_owned(), answer.clone()));
            assessment.answers.insert(row.qid().to_owned(), answer);
            summary.taken += 1;
        }
    }
    for (index, part) in plan.parts.iter().enumerate() {
        let whole = part.flags.is_empty();
        if let Some(handout) = assessment
            .team
            .handouts
            .iter_mut()
            .find(|h| h.id == part.handout)
        {
            handout.submitted = part.submitted;
            if whole {
                handout.merged = Some(today.to_owned());
                handout.baseline.clear();
                summary.parts_merged += 1;
            } else {
                // A part that stays out for a flagged value will come back corrected: what
                // was taken from it now is its new starting point, so the answers taken are
                // not offered again, nor seen as changed by the coordinator.
                for (_, qid, answer) in taken_from.iter().filter(|(p, ..)| *p == index) {
                    handout.baseline.insert(qid.clone(), answer.clone());
                }
                summary.parts_still_out += 1;
            }
        }
    }
    Ok(summary)
}
