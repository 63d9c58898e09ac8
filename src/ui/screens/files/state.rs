//! The Open / Save-as screen's state: the path typed and the files found in its folder.

use std::path::{Path, PathBuf};

use crate::assessment::ASSESSMENT_EXTENSION;
use crate::procurement::TENDER_EXTENSION;
use crate::ui::places::Places;

/// Which file view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FilePurpose {
    /// Choose a file to open.
    #[default]
    Open,
    /// Choose where to save.
    SaveAs,
}

/// The state of the Open / Save-as view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilePanel {
    /// Open or save.
    pub purpose: FilePurpose,
    /// The path typed or proposed.
    pub path: String,
    /// Assessment files in the folder, listed when the view opened.
    pub found: Vec<PathBuf>,
    /// The last problem (a file that did not load, no dialog available).
    pub message: Option<String>,
}

impl FilePanel {
    /// The view for `purpose`, proposing `path` or the documents folder.
    pub fn new(purpose: FilePurpose, places: &Places, path: Option<PathBuf>) -> Self {
        let path = path.unwrap_or_else(|| places.documents_dir.clone());
        let folder = if path.is_dir() {
            path.clone()
        } else {
            path.parent()
                .map_or_else(|| places.documents_dir.clone(), Path::to_path_buf)
        };
        FilePanel {
            purpose,
            path: path.display().to_string(),
            found: crate::ui::places::files_ending_in(
                &folder,
                &[ASSESSMENT_EXTENSION, TENDER_EXTENSION],
            ),
            message: None,
        }
    }

    /// The folder the path points into, for the dialog to start in.
    pub fn folder(&self) -> PathBuf {
        let path = PathBuf::from(&self.path);
        if path.is_dir() {
            path
        } else {
            path.parent().map(Path::to_path_buf).unwrap_or_default()
        }
    }

    /// The file name part of the path, proposed to the save dialog.
    pub fn file_name(&self) -> String {
        Path::new(&self.path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_panel_lists_the_folders_files_and_splits_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(format!("a{ASSESSMENT_EXTENSION}"));
        std::fs::write(&file, "").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        let places = Places::in_folder(dir.path());
        let panel = FilePanel::new(FilePurpose::SaveAs, &places, Some(file.clone()));
        assert_eq!(panel.found, vec![file.clone()]);
        assert_eq!(panel.folder(), dir.path());
        assert_eq!(panel.file_name(), format!("a{ASSESSMENT_EXTENSION}"));
    }
}
