//! Writing and reading the program's own files without ever losing work, shared by both flows
//! (assessments and tenders), the exports, the report and the window: a safe write (temp file,
//! sync, rename, the previous version kept as `.bak`, the folder made when missing, temp files
//! a killed write left behind cleaned up), RON saving,
//! and reading a file's `format_version` before deserialising it. What a particular file holds
//! and how an old version migrates stays with its flow (`assessment`, `procurement`).

mod ron_file;
mod safe_write;
mod stale_temp;

pub(crate) use ron_file::{declared_version, unknown_version};
pub use ron_file::{ron_text, save_ron};
pub use safe_write::{
    create_parent, write_bytes_safely, write_bytes_safely_with_stale_age, write_safely,
};
pub use stale_temp::{
    STALE_TEMP_AGE, TEMP_PREFIX, TEMP_RANDOM_LEN, TEMP_SUFFIX, is_temp_name, looks_like_ours,
    remove_stale_temp_files,
};

use crate::catalog::{Problem, ReadError};

/// Why one of our files could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file is not valid; the problem says where.
    #[error("{0}")]
    Invalid(Problem),
    /// Writing failed; the previous file is unchanged.
    #[error("{path}: could not save ({source}); the previous version is unchanged")]
    Write {
        /// The file being saved.
        path: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The previous version could not be kept as a backup, so nothing was saved.
    #[error(
        "{path}: could not keep the previous version as {backup} ({source}); nothing was saved"
    )]
    Backup {
        /// The file being saved.
        path: String,
        /// The backup that could not be written.
        backup: String,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// Serialising failed (a value RON cannot hold).
    #[error("{path}: could not write the file as RON: {message}")]
    Serialize {
        /// The file being saved.
        path: String,
        /// What went wrong.
        message: String,
    },
}
