//! The team screen's state and commands, with no egui in it. Changes to the assessment (a new
//! colleague, the instructions, a hand-out, a merge) are carried out by the app as one undo
//! step each; this state holds what is typed and the merge under review.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::assessment::{Assessment, PartForm};
use crate::catalog::Library;
use crate::sharing::{Choice, MergePlan, ReturnedPart, plan_merge};

/// What the user can do on the team screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamCommand {
    /// Type the new colleague's name.
    SetName(String),
    /// Type the new colleague's role.
    SetRole(String),
    /// Type the new colleague's e-mail.
    SetEmail(String),
    /// Add the colleague typed in.
    AddContributor,
    /// Change the instructions every part carries.
    SetInstructions(String),
    /// Write a part for a colleague (every requirement assigned to them).
    HandOut {
        /// The colleague's name.
        contributor: String,
        /// The form.
        form: PartForm,
    },
    /// Type the path of a returned part.
    SetPartPath(String),
    /// Read the returned part at the typed path into the review.
    ReadPart,
    /// Ask the system's dialog for a returned part, and read it.
    BrowsePart,
    /// Decide one conflict.
    Choose {
        /// The requirement.
        qid: String,
        /// Keep the coordinator's answer, or take a part's.
        choice: Choice,
    },
    /// Take the reviewed answers (one undo step).
    ConfirmMerge,
    /// Drop the review; nothing is taken.
    CancelMerge,
}

/// Returned parts read and not merged yet, with the plan for them and the choices made.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Review {
    /// The parts read, in the order they came.
    pub returned: Vec<ReturnedPart>,
    /// Files that could not be read at all, one line each.
    pub unreadable: Vec<String>,
    /// What merging them would do.
    pub plan: MergePlan,
    /// The coordinator's choice per conflict.
    pub choices: BTreeMap<String, Choice>,
}

impl Review {
    /// Adds a read part and plans again with every part read so far.
    pub fn add(&mut self, part: ReturnedPart, assessment: &Assessment, library: &Library) {
        self.returned.push(part);
        self.replan(assessment, library);
    }

    /// Plans the merge of the parts read against the assessment as it is now, keeping the
    /// choices that still name a conflict.
    pub fn replan(&mut self, assessment: &Assessment, library: &Library) {
        // A choice to take a part's answer names the part by its place in the plan, which
        // moves when a part is refused now: follow the part by its hand-out.
        let handout_of =
            |plan: &MergePlan, index: usize| plan.parts.get(index).map(|p| p.handout.clone());
        let chosen: Vec<(String, Option<String>)> = self
            .choices
            .iter()
            .map(|(qid, choice)| match choice {
                Choice::Keep => (qid.clone(), None),
                Choice::Take(index) => (qid.clone(), handout_of(&self.plan, *index)),
            })
            .collect();
        self.plan = plan_merge(assessment, library, self.returned.clone());
        self.choices.clear();
        for (qid, handout) in chosen {
            let sides = self.plan.conflicts().find_map(|row| match row {
                crate::sharing::MergeRow::Conflict { qid: q, theirs, .. } if *q == qid => {
                    Some(theirs)
                }
                _ => None,
            });
            let Some(sides) = sides else {
                continue; // no longer in conflict
            };
            let choice = match handout {
                None => Some(Choice::Keep),
                Some(id) => sides
                    .iter()
                    .find(|side| handout_of(&self.plan, side.part).as_deref() == Some(&id))
                    .map(|side| Choice::Take(side.part)),
            };
            if let Some(choice) = choice {
                self.choices.insert(qid, choice);
            }
        }
    }

    /// Conflicts still without a choice.
    pub fn open_conflicts(&self) -> usize {
        self.plan
            .conflicts()
            .filter(|r| !self.choices.contains_key(r.qid()))
            .count()
    }

    /// How many answers confirming would take: the clean ones and the conflicts decided for
    /// a colleague.
    pub fn to_take(&self) -> usize {
        self.plan.taken()
            + self
                .choices
                .values()
                .filter(|c| matches!(c, Choice::Take(_)))
                .count()
    }
}

/// What the team screen holds between frames.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamPanel {
    /// The new colleague's name, role and e-mail as typed.
    pub name: String,
    /// See `name`.
    pub role: String,
    /// See `name`.
    pub email: String,
    /// The returned part's path as typed.
    pub part_path: String,
    /// The merge under review.
    pub review: Option<Review>,
    /// The last part written, or why the last action failed.
    pub outcome: Option<Result<PathBuf, String>>,
}

impl TeamPanel {
    /// Applies a command that only changes what is typed or chosen; the others are the app's.
    /// Returns false for those.
    pub fn apply_local(&mut self, command: &TeamCommand) -> bool {
        match command {
            TeamCommand::SetName(text) => self.name.clone_from(text),
            TeamCommand::SetRole(text) => self.role.clone_from(text),
            TeamCommand::SetEmail(text) => self.email.clone_from(text),
            TeamCommand::SetPartPath(text) => self.part_path.clone_from(text),
            TeamCommand::Choose { qid, choice } => {
                if let Some(review) = &mut self.review {
                    review.choices.insert(qid.clone(), *choice);
                }
            }
            TeamCommand::CancelMerge => self.review = None,
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Contributor, example_assessment};
    use crate::catalog;
    use crate::sharing::{Part, add_contributor, hand_out, read_returned};

    const Q: &str = "iso27001:A.5.1";

    #[test]
    fn a_choice_follows_its_part_when_another_part_drops_out_of_the_plan() {
        let library = catalog::load_embedded().library;
        let mut a = example_assessment(&library);
        let dir = tempfile::tempdir().unwrap();
        let mut returned = Vec::new();
        for (name, level) in [("Erik", 4), ("Lena", 5)] {
            let contributor = Contributor {
                name: name.to_owned(),
                ..Contributor::default()
            };
            add_contributor(&mut a.team, contributor).unwrap();
            let items = [Q.to_owned()];
            let handout = hand_out(
                &mut a,
                &library,
                name,
                &items,
                PartForm::PartFile,
                "2026-12-01",
            )
            .unwrap();
            let mut part = Part::for_handout(&a, &handout);
            part.assessment.answers.insert(
                Q.to_owned(),
                Answer {
                    current: Some(level),
                    ..Answer::default()
                },
            );
            let path = dir.path().join(format!("{name}.mimpart.ron"));
            crate::store::save_ron(&part, &path).unwrap();
            returned.push(read_returned(&path, &a, &library).unwrap());
        }
        let mut review = Review::default();
        for part in returned {
            review.add(part, &a, &library);
        }
        assert_eq!(review.plan.conflicts().count(), 1, "Erik and Lena differ");
        review.choices.insert(Q.to_owned(), Choice::Take(1)); // Lena's
        // Meanwhile Erik's part was merged (so it is refused now, and Lena's part moves to
        // place 0) and the coordinator set their own answer (so Lena's is still a conflict).
        a.team.handouts[0].merged = Some("2026-12-02".to_owned());
        a.answers.insert(
            Q.to_owned(),
            Answer {
                current: Some(1),
                ..Answer::default()
            },
        );
        review.replan(&a, &library);
        assert_eq!(review.plan.parts.len(), 1);
        assert_eq!(review.plan.parts[0].contributor, "Lena");
        assert_eq!(review.plan.conflicts().count(), 1);
        assert_eq!(
            review.choices.get(Q),
            Some(&Choice::Take(0)),
            "still Lena's"
        );
    }
}
