//! Reading and writing `.mimassess.ron` files without ever losing work: older versions migrate
//! on load, a broken file gives a located error and is left untouched, and saving goes through
//! the shared safe write in [`crate::store`] (temp file, sync, rename, `.bak`).

use std::path::Path;
use std::time::{Duration, Instant};

use crate::catalog::{SourceFile, deserialize_located};
/// The shared store's error, save and write functions, re-exported where assessment code and
/// its callers have always found them.
pub use crate::store::{StoreError, save_ron, write_bytes_safely, write_safely};
use crate::store::{declared_version, unknown_version};

use super::migrate::AssessmentV1;
use super::model::{ASSESSMENT_FORMAT_VERSION, Assessment};

/// The file ending of assessment files.
pub const ASSESSMENT_EXTENSION: &str = ".mimassess.ron";

/// A loaded assessment and the version it was migrated from, if it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The assessment in the current format.
    pub assessment: Assessment,
    /// The file's older format version, when it was migrated on load.
    pub migrated_from: Option<u32>,
}

/// Loads an assessment file of any known version.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let file = SourceFile::read(path)?;
    parse(&file)
}

/// Parses assessment text of any known version; problems are located in `file`.
pub fn parse(file: &SourceFile) -> Result<Loaded, StoreError> {
    let version = declared_version(
        file,
        "an assessment file starting `Assessment(format_version: 2, …`",
    )?;
    match version {
        1 => deserialize_located::<AssessmentV1>(file)
            .map(|old| Loaded {
                assessment: old.into(),
                migrated_from: Some(1),
            })
            .map_err(StoreError::Invalid),
        ASSESSMENT_FORMAT_VERSION => deserialize_located::<Assessment>(file)
            .map(|assessment| Loaded {
                assessment,
                migrated_from: None,
            })
            .map_err(StoreError::Invalid),
        other => Err(unknown_version(
            file,
            other,
            &format!("a format_version from 1 to {ASSESSMENT_FORMAT_VERSION}"),
        )),
    }
}

/// Writes the assessment to `path` safely (see [`crate::store::write_bytes_safely`]).
pub fn save(assessment: &Assessment, path: &Path) -> Result<(), StoreError> {
    save_ron(assessment, path)
}

/// Decides when the window saves: a set time after the last change, so that typing does not
/// write the file on every key.
#[derive(Debug, Clone)]
pub struct Autosave {
    delay: Duration,
    last_change: Option<Instant>,
}

impl Autosave {
    /// Saves `delay` after the last change.
    pub fn new(delay: Duration) -> Self {
        Autosave {
            delay,
            last_change: None,
        }
    }

    /// Records a change made at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.last_change = Some(now);
    }

    /// True when there are unsaved changes and none for `delay`.
    pub fn due(&self, now: Instant) -> bool {
        self.last_change
            .is_some_and(|t| now.saturating_duration_since(t) >= self.delay)
    }

    /// True while changes are unsaved.
    pub fn pending(&self) -> bool {
        self.last_change.is_some()
    }

    /// Records a save that started at `started`: changes made after it stay pending.
    pub fn saved(&mut self, started: Instant) {
        if self.last_change.is_some_and(|t| t <= started) {
            self.last_change = None;
        }
    }

    /// Records a failed save at `now`: the changes stay pending and the next try waits `delay`.
    pub fn failed(&mut self, now: Instant) {
        self.last_change = Some(now);
    }
}
