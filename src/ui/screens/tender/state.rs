//! The tender screen's window state — the part shown, the catalog search, the path fields,
//! the messages beside the buttons, autosave timing — and its [`TenderCommand`]s. What a
//! command does to the tender itself is library code: [`TenderEdit`] applied through a
//! [`TenderHistory`], bidders' forms read through [`BidForms`]. The buyer's warnings and the
//! evaluation are computed here once per change, never per frame. Plain state without a
//! window, so tests drive it exactly as the view does. The tender is saved to its file a
//! moment after each change (it always has one).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::catalog::Library;

use super::message::{Message, Outcome};
use crate::procurement::{
    BidForms, Evaluation, FormFormat, TENDER_EXTENSION, Tender, TenderEdit, TenderHistory,
    TenderItem, TenderWarning, check_tender, evaluate, forms_in_folder, relocate_forms,
    save_tender,
};

/// The parts of the tender screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TenderTab {
    /// Choose and set up the items.
    #[default]
    Items,
    /// The annex's text as bidders will read it, and the export.
    Annex,
    /// Import bidders' forms, decide equivalences, compare and export the evaluation.
    Bids,
}

/// One command of the tender screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenderCommand {
    /// Change the tender (one undo step, or part of the typing step).
    Edit(TenderEdit),
    /// Change the catalog search.
    Search(String),
    /// Show another part of the screen.
    Tab(TenderTab),
    /// Undo the last change to the tender.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// The user left a text field: the next typing is a new undo step.
    FinishTyping,
    /// Save the tender to its file now (Ctrl+S), not after the usual delay.
    Save,
    /// Change the path typed to save the tender elsewhere (when its own file cannot be written).
    SetSaveAsPath(String),
    /// Make the typed path the tender's file and save there; an existing file is never replaced.
    SaveAs,
    /// Change where the annex PDF goes.
    SetAnnexPath(String),
    /// Change where the response form goes.
    SetFormPath(String),
    /// Write the annex PDF and the response form.
    ExportAnnex,
    /// Change the path of the form to import.
    SetImportPath(String),
    /// Import the filled form at the import path.
    Import,
    /// Import this filled form (picked from the list of forms found, or from a dialog).
    ImportFile(PathBuf),
    /// Decide a bidder's equivalence on the form read now: accepted, rejected, or undecided
    /// (`None`).
    Decide {
        /// The bidder.
        bidder: String,
        /// The item's requirement id.
        requirement: String,
        /// The decision.
        accepted: Option<bool>,
    },
    /// Change where the evaluation PDF goes.
    SetEvaluationPath(String),
    /// Write the evaluation PDF.
    ExportEvaluation,
    /// Open a file the screen wrote (the annex, the evaluation) in the system's viewer; the
    /// window carries it out, the workspace has nothing to change.
    OpenFile(PathBuf),
    /// Show the folder of a file the screen wrote; carried out by the window too.
    ShowFolder(PathBuf),
}

/// The open tender and everything the tender screen remembers about it.
#[derive(Debug)]
pub struct TenderWorkspace {
    /// The tender.
    pub tender: Tender,
    /// Its file; every change is saved there.
    pub path: PathBuf,
    /// The part of the screen shown.
    pub tab: TenderTab,
    /// The catalog search.
    pub search: String,
    /// Where the annex PDF goes.
    pub annex_path: String,
    /// Where the response form goes (`.xlsx`).
    pub form_path: String,
    /// What the last annex export did.
    pub annex_outcome: Outcome,
    /// The filled form to import next.
    pub import_path: String,
    /// What the last import did (its problems, one a line, on failure).
    pub import_outcome: Outcome,
    /// The bidders' forms kept with the tender, as they read now.
    pub forms: BidForms,
    /// Spreadsheets found in the import folder, offered for import with one click.
    pub found_forms: Vec<PathBuf>,
    /// Where to save instead, typed when the tender's own file cannot be written.
    pub save_as_path: String,
    /// The file that is already where the user asked to save instead (never replaced).
    pub save_as_exists: Option<PathBuf>,
    /// Where the evaluation PDF goes.
    pub evaluation_path: String,
    /// What the last evaluation export did.
    pub evaluation_outcome: Outcome,
    history: TenderHistory,
    changed_at: Option<Instant>,
    save_problem: Option<String>,
    /// The buyer's warnings for the tender as it stands (computed after each change).
    warnings: Vec<TenderWarning>,
    /// The evaluation of the bids read, under the current decisions (computed after each
    /// change and each reading of the forms).
    evaluation: Evaluation,
    /// The catalogs in the tender's language, which its annex, its forms and their reading
    /// use whatever language the window shows; kept until the language changes.
    documents_library: Option<Arc<Library>>,
}

impl TenderWorkspace {
    /// A workspace for `tender` kept in `path`; export paths are proposed beside it.
    pub fn new(tender: Tender, path: PathBuf, library: &Library) -> Self {
        // Absolute, so that forms listed relative to its folder are found whatever the
        // working folder of a later start.
        let path = std::path::absolute(&path).unwrap_or(path);
        let documents = Arc::new(library.for_document(&tender.language).into_owned());
        let mut ws = TenderWorkspace {
            annex_path: String::new(),
            form_path: String::new(),
            evaluation_path: String::new(),
            import_path: String::new(),
            warnings: check_tender(&tender, library),
            evaluation: evaluate(&tender, &[]),
            tender,
            path,
            tab: TenderTab::Items,
            search: String::new(),
            annex_outcome: None,
            import_outcome: None,
            forms: BidForms::unread(),
            found_forms: Vec::new(),
            save_as_path: String::new(),
            save_as_exists: None,
            evaluation_outcome: None,
            history: TenderHistory::default(),
            changed_at: None,
            save_problem: None,
            documents_library: Some(documents),
        };
        ws.propose_paths();
        ws
    }

    /// Proposes the annex, form and evaluation files beside the tender's file, and its folder
    /// for importing forms.
    fn propose_paths(&mut self) {
        let stem = self
            .path
            .file_name()
            .map(|n| {
                n.to_string_lossy()
                    .trim_end_matches(TENDER_EXTENSION)
                    .to_owned()
            })
            .unwrap_or_else(|| "tender".to_owned());
        let beside = |suffix: &str| {
            self.path
                .with_file_name(format!("{stem}{suffix}"))
                .display()
                .to_string()
        };
        self.annex_path = beside("-annex.pdf");
        self.form_path = beside("-response-form.xlsx");
        self.evaluation_path = beside("-evaluation.pdf");
        self.import_path = format!("{}{}", self.folder().display(), std::path::MAIN_SEPARATOR);
    }

    /// The tender's folder: forms inside it are listed relative to it.
    pub fn folder(&self) -> PathBuf {
        self.path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// The file's name, for the top bar.
    pub fn display_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// True while a change has not reached the file yet.
    pub fn has_unsaved_changes(&self) -> bool {
        self.changed_at.is_some()
    }

    /// Why the last save failed, if it did.
    pub fn save_problem(&self) -> Option<&str> {
        self.save_problem.as_deref()
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The evaluation of the bids under the current decisions, as of the last change.
    pub fn evaluation(&self) -> &Evaluation {
        &self.evaluation
    }

    /// The buyer's warnings for the tender as it stands, as of the last change.
    pub fn warnings(&self) -> &[TenderWarning] {
        &self.warnings
    }

    /// Whether a warning stops the annex and the form from being written.
    pub fn export_blocked(&self) -> bool {
        self.warnings.iter().any(TenderWarning::blocks_export)
    }

    /// Carries out one command. When it changes what the forms are read against (items,
    /// reference) or which forms are kept, they are read again before the bids are next shown,
    /// so an evaluation never rests on forms made for another tender. The warnings and the
    /// evaluation are computed again afterwards.
    pub fn apply(&mut self, command: TenderCommand, library: &Library, now: Instant) {
        let before = (bid_key(&self.tender), self.tender.language.clone());
        let documents = self.documents_library(library);
        self.apply_one(command, &documents, now);
        // A form is written in the tender's language: another language reads it differently.
        if (bid_key(&self.tender), self.tender.language.clone()) != before {
            self.forms.mark_stale();
        }
        let documents = self.documents_library(library);
        if self.forms.is_stale() && self.tab == TenderTab::Bids {
            self.refresh_forms(&documents);
        }
        self.warnings = check_tender(&self.tender, &documents);
        self.evaluation = evaluate(&self.tender, &self.forms.bids);
    }

    /// The catalogs in the tender's language, as its annex prints them: for the window's
    /// preview of the annex (kept from the last change, made when the workspace was).
    pub fn documents(&self) -> Option<&Library> {
        self.documents_library.as_deref()
    }

    /// The catalogs in the tender's language (see `documents_library`), made once per language.
    fn documents_library(&mut self, library: &Library) -> Arc<Library> {
        match &self.documents_library {
            Some(kept) if kept.language() == self.tender.language => Arc::clone(kept),
            _ => {
                let made = Arc::new(library.for_document(&self.tender.language).into_owned());
                self.documents_library = Some(Arc::clone(&made));
                made
            }
        }
    }

    /// Reads the kept forms again now, against the catalogs in the tender's language.
    pub fn refresh_forms(&mut self, library: &Library) {
        let documents = self.documents_library(library);
        let folder = self.folder();
        self.forms.refresh(&self.tender, &folder, &documents);
        self.evaluation = evaluate(&self.tender, &self.forms.bids);
    }

    fn apply_one(&mut self, command: TenderCommand, library: &Library, now: Instant) {
        match command {
            TenderCommand::Edit(edit) => self.edit(&edit, library, now),
            TenderCommand::FinishTyping => self.history.close_typing(),
            TenderCommand::Save => {
                self.history.close_typing();
                self.save_now();
            }
            TenderCommand::SetSaveAsPath(path) => self.save_as_path = path,
            TenderCommand::SaveAs => self.save_as(),
            TenderCommand::Search(text) => self.search = text,
            TenderCommand::Tab(tab) => {
                self.tab = tab;
                if tab == TenderTab::Bids {
                    self.find_forms();
                }
            }
            TenderCommand::Undo => {
                if self.history.undo(&mut self.tender) {
                    self.changed_at = Some(now);
                }
            }
            TenderCommand::Redo => {
                if self.history.redo(&mut self.tender) {
                    self.changed_at = Some(now);
                }
            }
            TenderCommand::SetAnnexPath(path) => {
                self.annex_path = path;
                self.annex_outcome = None;
            }
            TenderCommand::SetFormPath(path) => {
                self.form_path = path;
                self.annex_outcome = None;
            }
            TenderCommand::ExportAnnex => self.annex_outcome = Some(self.export_annex(library)),
            TenderCommand::SetImportPath(path) => {
                self.import_path = path;
                self.import_outcome = None;
                self.find_forms();
            }
            TenderCommand::Import => self.import_outcome = Some(self.import(library, now)),
            TenderCommand::ImportFile(path) => {
                self.import_path = path.display().to_string();
                self.import_outcome = Some(self.import(library, now));
                self.find_forms();
            }
            TenderCommand::Decide {
                bidder,
                requirement,
                accepted,
            } => {
                let edit = self.forms.decide(&bidder, &requirement, accepted);
                self.edit(&edit, library, now);
            }
            TenderCommand::SetEvaluationPath(path) => {
                self.evaluation_path = path;
                self.evaluation_outcome = None;
            }
            TenderCommand::ExportEvaluation => {
                if self.forms.is_stale() {
                    self.refresh_forms(library);
                }
                self.evaluation_outcome = Some(self.export_evaluation(library));
            }
            TenderCommand::OpenFile(_) | TenderCommand::ShowFolder(_) => {}
        }
    }

    /// Applies `edit` through the history; a change is saved a moment later.
    fn edit(&mut self, edit: &TenderEdit, library: &Library, now: Instant) {
        let removes_form = matches!(edit, TenderEdit::RemoveForm(_));
        if self.history.apply(&mut self.tender, edit, library) {
            self.changed_at = Some(now);
        }
        if removes_form {
            self.find_forms();
        }
    }

    /// Saves the tender when a change is `delay` old; returns true while a save is waiting.
    pub fn autosave(&mut self, now: Instant, delay: Duration) -> bool {
        match self.changed_at {
            Some(at) if now.duration_since(at) >= delay => {
                self.save_now();
                self.changed_at.is_some()
            }
            Some(_) => true,
            None => false,
        }
    }

    /// Saves the tender to its file now; on failure the change stays pending and the problem is
    /// kept for the screen.
    pub fn save_now(&mut self) {
        if self.changed_at.is_none() {
            return;
        }
        match save_tender(&self.tender, &self.path) {
            Ok(()) => {
                self.changed_at = None;
                self.save_problem = None;
            }
            Err(e) => {
                self.save_problem = Some(e.to_string());
                // Try again after the next delay rather than on every frame.
                self.changed_at = Some(Instant::now());
            }
        }
    }

    /// Moves the tender to the typed path and saves it there, unless a file is there already;
    /// forms listed relative to the old folder are listed again from the new one, and the
    /// export paths are proposed beside the new file.
    fn save_as(&mut self) {
        let typed = self.save_as_path.trim();
        if typed.is_empty() {
            return;
        }
        let mut path = PathBuf::from(typed);
        if !typed.ends_with(TENDER_EXTENSION) {
            path = PathBuf::from(format!("{typed}{TENDER_EXTENSION}"));
        }
        let path = std::path::absolute(&path).unwrap_or(path);
        if path.exists() {
            self.save_as_exists = Some(path);
            return;
        }
        self.save_as_exists = None;
        if let Err(e) = crate::store::create_parent(&path) {
            self.save_problem = Some(e.to_string());
            return;
        }
        let old_folder = self.folder();
        self.path = path;
        let new_folder = self.folder();
        relocate_forms(&mut self.tender, &old_folder, &new_folder);
        self.propose_paths();
        self.changed_at = Some(Instant::now());
        self.save_now();
    }

    /// Whether the import field names a folder (or nothing) rather than a form.
    pub fn import_names_folder(&self) -> bool {
        let typed = Path::new(self.import_path.trim());
        typed.as_os_str().is_empty() || typed.is_dir()
    }

    /// The folder the import field points into.
    pub fn import_folder(&self) -> PathBuf {
        let typed = PathBuf::from(self.import_path.trim());
        if typed.is_dir() {
            return typed;
        }
        match typed.parent() {
            Some(parent) if parent.is_dir() => parent.to_path_buf(),
            _ => self.folder(),
        }
    }

    /// Lists the spreadsheets in the import folder, leaving out the blank form this tender
    /// wrote.
    fn find_forms(&mut self) {
        let blank = PathBuf::from(self.form_path.trim());
        self.found_forms = forms_in_folder(&self.import_folder(), &blank);
    }

    /// Reads the form at the import path; if it fits the tender, lists it with the tender (in
    /// place of the same bidder's earlier form, or of the same file), as one undo step.
    fn import(&mut self, library: &Library, now: Instant) -> Result<Message, Message> {
        let path = PathBuf::from(self.import_path.trim());
        let file = path.display().to_string();
        if self.import_names_folder() {
            self.find_forms();
            return Err(Message::ImportFolder {
                folder: self.import_folder().display().to_string(),
                forms: self.found_forms.len(),
            });
        }
        if FormFormat::from_path(&path).is_none() {
            return Err(Message::NotAForm { file });
        }
        if !path.exists() {
            return Err(Message::NoSuchFile { file });
        }
        let imported = self
            .forms
            .import(&path, &self.tender, &self.folder(), library)
            .map_err(Message::FormRefused)?;
        self.edit(&imported.edit, library, now);
        let bidder = imported.bidder;
        Ok(if imported.replaces_earlier {
            Message::Replaced { bidder, file }
        } else {
            Message::Imported { bidder, file }
        })
    }
}

/// What the forms are read against and which forms are kept: when it changes, they are read
/// again.
fn bid_key(
    tender: &Tender,
) -> (
    Vec<TenderItem>,
    String,
    Vec<crate::procurement::ResponseFile>,
) {
    (
        tender.items.clone(),
        tender.reference.clone(),
        tender.responses.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::procurement::{Modality, TenderField, TenderWarning, example_tender};

    fn workspace() -> (TenderWorkspace, Library, tempfile::TempDir) {
        let library = catalog::load_embedded().library;
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("t.mimtender.ron");
        let ws = TenderWorkspace::new(Tender::new("Byn", "T", "R-1"), path, &library);
        (ws, library, folder)
    }

    fn edit(ws: &mut TenderWorkspace, edit: TenderEdit, library: &Library) {
        ws.apply(TenderCommand::Edit(edit), library, Instant::now());
    }

    #[test]
    fn warnings_are_computed_once_per_change_and_read_from_the_cache() {
        let (mut ws, library, _folder) = workspace();
        assert_eq!(ws.warnings(), [TenderWarning::Empty]);
        assert!(ws.export_blocked());
        edit(&mut ws, TenderEdit::Add("mim6:R1".into()), &library);
        assert_eq!(ws.warnings(), check_tender(&ws.tender, &library).as_slice());
        assert!(!ws.warnings().contains(&TenderWarning::Empty));
        // A command that only moves the window leaves the cached values as they are.
        let before = ws.warnings().to_vec();
        ws.apply(
            TenderCommand::Search("mim6".into()),
            &library,
            Instant::now(),
        );
        assert_eq!(ws.warnings(), before.as_slice());
    }

    #[test]
    fn edits_are_undone_through_the_library_history_and_saved_a_moment_later() {
        let (mut ws, library, _folder) = workspace();
        let now = Instant::now();
        for text in ["A", "AB"] {
            edit(
                &mut ws,
                TenderEdit::SetField(TenderField::Title, text.into()),
                &library,
            );
        }
        ws.apply(TenderCommand::FinishTyping, &library, now);
        edit(&mut ws, TenderEdit::Add("mim6:R1".into()), &library);
        edit(&mut ws, TenderEdit::SetMust(0, false), &library);
        assert_eq!(ws.tender.items[0].modality, Modality::Should { weight: 0 });
        assert!(ws.has_unsaved_changes());
        ws.apply(TenderCommand::Undo, &library, now);
        ws.apply(TenderCommand::Undo, &library, now);
        assert!(ws.tender.items.is_empty());
        ws.apply(TenderCommand::Undo, &library, now);
        assert_eq!(ws.tender.title, "T", "the typing was one step");
        assert!(!ws.can_undo() && ws.can_redo());
        assert!(ws.autosave(now, Duration::from_secs(3600)), "not yet");
        assert!(!ws.autosave(now + Duration::from_secs(1), Duration::ZERO));
        assert_eq!(
            crate::procurement::load_tender(&ws.path).ok(),
            Some(ws.tender.clone())
        );
    }

    #[test]
    fn the_bids_part_reads_the_kept_forms_and_an_evaluation_needs_a_bid() {
        let library = catalog::load_embedded().library;
        let folder = tempfile::tempdir().expect("a temporary folder");
        let path = folder.path().join("example.mimtender.ron");
        let mut ws = TenderWorkspace::new(example_tender(&library), path, &library);
        assert!(ws.evaluation().bids.is_empty());
        ws.apply(
            TenderCommand::Tab(TenderTab::Bids),
            &library,
            Instant::now(),
        );
        assert!(ws.forms.bids.is_empty());
        assert!(!ws.forms.is_stale(), "the bids part reads the kept forms");
        ws.apply(TenderCommand::ExportEvaluation, &library, Instant::now());
        assert_eq!(ws.evaluation_outcome, Some(Err(Message::NoBids)));
    }
}
