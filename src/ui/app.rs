//! The application state behind the window and the one place that changes it. Views draw from
//! this state and return [`Command`]s; [`MimApp::apply`] carries them out. Kept free of
//! `eframe` so that tests drive it through `egui_kittest` exactly as a user would.

use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::assessment::{
    self, Recovered, RecoveryDir, RecoverySlot, StoreError, example_assessment,
};
use crate::catalog::{Library, LoadReport};
use crate::procurement::{TENDER_EXTENSION, Tender, example_tender, load_tender, save_tender};
use crate::ui::command::{Command, Screen};
use crate::ui::dialogs::{FileDialogs, OpenKind, SystemDialogs};
use crate::ui::document::{OpenAssessment, SaveState};
use crate::ui::i18n::{Arg, I18n};
use crate::ui::places::Places;
use crate::ui::screens::catalog::BrowserState;
use crate::ui::screens::export::{ExportPanel, ExportProblem};
use crate::ui::screens::files::{FilePanel, FilePurpose};
use crate::ui::screens::settings::Settings;
use crate::ui::screens::setup::SetupForm;
use crate::ui::screens::tender::{Message, TenderCommand, TenderWorkspace};
use crate::ui::screens::walk::{WalkCommand, WalkState};

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
    /// The screen shown.
    pub screen: Screen,
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
                        text: e.to_string(),
                        is_error: true,
                    });
                }
            }
        }
        let setup = SetupForm::new(&report.library, &places.documents_dir);
        MimApp {
            i18n: I18n::new(settings.language),
            library: report.library,
            load_problems,
            browser: BrowserState::default(),
            screen: Screen::Start,
            settings,
            document: None,
            setup,
            walk: WalkState::default(),
            files: FilePanel::default(),
            export: ExportPanel::default(),
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
            Command::ToggleProblems => self.show_problems = !self.show_problems,
            Command::Show(screen) => self.go_to(screen),
            Command::Setup(c) => self.setup.apply(c, &self.library),
            Command::CreateAssessment => self.create_assessment(),
            Command::OpenExample => {
                let example = example_assessment(&self.library);
                self.open_document(example, None, None);
                self.notify("notice-example-opened", false);
            }
            Command::Open(path) => self.open_path(&path),
            Command::SetFilePath(path) => self.files.path = path,
            Command::Browse => self.browse(),
            Command::SaveAs(path) => self.save_to(&path),
            Command::Save => match self.document.as_ref().and_then(|d| d.path.clone()) {
                Some(path) => self.save_to(&path),
                None if self.document.is_some() => self.go_to(Screen::SaveAs),
                None => {}
            },
            Command::Edit(edit) => {
                if let Some(doc) = &mut self.document {
                    doc.edit(&edit, &self.library, now);
                }
            }
            Command::FinishTyping => {
                if let Some(doc) = &mut self.document {
                    doc.history.close_typing();
                }
            }
            Command::Undo | Command::Redo => {
                let Some(doc) = &mut self.document else {
                    return;
                };
                let touched = if command == Command::Undo {
                    doc.undo(&self.library, now)
                } else {
                    doc.redo(&self.library, now)
                };
                if let Some(qid) = touched {
                    self.walk.selected = Some(qid);
                    self.walk_scroll = true;
                }
            }
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
                }
                self.store_settings();
            }
            Command::RestoreRecovery(index) => {
                if index < self.recovery.len() {
                    let found = self.recovery.remove(index);
                    self.open_document(found.assessment, found.original, Some(found.slot));
                    if let Some(doc) = &mut self.document {
                        doc.mark_unsaved(now);
                    }
                    self.notify("notice-restored", false);
                }
            }
            Command::DiscardRecovery(index) => {
                if index < self.recovery.len() {
                    let found = self.recovery.remove(index);
                    if let Err(e) = found.slot.clear() {
                        self.error(format!("{}: {e}", found.slot.path().display()));
                    }
                }
            }
            Command::Close => {
                self.document = None;
                self.screen = Screen::Start;
            }
            Command::SaveThenContinue => self.save_then_continue(),
            Command::DiscardThenContinue => {
                if let Some(pending) = self.pending.take() {
                    self.document = None;
                    self.apply(pending);
                }
            }
            Command::KeepWorking => self.pending = None,
            Command::Export(c) => {
                if let Some(doc) = &self.document {
                    self.export.apply(c, &doc.assessment, &self.library);
                }
            }
            Command::BrowseExport => {
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
            Command::NewTender => {
                let buyer = self
                    .document
                    .as_ref()
                    .map(|d| d.assessment.organisation.name.clone())
                    .unwrap_or_default();
                self.start_tender(Tender::new(&buyer, "", ""), "tender");
            }
            Command::OpenExampleTender => {
                self.start_tender(example_tender(&self.library), "example-tender");
            }
            Command::RestoreTender(index) => {
                if let Some(copy) = self.tender_recovery.get(index).cloned() {
                    match load_tender(&copy) {
                        Ok(tender) => {
                            let stem = if tender.title.trim().is_empty() {
                                "recovered-tender".to_owned()
                            } else {
                                crate::ui::screens::setup::file_name_for(&tender.title)
                                    .trim_end_matches(assessment::ASSESSMENT_EXTENSION)
                                    .to_owned()
                            };
                            // The copy goes only once the tender is open from its new file.
                            if let Some(opened) = self.start_tender(tender, &stem)
                                && self.tender.as_ref().is_some_and(|ws| ws.path == opened)
                            {
                                self.discard_tender_copy(index);
                            }
                        }
                        Err(e) => self.error(e.to_string()),
                    }
                }
            }
            Command::DiscardTender(index) => self.discard_tender_copy(index),
            Command::BrowseBid => {
                let Some(ws) = &mut self.tender else {
                    return;
                };
                let filter = self.i18n.tr("files-filter-forms");
                let picked = self.dialogs.pick_file_to_open(
                    &ws.import_folder(),
                    OpenKind::ResponseForm,
                    &filter,
                );
                match picked {
                    Some(path) => ws.apply(TenderCommand::ImportFile(path), &self.library, now),
                    None => {
                        ws.import_outcome =
                            Some(Err(Message::Problem(self.i18n.tr("files-no-dialog"))));
                    }
                }
            }
            Command::Tender(c) => {
                let Some(ws) = &mut self.tender else {
                    return;
                };
                let before = ws.path.clone();
                ws.apply(c, &self.library, now);
                if ws.path != before && !ws.has_unsaved_changes() {
                    // Saved under a new name: that is the file to come back to.
                    let path = ws.path.clone();
                    self.settings.remember(&path);
                    self.store_settings();
                }
            }
            Command::OpenFolder(folder) => {
                if !self.dialogs.open_folder(&folder) {
                    let text = self.i18n.tr_args(
                        "export-no-file-manager",
                        &[("folder", Arg::from(folder.display().to_string()))],
                    );
                    self.notice = Some(Notice {
                        text,
                        is_error: false,
                    });
                }
            }
        }
    }

    fn save_then_continue(&mut self) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        match self.document.as_ref().and_then(|d| d.path.clone()) {
            Some(path) => {
                self.save_to(&path);
                if self
                    .document
                    .as_ref()
                    .is_some_and(|d| d.save_state() == SaveState::Saved)
                {
                    self.apply(pending);
                }
            }
            None => {
                self.go_to(Screen::SaveAs);
                self.notify("notice-save-first", false);
            }
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
                self.export = ExportPanel::new(&self.places.documents_dir, &stem);
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
        self.notice = Some(Notice {
            text: self.i18n.tr_args(
                "notice-opened",
                &[("file", Arg::from(path.display().to_string()))],
            ),
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
            self.error(e);
        }
    }

    /// Opens `assessment`; its recovery copy goes to `slot`, or to the copy of its file (or of
    /// this session, when it has no file).
    fn open_document(
        &mut self,
        assessment: assessment::Assessment,
        path: Option<PathBuf>,
        slot: Option<RecoverySlot>,
    ) {
        let slot = slot.or_else(|| {
            let dir = self.recovery_dir()?;
            Some(match &path {
                Some(path) => dir.slot_for_file(path),
                None => dir.slot_for_session(),
            })
        });
        if let Some(slot) = &slot {
            self.claim_slot(slot);
        }
        let doc = OpenAssessment::new(
            assessment,
            path.clone(),
            slot,
            &self.library,
            self.places.autosave_delay,
        );
        self.walk = WalkState::default();
        self.walk.selected = doc.insights.statuses.first().map(|s| s.qid.clone());
        self.document = Some(doc);
        self.screen = Screen::Walk;
        self.walk_scroll = true;
        if let Some(path) = path {
            self.settings.remember(&path);
            self.store_settings();
        }
    }

    /// Makes `slot` free for the open assessment: a copy offered for restoring that sits there
    /// (the same file's unsaved work from a crash) is moved aside first, never written over.
    fn claim_slot(&mut self, slot: &RecoverySlot) {
        let Some(dir) = self.recovery_dir() else {
            return;
        };
        for offer in &mut self.recovery {
            if &offer.slot == slot {
                let aside = dir.slot_for_session();
                match offer.slot.move_to(&aside) {
                    Ok(()) => offer.slot = aside,
                    Err(e) => {
                        self.notice = Some(Notice {
                            text: format!("{}: {e}", offer.slot.path().display()),
                            is_error: true,
                        });
                    }
                }
            }
        }
    }

    fn open_path(&mut self, path: &Path) {
        if path.to_string_lossy().ends_with(TENDER_EXTENSION) {
            self.open_tender(path);
            return;
        }
        match assessment::load(path) {
            Ok(loaded) => {
                self.open_document(loaded.assessment, Some(path.to_path_buf()), None);
                self.notify_opened(path);
            }
            Err(e) => self.report_file_problem(e.to_string()),
        }
    }

    /// Opens a tender file on the tender screen (saving the open tender first).
    fn open_tender(&mut self, path: &Path) {
        if let Some(ws) = &mut self.tender {
            if ws.path == path {
                self.screen = Screen::Tender;
                return;
            }
            // The open tender goes to its file first; if it cannot, it stays open.
            ws.save_now();
            if let Some(problem) = ws.save_problem() {
                let text = problem.to_owned();
                self.report_file_problem(text);
                return;
            }
        }
        match load_tender(path) {
            Ok(tender) => {
                self.tender = Some(TenderWorkspace::new(tender, path.to_path_buf()));
                self.screen = Screen::Tender;
                self.settings.remember(path);
                self.store_settings();
                self.notify_opened(path);
            }
            Err(e) => self.report_file_problem(e.to_string()),
        }
    }

    fn discard_tender_copy(&mut self, index: usize) {
        if index < self.tender_recovery.len() {
            let copy = self.tender_recovery.remove(index);
            if let Err(e) = std::fs::remove_file(&copy) {
                self.error(format!("{}: {e}", copy.display()));
            }
        }
    }

    /// Writes `tender` to a new file named after `stem` in the documents folder and opens it;
    /// returns that file, or `None` when it could not be written.
    fn start_tender(&mut self, tender: Tender, stem: &str) -> Option<PathBuf> {
        let path = crate::ui::places::free_file(&self.places.documents_dir, stem, TENDER_EXTENSION);
        if let Err(e) = create_parent(&path).and_then(|()| save_tender(&tender, &path)) {
            self.error(e.to_string());
            return None;
        }
        self.open_tender(&path);
        Some(std::path::absolute(&path).unwrap_or(path))
    }

    /// Shows a problem with a file beside the path field when the file view is open, and in
    /// the status bar otherwise.
    fn report_file_problem(&mut self, text: String) {
        if matches!(self.screen, Screen::Open | Screen::SaveAs) {
            self.files.message = Some(text);
        } else {
            self.error(text);
        }
    }

    fn create_assessment(&mut self) {
        if !self.setup.missing().is_empty() {
            return;
        }
        let assessment = self.setup.to_assessment();
        let path = with_extension(Path::new(self.setup.path.trim()));
        if path.exists() {
            self.setup.problem = Some(self.i18n.tr_args(
                "files-exists",
                &[("file", Arg::from(path.display().to_string()))],
            ));
            return;
        }
        if let Err(e) = create_parent(&path).and_then(|()| assessment::save(&assessment, &path)) {
            self.setup.problem = Some(e.to_string());
            return;
        }
        self.open_document(assessment, Some(path), None);
        self.setup = SetupForm::new(&self.library, &self.places.documents_dir);
        self.notify("notice-created", false);
    }

    fn browse(&mut self) {
        let folder = self.files.folder();
        let picked = match self.files.purpose {
            FilePurpose::Open => self.dialogs.pick_file_to_open(
                &folder,
                OpenKind::Document,
                &self.i18n.tr("files-filter-documents"),
            ),
            FilePurpose::SaveAs => self
                .dialogs
                .pick_file_to_save(&folder, &self.files.file_name()),
        };
        match picked {
            Some(path) => match self.files.purpose {
                FilePurpose::Open => self.apply(Command::Open(path)),
                FilePurpose::SaveAs => self.save_to(&path),
            },
            None => self.files.message = Some(self.i18n.tr("files-no-dialog")),
        }
    }

    fn save_to(&mut self, path: &Path) {
        let path = with_extension(path);
        let recovery_dir = self.recovery_dir();
        let Some(doc) = &mut self.document else {
            return;
        };
        if path.exists() && doc.path.as_deref() != Some(path.as_path()) {
            let text = self.i18n.tr_args(
                "files-exists",
                &[("file", Arg::from(path.display().to_string()))],
            );
            self.report_file_problem(text);
            return;
        }
        if let Err(e) = create_parent(&path).and_then(|()| doc.save_to(&path)) {
            self.report_file_problem(e.to_string());
            return;
        }
        // The work is in its file: its recovery copy goes, and later copies follow the file.
        let old_copy = doc.recovery.take();
        let new_copy = recovery_dir.map(|dir| dir.slot_for_file(&path));
        if let Some(slot) = &new_copy {
            self.claim_slot(slot);
        }
        if let Some(doc) = &mut self.document {
            doc.recovery = new_copy;
        }
        self.notice = Some(Notice {
            text: self.i18n.tr_args(
                "notice-saved",
                &[("file", Arg::from(path.display().to_string()))],
            ),
            is_error: false,
        });
        if let Some(slot) = old_copy
            && let Err(e) = slot.clear()
        {
            self.error(format!("{}: {e}", slot.path().display()));
        }
        self.settings.remember(&path);
        self.store_settings();
        if self.screen == Screen::SaveAs {
            self.screen = Screen::Walk;
        }
    }

    /// Work that happens with time rather than input: writes the recovery copy when due.
    /// Returns true while a copy is still waiting, so the caller asks for a later frame.
    pub fn tick(&mut self, now: Instant) -> bool {
        self.export.poll();
        let tender_waiting = self
            .tender
            .as_mut()
            .is_some_and(|ws| ws.autosave(now, self.places.autosave_delay));
        let Some(doc) = &mut self.document else {
            return tender_waiting;
        };
        if let Err(e) = doc.autosave(now) {
            self.error(e.to_string());
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
        if doc.has_unsaved_changes()
            && let Err(e) = doc.write_recovery()
        {
            eprintln!("mim-assistant: {e}");
        }
    }
}

/// Makes sure the folder of `path` exists.
pub(crate) fn create_parent(path: &Path) -> Result<(), StoreError> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::Write {
                path: path.display().to_string(),
                source,
            })
        }
        _ => Ok(()),
    }
}

/// `path`, ending in `.mimassess.ron` (added when the user typed a bare name).
fn with_extension(path: &Path) -> PathBuf {
    if path.to_string_lossy().ends_with(".ron") {
        path.to_path_buf()
    } else {
        let mut name = path.as_os_str().to_os_string();
        name.push(assessment::ASSESSMENT_EXTENSION);
        PathBuf::from(name)
    }
}
