//! The one way the program writes a file: never half-written, the previous version kept as
//! `.bak`, the folder made when it does not exist yet, and the temp files a killed earlier
//! write left in that folder cleaned up (see [`super::stale_temp`]).

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tempfile::NamedTempFile;

use super::StoreError;
use super::stale_temp::{
    STALE_TEMP_AGE, TEMP_PREFIX, TEMP_RANDOM_LEN, TEMP_SUFFIX, remove_stale_temp_files,
};

/// Writes `text` to `path` without ever leaving a half-written file (see
/// [`write_bytes_safely`]).
pub fn write_safely(path: &Path, text: &str) -> Result<(), StoreError> {
    write_bytes_safely(path, text.as_bytes())
}

/// Writes `bytes` (a RON file, a PDF, a spreadsheet) to `path` without ever leaving a
/// half-written file. The folder is made if missing; a temp file with a unique name is written
/// beside `path` and synced; the existing file is copied to `path.bak` (through a temp copy, so
/// a half-written backup never replaces a good one); then the temp file, given the old file's
/// permissions, is renamed over `path` and the folder is synced. If any step fails, `path` is
/// left as it was and no temp file stays behind. Temp files of ours that a killed write left in
/// the folder more than [`STALE_TEMP_AGE`] ago are removed first.
pub fn write_bytes_safely(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_bytes_safely_with_stale_age(path, bytes, STALE_TEMP_AGE)
}

/// [`write_bytes_safely`], removing the temp files of ours older than `stale_age` instead of
/// [`STALE_TEMP_AGE`]: for tests, which cannot wait minutes for a temp file to become stale.
pub fn write_bytes_safely_with_stale_age(
    path: &Path,
    bytes: &[u8],
    stale_age: Duration,
) -> Result<(), StoreError> {
    let shown = path.display().to_string();
    let folder = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let write_err = |source| StoreError::Write {
        path: shown.clone(),
        source,
    };
    create_parent(path)?;
    remove_stale_temp_files(&folder, stale_age);
    let mut temp = temp_file_in(&folder).map_err(write_err)?;
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

/// A new, empty temp file in `folder`, named the way [`super::stale_temp`] recognises; it is
/// removed when dropped unless persisted.
fn temp_file_in(folder: &Path) -> std::io::Result<NamedTempFile> {
    tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .rand_bytes(TEMP_RANDOM_LEN)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(folder)
}

/// Makes the folder `path` goes in, with any folders above it, when it does not exist yet: the
/// one place the program creates folders for its files (a save-as may call it before the first
/// write, to fail early on a folder that cannot be made).
pub fn create_parent(path: &Path) -> Result<(), StoreError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            fs::create_dir_all(dir).map_err(|source| StoreError::Write {
                path: path.display().to_string(),
                source,
            })
        }
        _ => Ok(()),
    }
}

/// Copies `path` to `path.bak` through `path.bak.tmp`, writable whatever the original's mode.
/// (The staging name is fixed, so a copy a killed write left there is reused by the next
/// backup of the same file instead of piling up.)
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
