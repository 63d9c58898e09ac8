//! Where the user's own files live (catalogs a city adds, settings), following each operating
//! system's conventions through the `directories` crate.

use std::path::PathBuf;

use directories::{ProjectDirs, UserDirs};

/// The program's folders for this user, if the system has a home folder.
pub fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("eu", "MIM Assistant", "mim-assistant")
}

/// The folder where a city puts its own catalogs, mapping sets and scales (`…/catalogs`), or
/// `catalogs` under `MIM_ASSISTANT_HOME` when that is set (as the window's other folders are,
/// see `ui::places`), so scripts and screenshots never touch a real profile.
pub fn user_catalog_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("MIM_ASSISTANT_HOME") {
        return Some(PathBuf::from(home).join("catalogs"));
    }
    project_dirs().map(|d| d.data_dir().join("catalogs"))
}

/// The user's documents folder, the default place to save and export files.
pub fn documents_dir() -> Option<PathBuf> {
    UserDirs::new().and_then(|u| u.document_dir().map(PathBuf::from))
}
