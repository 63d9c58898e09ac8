//! Sharing one assessment among colleagues without a server: the coordinator assigns
//! requirements to contributors ([`assign`]), hands each a part — a part assessment
//! (`.mimpart.ron`, [`part`]) or a questionnaire workbook ([`questionnaire`]) — and merges the
//! returned parts back ([`merge`]): an answer the contributor changed is taken, one both sides
//! changed since the hand-out is a conflict the coordinator decides, and nothing is taken until
//! confirmed. [`progress`] counts, per contributor, what is assigned, answered, submitted and
//! merged. Plain library code; the window and the command line both call it.

mod assign;
mod handout;
mod merge;
mod part;
mod progress;
mod questionnaire;
mod returned;

pub use assign::{add_contributor, assign, resolve_items};
pub use handout::{hand_out, part_file_name};
pub use merge::{
    Choice, MergePlan, MergeRow, MergeSummary, Refusal, Side, apply_merge, plan_merge,
};
pub use part::{PART_EXTENSION, PART_FORMAT_VERSION, Part, is_part_file, load_part, parse_part};
pub use progress::{Contribution, ContributorProgress, contributions, progress};
pub use questionnaire::{QUESTIONNAIRE_SHEET, read_questionnaire, write_questionnaire};
pub use returned::{Flag, ReturnedPart, read_returned};

/// Why a sharing step could not be done; nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum SharingError {
    /// A contributor needs a name.
    #[error("a contributor needs a name")]
    EmptyName,
    /// The name is taken.
    #[error("a contributor called “{0}” is already there; names must differ")]
    DuplicateContributor(String),
    /// No contributor has the name.
    #[error("no contributor is called “{0}”; add them first")]
    UnknownContributor(String),
    /// An item names nothing in the assessment's scope.
    #[error(
        "“{0}” is not a requirement, group or framework in the assessment's scope; expected an id such as iso27001:A.5.15, iso27001:A.5 or mim6"
    )]
    UnknownItem(String),
    /// The part would be empty.
    #[error("nothing is assigned to {0} to hand out; assign requirements first")]
    NothingToHandOut(String),
    /// The workbook writer refused.
    #[error("could not write the questionnaire: {0}")]
    Questionnaire(#[from] rust_xlsxwriter::XlsxError),
}
