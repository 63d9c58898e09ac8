//! The tenders the window opens: new, example, restored from the recovery folder, opened
//! from a file; the tender screen's own commands go to its workspace.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{MimApp, create_parent};
use crate::assessment;
use crate::procurement::{TENDER_EXTENSION, Tender, example_tender, load_tender, save_tender};
use crate::ui::command::Command;
use crate::ui::command::Screen;
use crate::ui::dialogs::OpenKind;
use crate::ui::problems::framed;
use crate::ui::screens::tender::{Message, TenderCommand, TenderWorkspace, message_text};

/// The file name (without extension) the example tender is written to in the documents folder.
const EXAMPLE_TENDER_STEM: &str = "example-tender";

impl MimApp {
    /// Carries out a tender command; the other commands are routed elsewhere by
    /// [`MimApp::apply`] and do nothing here.
    pub(super) fn apply_tender(&mut self, command: Command, now: Instant) {
        match command {
            Command::NewTender => {
                let buyer = self
                    .document
                    .as_ref()
                    .map(|d| d.assessment.organisation.name.clone())
                    .unwrap_or_default();
                self.start_tender(Tender::new(&buyer, "", ""), "tender");
            }
            Command::OpenExampleTender => {
                // Once written, the example is the user's file: open it again rather than
                // leave a new copy beside it each time.
                let earlier = self
                    .places
                    .documents_dir
                    .join(format!("{EXAMPLE_TENDER_STEM}{TENDER_EXTENSION}"));
                if earlier.is_file() {
                    self.open_tender(&earlier);
                    if self.tender.as_ref().is_some_and(|ws| ws.path == earlier) {
                        self.notify_file("notice-example-tender-again", &earlier);
                    }
                } else if let Some(path) =
                    self.start_tender(example_tender(&self.library), EXAMPLE_TENDER_STEM)
                {
                    self.notify_file("notice-example-tender-written", &path);
                }
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
                        Err(e) => self.error(framed(&self.i18n, "problem-open", e)),
                    }
                }
            }
            Command::DiscardTender(index) => self.discard_tender_copy(index),
            Command::BrowseBid => {
                let picked = self.pick_response_form();
                let Some(ws) = &mut self.tender else {
                    return;
                };
                match picked {
                    Some(path) => ws.apply(TenderCommand::ImportFile(path), &self.library, now),
                    None => {
                        ws.import_outcome = Some(Err(Message::NoDialog));
                    }
                }
            }
            // Import on a folder (as the field is at first) opens the file dialog there; with
            // no dialog, the import says it is a folder and lists the forms found in it.
            Command::Tender(TenderCommand::Import)
                if self
                    .tender
                    .as_ref()
                    .is_some_and(|ws| ws.import_names_folder()) =>
            {
                let picked = self.pick_response_form();
                let Some(ws) = &mut self.tender else {
                    return;
                };
                let command = picked.map_or(TenderCommand::Import, TenderCommand::ImportFile);
                ws.apply(command, &self.library, now);
            }
            Command::Tender(TenderCommand::OpenFile(file)) => self.open_file(&file),
            Command::Tender(TenderCommand::ShowFolder(file)) => {
                self.open_folder(file.parent().unwrap_or(&file));
            }
            Command::Tender(c) => {
                let Some(ws) = &mut self.tender else {
                    return;
                };
                let (annex, evaluation) = (
                    c == TenderCommand::ExportAnnex,
                    c == TenderCommand::ExportEvaluation,
                );
                let before = ws.path.clone();
                ws.apply(c, &self.library, now);
                // The status bar says what was written, as after an assessment's export.
                let outcome = match (annex, evaluation) {
                    (true, _) => ws.annex_outcome.as_ref(),
                    (_, true) => ws.evaluation_outcome.as_ref(),
                    _ => None,
                };
                let written = outcome
                    .and_then(|r| r.as_ref().ok())
                    .map(|message| message_text(&self.i18n, message));
                if let Some(text) = written {
                    self.notice = Some(super::Notice {
                        text,
                        is_error: false,
                    });
                }
                let Some(ws) = &mut self.tender else {
                    return;
                };
                if ws.path != before && !ws.has_unsaved_changes() {
                    // Saved under a new name: that is the file to come back to.
                    let path = ws.path.clone();
                    self.settings.remember(&path);
                    self.store_settings();
                }
            }
            _ => {}
        }
    }

    /// Asks the file dialog for a filled form, starting in the import field's folder; none when
    /// no tender is open, no dialog can be shown or the user cancels.
    fn pick_response_form(&self) -> Option<PathBuf> {
        let ws = self.tender.as_ref()?;
        let filter = self.i18n.tr("files-filter-forms");
        self.dialogs
            .pick_file_to_open(&ws.import_folder(), OpenKind::ResponseForm, &filter)
    }

    /// Opens a tender file on the tender screen (saving the open tender first).
    pub(super) fn open_tender(&mut self, path: &Path) {
        if let Some(ws) = &mut self.tender {
            if ws.path == path {
                self.screen = Screen::Tender;
                return;
            }
            // The open tender goes to its file first; if it cannot, it stays open.
            ws.save_now();
            if let Some(problem) = ws.save_problem() {
                let text = framed(&self.i18n, "problem-save", problem);
                self.report_file_problem(text);
                return;
            }
        }
        match load_tender(path) {
            Ok(tender) => {
                self.tender = Some(TenderWorkspace::new(
                    tender,
                    path.to_path_buf(),
                    &self.library,
                ));
                self.screen = Screen::Tender;
                self.settings.remember(path);
                self.store_settings();
                self.notify_opened(path);
            }
            Err(e) => self.report_file_problem(framed(&self.i18n, "problem-open", e)),
        }
    }

    pub(super) fn discard_tender_copy(&mut self, index: usize) {
        if index < self.tender_recovery.len() {
            let copy = self.tender_recovery.remove(index);
            if let Err(e) = std::fs::remove_file(&copy) {
                let detail = format!("{}: {e}", copy.display());
                self.error(framed(&self.i18n, "problem-remove-copy", detail));
            }
        }
    }

    /// Writes `tender` to a new file named after `stem` in the documents folder and opens it;
    /// returns that file, or `None` when it could not be written.
    pub(super) fn start_tender(&mut self, tender: Tender, stem: &str) -> Option<PathBuf> {
        let path = crate::ui::places::free_file(&self.places.documents_dir, stem, TENDER_EXTENSION);
        if let Err(e) = create_parent(&path).and_then(|()| save_tender(&tender, &path)) {
            self.error(framed(&self.i18n, "problem-write", e));
            return None;
        }
        self.open_tender(&path);
        Some(std::path::absolute(&path).unwrap_or(path))
    }
}
