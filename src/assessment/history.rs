//! Undo and redo for every edit of an assessment. Each step keeps the answer before and after,
//! so undo restores exactly what was there; typing into the same text joins one step, as users
//! expect from any editor.

use super::edit::{Edit, TypingKey};
use super::model::{Answer, Assessment};
use super::team::Team;

/// How many steps are kept; older ones are dropped.
const STEP_LIMIT: usize = 500;

#[derive(Debug, Clone, PartialEq)]
struct Step {
    /// The requirement the step is shown at (the first one changed).
    qid: String,
    /// Every answer the step changed, before and after.
    answers: Vec<AnswerChange>,
    /// The team before and after, when the step changed it.
    team: Option<(Team, Team)>,
    typing: Option<TypingKey>,
}

#[derive(Debug, Clone, PartialEq)]
struct AnswerChange {
    qid: String,
    before: Option<Answer>,
    after: Option<Answer>,
}

/// The undo and redo stacks of one open assessment.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// False after a non-typing action, so that typing after it starts a new step.
    typing_open: bool,
}

impl History {
    /// Applies `edit` and records it. Returns false when it changed nothing.
    pub fn apply(&mut self, assessment: &mut Assessment, edit: &Edit, changed: &str) -> bool {
        let before = assessment.answers.get(edit.qid()).cloned();
        let typing = edit.typing_key(before.as_ref());
        if !edit.apply(assessment, changed) {
            return false;
        }
        let after = assessment.answers.get(edit.qid()).cloned();
        self.redo.clear();
        let joins = self.typing_open
            && typing.is_some()
            && self.undo.last().is_some_and(|last| last.typing == typing);
        match self.undo.last_mut() {
            Some(last) if joins => {
                if let Some(change) = last.answers.first_mut() {
                    change.after = after;
                }
            }
            _ => self.push(Step {
                qid: edit.qid().to_owned(),
                answers: vec![AnswerChange {
                    qid: edit.qid().to_owned(),
                    before,
                    after,
                }],
                team: None,
                typing: typing.clone(),
            }),
        }
        self.typing_open = typing.is_some();
        true
    }

    /// Makes `change` to the assessment's answers and team as one step (a merge of returned
    /// parts, an assignment): undo puts back every answer it touched and the team as it was.
    /// Returns false, and records nothing, when it changed nothing.
    pub fn apply_whole(
        &mut self,
        assessment: &mut Assessment,
        change: impl FnOnce(&mut Assessment),
    ) -> bool {
        let answers_before = assessment.answers.clone();
        let team_before = assessment.team.clone();
        change(assessment);
        let mut answers = Vec::new();
        let keys: std::collections::BTreeSet<&String> = answers_before
            .keys()
            .chain(assessment.answers.keys())
            .collect();
        for qid in keys {
            let (before, after) = (answers_before.get(qid), assessment.answers.get(qid));
            if before != after {
                answers.push(AnswerChange {
                    qid: qid.clone(),
                    before: before.cloned(),
                    after: after.cloned(),
                });
            }
        }
        let team = (team_before != assessment.team).then(|| (team_before, assessment.team.clone()));
        if answers.is_empty() && team.is_none() {
            return false;
        }
        self.redo.clear();
        self.push(Step {
            qid: answers.first().map(|c| c.qid.clone()).unwrap_or_default(),
            answers,
            team,
            typing: None,
        });
        self.typing_open = false;
        true
    }

    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > STEP_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Ends the current typing step, so the next keystroke starts a new one (called when the
    /// user leaves a text field).
    pub fn close_typing(&mut self) {
        self.typing_open = false;
    }

    /// Undoes the last step; returns the requirement it touched (empty for a step that changed
    /// only the team).
    pub fn undo(&mut self, assessment: &mut Assessment) -> Option<String> {
        let step = self.undo.pop()?;
        for change in &step.answers {
            restore(assessment, &change.qid, change.before.clone());
        }
        if let Some((before, _)) = &step.team {
            restore_team(assessment, before);
        }
        let qid = step.qid.clone();
        self.redo.push(step);
        self.typing_open = false;
        Some(qid)
    }

    /// Redoes the last undone step; returns the requirement it touched.
    pub fn redo(&mut self, assessment: &mut Assessment) -> Option<String> {
        let step = self.redo.pop()?;
        for change in &step.answers {
            restore(assessment, &change.qid, change.after.clone());
        }
        if let Some((_, after)) = &step.team {
            restore_team(assessment, after);
        }
        let qid = step.qid.clone();
        self.undo.push(step);
        self.typing_open = false;
        Some(qid)
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Puts the team back as `team` was, but keeps every hand-out recorded since: a part that went
/// out cannot be called back by undo, and the merge must still know it when it returns. A
/// hand-out in both takes its state from `team` (undoing a merge puts its parts out again).
fn restore_team(assessment: &mut Assessment, team: &Team) {
    let mut restored = team.clone();
    for handout in &assessment.team.handouts {
        if restored.handout(&handout.id).is_none() {
            restored.handouts.push(handout.clone());
        }
    }
    assessment.team = restored;
}

fn restore(assessment: &mut Assessment, qid: &str, answer: Option<Answer>) {
    match answer {
        Some(answer) => {
            assessment.answers.insert(qid.to_owned(), answer);
        }
        None => {
            assessment.answers.remove(qid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Organisation;

    fn level(qid: &str, level: u8) -> Edit {
        Edit::SetLevel {
            qid: qid.to_owned(),
            level: Some(level),
        }
    }

    fn notes(qid: &str, text: &str) -> Edit {
        Edit::SetNotes {
            qid: qid.to_owned(),
            notes: text.to_owned(),
        }
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth_exactly() {
        let mut a = Assessment::new(Organisation::default(), &["mim6"], "city-0-5", "x");
        let original = a.clone();
        let mut history = History::default();
        assert!(history.apply(&mut a, &level("mim6:R1", 2), "d"));
        assert!(history.apply(&mut a, &level("mim6:R1", 4), "d"));
        let after_two = a.clone();
        assert_eq!(history.undo(&mut a).as_deref(), Some("mim6:R1"));
        assert_eq!(a.answers["mim6:R1"].current, Some(2));
        history.undo(&mut a);
        assert_eq!(
            a, original,
            "undoing everything gives the file back as it was"
        );
        assert!(!history.can_undo());
        history.redo(&mut a);
        history.redo(&mut a);
        assert_eq!(a, after_two);
        history.undo(&mut a);
        history.apply(&mut a, &level("mim6:R2", 1), "d");
        assert!(!history.can_redo(), "a new edit drops what was undone");
    }

    #[test]
    fn typing_into_one_field_is_one_step_until_the_field_is_left() {
        let mut a = Assessment::new(Organisation::default(), &["mim6"], "city-0-5", "x");
        let mut history = History::default();
        for text in ["P", "Po", "Pol"] {
            history.apply(&mut a, &notes("mim6:R1", text), "d");
        }
        history.close_typing();
        history.apply(&mut a, &notes("mim6:R1", "Policy"), "d");
        history.undo(&mut a);
        assert_eq!(a.answers["mim6:R1"].notes, "Pol");
        history.undo(&mut a);
        assert!(!a.answers.contains_key("mim6:R1"));
        assert!(!history.can_undo());
    }
}
