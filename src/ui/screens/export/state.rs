//! The Export screen's state: what to export and where, and the file being written in the
//! background (the content is gathered at once; the thread only lays out and writes).

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::output_guard::OutputRefused;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver};

use crate::assessment::Assessment;
use crate::assessment::{Insights, statement_of_applicability};
use crate::catalog::Library;
use crate::export::{export_rows, soa_xlsx, to_csv, to_xlsx};
use crate::output_guard::{FileKind, check_output};
use crate::report::{
    LogoError, PROGRESS_DONE, Picture, assessment_logo, blocks::Report, check_logo, load_logo,
    maturity_report_with, render_with_progress, soa::soa_report, to_docx,
};
use crate::store::write_bytes_safely;

/// What the Statement of Applicability's proposed file name ends in, before its ending.
const SOA_SUFFIX: &str = "-soa";

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportKind {
    /// The maturity report.
    #[default]
    Report,
    /// The maturity report as an editable Word document (DOCX).
    ReportDocx,
    /// The answers as an XLSX workbook.
    Xlsx,
    /// The answers as CSV.
    Csv,
    /// The ISO/IEC 27001 Statement of Applicability as an XLSX workbook.
    SoaXlsx,
    /// The ISO/IEC 27001 Statement of Applicability as PDF.
    SoaPdf,
}

impl ExportKind {
    /// Every kind, in the order shown.
    pub const ALL: [ExportKind; 6] = [
        ExportKind::Report,
        ExportKind::ReportDocx,
        ExportKind::Xlsx,
        ExportKind::Csv,
        ExportKind::SoaXlsx,
        ExportKind::SoaPdf,
    ];

    /// The file ending.
    pub fn extension(self) -> &'static str {
        match self {
            ExportKind::Report | ExportKind::SoaPdf => "pdf",
            ExportKind::ReportDocx => "docx",
            ExportKind::Xlsx | ExportKind::SoaXlsx => "xlsx",
            ExportKind::Csv => "csv",
        }
    }

    /// Whether it is the maturity report (in either form), which has a cover with a logo.
    pub fn is_report(self) -> bool {
        matches!(self, ExportKind::Report | ExportKind::ReportDocx)
    }

    /// Message ids of its name and its explanation.
    pub(crate) fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            ExportKind::Report => ("export-report", "export-report-hint"),
            ExportKind::ReportDocx => ("export-report-docx", "export-report-docx-hint"),
            ExportKind::Xlsx => ("export-xlsx", "export-xlsx-hint"),
            ExportKind::Csv => ("export-csv", "export-csv-hint"),
            ExportKind::SoaXlsx => ("export-soa-xlsx", "export-soa-xlsx-hint"),
            ExportKind::SoaPdf => ("export-soa-pdf", "export-soa-pdf-hint"),
        }
    }
}

/// A change on the Export screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportCommand {
    /// Choose what to export.
    SetKind(ExportKind),
    /// Change the export's path.
    SetPath(String),
    /// Change the logo for the report's cover (a file's path; empty for none).
    SetLogo(String),
    /// Write the export in the background.
    Start,
}

/// Why an export did not end in a file; the view says it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportProblem {
    /// Laying out or writing the file failed (the library's message).
    Failed(String),
    /// The background thread ended without an answer.
    Stopped,
    /// No background thread could be started (the system's message).
    NotStarted(String),
    /// No system dialog could be shown to choose where to export.
    NoDialog,
    /// The target is a file this export must not write over (an assessment, a tender …).
    Refused(OutputRefused),
    /// The logo for the cover cannot be used.
    Logo(LogoError),
}

/// A file being written in the background.
#[derive(Debug)]
pub struct ExportJob {
    progress: Arc<AtomicU32>,
    result: Receiver<Result<PathBuf, ExportProblem>>,
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
    pub outcome: Option<Result<PathBuf, ExportProblem>>,
    /// The logo for the report's cover, as typed or chosen (empty: the assessment's own, if
    /// it names one, or none); remembered in the settings.
    pub logo: String,
    /// Whether the logo can be used: its size in pixels, or why not; none when no logo is set.
    pub logo_check: Option<Result<(u32, u32), LogoError>>,
    /// The file name proposed when the path is a folder.
    stem: String,
}

impl ExportPanel {
    /// The panel proposing `<documents>/<stem>.<ext>`, with the logo used last time.
    pub fn new(documents: &Path, stem: &str, logo: &str) -> Self {
        let mut panel = ExportPanel {
            stem: stem.to_owned(),
            ..ExportPanel::default()
        };
        panel.set_logo(logo.to_owned());
        panel.path = documents
            .join(format!("{stem}.{}", panel.kind.extension()))
            .display()
            .to_string();
        panel
    }

    /// Sets the logo and checks it at once, so the screen says whether it can be used before
    /// the report is written.
    pub fn set_logo(&mut self, logo: String) {
        self.logo_check = match logo.trim() {
            "" => None,
            path => Some(check_logo(Path::new(path))),
        };
        self.logo = logo;
        self.outcome = None;
    }

    /// The logo to put on the report's cover: the one set here, else the one the assessment
    /// names (beside `assessment_file`), else none.
    fn cover_logo(
        &self,
        assessment: &Assessment,
        assessment_file: Option<&Path>,
    ) -> Result<Option<Picture>, LogoError> {
        match self.logo.trim() {
            "" => assessment_logo(assessment, assessment_file),
            path => load_logo(Path::new(path)).map(Some),
        }
    }

    /// The maturity report's content, with the cover's logo, in the document's language
    /// (`library` already localized for it; `localized` when that made a new library, whose
    /// texts the window's `insights` do not have).
    fn report(
        &self,
        assessment: &Assessment,
        insights: &Insights,
        assessment_file: Option<&Path>,
        (library, localized): (&Library, bool),
    ) -> Result<Report, LogoError> {
        let logo = self.cover_logo(assessment, assessment_file)?;
        // A document in another language than the window's: the same figures (one
        // function), with the texts of the document's language.
        let recomputed;
        let insights = if localized {
            recomputed = Insights::compute(assessment, library);
            &recomputed
        } else {
            insights
        };
        Ok(maturity_report_with(
            assessment,
            library,
            insights,
            logo.as_ref(),
        ))
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
        // The statement gets a name of its own, so that it never takes the place of the
        // answers' workbook or the report.
        let soa = matches!(kind, ExportKind::SoaXlsx | ExportKind::SoaPdf);
        if let Some(base) = path.strip_suffix(SOA_SUFFIX)
            && !soa
        {
            path = base.to_owned();
        } else if soa && !path.ends_with(SOA_SUFFIX) && !path.is_empty() {
            path.push_str(SOA_SUFFIX);
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
    pub fn start(
        &mut self,
        assessment: &Assessment,
        insights: &Insights,
        assessment_file: Option<&Path>,
        library: &Library,
    ) {
        let target = self.target();
        let library = library.for_document(&assessment.language);
        let writes = match self.kind {
            ExportKind::Report | ExportKind::SoaPdf => FileKind::Pdf,
            ExportKind::ReportDocx => FileKind::Document,
            ExportKind::Xlsx | ExportKind::Csv | ExportKind::SoaXlsx => FileKind::Spreadsheet,
        };
        if let Err(refused) = check_output(&target, writes, &[]) {
            self.outcome = Some(Err(ExportProblem::Refused(refused)));
            return;
        }
        let progress = Arc::new(AtomicU32::new(0));
        let (send, result) = mpsc::channel();
        let counter = Arc::clone(&progress);
        // Gather the content here (fast, needs the catalog); lay out and write over there.
        let work: Box<dyn FnOnce() -> Result<Vec<u8>, String> + Send> = match self.kind {
            ExportKind::Report | ExportKind::ReportDocx => {
                let report = match self.report(
                    assessment,
                    insights,
                    assessment_file,
                    (&library, matches!(library, Cow::Owned(_))),
                ) {
                    Ok(report) => report,
                    Err(problem) => {
                        self.outcome = Some(Err(ExportProblem::Logo(problem)));
                        return;
                    }
                };
                let docx = self.kind == ExportKind::ReportDocx;
                Box::new(move || {
                    let bytes = if docx {
                        to_docx(&report).map_err(|e| e.to_string())
                    } else {
                        render_with_progress(&report, &counter)
                            .map(|pdf| pdf.bytes)
                            .map_err(|e| e.to_string())
                    };
                    counter.store(PROGRESS_DONE, Ordering::Relaxed);
                    bytes
                })
            }
            ExportKind::SoaXlsx | ExportKind::SoaPdf => {
                // The statement from the document's figures; written over there.
                let insights = Insights::compute(assessment, &library);
                let Some(soa) = statement_of_applicability(assessment, &library, &insights) else {
                    self.outcome = Some(Err(ExportProblem::Failed(
                        crate::export::ExportError::NoAnnexA.to_string(),
                    )));
                    return;
                };
                let assessment = assessment.clone();
                let pdf = self.kind == ExportKind::SoaPdf;
                Box::new(move || {
                    let bytes = if pdf {
                        render_with_progress(&soa_report(&assessment, &soa), &counter)
                            .map(|pdf| pdf.bytes)
                            .map_err(|e| e.to_string())
                    } else {
                        soa_xlsx(&assessment, &soa).map_err(|e| e.to_string())
                    };
                    counter.store(PROGRESS_DONE, Ordering::Relaxed);
                    bytes
                })
            }
            ExportKind::Xlsx | ExportKind::Csv => {
                let rows = export_rows(assessment, &library);
                let assessment = assessment.clone();
                let xlsx = self.kind == ExportKind::Xlsx;
                Box::new(move || {
                    let bytes = if xlsx {
                        to_xlsx(&rows, &assessment)
                    } else {
                        to_csv(&rows, &assessment)
                    };
                    counter.store(PROGRESS_DONE, Ordering::Relaxed);
                    bytes.map_err(|e| e.to_string())
                })
            }
        };
        let spawned = std::thread::Builder::new()
            .name("mim-export".to_owned())
            .spawn(move || {
                let outcome = work().map_err(ExportProblem::Failed).and_then(|bytes| {
                    write_bytes_safely(&target, &bytes)
                        .map_err(|e| ExportProblem::Failed(e.to_string()))?;
                    Ok(target)
                });
                // The window may have closed meanwhile; then nobody waits for the answer.
                let _ = send.send(outcome);
            });
        match spawned {
            Ok(_) => {
                self.outcome = None;
                self.job = Some(ExportJob { progress, result });
            }
            Err(e) => {
                self.outcome = Some(Err(ExportProblem::NotStarted(e.to_string())));
                self.job = None;
            }
        }
    }

    /// Carries out one change; `Start` writes `assessment` unless a file is being written.
    pub fn apply(
        &mut self,
        command: ExportCommand,
        assessment: &Assessment,
        insights: &Insights,
        assessment_file: Option<&Path>,
        library: &Library,
    ) {
        match command {
            ExportCommand::SetKind(kind) => self.set_kind(kind),
            ExportCommand::SetPath(path) => {
                self.path = path;
                self.outcome = None;
            }
            ExportCommand::SetLogo(logo) => self.set_logo(logo),
            ExportCommand::Start => {
                if self.job.is_none() {
                    self.start(assessment, insights, assessment_file, library);
                }
            }
        }
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
                self.outcome = Some(Err(ExportProblem::Stopped));
                self.job = None;
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Waits for the running job to end.
    fn finish(panel: &mut ExportPanel) {
        let started = std::time::Instant::now();
        while panel.poll() {
            assert!(started.elapsed().as_secs() < 60, "the export did not end");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    #[test]
    fn commands_set_the_path_and_kind_and_start_writes_the_file_in_the_background() {
        let dir = tempfile::tempdir().unwrap();
        let library = crate::catalog::load_with_user_dir(None).library;
        let assessment = crate::assessment::example_assessment(&library);
        let mut panel = ExportPanel::new(dir.path(), "example", "");
        panel.apply(
            ExportCommand::SetKind(ExportKind::Csv),
            &assessment,
            &Insights::compute(&assessment, &library),
            None,
            &library,
        );
        let target = dir.path().join("sub").join("answers");
        panel.apply(
            ExportCommand::SetPath(target.display().to_string()),
            &assessment,
            &Insights::compute(&assessment, &library),
            None,
            &library,
        );
        panel.apply(
            ExportCommand::Start,
            &assessment,
            &Insights::compute(&assessment, &library),
            None,
            &library,
        );
        assert!(panel.job.is_some());
        finish(&mut panel);
        let written = dir.path().join("sub").join("answers.csv");
        assert_eq!(panel.outcome, Some(Ok(written.clone())));
        assert!(std::fs::metadata(&written).unwrap().len() > 0);
    }

    #[test]
    fn the_ending_is_added_not_put_in_place_of_a_dot() {
        let dir = tempfile::tempdir().unwrap();
        let mut panel = ExportPanel::new(dir.path(), "Sjöbacka-kommun", "");
        assert_eq!(panel.target(), dir.path().join("Sjöbacka-kommun.pdf"));
        panel.path = dir.path().join("St. Gallen").display().to_string();
        assert_eq!(panel.target(), dir.path().join("St. Gallen.pdf"));
        panel.set_kind(ExportKind::Xlsx);
        assert_eq!(panel.target(), dir.path().join("St. Gallen.xlsx"));
        panel.path = dir.path().display().to_string();
        assert_eq!(panel.target(), dir.path().join("Sjöbacka-kommun.xlsx"));
    }

    #[test]
    fn the_statement_of_applicability_has_a_name_of_its_own_and_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let library = crate::catalog::load_with_user_dir(None).library;
        let assessment = crate::assessment::example_assessment(&library);
        let insights = Insights::compute(&assessment, &library);
        let mut panel = ExportPanel::new(dir.path(), "example", "");
        panel.set_kind(ExportKind::Xlsx);
        assert!(panel.path.ends_with("example.xlsx"), "{}", panel.path);
        panel.set_kind(ExportKind::SoaXlsx);
        assert!(panel.path.ends_with("example-soa.xlsx"), "{}", panel.path);
        panel.set_kind(ExportKind::SoaPdf);
        assert!(panel.path.ends_with("example-soa.pdf"), "{}", panel.path);
        panel.apply(ExportCommand::Start, &assessment, &insights, None, &library);
        finish(&mut panel);
        let written = dir.path().join("example-soa.pdf");
        assert_eq!(panel.outcome, Some(Ok(written.clone())));
        assert!(std::fs::read(&written).unwrap().starts_with(b"%PDF-"));
        panel.set_kind(ExportKind::Report);
        assert!(panel.path.ends_with("example.pdf"), "{}", panel.path);
    }
}
