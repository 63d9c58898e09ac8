//! File dialogs (and the file manager) behind a trait: the real ones come from rfd and the
//! system's opener, tests use none. rfd answers `None` at once where no portal or zenity is
//! installed, so the window always offers its own path field as well and never depends on a
//! dialog.

use std::path::{Path, PathBuf};

/// Asks the user for a file.
pub trait FileDialogs {
    /// A file of `kind` to open, starting in `folder`, the dialog's filter named `filter_name`
    /// (in the user's language); `None` if cancelled or no dialog can be shown.
    fn pick_file_to_open(
        &self,
        folder: &Path,
        kind: OpenKind,
        filter_name: &str,
    ) -> Option<PathBuf>;
    /// Where to save, starting in `folder` with `name` proposed.
    fn pick_file_to_save(&self, folder: &Path, name: &str) -> Option<PathBuf>;
    /// Shows `folder` in the system's file manager; false if that could not be started.
    fn open_folder(&self, folder: &Path) -> bool;
    /// Opens `file` in the program the system uses for it (a PDF viewer, a spreadsheet);
    /// false if none could be started.
    fn open_file(&self, file: &Path) -> bool;
}

/// What a file to open is for, so the dialog offers the right files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenKind {
    /// An assessment or a tender (`.ron`).
    Document,
    /// A bidder's filled response form (`.xlsx`, `.csv`).
    ResponseForm,
    /// The organisation's logo for the report's cover (`.png`, `.jpg`).
    Logo,
    /// A piece of evidence: a file of any kind.
    Evidence,
    /// A contributor's returned part: a part file or a filled questionnaire.
    ReturnedPart,
    /// A catalog to import: an OSCAL catalog or a CISO Assistant library.
    Catalog,
}

impl OpenKind {
    /// The file endings the dialog offers.
    pub fn endings(self) -> &'static [&'static str] {
        match self {
            OpenKind::Document => &["ron"],
            OpenKind::ResponseForm => &["xlsx", "csv"],
            OpenKind::Logo => &["png", "jpg", "jpeg"],
            OpenKind::Evidence => &[],
            OpenKind::ReturnedPart => &["ron", "xlsx"],
            OpenKind::Catalog => &["json", "yaml", "yml"],
        }
    }
}

/// The system's dialogs, through rfd.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemDialogs;

impl FileDialogs for SystemDialogs {
    fn pick_file_to_open(
        &self,
        folder: &Path,
        kind: OpenKind,
        filter_name: &str,
    ) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new().set_directory(folder);
        // No endings: any file may be chosen.
        let dialog = if kind.endings().is_empty() {
            dialog
        } else {
            dialog.add_filter(filter_name, kind.endings())
        };
        dialog.pick_file()
    }

    fn pick_file_to_save(&self, folder: &Path, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_directory(folder)
            .set_file_name(name)
            .save_file()
    }

    fn open_folder(&self, folder: &Path) -> bool {
        system_open(folder)
    }

    fn open_file(&self, file: &Path) -> bool {
        system_open(file)
    }
}

/// Hands `target` (a file or a folder) to the system's opener, as a double click would.
fn system_open(target: &Path) -> bool {
    let opener = if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    std::process::Command::new(opener)
        .arg(target)
        .spawn()
        .is_ok()
}

/// No dialogs at all, as on a machine without a portal; used by tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_file_to_open(&self, _folder: &Path, _kind: OpenKind, _name: &str) -> Option<PathBuf> {
        None
    }

    fn pick_file_to_save(&self, _folder: &Path, _name: &str) -> Option<PathBuf> {
        None
    }

    fn open_folder(&self, _folder: &Path) -> bool {
        false
    }

    fn open_file(&self, _file: &Path) -> bool {
        false
    }
}
