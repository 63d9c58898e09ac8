//! The edits a user makes to an assessment's answers, as values. The window turns clicks and
//! keys into edits, [`super::History`] applies them and keeps them for undo, and tests drive the
//! same edits without a window.

use super::model::{Answer, Assessment, Evidence};

/// One change to one requirement's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Set or clear the current level.
    SetLevel {
        /// Qualified requirement id.
        qid: String,
        /// The level, or `None` to clear it.
        level: Option<u8>,
    },
    /// Set the requirement's own target, or `None` to follow the profile.
    SetTarget {
        /// Qualified requirement id.
        qid: String,
        /// The target level.
        target: Option<u8>,
    },
    /// Mark the requirement not applicable with a reason, or applicable again with `None`.
    SetNotApplicable {
        /// Qualified requirement id.
        qid: String,
        /// Why it does not apply.
        reason: Option<String>,
    },
    /// Replace the notes.
    SetNotes {
        /// Qualified requirement id.
        qid: String,
        /// The new notes.
        notes: String,
    },
    /// Add an empty piece of evidence at the end of the list.
    AddEvidence {
        /// Qualified requirement id.
        qid: String,
    },
    /// Replace one piece of evidence.
    SetEvidence {
        /// Qualified requirement id.
        qid: String,
        /// Its position in the list.
        index: usize,
        /// The new title, link and date.
        evidence: Evidence,
    },
    /// Tick one of the requirement's listed obligations as met, or untick it.
    SetObligationMet {
        /// Qualified requirement id.
        qid: String,
        /// The obligation's number in the catalog's list, from 1.
        number: u16,
        /// True when met.
        met: bool,
    },
    /// Remove one piece of evidence.
    RemoveEvidence {
        /// Qualified requirement id.
        qid: String,
        /// Its position in the list.
        index: usize,
    },
}

/// Which text an edit types into; consecutive edits of the same text are one undo step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum TypingKey {
    Notes(String),
    Reason(String),
    Evidence(String, usize),
}

impl Edit {
    /// The requirement the edit changes.
    pub fn qid(&self) -> &str {
        match self {
            Edit::SetLevel { qid, .. }
            | Edit::SetTarget { qid, .. }
            | Edit::SetNotApplicable { qid, .. }
            | Edit::SetNotes { qid, .. }
            | Edit::AddEvidence { qid }
            | Edit::SetEvidence { qid, .. }
            | Edit::SetObligationMet { qid, .. }
            | Edit::RemoveEvidence { qid, .. } => qid,
        }
    }

    /// The text being typed, when the edit is typing (a reason kept as the requirement stays
    /// not applicable counts; switching the mark on or off does not).
    pub(super) fn typing_key(&self, before: Option<&Answer>) -> Option<TypingKey> {
        let was_not_applicable = before.is_some_and(Answer::is_not_applicable);
        match self {
            Edit::SetNotes { qid, .. } => Some(TypingKey::Notes(qid.clone())),
            Edit::SetNotApplicable {
                qid,
                reason: Some(_),
            } if was_not_applicable => Some(TypingKey::Reason(qid.clone())),
            Edit::SetEvidence { qid, index, .. } => Some(TypingKey::Evidence(qid.clone(), *index)),
            _ => None,
        }
    }

    /// Applies the edit; `changed` is stamped on the answer (`YYYY-MM-DD`). Returns false, and
    /// changes nothing, when the edit would not change the answer or names evidence that is not
    /// there.
    pub fn apply(&self, assessment: &mut Assessment, changed: &str) -> bool {
        let before = assessment.answers.get(self.qid()).cloned();
        let mut answer = before.clone().unwrap_or_default();
        match self {
            Edit::SetLevel { level, .. } => answer.current = *level,
            Edit::SetTarget { target, .. } => answer.target = *target,
            Edit::SetNotApplicable { reason, .. } => answer.not_applicable.clone_from(reason),
            Edit::SetNotes { notes, .. } => answer.notes.clone_from(notes),
            Edit::AddEvidence { .. } => answer.evidence.push(Evidence::default()),
            Edit::SetEvidence {
                index, evidence, ..
            } => match answer.evidence.get_mut(*index) {
                Some(slot) => slot.clone_from(evidence),
                None => return false,
            },
            Edit::SetObligationMet { number, met, .. } => {
                let ticked = &mut answer.obligations_met;
                match (ticked.binary_search(number), met) {
                    (Err(at), true) => ticked.insert(at, *number),
                    (Ok(at), false) => {
                        ticked.remove(at);
                    }
                    _ => return false,
                }
            }
            Edit::RemoveEvidence { index, .. } => {
                if *index >= answer.evidence.len() {
                    return false;
                }
                answer.evidence.remove(*index);
            }
        }
        if before.as_ref() == Some(&answer) {
            return false;
        }
        answer.changed = changed.to_owned();
        // The coordinator's hand is now the last on the answer.
        answer.answered_by = None;
        assessment.answers.insert(self.qid().to_owned(), answer);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Organisation;

    fn empty() -> Assessment {
        Assessment::new(
            Organisation::default(),
            &["mim6"],
            "city-0-5",
            "mim-baseline",
        )
    }

    #[test]
    fn edits_change_one_answer_and_stamp_the_date() {
        let mut a = empty();
        let qid = "mim6:R1".to_owned();
        assert!(
            Edit::SetLevel {
                qid: qid.clone(),
                level: Some(3)
            }
            .apply(&mut a, "2026-12-02")
        );
        assert_eq!(a.answers[&qid].current, Some(3));
        assert_eq!(a.answers[&qid].changed, "2026-12-02");
        assert!(
            !Edit::SetLevel {
                qid: qid.clone(),
                level: Some(3)
            }
            .apply(&mut a, "2026-12-03"),
            "the same level again is no change"
        );
        assert!(
            !Edit::RemoveEvidence {
                qid: qid.clone(),
                index: 0
            }
            .apply(&mut a, "x")
        );
        assert!(Edit::AddEvidence { qid: qid.clone() }.apply(&mut a, "x"));
        assert_eq!(a.answers[&qid].evidence.len(), 1);
    }

    #[test]
    fn obligations_are_ticked_in_order_once_and_unticked() {
        let mut a = empty();
        let qid = "nis2cir:3.2".to_owned();
        let tick = |number, met| Edit::SetObligationMet {
            qid: qid.clone(),
            number,
            met,
        };
        assert!(tick(3, true).apply(&mut a, "x"));
        assert!(tick(1, true).apply(&mut a, "x"));
        assert!(!tick(3, true).apply(&mut a, "x"), "ticked once");
        assert_eq!(a.answers[&qid].obligations_met, [1, 3]);
        assert!(tick(1, false).apply(&mut a, "x"));
        assert!(!tick(2, false).apply(&mut a, "x"), "not ticked");
        assert_eq!(a.answers[&qid].obligations_met, [3]);
    }
}
