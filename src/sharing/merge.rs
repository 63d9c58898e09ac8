//! Merging returned parts into the coordinator's assessment, in two steps so that nothing is
//! taken until the coordinator confirms: [`plan_merge`] says per requirement whether the
//! contributor left it unchanged, answered it (taken), or whether it is in conflict — the
//! coordinator changed it too since the hand-out, or two contributors answered it differently
//! — and refuses parts that belong elsewhere or came back before; [`apply_merge`] then takes
//! the answers with the coordinator's choices, each stamped with its contributor and date.

use std::collections::BTreeMap;

use crate::assessment::{Answer, Assessment, PartForm};
use crate::catalog::Library;

use super::returned::{Flag, ReturnedPart};

/// One contributor's side of a requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Which of the plan's parts it comes from.
    pub part: usize,
    /// Who answered.
    pub contributor: String,
    /// Their answer (`None`: they left it unanswered).
    pub answer: Option<Answer>,
    /// When they answered: the answer's own date in a part file, else the hand-out's return.
    pub changed: String,
}

/// What the merge does with one requirement.
#[derive(Debug, Clone, PartialEq)]
pub enum MergeRow {
    /// The contributor left it as handed out: nothing to take.
    Unchanged {
        /// The requirement.
        qid: String,
        /// Who had it.
        contributor: String,
    },
    /// Answered by the contributor, and the coordinator's answer is as it was handed out:
    /// taken.
    Taken {
        /// The requirement.
        qid: String,
        /// The answer taken.
        side: Side,
    },
    /// Both sides changed it since the hand-out, or two contributors answered it differently:
    /// the coordinator chooses.
    Conflict {
        /// The requirement.
        qid: String,
        /// The coordinator's answer now.
        ours: Option<Answer>,
        /// The contributors' answers.
        theirs: Vec<Side>,
    },
}

impl MergeRow {
    /// The requirement of the row.
    pub fn qid(&self) -> &str {
        match self {
            MergeRow::Unchanged { qid, .. }
            | MergeRow::Taken { qid, .. }
            | MergeRow::Conflict { qid, .. } => qid,
        }
    }
}

/// A returned part the merge will not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The file.
    pub source: String,
    /// What is wrong.
    pub message: String,
    /// What was expected.
    pub expected: String,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {}; expected {}",
            self.source, self.message, self.expected
        )
    }
}

/// What merging some returned parts would do, before anything is taken.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MergePlan {
    /// The parts that can be merged.
    pub parts: Vec<ReturnedPart>,
    /// The parts refused as a whole.
    pub refused: Vec<Refusal>,
    /// Values of accepted parts that cannot be taken, at their places.
    pub flags: Vec<Flag>,
    /// One row per requirement the accepted parts hold, in id order.
    pub rows: Vec<MergeRow>,
}

impl MergePlan {
    /// The rows in conflict.
    pub fn conflicts(&self) -> impl Iterator<Item = &MergeRow> {
        self.rows
            .iter()
            .filter(|r| matches!(r, MergeRow::Conflict { .. }))
    }

    /// How many answers are taken without a choice.
    pub fn taken(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, MergeRow::Taken { .. }))
            .count()
    }

    /// How many requirements the contributors left unchanged.
    pub fn unchanged(&self) -> usize {
        self.rows
            .iter()
            .filter(|r| matches!(r, MergeRow::Unchanged { .. }))
            .count()
    }
}

/// The coordinator's choice for a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Keep the coordinator's answer.
    Keep,
    /// Take the answer of the plan's part with this index.
    Take(usize),
}

/// What a merge did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    /// Answers taken from contributors (clean ones and conflicts decided for them).
    pub taken: usize,
    /// Conflicts decided for the coordinator's answer.
    pub kept: usize,
    /// Parts now merged (no longer out).
    pub parts_merged: usize,
    /// Parts that stay out because some of their values were flagged.
    pub parts_still_out: usize,
}

/// Why the merge was not made; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// Conflicts without a choice.
    #[error("{} conflict(s) have no choice yet: {}", .0.len(), .0.join(", "))]
    Unresolved(Vec<String>),
    /// A choice names a part that has no answer for the requirement.
    #[error("the choice for {0} names a part that has no answer for it")]
    NotASide(String),
}

/// What merging `parts` into `assessment` would do; changes nothing. A part is refused when
/// its hand-out is not one of the assessment's (another assessment's part), its fingerprint or
/// contributor differs from the hand-out's, it was merged before, or the same part is given
/// twice; a requirement the catalogs no longer have, or a value the part's reader flagged, is
/// left out at its place.
pub fn plan_merge(
    assessment: &Assessment,
    library: &Library,
    parts: Vec<ReturnedPart>,
) -> MergePlan {
    let mut plan = MergePlan::default();
    for part in parts {
        if let Some(refusal) = refusal(assessment, &plan.parts, &part) {
            plan.refused.push(refusal);
        } else {
            plan.parts.push(part);
        }
    }
    let mut changed: BTreeMap<&str, Vec<(usize, &Option<Answer>)>> = BTreeMap::new();
    let mut theirs_by_part: Vec<BTreeMap<&str, Option<Answer>>> = Vec::new();
    let mut gone: Vec<Vec<Flag>> = Vec::new();
    for part in &plan.parts {
        let mut answers = BTreeMap::new();
        let mut flags = Vec::new();
        let Some(handout) = assessment.team.handout(&part.handout) else {
            // Cannot happen (a part without its hand-out is refused above); kept in step.
            theirs_by_part.push(answers);
            gone.push(flags);
            continue;
        };
        let flagged: std::collections::BTreeSet<&str> =
            part.flags.iter().filter_map(|f| f.qid.as_deref()).collect();
        for qid in &handout.items {
            if flagged.contains(qid.as_str()) {
                continue;
            }
            if library.requirement(qid).is_none() {
                flags.push(Flag {
                    place: part
                        .places
                        .get(qid)
                        .cloned()
                        .unwrap_or_else(|| part.source.clone()),
                    qid: Some(qid.clone()),
                    message: format!(
                        "names {qid}, which the catalogs no longer have; expected a requirement of the loaded catalogs (its answer is left out)"
                    ),
                });
                continue;
            }
            let theirs = part.answers.get(qid);
            // Left as handed out, or already what the assessment says (taken by an earlier
            // merge of the same part, which stayed out for a flagged value).
            if Answer::says_the_same(theirs, handout.baseline.get(qid))
                || Answer::says_the_same(theirs, assessment.answers.get(qid))
            {
                plan.rows.push(MergeRow::Unchanged {
                    qid: qid.clone(),
                    contributor: part.contributor.clone(),
                });
            } else {
                answers.insert(qid.as_str(), theirs.cloned());
            }
        }
        theirs_by_part.push(answers);
        gone.push(flags);
    }
    for (index, answers) in theirs_by_part.iter().enumerate() {
        for (qid, answer) in answers {
            changed.entry(qid).or_default().push((index, answer));
        }
    }
    for (qid, sides) in changed {
        let ours = assessment.answers.get(qid);
        let sides: Vec<Side> = sides
            .into_iter()
            .map(|(index, answer)| side(assessment, &plan.parts[index], index, answer))
            .collect();
        let first = sides.first().and_then(|s| s.answer.as_ref());
        let contributors_differ = sides
            .iter()
            .any(|s| !Answer::says_the_same(s.answer.as_ref(), first));
        let coordinator_changed = sides.iter().any(|s| {
            let base = assessment
                .team
                .handout(&plan.parts[s.part].handout)
                .and_then(|h| h.baseline.get(qid));
            !Answer::says_the_same(ours, base)
        }) && !Answer::says_the_same(ours, first);
        let conflict = contributors_differ || coordinator_changed;
        let mut sides = sides.into_iter();
        // Every requirement here has at least one side, the one that changed it.
        plan.rows.push(match sides.next() {
            Some(side) if !conflict => MergeRow::Taken {
                qid: qid.to_owned(),
                side,
            },
            first => MergeRow::Conflict {
                qid: qid.to_owned(),
                ours: ours.cloned(),
                theirs: first.into_iter().chain(sides).collect(),
            },
        });
    }
    plan.rows.sort_by(|a, b| a.qid().cmp(b.qid()));
    // Requirements the catalogs lost are flagged on their part too, so that it stays out.
    for (part, flags) in plan.parts.iter_mut().zip(gone) {
        part.flags.extend(flags);
    }
    plan.flags = plan.parts.iter().flat_map(|p| p.flags.clone()).collect();
    plan
}

fn side(
    assessment: &Assessment,
    part: &ReturnedPart,
    index: usize,
    answer: &Option<Answer>,
) -> Side {
    let returned = assessment
        .team
        .handout(&part.handout)
        .map(|h| h.date.clone())
        .unwrap_or_default();
    let own_date = answer
        .as_ref()
        .map(|a| a.changed.clone())
        .filter(|d| !d.is_empty() && part.form == PartForm::PartFile);
    Side {
        part: index,
        contributor: part.contributor.clone(),
        answer: answer.clone(),
        changed: own_date.unwrap_or(returned),
    }
}

/// Why `part` cannot be merged into `assessment` (with `accepted` already in the plan).
fn refusal(
    assessment: &Assessment,
    accepted: &[ReturnedPart],
    part: &ReturnedPart,
) -> Option<Refusal> {
    let refuse = |message: String, expected: &str| {
        Some(Refusal {
            source: part.source.clone(),
            message,
            expected: expected.to_owned(),
        })
    };
    let Some(handout) = assessment.team.handout(&part.handout) else {
        return refuse(
            format!(
                "is part “{}”, which this assessment did not hand out (it belongs to another assessment)",
                part.handout
            ),
            "a part handed out from this assessment",
        );
    };
    if handout.fingerprint != part.fingerprint {
        return refuse(
            format!(
                "carries the fingerprint {}, but part “{}” was handed out with {} (it belongs to another assessment)",
                short(&part.fingerprint),
                handout.id,
                short(&handout.fingerprint)
            ),
            "the part as it was handed out from this assessment",
        );
    }
    if handout.contributor != part.contributor {
        return refuse(
            format!(
                "says it is for {}, but part “{}” was handed out to {}",
                part.contributor, handout.id, handout.contributor
            ),
            "the part as it was handed out",
        );
    }
    if let Some(date) = &handout.merged {
        return refuse(
            format!(
                "was merged already on {date}; taking it again could put older answers over newer ones"
            ),
            "a part that is still out",
        );
    }
    if let Some(twin) = accepted.iter().find(|p| p.handout == part.handout) {
        return refuse(
            format!("is the same part as {}", twin.source),
            "each returned part once",
        );
    }
    None
}

/// The first 12 hex digits of a fingerprint.
fn short(fingerprint: &str) -> &str {
    fingerprint.get(..12).unwrap_or(fingerprint)
}

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
            answer.changed.clone_from(&side.changed);
            assessment.answers.insert(row.qid().to_owned(), answer);
            summary.taken += 1;
        }
    }
    for part in &plan.parts {
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
                summary.parts_still_out += 1;
            }
        }
    }
    Ok(summary)
}
