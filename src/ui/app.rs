//! The application state behind the window and the one place that changes it. Views draw from
//! this state and return [`Command`]s; [`MimApp::apply`] carries them out. Kept free of
//! `eframe` so that tests drive it through `egui_kittest` exactly as a user would.

mod catalog_import;
mod documents;
mod team;
mod tenders;

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::assessment::{
    self, Edit, Evidence, Insights, Recovered, RecoveryDir, StoreError, link_for_file,
};
use crate::catalog::{Library, LoadReport};
use crate::procurement::{TENDER_EXTENSION, save_tender};
use crate::ui::command::{Command, Screen};
use crate::ui::dialogs::{FileDialogs, OpenKind, SystemDialogs};
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::places::Places;
use crate::ui::problems::framed;
use crate::ui::screens::catalog::{BrowserState, ImportPanel};
use crate::ui::screens::export::{ExportCommand, ExportPanel, ExportProblem};
use crate::ui::screens::files::{FilePanel, FilePurpose};
use crate::ui::screens::settings::Settings;
use crate::ui::screens::setup::SetupForm;
use crate::ui::screens::team::TeamPanel;
use crate::ui::screens::tender::TenderWorkspace;
use crate::ui::screens::walk::{WalkCommand, WalkState};

/// Which of the open documents the user is working on: an assessment and a tender may both be
/// open, and the top bar shows the tabs and controls of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Work {
    /// The assessment (walk-through, dashboard, export).
    #[default]
    Assessment,
    /// The tender.
    Tender,
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What to show.
    pub text: String,
    /// Shown as an error.
    pub is_error: bool,
}

/// Everything the window shows.
pub struct MimApp {
    /// The loaded catalogs.
    pub library: Library,
    /// Problems met while loading catalogs, one line each (`path:line:col: …`), shown in a banner.
    pub load_problems: Vec<String>,
    /// The catalog browser's state.
    pub browser: BrowserState,
    /// The catalog import view.
    pub catalog_import: ImportPanel,
    /// The screen shown.
    pub screen: Screen,
    /// The document being worked on, whose tabs and controls the top bar shows.
    pub work: Work,
    /// Language, theme and recent files.
    pub settings: Settings,
    /// The translations of the current language.
    pub i18n: I18n,
    /// The assessment being worked on.
    pub document: Option<OpenAssessment>,
    /// The new-assessment form.
    pub setup: SetupForm,
    /// The walk-through's selection, filters and search.
    pub walk: WalkState,
    /// The Open / Save-as view.
    pub files: FilePanel,
    /// The Export view.
    pub export: ExportPanel,
    /// The team screen: what is typed and the merge under review.
    pub team: TeamPanel,
    /// The tender being built, if one is open.
    pub tender: Option<TenderWorkspace>,
    /// Tenders that could not be saved when the window closed, kept in the recovery folder and
    /// offered on the start screen.
    pub tender_recovery: Vec<PathBuf>,
    /// Unsaved work found at start, offered for restoring.
    pub recovery: Vec<Recovered>,
    /// The last message for the status bar.
    pub notice: Option<Notice>,
    /// A command that would replace an assessment with unsaved work, waiting for the user to
    /// say whether to save it first.
    pub pending: Option<Command>,
    /// Where files go.
    pub places: Places,
    pub(crate) show_problems: bool,
    /// Set when the walk-through's selection moved by command, so the tree scrolls to it once.
    walk_scroll: bool,
    /// The title last given to the system's window, so it is told only of a change.
    pub(crate) window_title: String,
    /// The colours (high contrast or not) and text size last given to egui, so they are set
    /// again only when the settings change.
    pub(crate) shown_look: Option<(bool, crate::ui::screens::settings::TextScale)>,
    dialogs: Box<dyn FileDialogs>,
}

impl std::fmt::Debug for MimApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MimApp")
            .field("screen", &self.screen)
            .field("document", &self.document.as_ref().map(|d| &d.path))
            .finish_non_exhaustive()
    }
}

impl MimApp {
    /// The app over a loaded catalog with the user's folders and the system's file dialogs.
    pub fn new(report: LoadReport) -> Self {
        MimApp::with(report, Places::for_user(), Box::new(SystemDialogs))
    }

    /// The app with chosen folders and dialogs (tests use a temporary folder and no dialogs).
    /// Reads the settings and looks for a recovery copy.
    pub fn with(report: LoadReport, places: Places, dialogs: Box<dyn FileDialogs>) -> Self {
        let mut load_problems: Vec<String> = report
            .problems
            .iter()
            .map(ToString::to_string)
            .chain(report.unreadable)
            .collect();
        let (settings, settings_problem) = match &places.settings_file {
            Some(path) => Settings::load(path),
            None => (Settings::default(), None),
        };
        load_problems.extend(settings_problem);
        let i18n = I18n::new(settings.language);
        let mut recovery = Vec::new();
        let mut notice = None;
        for found in places
            .recovery_dir
            .as_ref()
            .map(RecoveryDir::new)
            .map(|dir| dir.found())
            .unwrap_or_default()
        {
            match found {
                Ok(found) => recovery.push(found),
                Err(e) => {
                    notice = Some(Notice {
                        text: framed(&i18n, "problem-recovery", e),
                        is_error: true,
                    });
                }
            }
        }
        // The catalogs' texts in the window's language (English where a text is not
        // translated); documents take their own language from this library's English one.
        let library = report.library.localized(settings.language.code());
        let setup = SetupForm::new(&library, &places.documents_dir);
        MimApp {
            i18n,
            library,
            load_problems,
            browser: BrowserState::default(),
            catalog_import: ImportPanel::default(),
            screen: Screen::Start,
            work: Work::Assessment,
            settings,
            document: None,
            setup,
            walk: WalkState::default(),
            files: FilePanel::default(),
            export: ExportPanel::default(),
            team: TeamPanel::default(),
            tender: None,
            tender_recovery: places
                .recovery_dir
                .as_deref()
                .map(|dir| crate::ui::places::files_ending_in(dir, &[TENDER_EXTENSION]))
                .unwrap_or_default(),
            recovery,
            notice,
            pending: None,
            places,
            show_problems: false,
            walk_scroll: true,
            window_title: String::new(),
            shown_look: None,
            dialogs,
        }
    }

    /// Whether the tree should bring the selected requirement into view in this frame.
    pub(crate) fn walk_scroll_pending(&self) -> bool {
        self.walk_scroll
    }

    /// Called after a frame is drawn: the tree has scrolled to the selection.
    pub(crate) fn walk_scrolled(&mut self) {
        self.walk_scroll = false;
    }

    fn recovery_dir(&self) -> Option<RecoveryDir> {
        self.places.recovery_dir.as_ref().map(RecoveryDir::new)
    }

    /// Applies one command: the only place where the window changes state.
    pub fn apply(&mut self, command: Command) {
        self.apply_command(command);
        self.work = match self.screen {
            Screen::Tender => Work::Tender,
            Screen::Walk | Screen::Dashboard | Screen::Export | Screen::Setup | Screen::Team => {
                Work::Assessment
            }
            _ => self.work,
        };
    }

    fn apply_command(&mut self, command: Command) {
        let now = Instant::now();
        let unsaved = self
            .document
            .as_ref()
            .is_some_and(OpenAssessment::has_unsaved_changes);
        if command.replaces_document() && unsaved {
            self.pending = Some(command);
            return;
        }
        match command {
            Command::Browser(c) => self.browser.apply(c),
            Command::CatalogImport(c) => self.apply_catalog_import(c),
            Command::ToggleProblems => self.show_problems = !self.show_problems,
            Command::Show(screen) => self.go_to(screen),
            Command::Setup(c) => self.setup.apply(c, &self.library),
            Command::Walk(c) => {
                self.walk_scroll = !matches!(c, WalkCommand::Select(_));
                if let Some(doc) = &self.document {
                    self.walk.apply(c, doc, &self.library);
                }
            }
            Command::GoToRequirement(qid) => {
                self.walk.selected = Some(qid);
                self.walk_scroll = true;
                self.screen = Screen::Walk;
            }
            Command::Settings(c) => {
                self.settings.apply(c);
                if self.i18n.language() != self.settings.language {
                    self.i18n = I18n::new(self.settings.language);
                    self.library = self.library.localized(self.settings.language.code());
                    if let Some(doc) = &mut self.document {
                        doc.insights = Insights::compute(&doc.assessment, &self.library);
                    }
                }
                self.store_settings();
            }
            Command::Export(c) => {
                if let ExportCommand::SetLogo(logo) = &c {
                    self.settings.logo.clone_from(logo);
                    self.store_settings();
                }
                if let Some(doc) = &self.document {
                    self.export.apply(
                        c,
                        &doc.assessment,
                        &doc.insights,
                        doc.path.as_deref(),
                        &self.library,
                    );
                }
            }
            Command::BrowseExport => self.browse_export(),
            Command::SetDocumentLanguage(code) => {
                if let Some(doc) = &mut self.document {
                    doc.set_language(code, now);
                }
            }
            Command::Team(c) => self.apply_team(c, now),
            Command::Assign { items, to } => self.assign(&items, to.as_deref(), now),
            Command::SetSubmitted(submitted) => self.set_submitted(submitted, now),
            Command::ReadPart(path) => {
                self.team.part_path = path.display().to_string();
                self.read_part(&path);
                self.screen = Screen::Team;
            }
            Command::BrowseLogo => self.browse_logo(),
            Command::BrowseEvidence { qid, index } => self.browse_evidence(&qid, index),
            Command::NewTender
            | Command::OpenExampleTender
            | Command::RestoreTender(_)
            | Command::DiscardTender(_)
            | Command::BrowseBid
            | Command::Tender(_) => self.apply_tender(command, now),
            other => self.apply_document(other, now),
        }
    }

    /// Asks the system's dialog where to export.
    fn browse_export(&mut self) {
        let target = self.export.target();
        let folder = target.parent().map(Path::to_path_buf).unwrap_or_default();
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match self.dialogs.pick_file_to_save(&folder, &name) {
            Some(path) => self.export.path = path.display().to_string(),
            None => self.export.outcome = Some(Err(ExportProblem::NoDialog)),
        }
    }

    /// Asks the system's dialog for the file a piece of evidence points to, and keeps it as the
    /// evidence's link (relative to the assessment when it lies beside it), as one undo step.
    fn browse_evidence(&mut self, qid: &str, index: usize) {
        let Some(doc) = &self.document else {
            return;
        };
        let Some(item) = doc
            .assessment
            .answers
            .get(qid)
            .and_then(|a| a.evidence.get(index))
        else {
            return;
        };
        let folder = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map_or_else(|| self.places.documents_dir.clone(), Path::to_path_buf);
        let filter = self.i18n.tr("walk-evidence-filter");
        let Some(file) = self
            .dialogs
            .pick_file_to_open(&folder, OpenKind::Evidence, &filter)
        else {
            self.error(self.i18n.tr("files-no-dialog"));
            return;
        };
        let evidence = Evidence {
            link: link_for_file(&file, doc.path.as_deref()),
            ..item.clone()
        };
        self.apply(Command::Edit(Edit::SetEvidence {
            qid: qid.to_owned(),
            index,
            evidence,
        }));
        self.apply(Command::FinishTyping);
    }

    /// Asks the system's dialog for the logo on the report's cover.
    fn browse_logo(&mut self) {
        let typed = PathBuf::from(self.export.logo.trim());
        let folder = match typed.parent() {
            Some(parent) if parent.is_dir() => parent.to_path_buf(),
            _ => self.places.documents_dir.clone(),
        };
        let filter = self.i18n.tr("export-logo-filter");
        match self
            .dialogs
            .pick_file_to_open(&folder, OpenKind::Logo, &filter)
        {
            Some(path) => self.apply(Command::Export(ExportCommand::SetLogo(
                path.display().to_string(),
            ))),
            None => self.export.outcome = Some(Err(ExportProblem::NoDialog)),
        }
    }

    fn go_to(&mut self, screen: Screen) {
        match screen {
            Screen::Export if self.export.job.is_none() => {
                let stem = self.document.as_ref().map_or_else(String::new, |d| {
                    crate::ui::screens::setup::file_name_for(&d.assessment.organisation.name)
                        .trim_end_matches(assessment::ASSESSMENT_EXTENSION)
                        .to_owned()
                });
                self.export =
                    ExportPanel::new(&self.places.documents_dir, &stem, &self.settings.logo);
            }
            Screen::Open => self.files = FilePanel::new(FilePurpose::Open, &self.places, None),
            Screen::SaveAs => {
                let name = self.document.as_ref().map(|d| {
                    d.path.clone().unwrap_or_else(|| {
                        self.places
                            .documents_dir
                            .join(crate::ui::screens::setup::file_name_for(
                                &d.assessment.organisation.name,
                            ))
                    })
                });
                self.files = FilePanel::new(FilePurpose::SaveAs, &self.places, name);
            }
            _ => {}
        }
        self.screen = screen;
    }

    fn notify_opened(&mut self, path: &Path) {
        self.notify_file("notice-opened", path);
    }

    /// A message about a file, which the message `id` names as `$file`.
    fn notify_file(&mut self, id: &str, path: &Path) {
        self.notice = Some(Notice {
            text: self
                .i18n
                .tr_args(id, &[("file", Arg::from(path.display().to_string()))]),
            is_error: false,
        });
    }

    fn notify(&mut self, id: &str, is_error: bool) {
        self.notice = Some(Notice {
            text: self.i18n.tr(id),
            is_error,
        });
    }

    fn error(&mut self, text: String) {
        self.notice = Some(Notice {
            text,
            is_error: true,
        });
    }

    fn store_settings(&mut self) {
        if let Some(path) = &self.places.settings_file
            && let Err(e) = self.settings.save(path)
        {
            self.error(framed(&self.i18n, "problem-settings", e));
        }
    }

    /// Work that happens with time rather than input: writes the recovery copy when due.
    /// Returns true while a copy is still waiting, so the caller asks for a later frame.
    pub fn tick(&mut self, now: Instant) -> bool {
        let exporting = self.export.job.is_some();
        self.export.poll();
        // The status bar says what was written, whichever screen is showing by then.
        if exporting
            && self.export.job.is_none()
            && let Some(Ok(file)) = &self.export.outcome
        {
            let file = file.clone();
            self.notify_file("export-done", &file);
        }
        let tender_waiting = self
            .tender
            .as_mut()
            .is_some_and(|ws| ws.autosave(now, self.places.autosave_delay));
        let Some(doc) = &mut self.document else {
            return tender_waiting;
        };
        if let Err(e) = doc.autosave(now) {
            let text = if doc.part.is_some() {
                part_not_saved(&self.i18n, doc, self.places.recovery_dir.as_deref(), &e)
            } else {
                framed(&self.i18n, "problem-autosave", e)
            };
            self.error(text);
        }
        tender_waiting
            || self
                .document
                .as_ref()
                .is_some_and(OpenAssessment::autosave_pending)
    }
}

impl MimApp {
    /// Writes the recovery copy now if there is unsaved work (the window is closing), so the
    /// next start offers it instead of losing it.
    pub fn keep_unsaved_work(&mut self) {
        if let Some(ws) = &mut self.tender {
            ws.save_now();
            if let Some(problem) = ws.save_problem() {
                eprintln!("mim-assistant: {problem}");
                // Its own file cannot be written: keep a copy where the next start finds it.
                let kept = self.places.recovery_dir.as_deref().map(|dir| {
                    let copy = crate::ui::places::free_file(dir, "unsaved", TENDER_EXTENSION);
                    create_parent(&copy)
                        .and_then(|()| save_tender(&ws.tender, &copy))
                        .map(|()| copy)
                });
                match kept {
                    Some(Ok(copy)) => {
                        eprintln!("mim-assistant: the tender is kept in {}", copy.display())
                    }
                    Some(Err(e)) => eprintln!("mim-assistant: {e}"),
                    None => {}
                }
            }
        }
        let Some(doc) = &mut self.document else {
            return;
        };
        if !doc.has_unsaved_changes() {
            return;
        }
        // A part is saved into its own file (or, when it cannot be, copied into the recovery
        // folder); an assessment into its recovery copy.
        let kept = match (&doc.part, doc.path.clone()) {
            (Some(_), Some(path)) => doc.save_to(&path).map_err(|e| {
                part_not_saved(&self.i18n, doc, self.places.recovery_dir.as_deref(), &e)
            }),
            _ => doc.write_recovery().map_err(|e| e.to_string()),
        };
        if let Err(e) = kept {
            eprintln!("mim-assistant: {e}");
        }
    }
}

/// What to say when a contributor's part could not be saved: where the copy of the work kept
/// in the recovery folder is, or that there is none and Save as is the way out.
fn part_not_saved(
    i18n: &I18n,
    doc: &OpenAssessment,
    recovery_dir: Option<&Path>,
    problem: &StoreError,
) -> String {
    let copy = recovery_dir.map(|dir| doc.keep_part_copy(dir));
    match copy {
        Some(Ok(copy)) => i18n.tr_args(
            "problem-part-kept",
            &[
                ("detail", Arg::from(problem.to_string())),
                ("copy", Arg::from(copy.display().to_string())),
            ],
        ),
        _ => framed(i18n, "problem-part-not-saved", problem),
    }
}

/// Makes sure the folder of `path` exists.
pub(crate) fn create_parent(path: &Path) -> Result<(), StoreError> {
    crate::store::create_parent(path)
}
