//! What the user can ask the window to do, and where the window can be. Views return
//! [`Command`]s; [`crate::ui::MimApp::apply`] routes each to the screen it belongs to. A screen
//! with commands of its own has one variant carrying them (`Browser`, `Setup`, `Walk`, `Tender`).

use std::path::PathBuf;

use crate::assessment::Edit;
use crate::ui::screens::catalog::{BrowserCommand, ImportCommand};
use crate::ui::screens::export::ExportCommand;
use crate::ui::screens::settings::SettingsCommand;
use crate::ui::screens::setup::SetupCommand;
use crate::ui::screens::team::TeamCommand;
use crate::ui::screens::tender::TenderCommand;
use crate::ui::screens::walk::WalkCommand;

/// The screens of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// What to do: new, open, example, catalog; recent files; the restore offer.
    #[default]
    Start,
    /// The guided setup of a new assessment.
    Setup,
    /// Open a file by dialog or by path.
    Open,
    /// Save under a new name.
    SaveAs,
    /// One requirement at a time.
    Walk,
    /// Scores, charts, coverage and gaps.
    Dashboard,
    /// The catalog browser.
    Catalog,
    /// Language, theme, recent files.
    Settings,
    /// Export the report or the answers.
    Export,
    /// Build a tender, write its annex and form, evaluate bids.
    Tender,
    /// Share the assessment: colleagues, hand-outs, merging returned parts.
    Team,
}

/// Anything the user can ask the window to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// A catalog-browser action.
    Browser(BrowserCommand),
    /// A change in the catalog import view.
    CatalogImport(ImportCommand),
    /// Show or hide the list of catalog problems.
    ToggleProblems,
    /// Go to a screen.
    Show(Screen),
    /// Change a field of the new-assessment form.
    Setup(SetupCommand),
    /// Create the assessment the form describes and save it.
    CreateAssessment,
    /// Open the built-in example (a fictional city), unsaved.
    OpenExample,
    /// Open an assessment file.
    Open(PathBuf),
    /// Change the path typed in the Open or Save-as view.
    SetFilePath(String),
    /// Ask the system's file dialog for a path for the current file view.
    Browse,
    /// Save to the path of the Save-as view.
    SaveAs(PathBuf),
    /// Save to the assessment's file (or ask where, if it has none).
    Save,
    /// Change an answer.
    Edit(Edit),
    /// The user left a text field: the next typing is a new undo step.
    FinishTyping,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// A walk-through action (select, next, filters, search).
    Walk(WalkCommand),
    /// Show a requirement in the walk-through.
    GoToRequirement(String),
    /// A change on the Settings screen.
    Settings(SettingsCommand),
    /// Choose the report's logo with the system's file dialog.
    BrowseLogo,
    /// Choose the file a piece of evidence points to with the system's file dialog.
    BrowseEvidence {
        /// The requirement.
        qid: String,
        /// Which of its pieces of evidence.
        index: usize,
    },
    /// Open the work found in one recovery copy (by its place in the list offered).
    RestoreRecovery(usize),
    /// Delete one recovery copy.
    DiscardRecovery(usize),
    /// Close the assessment.
    Close,
    /// Unsaved work is in the way of the pending command: save it first, then carry on.
    SaveThenContinue,
    /// Unsaved work is in the way of the pending command: drop it and carry on.
    DiscardThenContinue,
    /// Keep working on the open assessment; forget the pending command.
    KeepWorking,
    /// A change on the Export screen.
    Export(ExportCommand),
    /// Ask the system's dialog where to export.
    BrowseExport,
    /// Change the language of the open assessment's documents (report, export).
    SetDocumentLanguage(String),
    /// A change on the team screen.
    Team(TeamCommand),
    /// Assign requirements (ids of requirements, groups or frameworks) to a colleague, or to
    /// nobody.
    Assign {
        /// What to assign.
        items: Vec<String>,
        /// The colleague's name; `None` takes them back.
        to: Option<String>,
    },
    /// The contributor marks their part submitted, or not.
    SetSubmitted(bool),
    /// Read a returned part dropped on the window into the merge review.
    ReadPart(PathBuf),
    /// Show a folder in the file manager.
    OpenFolder(PathBuf),
    /// Open a file the program wrote in the system's viewer for it.
    OpenFile(PathBuf),
    /// Start a new tender (in a new file in the documents folder).
    NewTender,
    /// Open the built-in example tender (written to a new file in the documents folder).
    OpenExampleTender,
    /// A change on the tender screen.
    Tender(TenderCommand),
    /// Ask the system's file dialog for a bidder's filled form, and import it.
    BrowseBid,
    /// Open a tender kept in the recovery folder (by its place in the list), as a new file in
    /// the documents folder.
    RestoreTender(usize),
    /// Delete a tender kept in the recovery folder.
    DiscardTender(usize),
}

impl Command {
    /// Whether the command replaces or closes the open assessment.
    pub(crate) fn replaces_document(&self) -> bool {
        matches!(
            self,
            Command::CreateAssessment
                | Command::OpenExample
                | Command::Open(_)
                | Command::RestoreRecovery(_)
                | Command::Close
        )
    }
}
