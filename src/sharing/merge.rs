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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Contributor, Edit, History, Team, example_assessment};
    use crate::catalog::{self, SourceFile};
    use crate::sharing::returned::from_part_file;
    use crate::sharing::{Part, add_contributor, hand_out};

    const A1: &str = "iso27001:A.5.1";
    const A2: &str = "iso27001:A.5.2";
    const A3: &str = "iso27001:A.5.3";
    const A4: &str = "iso27001:A.5.4";
    const TODAY: &str = "2026-11-20";

    /// The example with Erik and Lena on the team, A.5.1–A.5.4 at known answers: level 2,
    /// level 3, not applicable, unanswered.
    fn example() -> (Library, Assessment) {
        let library = catalog::load_embedded().library;
        let mut a = example_assessment(&library);
        for name in ["Erik", "Lena"] {
            let contributor = Contributor {
                name: name.to_owned(),
                ..Contributor::default()
            };
            add_contributor(&mut a.team, contributor).unwrap();
        }
        a.answers.insert(A1.into(), level(2, "2026-10-01"));
        a.answers.insert(A2.into(), level(3, "2026-10-01"));
        a.answers.insert(
            A3.into(),
            Answer {
                not_applicable: Some("No such process".into()),
                ..Answer::default()
            },
        );
        a.answers.remove(A4);
        (library, a)
    }

    fn level(level: u8, changed: &str) -> Answer {
        Answer {
            current: Some(level),
            changed: changed.to_owned(),
            ..Answer::default()
        }
    }

    /// The part file handed out to `who` for `items`, as the contributor opens it.
    fn hand(a: &mut Assessment, library: &Library, who: &str, items: &[&str]) -> Part {
        let items: Vec<String> = items.iter().map(|i| (*i).to_owned()).collect();
        let handout = hand_out(a, library, who, &items, PartForm::PartFile, "2026-11-01").unwrap();
        Part::for_handout(a, &handout)
    }

    /// The part as it comes back: written and read as a part file.
    fn back(part: &Part, name: &str) -> ReturnedPart {
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        let text = ron::ser::to_string_pretty(part, config).unwrap();
        from_part_file(&SourceFile {
            path: name.to_owned(),
            text,
        })
        .unwrap()
    }

    fn answer(part: &mut Part, qid: &str, answer: Answer) {
        part.assessment.answers.insert(qid.to_owned(), answer);
    }

    fn row<'p>(plan: &'p MergePlan, qid: &str) -> Vec<&'p MergeRow> {
        plan.rows.iter().filter(|r| r.qid() == qid).collect()
    }

    #[test]
    fn a_part_come_back_as_handed_out_is_unchanged_and_merges_whole() {
        let (library, mut a) = example();
        let part = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
        let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
        assert!(plan.refused.is_empty() && plan.flags.is_empty(), "{plan:?}");
        assert_eq!((plan.unchanged(), plan.taken()), (4, 0));
        assert_eq!(plan.conflicts().count(), 0);
        let answers = a.answers.clone();
        let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!(summary.parts_merged, 1);
        assert_eq!(summary.taken, 0);
        assert_eq!(a.answers, answers);
    }

    #[test]
    fn answers_the_contributor_changed_are_taken_stamped_with_who_and_when() {
        let (library, mut a) = example();
        let mut part = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
        answer(&mut part, A1, level(4, "2026-11-05"));
        answer(&mut part, A4, level(1, ""));
        part.assessment.answers.remove(A3); // cleared: not applicable no more
        part.submitted = true;
        let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
        assert_eq!((plan.taken(), plan.unchanged()), (3, 1), "{:#?}", plan.rows);
        let MergeRow::Taken { side, .. } = row(&plan, A1)[0] else {
            panic!("{:?}", row(&plan, A1));
        };
        assert_eq!(side.contributor, "Erik");
        assert_eq!(side.changed, "2026-11-05", "a part file's own date");
        let MergeRow::Taken { side, .. } = row(&plan, A4)[0] else {
            panic!("{:?}", row(&plan, A4));
        };
        assert_eq!(side.changed, "", "without one, the merge stamps its day");

        let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!((summary.taken, summary.kept), (3, 0));
        assert_eq!((summary.parts_merged, summary.parts_still_out), (1, 0));
        let a1 = &a.answers[A1];
        assert_eq!(a1.current, Some(4));
        assert_eq!(a1.answered_by.as_deref(), Some("Erik"));
        assert_eq!(a1.changed, "2026-11-05");
        assert_eq!(a.answers[A4].current, Some(1));
        assert_eq!(a.answers[A4].changed, TODAY);
        assert!(!a.answers[A3].is_not_applicable());
        assert_eq!(a.answers[A3].answered_by.as_deref(), Some("Erik"));
        assert_eq!(
            a.answers[A2],
            level(3, "2026-10-01"),
            "unchanged stays as it was"
        );
        let handout = &a.team.handouts[0];
        assert_eq!(handout.merged.as_deref(), Some(TODAY));
        assert!(handout.submitted);
        assert!(
            handout.baseline.is_empty(),
            "a merged part keeps no baseline"
        );
        assert_eq!(a.team.parts_out(), 0);
    }

    #[test]
    fn an_answer_the_coordinator_changed_since_the_hand_out_is_a_conflict() {
        let (library, mut a) = example();
        let mut part = hand(&mut a, &library, "Erik", &[A1, A2, A4]);
        // Since the hand-out the coordinator changed A.5.1 and A.5.2 and answered A.5.4.
        a.answers.insert(A1.into(), level(1, "2026-11-02"));
        a.answers.insert(A2.into(), level(5, "2026-11-02"));
        a.answers.insert(A4.into(), level(2, "2026-11-02"));
        answer(&mut part, A1, level(4, "2026-11-03")); // both changed, differently
        answer(&mut part, A4, level(2, "2026-11-03")); // both changed, alike
        // A.5.2 the contributor left as it was.
        let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
        let conflicts: Vec<&MergeRow> = plan.conflicts().collect();
        assert_eq!(conflicts.len(), 1, "{:#?}", plan.rows);
        let MergeRow::Conflict { qid, ours, theirs } = conflicts[0] else {
            unreachable!()
        };
        assert_eq!(qid, A1);
        assert_eq!(ours.as_ref().and_then(|o| o.current), Some(1));
        assert_eq!(theirs.len(), 1);
        assert_eq!(theirs[0].answer.as_ref().and_then(|t| t.current), Some(4));
        assert!(matches!(row(&plan, A2)[..], [MergeRow::Unchanged { .. }]));
        assert!(matches!(row(&plan, A4)[..], [MergeRow::Unchanged { .. }]));
        assert_eq!(plan.taken(), 0);

        let mut kept = a.clone();
        let keep = BTreeMap::from([(A1.to_owned(), Choice::Keep)]);
        let summary = apply_merge(&mut kept, &plan, &keep, TODAY).unwrap();
        assert_eq!((summary.taken, summary.kept), (0, 1));
        assert_eq!(kept.answers[A1], a.answers[A1]);
        let take = BTreeMap::from([(A1.to_owned(), Choice::Take(0))]);
        let summary = apply_merge(&mut a, &plan, &take, TODAY).unwrap();
        assert_eq!((summary.taken, summary.kept), (1, 0));
        assert_eq!(a.answers[A1].current, Some(4));
        assert_eq!(a.answers[A1].answered_by.as_deref(), Some("Erik"));
        assert_eq!(
            a.answers[A2].current,
            Some(5),
            "the coordinator's own change stays"
        );
    }

    #[test]
    fn two_contributors_answering_one_requirement_differently_is_a_conflict() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A1, A2]);
        let mut lena = hand(&mut a, &library, "Lena", &[A2, A3]);
        answer(&mut erik, A2, level(4, "2026-11-03"));
        answer(&mut lena, A2, level(1, "2026-11-04"));
        answer(&mut erik, A1, level(5, "2026-11-03"));
        let parts = vec![
            back(&erik, "erik.mimpart.ron"),
            back(&lena, "lena.mimpart.ron"),
        ];
        let plan = plan_merge(&a, &library, parts);
        assert!(plan.refused.is_empty(), "{:?}", plan.refused);
        let conflicts: Vec<&MergeRow> = plan.conflicts().collect();
        assert_eq!(conflicts.len(), 1, "{:#?}", plan.rows);
        let MergeRow::Conflict { qid, ours, theirs } = conflicts[0] else {
            unreachable!()
        };
        assert_eq!(qid, A2);
        assert_eq!(ours.as_ref().and_then(|o| o.current), Some(3));
        let who: Vec<(&str, usize)> = theirs
            .iter()
            .map(|s| (s.contributor.as_str(), s.part))
            .collect();
        assert_eq!(who, [("Erik", 0), ("Lena", 1)]);
        assert_eq!(plan.taken(), 1, "A.5.1 only Erik answered");

        let take_lena = BTreeMap::from([(A2.to_owned(), Choice::Take(1))]);
        let summary = apply_merge(&mut a, &plan, &take_lena, TODAY).unwrap();
        assert_eq!((summary.taken, summary.parts_merged), (2, 2));
        assert_eq!(a.answers[A2].current, Some(1));
        assert_eq!(a.answers[A2].answered_by.as_deref(), Some("Lena"));
        assert_eq!(a.answers[A2].changed, "2026-11-04");
        assert_eq!(a.answers[A1].answered_by.as_deref(), Some("Erik"));
    }

    #[test]
    fn two_contributors_answering_one_requirement_alike_is_taken() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A2]);
        let mut lena = hand(&mut a, &library, "Lena", &[A2]);
        answer(&mut erik, A2, level(4, "2026-11-03"));
        answer(&mut lena, A2, level(4, "2026-11-04"));
        let parts = vec![
            back(&erik, "erik.mimpart.ron"),
            back(&lena, "lena.mimpart.ron"),
        ];
        let plan = plan_merge(&a, &library, parts);
        assert_eq!(plan.conflicts().count(), 0, "{:#?}", plan.rows);
        assert_eq!(plan.taken(), 1);
        apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!(a.answers[A2].current, Some(4));
        assert_eq!(a.team.parts_out(), 0);
    }

    #[test]
    fn a_merge_with_an_undecided_conflict_or_a_wrong_choice_changes_nothing() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A1, A2]);
        let mut lena = hand(&mut a, &library, "Lena", &[A2]);
        answer(&mut erik, A1, level(5, "2026-11-03")); // clean: would be taken
        answer(&mut erik, A2, level(4, "2026-11-03"));
        answer(&mut lena, A2, level(1, "2026-11-04"));
        let parts = vec![
            back(&erik, "erik.mimpart.ron"),
            back(&lena, "lena.mimpart.ron"),
        ];
        let plan = plan_merge(&a, &library, parts);
        let before = a.clone();
        let result = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY);
        assert_eq!(result, Err(MergeError::Unresolved(vec![A2.to_owned()])));
        assert_eq!(a, before);
        // Part 2 does not exist; neither does a side of A.5.1 (not in conflict) matter.
        let wrong = BTreeMap::from([(A2.to_owned(), Choice::Take(2))]);
        let result = apply_merge(&mut a, &plan, &wrong, TODAY);
        assert_eq!(result, Err(MergeError::NotASide(A2.to_owned())));
        assert_eq!(a, before);
    }

    #[test]
    fn parts_that_belong_elsewhere_or_came_back_before_are_refused() {
        let (library, mut a) = example();
        let erik = hand(&mut a, &library, "Erik", &[A1]);
        let mut other = a.clone();
        other.organisation.name = "Another city".into();
        other.team = Team::default();
        add_contributor(
            &mut other.team,
            Contributor {
                name: "Erik".into(),
                ..Contributor::default()
            },
        )
        .unwrap();
        let stranger = hand(&mut other, &library, "Erik", &[A1]);
        let mut forged = erik.clone();
        forged.fingerprint = stranger.fingerprint.clone();
        let mut renamed = erik.clone();
        renamed.contributor.name = "Lena".into();
        let parts = vec![
            back(&erik, "erik.mimpart.ron"),
            back(&erik, "copy.mimpart.ron"),
            back(&stranger, "stranger.mimpart.ron"),
            back(&forged, "forged.mimpart.ron"),
            back(&renamed, "renamed.mimpart.ron"),
        ];
        let plan = plan_merge(&a, &library, parts);
        assert_eq!(plan.parts.len(), 1);
        let refused: Vec<String> = plan.refused.iter().map(ToString::to_string).collect();
        assert_eq!(refused.len(), 4, "{refused:#?}");
        assert!(refused[0].starts_with("copy.mimpart.ron: is the same part as erik.mimpart.ron"));
        assert!(refused[1].contains("did not hand out"), "{}", refused[1]);
        assert!(refused[2].contains("fingerprint"), "{}", refused[2]);
        assert!(refused[3].contains("handed out to Erik"), "{}", refused[3]);

        apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        let again = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
        assert!(again.parts.is_empty());
        assert!(
            again.refused[0]
                .message
                .contains("merged already on 2026-11-20"),
            "{:?}",
            again.refused
        );
    }

    #[test]
    fn answers_the_assessment_could_not_hold_are_flagged_and_the_rest_taken() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
        answer(&mut erik, A1, level(9, "2026-11-03")); // cyfun-1-5 goes from 1 to 5
        answer(
            &mut erik,
            A2,
            Answer {
                not_applicable: Some("  ".into()),
                ..Answer::default()
            },
        );
        answer(&mut erik, A3, level(3, "last Tuesday"));
        answer(&mut erik, A4, level(4, "2026-11-03"));
        let plan = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
        let flags: Vec<String> = plan.flags.iter().map(ToString::to_string).collect();
        assert_eq!(flags.len(), 3, "{flags:#?}");
        assert!(flags[0].contains("A.5.1: current level 9 is not on the scale `cyfun-1-5`"));
        assert!(flags[1].contains("A.5.2: marked not applicable without a reason"));
        assert!(flags[2].contains("A.5.3: the date it changed, “last Tuesday”"));
        // Each at the requirement's place in the part file.
        assert!(flags[0].starts_with("erik.mimpart.ron:"), "{}", flags[0]);
        assert_eq!(plan.taken(), 1, "{:#?}", plan.rows);

        let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!((summary.taken, summary.parts_still_out), (1, 1));
        assert_eq!(a.answers[A4].current, Some(4));
        assert_eq!(a.answers[A1].current, Some(2), "the bad level is not taken");
        assert_eq!(a.team.parts_out(), 1);
        // What was written still opens: the assessment's own check finds nothing wrong.
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        let text = ron::ser::to_string_pretty(&a, config).unwrap();
        let file = SourceFile {
            path: "a.mimassess.ron".into(),
            text,
        };
        let report = crate::assessment::check(&a, &file, &library);
        assert!(report.problems.is_empty(), "{:#?}", report.problems);
    }

    #[test]
    fn a_part_file_whose_items_were_edited_takes_only_what_was_handed_out() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3]);
        // A.5.2 taken off the part's items (and its answer with it), A.5.5 put on.
        erik.items.retain(|q| q != A2);
        erik.assessment.answers.remove(A2);
        let a5 = "iso27001:A.5.5";
        erik.items.push(a5.to_owned());
        answer(&mut erik, a5, level(5, "2026-11-03"));
        answer(&mut erik, A1, level(4, "2026-11-03"));
        let plan = plan_merge(&a, &library, vec![back(&erik, "erik.mimpart.ron")]);
        let flags: Vec<String> = plan.flags.iter().map(ToString::to_string).collect();
        assert_eq!(flags.len(), 2, "{flags:#?}");
        assert!(
            flags[0].contains("iso27001:A.5.5 was not handed out"),
            "{}",
            flags[0]
        );
        assert!(flags[0].starts_with("erik.mimpart.ron:"), "{}", flags[0]);
        assert!(
            flags[1].contains("does not list iso27001:A.5.2"),
            "{}",
            flags[1]
        );
        assert!(
            row(&plan, A2).is_empty(),
            "not read as cleared: {:#?}",
            plan.rows
        );
        let before = a.clone();
        let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!((summary.taken, summary.parts_still_out), (1, 1));
        assert_eq!(a.answers[A2], before.answers[A2]);
        assert_eq!(a.answers.get(a5), before.answers.get(a5));
        assert_eq!(a.answers[A1].current, Some(4));
    }

    #[test]
    fn undoing_a_merge_gives_back_the_answers_and_the_team_exactly() {
        let (library, mut a) = example();
        let mut erik = hand(&mut a, &library, "Erik", &[A1, A2, A3, A4]);
        let lena = hand(&mut a, &library, "Lena", &[A2]);
        a.answers.insert(A2.into(), level(1, "2026-11-02"));
        answer(&mut erik, A1, level(4, "2026-11-03"));
        answer(&mut erik, A2, level(5, "2026-11-03"));
        erik.assessment.answers.remove(A3);
        answer(&mut erik, A4, level(1, "2026-11-03"));
        let parts = vec![
            back(&erik, "erik.mimpart.ron"),
            back(&lena, "lena.mimpart.ron"),
        ];
        let plan = plan_merge(&a, &library, parts);
        let choices = BTreeMap::from([(A2.to_owned(), Choice::Take(0))]);
        let before = a.clone();
        let mut history = History::default();
        let changed = history.apply_whole(&mut a, |a| {
            apply_merge(a, &plan, &choices, TODAY).unwrap();
        });
        assert!(changed);
        let after = a.clone();
        assert_ne!(after.answers, before.answers);
        assert_ne!(after.team, before.team);
        history.undo(&mut a);
        assert_eq!(a, before, "undo puts every answer and the team back");
        assert!(a.team.handouts.iter().all(|h| h.merged.is_none()));
        assert_eq!(
            a.team.handouts[0].baseline,
            before.team.handouts[0].baseline
        );
        history.redo(&mut a);
        assert_eq!(a, after);
        assert!(!history.apply_whole(&mut a, |_| {}), "no change, no step");
    }

    #[test]
    fn a_part_that_stays_out_does_not_offer_what_was_taken_again() {
        let (library, mut a) = example();
        let mut part = hand(&mut a, &library, "Erik", &[A1, A2]);
        answer(&mut part, A1, level(4, "2026-11-05"));
        answer(&mut part, A2, level(9, "2026-11-05")); // off the scale: flagged
        let plan = plan_merge(&a, &library, vec![back(&part, "erik.mimpart.ron")]);
        assert_eq!((plan.taken(), plan.flags.len()), (1, 1), "{plan:#?}");
        let summary = apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!(summary.parts_still_out, 1);
        // The coordinator refines A.5.1 afterwards; Erik sends the corrected part.
        Edit::SetLevel {
            qid: A1.to_owned(),
            level: Some(3),
        }
        .apply(&mut a, TODAY);
        answer(&mut part, A2, level(4, "2026-11-06"));
        let plan = plan_merge(&a, &library, vec![back(&part, "erik-2.mimpart.ron")]);
        assert!(
            plan.flags.is_empty() && plan.conflicts().next().is_none(),
            "{plan:#?}"
        );
        assert!(matches!(row(&plan, A1)[..], [MergeRow::Unchanged { .. }]));
        assert!(matches!(row(&plan, A2)[..], [MergeRow::Taken { .. }]));
        apply_merge(&mut a, &plan, &BTreeMap::new(), TODAY).unwrap();
        assert_eq!(
            a.answers[A1].current,
            Some(3),
            "the coordinator's later answer stays"
        );
        assert_eq!(a.answers[A2].current, Some(4));
        assert_eq!(a.team.parts_out(), 0);
    }
}
