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
        self.plan = plan_merge(assessment, library, self.returned.clone());
        let conflicts: Vec<String> = self.plan.conflicts().map(|r| r.qid().to_owned()).collect();
        self.choices.retain(|qid, _| conflicts.contains(qid));
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
