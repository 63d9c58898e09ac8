//! Reading and writing `.mimassess.ron` files without ever losing work: older versions migrate
//! on load, a broken file gives a located error and is left untouched, and saving writes a temp
//! file, syncs it and renames it over the old one after keeping that one as `.bak`.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::catalog::{Locator, Problem, ReadError, SourceFile, deserialize_located};

use super::migrate::AssessmentV1;
use super::model::{ASSESSMENT_FORMAT_VERSION, Assessment};

/// The file ending of assessment files.
pub const ASSESSMENT_EXTENSION: &str = ".mimassess.ron";

/// Why an assessment could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read at all.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file is not a valid assessment; the problem says where.
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
    #[error("{path}: could not write the assessment as RON: {message}")]
    Serialize {
        /// The file being saved.
        path: String,
        /// What went wrong.
        message: String,
    },
}

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

/// Reads `format_version: N` from the text before deserializing, to pick the right version
/// (of an assessment, or of any RON file of ours: `expected` shows how the file should start).
pub(crate) fn declared_version(file: &SourceFile, expected: &str) -> Result<u32, StoreError> {
    let locator = Locator::new(&file.text);
    let missing = |offset: usize| {
        StoreError::Invalid(Problem::at(
            &file.path,
            locator.position(offset),
            "no `format_version` found",
            expected,
        ))
    };
    let Some(at) = locator.find_field("format_version", 0) else {
        return Err(missing(file.text.len()));
    };
    let after = file.text[at + "format_version".len()..]
        .trim_start()
        .strip_prefix(':')
        .map(str::trim_start)
        .unwrap_or("");
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().map_err(|_| missing(at))
}

/// A located problem for a `format_version` this program does not read.
pub(crate) fn unknown_version(file: &SourceFile, version: u32, expected: &str) -> StoreError {
    let locator = Locator::new(&file.text);
    let at = locator.find_field("format_version", 0).unwrap_or(0);
    StoreError::Invalid(Problem::at(
        &file.path,
        locator.position(at),
        format!("format_version {version} is not one this program reads"),
        expected,
    ))
}

/// Writes the assessment to `path` safely (see [`write_safely`]).
pub fn save(assessment: &Assessment, path: &Path) -> Result<(), StoreError> {
    save_ron(assessment, path)
}

/// Writes `value` as pretty RON (struct names, four-space indent) to `path` safely: the one
/// way assessment and tender files are written.
pub fn save_ron<T: serde::Serialize>(value: &T, path: &Path) -> Result<(), StoreError> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_owned());
    let mut text =
        ron::ser::to_string_pretty(value, config).map_err(|e| StoreError::Serialize {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
    text.push('\n');
    write_safely(path, &text)
}

/// Writes `text` to `path` without ever leaving a half-written file. A temp file with a unique
/// name is written beside it and synced; the existing file is copied to `path.bak` (through a
/// temp copy, so a half-written backup never replaces a good one); then the temp file, given the
/// old file's permissions, is renamed over `path` and the folder is synced. If any step fails,
/// `path` is left as it was.
pub fn write_safely(path: &Path, text: &str) -> Result<(), StoreError> {
    write_bytes_safely(path, text.as_bytes())
}

/// [`write_safely`] for any bytes (a PDF, a spreadsheet).
pub fn write_bytes_safely(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let shown = path.display().to_string();
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let write_err = |source| StoreError::Write {
        path: shown.clone(),
        source,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".mimassess-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(write_err)?;
    temp.write_all(bytes).map_err(write_err)?;
    temp.as_file().sync_all().map_err(write_err)?;
    if path.exists() {
        backup(path).map_err(|source| StoreError::Backup {
            path: shown.clone(),
            backup: sibling(path, ".bak").display().to_string(),
            source,
        })?;
        if let Ok(metadata) = fs::metadata(path) {
            // Keep who may read the file: it lists the city's weak points.
            let _ = fs::set_permissions(temp.path(), metadata.permissions());
        }
    }
    // On failure the temp file is removed when `temp` is dropped.
    temp.persist(path).map_err(|e| write_err(e.error))?;
    if let Ok(dir) = File::open(&folder) {
        // Make the rename itself durable where the platform allows syncing a folder.
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Copies `path` to `path.bak` through `path.bak.tmp`, writable whatever the original's mode.
fn backup(path: &Path) -> std::io::Result<()> {
    let backup = sibling(path, ".bak");
    let staging = sibling(path, ".bak.tmp");
    fs::copy(path, &staging)?;
    let mut permissions = fs::metadata(&staging)?.permissions();
    owner_may_write(&mut permissions);
    fs::set_permissions(&staging, permissions)?;
    let renamed = fs::rename(&staging, &backup);
    if renamed.is_err() {
        let _ = fs::remove_file(&staging);
    }
    renamed
}

/// Lets the owner write the file and changes nothing else (a read-only original must not make
/// every later backup fail).
fn owner_may_write(permissions: &mut fs::Permissions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        permissions.set_mode(permissions.mode() | 0o200);
    }
    #[cfg(not(unix))]
    {
        #[allow(clippy::permissions_set_readonly_false)]
        permissions.set_readonly(false);
    }
}

/// `path` with `suffix` added to its file name (`a.mimassess.ron.bak`).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
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
