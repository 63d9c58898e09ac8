//! The Export screen's state: what to export and where, and the file being written in the
//! background (the content is gathered at once; the thread only lays out and writes).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver};

use crate::assessment::{Assessment, write_bytes_safely};
use crate::catalog::Library;
use crate::export::{export_rows, to_csv, to_xlsx};
use crate::report::{PROGRESS_DONE, maturity_report, render_with_progress};

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportKind {
    /// The maturity report.
    #[default]
    Report,
    /// The answers as an XLSX workbook.
    Xlsx,
    /// The answers as CSV.
    Csv,
}

impl ExportKind {
    /// Every kind, in the order shown.
    pub const ALL: [ExportKind; 3] = [ExportKind::Report, ExportKind::Xlsx, ExportKind::Csv];

    /// The file ending.
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Report => "pdf",
            ExportKind::Xlsx => "xlsx",
            ExportKind::Csv => "csv",
        }
    }

    /// Message ids of its name and its explanation.
    pub(crate) fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            ExportKind::Report => ("export-report", "export-report-hint"),
            ExportKind::Xlsx => ("export-xlsx", "export-xlsx-hint"),
            ExportKind::Csv => ("export-csv", "export-csv-hint"),
        }
    }
}

/// A file being written in the background.
#[derive(Debug)]
pub struct ExportJob {
    progress: Arc<AtomicU32>,
    result: Receiver<Result<PathBuf, String>>,
}

impl ExportJob {
    /// Share done, 0.0 to 1.0.
    pub fn progress(&self) -> f32 {
        self.progress.load(Ordering::Relaxed) as f32 / PROGRESS_DONE as f32
    }
}

/// The Export view's state.
#[derive(Debug, Default)]
pub struct ExportPanel {
    /// What to export.
    pub kind: ExportKind,
    /// Where to.
    pub path: String,
    /// The file being written.
    pub job: Option<ExportJob>,
    /// How the last export ended: the file, or what went wrong.
    pub outcome: Option<Result<PathBuf, String>>,
    /// The file name proposed when the path is a folder.
    stem: String,
}

impl ExportPanel {
    /// The panel proposing `<documents>/<stem>.<ext>`.
    pub fn new(documents: &Path, stem: &str) -> Self {
        let mut panel = ExportPanel {
            stem: stem.to_owned(),
            ..ExportPanel::default()
        };
        panel.path = documents
            .join(format!("{stem}.{}", panel.kind.extension()))
            .display()
            .to_string();
        panel
    }

    /// Switches the kind and the path's ending with it.
    pub fn set_kind(&mut self, kind: ExportKind) {
        let mut path = self.path.trim().to_owned();
        for other in ExportKind::ALL {
            let ending = format!(".{}", other.extension());
            if path.to_lowercase().ends_with(&ending) {
                path.truncate(path.len() - ending.len());
            }
        }
        self.kind = kind;
        self.path = format!("{path}.{}", kind.extension());
        self.outcome = None;
    }

    /// The target path: a folder gets the proposed file name, and the kind's ending is added
    /// to a name without it (never put in place of a dot the name has, as in "St. Gallen").
    pub fn target(&self) -> PathBuf {
        let path = PathBuf::from(self.path.trim());
        let ending = format!(".{}", self.kind.extension());
        if path.is_dir() {
            return path.join(format!("{}{ending}", self.stem));
        }
        if path.to_string_lossy().to_lowercase().ends_with(&ending) {
            path
        } else {
            let mut name = path.into_os_string();
            name.push(&ending);
            PathBuf::from(name)
        }
    }

    /// Starts writing `assessment` to the target in the background.
    pub fn start(&mut self, assessment: &Assessment, library: &Library) {
        let target = self.target();
        let progress = Arc::new(AtomicU32::new(0));
        let (send, result) = mpsc::channel();
        let counter = Arc::clone(&progress);
        // Gather the content here (fast, needs the catalog); lay out and write over there.
        let work: Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send> = match self.kind {
            ExportKind::Report => {
                let report = maturity_report(assessment, library);
                Box::new(move || {
                    render_with_progress(&report, &counter)
                        .map(|pdf| pdf.bytes)
                        .map_err(|e| e.to_string())
                })
            }
            ExportKind::Xlsx | ExportKind::Csv => {
                let rows = export_rows(assessment, library);
                let assessment = assessment.clone();
                let xlsx = self.kind == ExportKind::Xlsx;
                Box::new(move || {
                    let bytes = if xlsx {
                        to_xlsx(&rows, &assessment)
                    } else {
                        to_csv(&rows)
                    };
                    counter.store(PROGRESS_DONE, Ordering::Relaxed);
                    bytes.map_err(|e| e.to_string())
                })
            }
        };
        std::thread::spawn(move || {
            let outcome = work().and_then(|bytes| {
                if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                write_bytes_safely(&target, &bytes).map_err(|e| e.to_string())?;
                Ok(target)
            });
            // The window may have closed meanwhile; then nobody waits for the answer.
            let _ = send.send(outcome);
        });
        self.outcome = None;
        self.job = Some(ExportJob { progress, result });
    }

    /// Collects the result of a finished job; true while one is still running.
    pub fn poll(&mut self) -> bool {
        let Some(job) = &self.job else {
            return false;
        };
        match job.result.try_recv() {
            Ok(outcome) => {
                self.outcome = Some(outcome);
                self.job = None;
                false
            }
            Err(mpsc::TryRecvError::Empty) => true,
            Err(mpsc::TryRecvError::Disconnected) => {
                self.outcome = Some(Err("the export stopped unexpectedly".to_owned()));
                self.job = None;
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ending_is_added_not_put_in_place_of_a_dot() {
        let dir = tempfile::tempdir().unwrap();
        let mut panel = ExportPanel::new(dir.path(), "Sjöbacka-kommun");
        assert_eq!(panel.target(), dir.path().join("Sjöbacka-kommun.pdf"));
        panel.path = dir.path().join("St. Gallen").display().to_string();
        assert_eq!(panel.target(), dir.path().join("St. Gallen.pdf"));
        panel.set_kind(ExportKind::Xlsx);
        assert_eq!(panel.target(), dir.path().join("St. Gallen.xlsx"));
        panel.path = dir.path().display().to_string();
        assert_eq!(panel.target(), dir.path().join("Sjöbacka-kommun.xlsx"));
    }
}
