//! Where the window keeps its files: settings, the recovery copy, and the folder it proposes
//! for saving. Tests and scripts point these at a temporary folder.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::paths;

/// How long after the last change the recovery copy is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

/// The folders and timings the window works with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// The settings file (language, theme, recent files).
    pub settings_file: Option<PathBuf>,
    /// The folder of the recovery copy.
    pub recovery_dir: Option<PathBuf>,
    /// Where new files are proposed and the Open view looks first.
    pub documents_dir: PathBuf,
    /// How long after the last change the recovery copy is written.
    pub autosave_delay: Duration,
    /// The user catalog folder: loaded beside the shipped catalogs, where Catalog → Import…
    /// writes.
    pub catalog_dir: Option<PathBuf>,
}

impl Places {
    /// The user's own folders, or those under `MIM_ASSISTANT_HOME` when it is set (for scripts
    /// that must not touch a real profile).
    pub fn for_user() -> Self {
        if let Some(home) = std::env::var_os("MIM_ASSISTANT_HOME") {
            return Places::in_folder(Path::new(&home));
        }
        let dirs = paths::project_dirs();
        Places {
            settings_file: dirs.as_ref().map(|d| d.config_dir().join("settings.ron")),
            recovery_dir: dirs.as_ref().map(|d| d.data_dir().join("recovery")),
            documents_dir: paths::documents_dir()
                .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()))
                .unwrap_or_else(|| PathBuf::from(".")),
            autosave_delay: AUTOSAVE_DELAY,
            catalog_dir: paths::user_catalog_dir(),
        }
    }

    /// Everything inside one folder.
    pub fn in_folder(folder: &Path) -> Self {
        Places {
            settings_file: Some(folder.join("settings.ron")),
            recovery_dir: Some(folder.join("recovery")),
            documents_dir: folder.join("documents"),
            autosave_delay: AUTOSAVE_DELAY,
            catalog_dir: Some(folder.join("catalogs")),
        }
    }
}

/// A path in `folder` for a new file named `stem` + `extension` that does not exist yet: an
/// existing file (last year's assessment, an earlier tender) is never proposed, `-2`, `-3` …
/// are added instead.
pub fn free_file(folder: &Path, stem: &str, extension: &str) -> PathBuf {
    (1..1000)
        .map(|n| match n {
            1 => folder.join(format!("{stem}{extension}")),
            n => folder.join(format!("{stem}-{n}{extension}")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}{extension}")))
}

/// The files directly in `folder` whose names end in one of `endings`, sorted by name; an
/// unreadable folder has none.
pub fn files_ending_in(folder: &Path, endings: &[&str]) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    let name = p.to_string_lossy();
                    endings.iter().any(|ending| name.ends_with(ending))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}
