//! Recovery copies: the window writes the open assessment to a copy of its own a few seconds
//! after each change, and removes that copy once the work is saved to its file. If the program
//! is killed, the copies are still there at the next start, which offers to restore them. Each
//! assessment has its own copy (keyed by its file, or by its session when it has none), so
//! work on one never overwrites the unsaved work of another.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::model::Assessment;
use super::store::ASSESSMENT_EXTENSION;
use crate::catalog::{SourceFile, deserialize_located};
use crate::store::{StoreError, save_ron};

const PREFIX: &str = "unsaved-";

/// One recovery file: the assessment and the file it belongs to, written together so they can
/// never be paired wrongly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecoveryFile {
    /// The assessment's own file, if it had one.
    original: Option<PathBuf>,
    /// The unsaved assessment.
    assessment: Assessment,
}

/// The folder that holds the recovery copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryDir {
    dir: PathBuf,
}

/// The recovery copy of one assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoverySlot {
    path: PathBuf,
}

/// A recovery copy found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// Where the copy is; restoring keeps writing there, discarding deletes it.
    pub slot: RecoverySlot,
    /// The unsaved assessment.
    pub assessment: Assessment,
    /// The file it belongs to, if it had been saved before.
    pub original: Option<PathBuf>,
    /// How long ago the copy was written.
    pub age: Duration,
}

/// A short stable key for a path (FNV-1a of its text), so one file always has one copy.
fn key_for_path(path: &Path) -> String {
    let hash = path
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("file-{hash:016x}")
}

impl RecoveryDir {
    /// Copies in `dir` (created on the first write).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        RecoveryDir { dir: dir.into() }
    }

    /// The copy of the assessment saved in `path`.
    pub fn slot_for_file(&self, path: &Path) -> RecoverySlot {
        self.slot(&key_for_path(path))
    }

    /// A copy for an assessment without a file, unique to this program run.
    pub fn slot_for_session(&self) -> RecoverySlot {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        self.slot(&format!("new-{}-{nanos}", std::process::id()))
    }

    fn slot(&self, key: &str) -> RecoverySlot {
        RecoverySlot {
            path: self
                .dir
                .join(format!("{PREFIX}{key}{ASSESSMENT_EXTENSION}")),
        }
    }

    /// Every copy in the folder, oldest first; an unreadable copy is reported, never deleted.
    pub fn found(&self) -> Vec<Result<Recovered, StoreError>> {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                name.is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(ASSESSMENT_EXTENSION))
            })
            .collect();
        paths.sort();
        let mut found: Vec<_> = paths
            .into_iter()
            .map(|path| RecoverySlot { path }.read())
            .collect();
        found.sort_by_key(|r| std::cmp::Reverse(r.as_ref().map(|r| r.age).unwrap_or_default()));
        found
    }
}

impl RecoverySlot {
    /// Where the copy is written.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the copy of `assessment`, which belongs to `original` (if it has a file).
    pub fn write(
        &self,
        assessment: &Assessment,
        original: Option<&Path>,
    ) -> Result<(), StoreError> {
        let file = RecoveryFile {
            original: original.map(Path::to_path_buf),
            assessment: assessment.clone(),
        };
        save_ron(&file, &self.path)
    }

    /// Reads the copy.
    pub fn read(&self) -> Result<Recovered, StoreError> {
        let age = fs::metadata(&self.path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| SystemTime::now().duration_since(t).ok())
            .unwrap_or_default();
        let source = SourceFile::read(&self.path)?;
        let file: RecoveryFile = deserialize_located(&source).map_err(StoreError::Invalid)?;
        Ok(Recovered {
            slot: self.clone(),
            assessment: file.assessment,
            original: file.original,
            age,
        })
    }

    /// Moves the copy to `other` (which must be free), so that another assessment can use this
    /// place without writing over it.
    pub fn move_to(&self, other: &RecoverySlot) -> std::io::Result<()> {
        fs::rename(&self.path, &other.path)
    }

    /// Removes the copy (and its backup), once the work is safely in its own file or the user
    /// discarded it.
    pub fn clear(&self) -> std::io::Result<()> {
        for suffix in ["", ".bak"] {
            let mut name = self.path.as_os_str().to_os_string();
            name.push(suffix);
            match fs::remove_file(PathBuf::from(name)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Organisation;

    fn assessment(name: &str) -> Assessment {
        Assessment::new(
            Organisation {
                name: name.into(),
                ..Organisation::default()
            },
            &["mim6"],
            "city-0-5",
            "mim-baseline",
        )
    }

    #[test]
    fn copies_of_different_assessments_live_side_by_side() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = RecoveryDir::new(dir.path().join("recovery"));
        assert!(recovery.found().is_empty());
        let file = Path::new("/tmp/a.mimassess.ron");
        let a = recovery.slot_for_file(file);
        assert_eq!(a, recovery.slot_for_file(file), "one file, one copy");
        let b = recovery.slot_for_session();
        a.write(&assessment("Łódź"), Some(file)).unwrap();
        b.write(&assessment("Göteborg"), None).unwrap();
        let found: Vec<Recovered> = recovery.found().into_iter().map(Result::unwrap).collect();
        assert_eq!(found.len(), 2);
        let lodz = found.iter().find(|r| r.slot == a).unwrap();
        assert_eq!(lodz.assessment.organisation.name, "Łódź");
        assert_eq!(lodz.original.as_deref(), Some(file));
        a.clear().unwrap();
        let left: Vec<Recovered> = recovery.found().into_iter().map(Result::unwrap).collect();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].assessment.organisation.name, "Göteborg");
        assert_eq!(left[0].original, None);
    }

    #[test]
    fn a_broken_copy_is_reported_with_its_place_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = RecoveryDir::new(dir.path());
        let slot = recovery.slot_for_session();
        std::fs::write(slot.path(), "RecoveryFile(\n  original: 7,\n)").unwrap();
        let found = recovery.found();
        let message = found[0].as_ref().unwrap_err().to_string();
        assert!(message.contains(":2:"), "{message}");
        assert!(slot.path().exists());
    }
}
