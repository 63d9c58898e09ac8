//! The recovery copy: the window writes the open assessment here a few seconds after each
//! change, and removes it once the work is saved to its own file. If the program is killed, the
//! copy is still there at the next start, which offers to restore it.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::model::Assessment;
use super::store::{StoreError, load, save, write_safely};

const COPY_NAME: &str = "unsaved.mimassess.ron";
const ORIGIN_NAME: &str = "unsaved.origin";

/// The folder that holds the recovery copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoverySlot {
    dir: PathBuf,
}

/// A recovery copy found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The unsaved assessment.
    pub assessment: Assessment,
    /// The file it belongs to, if it had been saved before.
    pub original: Option<PathBuf>,
    /// How long ago the copy was written.
    pub age: Duration,
}

impl RecoverySlot {
    /// A slot in `dir` (created on the first write).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        RecoverySlot { dir: dir.into() }
    }

    /// Where the copy is written.
    pub fn copy_path(&self) -> PathBuf {
        self.dir.join(COPY_NAME)
    }

    /// Writes the copy of `assessment`, which belongs to `original` (if it has a file).
    pub fn write(
        &self,
        assessment: &Assessment,
        original: Option<&Path>,
    ) -> Result<(), StoreError> {
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::Write {
            path: self.dir.display().to_string(),
            source,
        })?;
        let origin = original
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        write_safely(&self.dir.join(ORIGIN_NAME), &origin)?;
        save(assessment, &self.copy_path())
    }

    /// The copy, if there is one; an unreadable copy is reported, not deleted.
    pub fn read(&self) -> Option<Result<Recovered, StoreError>> {
        let path = self.copy_path();
        if !path.exists() {
            return None;
        }
        let age = fs::metadata(&path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .unwrap_or_default();
        let original = fs::read_to_string(self.dir.join(ORIGIN_NAME))
            .ok()
            .map(|text| text.trim().to_owned())
            .filter(|text| !text.is_empty())
            .map(PathBuf::from);
        Some(load(&path).map(|loaded| Recovered {
            assessment: loaded.assessment,
            original,
            age,
        }))
    }

    /// Removes the copy, once the work is safely in its own file or the user discarded it.
    pub fn clear(&self) -> std::io::Result<()> {
        for name in [COPY_NAME, ORIGIN_NAME] {
            for suffix in ["", ".bak"] {
                let path = self.dir.join(format!("{name}{suffix}"));
                match fs::remove_file(&path) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                    _ => {}
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Organisation;

    #[test]
    fn a_copy_is_written_read_back_and_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let slot = RecoverySlot::new(dir.path().join("recovery"));
        assert!(slot.read().is_none());
        let mut assessment = Assessment::new(
            Organisation {
                name: "Łódź".into(),
                ..Organisation::default()
            },
            &["mim6"],
            "city-0-5",
            "mim-baseline",
        );
        assessment.scope = "Data platform".into();
        slot.write(&assessment, Some(Path::new("/tmp/a.mimassess.ron")))
            .unwrap();
        let found = slot.read().unwrap().unwrap();
        assert_eq!(found.assessment, assessment);
        assert_eq!(found.original, Some(PathBuf::from("/tmp/a.mimassess.ron")));
        slot.clear().unwrap();
        assert!(slot.read().is_none());
    }
}
