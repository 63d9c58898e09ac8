//! Merging returned parts into the coordinator's assessment, in two steps so that nothing is
//! taken until the coordinator confirms: [`plan_merge`] says per requirement whether the
//! contributor left it unchanged, answered it (taken), or whether it is in conflict — the
//! coordinator changed it too since the hand-out, or two contributors answered it differently
//! — and refuses parts that belong elsewhere or came back before; [`apply_merge`] then takes
//! the answers with the coordinator's choices, each stamped with its contributor and date.

use std::collections::{BTreeMap, BTreeSet};

use crate::assessment::{Answer, Assessment, PartForm, is_valid_date, is_valid_date_or_time};
use crate::catalog::{Library, Scale};

use super::returned::{Flag, ReturnedPart};

mod apply;
#[cfg(test)]
mod tests;

pub use apply::apply_merge;

/// One contributor's side of a requirement.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// Which of the plan's parts it comes from.
    pub part: usize,
    /// Who answered.
    pub contributor: String,
    /// Their answer (`None`: they left it unanswered).
    pub answer: Option<Answer>,
    /// When they answered: the answer's own date in a part file; empty for a questionnaire, or
    /// for a part-file answer without a date (the merge stamps its own day).
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
        let (answers, flags) = changed_answers(assessment, library, part, &mut plan.rows);
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
            .map(|(index, answer)| side(&plan.parts[index], index, answer))
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
    // One row per requirement: a requirement one part left unchanged and another answered
    // is that answer's row; two parts that both left it unchanged make one row.
    let decided: std::collections::BTreeSet<String> = plan
        .rows
        .iter()
        .filter(|r| !matches!(r, MergeRow::Unchanged { .. }))
        .map(|r| r.qid().to_owned())
        .collect();
    plan.rows
        .retain(|r| !matches!(r, MergeRow::Unchanged { .. }) || !decided.contains(r.qid()));
    plan.rows.sort_by(|a, b| a.qid().cmp(b.qid()));
    plan.rows
        .dedup_by(|a, b| a.qid() == b.qid() && matches!(a, MergeRow::Unchanged { .. }));
    // Requirements the catalogs lost, and answers that cannot be taken, are flagged on their
    // part too, so that it stays out.
    for (part, flags) in plan.parts.iter_mut().zip(gone) {
        part.flags.extend(flags);
    }
    plan.flags = plan.parts.iter().flat_map(|p| p.flags.clone()).collect();
    plan
}

/// The answers of `part` that differ from the hand-out and from the assessment, by
/// requirement; a row for each requirement the contributor left unchanged is added to `rows`.
/// Requirements the part's reader flagged are left out; those the catalogs no longer have, and
/// answers the assessment could not hold, are left out with a flag of their own.
fn changed_answers<'a>(
    assessment: &'a Assessment,
    library: &Library,
    part: &ReturnedPart,
    rows: &mut Vec<MergeRow>,
) -> (BTreeMap<&'a str, Option<Answer>>, Vec<Flag>) {
    let mut answers = BTreeMap::new();
    let mut flags = Vec::new();
    let Some(handout) = assessment.team.handout(&part.handout) else {
        // Cannot happen: a part without its hand-out is refused before.
        return (answers, flags);
    };
    let scale = library.scale(&assessment.scale);
    let flagged: BTreeSet<&str> = part.flags.iter().filter_map(|f| f.qid.as_deref()).collect();
    let place = |qid: &String| {
        part.places
            .get(qid)
            .cloned()
            .unwrap_or_else(|| part.source.clone())
    };
    // A part file's items are the hand-out's unless someone edited them: a requirement added
    // is not taken, and one taken off is not read as an answer cleared.
    let handed: BTreeSet<&str> = handout.items.iter().map(String::as_str).collect();
    let listed: BTreeSet<&str> = part.items.iter().map(String::as_str).collect();
    for qid in part.items.iter().filter(|q| !handed.contains(q.as_str())) {
        flags.push(Flag {
            place: place(qid),
            qid: Some(qid.clone()),
            message: format!(
                "{qid} was not handed out in part “{}”; expected only the requirements handed out (its answer is left out)",
                handout.id
            ),
        });
    }
    for qid in &handout.items {
        if flagged.contains(qid.as_str()) {
            continue;
        }
        let flag = |message: String| Flag {
            place: place(qid),
            qid: Some(qid.clone()),
            message,
        };
        if !listed.contains(qid.as_str()) {
            flags.push(flag(format!(
                "does not list {qid}, which part “{}” was handed out with; expected the requirements as handed out (its answer is left out)",
                handout.id
            )));
            continue;
        }
        if library.requirement(qid).is_none() {
            flags.push(flag(format!(
                "names {qid}, which the catalogs no longer have; expected a requirement of the loaded catalogs (its answer is left out)"
            )));
            continue;
        }
        let theirs = part.answers.get(qid);
        if let Some(problem) = theirs.and_then(|a| unusable(qid, a, scale, library)) {
            flags.push(flag(format!("{qid}: {problem} (its answer is left out)")));
            continue;
        }
        // Left as handed out, or already what the assessment says (taken by an earlier
        // merge of the same part, which stayed out for a flagged value).
        if Answer::says_the_same(theirs, handout.baseline.get(qid))
            || Answer::says_the_same(theirs, assessment.answers.get(qid))
        {
            rows.push(MergeRow::Unchanged {
                qid: qid.clone(),
                contributor: part.contributor.clone(),
            });
        } else {
            answers.insert(qid.as_str(), theirs.cloned());
        }
    }
    (answers, flags)
}

/// What in a contributor's answer the assessment could not hold — what checking the
/// assessment refuses when it is opened: a level off the scale, not applicable without a
/// reason, an obligation the requirement does not list or ticked twice, a date that is no
/// date. Taking it would write a file the program then will not open.
fn unusable(
    qid: &str,
    answer: &Answer,
    scale: Option<&Scale>,
    library: &Library,
) -> Option<String> {
    if let Some(scale) = scale {
        let (low, high) = scale.range();
        for (what, level) in [("current", answer.current), ("target", answer.target)] {
            if let Some(level) = level.filter(|l| *l < low || *l > high) {
                return Some(format!(
                    "{what} level {level} is not on the scale `{}`; expected a level from {low} to {high}",
                    scale.id
                ));
            }
        }
    }
    if answer
        .not_applicable
        .as_deref()
        .is_some_and(|reason| reason.trim().is_empty())
    {
        return Some("marked not applicable without a reason; expected the reason".to_owned());
    }
    let listed = library
        .requirement(qid)
        .map_or(0, |v| v.requirement.obligations.len());
    let mut ticked = BTreeSet::new();
    if let Some(number) = answer
        .obligations_met
        .iter()
        .find(|&&n| !(1..=listed).contains(&usize::from(n)) || !ticked.insert(n))
    {
        return Some(format!(
            "obligation {number} is ticked twice or is not one it lists; expected numbers from 1 to {listed}, each once"
        ));
    }
    if !answer.changed.is_empty() && !is_valid_date_or_time(&answer.changed) {
        return Some(format!(
            "the date it changed, “{}”, is not a real date; expected YYYY-MM-DD or an RFC 3339 time",
            answer.changed
        ));
    }
    answer
        .evidence
        .iter()
        .find(|e| !e.date.is_empty() && !is_valid_date(&e.date))
        .map(|e| {
            format!(
                "the date of evidence “{}”, “{}”, is not a real date; expected YYYY-MM-DD",
                e.title, e.date
            )
        })
}

/// One contributor's side: a part file's answer keeps its own date; a questionnaire has no
/// dates, so its answers take the day of the merge.
fn side(part: &ReturnedPart, index: usize, answer: &Option<Answer>) -> Side {
    let own_date = answer
        .as_ref()
        .map(|a| a.changed.clone())
        .filter(|_| part.form == PartForm::PartFile);
    Side {
        part: index,
        contributor: part.contributor.clone(),
        answer: answer.clone(),
        changed: own_date.unwrap_or_default(),
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
