//! What an export or an import on the tender screen did, kept as data so that the screen and
//! the status bar say it in the user's language.

use crate::procurement::ImportError;

/// What an export or an import did, for the screen to say in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The annex and the form were written.
    AnnexWritten {
        /// The annex file.
        annex: String,
        /// Its page count.
        pages: usize,
        /// The form file.
        form: String,
    },
    /// A bidder's form was imported.
    Imported {
        /// The bidder.
        bidder: String,
        /// The file.
        file: String,
    },
    /// A bidder's form replaced the one imported before.
    Replaced {
        /// The bidder.
        bidder: String,
        /// The file.
        file: String,
    },
    /// The evaluation was written.
    EvaluationWritten {
        /// The file.
        file: String,
        /// Its page count.
        pages: usize,
    },
    /// A path field is empty.
    NeedPaths,
    /// The form's file name ends in neither `.xlsx` nor `.csv`.
    FormEnding,
    /// The tender has problems that would make the annex or the form wrong (see the warnings).
    TenderHasErrors,
    /// No bid is imported yet.
    NoBids,
    /// No file dialog could be shown (or it was cancelled).
    NoDialog,
    /// A document could not be made or written: the library's located detail.
    WriteFailed(String),
    /// The import field names a folder: the forms found in it are listed below it.
    ImportFolder {
        /// The folder.
        folder: String,
        /// How many forms were found in it.
        forms: usize,
    },
    /// The import field names a file that is not there.
    NoSuchFile {
        /// The file.
        file: String,
    },
    /// The import field names a file that is not a spreadsheet (its name's ending).
    NotAForm {
        /// The file.
        file: String,
    },
    /// A form was read and refused: every problem, located.
    FormRefused(ImportError),
}

/// The result of the last export or import, shown beside its button.
pub type Outcome = Option<Result<Message, Message>>;
