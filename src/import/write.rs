//! Writing a planned import: every output is refused before anything is written when one of
//! them exists and `--replace` was not given; each is then written with the safe writer (temp
//! file, sync, rename; an earlier version kept as `.bak`).

use std::path::PathBuf;

use super::plan::ImportPlan;
use crate::store::{StoreError, write_safely};

/// Why a planned import was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// An output file exists and replacing was not asked for.
    #[error("{0}: the file exists; nothing was written (use --replace to write over it)")]
    Exists(String),
    /// Writing failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Writes `plan`'s files; returns their paths.
pub fn write(plan: &ImportPlan, replace: bool) -> Result<Vec<PathBuf>, WriteError> {
    if let Some(existing) = plan.outputs.iter().find(|o| !replace && o.path.exists()) {
        return Err(WriteError::Exists(existing.path.display().to_string()));
    }
    let mut written = Vec::new();
    for output in &plan.outputs {
        write_safely(&output.path, &output.text)?;
        written.push(output.path.clone());
    }
    Ok(written)
}
