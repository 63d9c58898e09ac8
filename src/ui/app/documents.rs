//! The open assessment's file flow: create, open, save, save as, restore, close, and the
//! question about unsaved work in the way.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{MimApp, Notice, create_parent};
use crate::assessment::{self, RecoverySlot, example_assessment};
use crate::procurement::TENDER_EXTENSION;
use crate::sharing::{PART_EXTENSION, is_part_file, load_part};
use crate::ui::command::{Command, Screen};
use crate::ui::dialogs::OpenKind;
use crate::ui::document::{OpenAssessment, SaveState};
use crate::ui::i18n::Arg;
use crate::ui::problems::framed;
use crate::ui::screens::files::FilePurpose;
use crate::ui::screens::setup::SetupForm;
use crate::ui::screens::team::TeamPanel;
use crate::ui::screens::walk::WalkState;

impl MimApp {
    /// Carries out a command on the open assessment or its file; the other commands are routed
    /// elsewhere by [`MimApp::apply`] and do nothing here.
    pub(super) fn apply_document(&mut self, command: Command, now: Instant) {
        match command {
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
                // A step that changed only the team (an assignment) leaves the selection.
                if let Some(qid) = touched.filter(|q| !q.is_empty()) {
                    self.walk.selected = Some(qid);
                    self.walk_scroll = true;
                }
            }
            Command::RestoreRecovery(index) if index < self.recovery.len() => {
                let found = self.recovery.remove(index);
                self.open_document(found.assessment, found.original, Some(found.slot));
                if let Some(doc) = &mut self.document {
                    doc.mark_unsaved(now);
                }
                self.notify("notice-restored", false);
            }
            Command::DiscardRecovery(index) if index < self.recovery.len() => {
                let found = self.recovery.remove(index);
                if let Err(e) = found.slot.clear() {
                    self.error(format!("{}: {e}", found.slot.path().display()));
                }
            }
            Command::Close => {
                self.document = None;
                self.team = TeamPanel::default();
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
            Command::OpenFolder(folder) => self.open_folder(&folder),
            Command::OpenFile(file) => self.open_file(&file),
            _ => {}
        }
    }

    /// Shows `folder` in the file manager, or says where the file is when none starts.
    pub(super) fn open_folder(&mut self, folder: &Path) {
        if !self.dialogs.open_folder(folder) {
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

    /// Opens `file` in the system's viewer, or says where it is when none starts.
    pub(super) fn open_file(&mut self, file: &Path) {
        if !self.dialogs.open_file(file) {
            let text = self.i18n.tr_args(
                "export-no-opener",
                &[("file", Arg::from(file.display().to_string()))],
            );
            self.notice = Some(Notice {
                text,
                is_error: false,
            });
        }
    }

    pub(super) fn save_then_continue(&mut self) {
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

    /// Opens `assessment`; its recovery copy goes to `slot`, or to the copy of its file (or of
    /// this session, when it has no file).
    pub(super) fn open_document(
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
        self.show_document(doc);
        if let Some(path) = path {
            self.settings.remember(&path);
            self.store_settings();
        }
    }

    /// Shows `doc` in the walk-through, at its first requirement.
    fn show_document(&mut self, doc: OpenAssessment) {
        self.walk = WalkState::default();
        self.team = TeamPanel::default();
        self.walk.selected = doc
            .insights
            .statuses
            .iter()
            .find(|s| doc.shows(&s.qid))
            .map(|s| s.qid.clone());
        self.document = Some(doc);
        self.screen = Screen::Walk;
        self.walk_scroll = true;
    }

    /// Makes `slot` free for the open assessment: a copy offered for restoring that sits there
    /// (the same file's unsaved work from a crash) is moved aside first, never written over.
    pub(super) fn claim_slot(&mut self, slot: &RecoverySlot) {
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

    pub(super) fn open_path(&mut self, path: &Path) {
        if path.to_string_lossy().ends_with(TENDER_EXTENSION) {
            self.open_tender(path);
            return;
        }
        if is_part_file(path) {
            match load_part(path) {
                Ok(part) => {
                    let doc = OpenAssessment::for_part(
                        part,
                        path.to_path_buf(),
                        &self.library,
                        self.places.autosave_delay,
                    );
                    self.show_document(doc);
                    self.settings.remember(path);
                    self.store_settings();
                    self.notify_opened(path);
                }
                Err(e) => self.report_file_problem(framed(&self.i18n, "problem-open", e)),
            }
            return;
        }
        match assessment::load(path) {
            Ok(loaded) => {
                self.open_document(loaded.assessment, Some(path.to_path_buf()), None);
                self.notify_opened(path);
            }
            Err(e) => self.report_file_problem(framed(&self.i18n, "problem-open", e)),
        }
    }

    /// Shows a problem with a file beside the path field when the file view is open, and in
    /// the status bar otherwise.
    pub(super) fn report_file_problem(&mut self, text: String) {
        if matches!(self.screen, Screen::Open | Screen::SaveAs) {
            self.files.message = Some(text);
        } else {
            self.error(text);
        }
    }

    pub(super) fn create_assessment(&mut self) {
        if !self.setup.missing().is_empty() {
            return;
        }
        let assessment = self.setup.to_assessment();
        let path = with_extension(Path::new(self.setup.path.trim()), false);
        if path.exists() {
            self.setup.problem = Some(self.i18n.tr_args(
                "files-exists",
                &[("file", Arg::from(path.display().to_string()))],
            ));
            return;
        }
        if let Err(e) = create_parent(&path).and_then(|()| assessment::save(&assessment, &path)) {
            self.setup.problem = Some(framed(&self.i18n, "problem-create", e));
            return;
        }
        self.open_document(assessment, Some(path), None);
        self.setup = SetupForm::new(&self.library, &self.places.documents_dir);
        self.notify("notice-created", false);
    }

    pub(super) fn browse(&mut self) {
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

    pub(super) fn save_to(&mut self, path: &Path) {
        let recovery_dir = self.recovery_dir();
        let Some(doc) = &mut self.document else {
            return;
        };
        let path = with_extension(path, doc.part.is_some());
        if path.exists() && doc.path.as_deref() != Some(path.as_path()) {
            let text = self.i18n.tr_args(
                "files-exists",
                &[("file", Arg::from(path.display().to_string()))],
            );
            self.report_file_problem(text);
            return;
        }
        if let Err(e) = create_parent(&path).and_then(|()| doc.save_to(&path)) {
            self.report_file_problem(framed(&self.i18n, "problem-save", e));
            return;
        }
        // The work is in its file: its recovery copy goes, and later copies follow the file.
        let old_copy = doc.recovery.take();
        // A part is saved into itself as it changes; it has no recovery copy.
        let new_copy = recovery_dir
            .filter(|_| doc.part.is_none())
            .map(|dir| dir.slot_for_file(&path));
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
}

/// `path` with the ending of what is saved: `.mimpart.ron` for a contributor's part,
/// `.mimassess.ron` for an assessment — added to a bare name, and put in place of the other
/// kind's ending, so that a file is always opened as what it holds. (An assessment may keep
/// another `.ron` name, as it always could.)
fn with_extension(path: &Path, part: bool) -> PathBuf {
    let ending = if part {
        PART_EXTENSION
    } else {
        assessment::ASSESSMENT_EXTENSION
    };
    let text = path.to_string_lossy();
    if text.ends_with(ending) || (!part && text.ends_with(".ron") && !is_part_file(path)) {
        return path.to_path_buf();
    }
    let stem = [PART_EXTENSION, assessment::ASSESSMENT_EXTENSION, ".ron"]
        .iter()
        .find_map(|other| text.strip_suffix(other))
        .unwrap_or(&text);
    PathBuf::from(format!("{stem}{ending}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_saved_file_always_has_the_ending_of_what_it_holds() {
        let assessment = |p: &str| with_extension(Path::new(p), false);
        let part = |p: &str| with_extension(Path::new(p), true);
        assert_eq!(assessment("city"), Path::new("city.mimassess.ron"));
        assert_eq!(
            assessment("city.mimassess.ron"),
            Path::new("city.mimassess.ron")
        );
        assert_eq!(assessment("old.ron"), Path::new("old.ron"));
        assert_eq!(assessment("x.mimpart.ron"), Path::new("x.mimassess.ron"));
        assert_eq!(part("copy"), Path::new("copy.mimpart.ron"));
        assert_eq!(part("copy.mimassess.ron"), Path::new("copy.mimpart.ron"));
        assert_eq!(part("copy.ron"), Path::new("copy.mimpart.ron"));
        assert_eq!(part("erik.mimpart.ron"), Path::new("erik.mimpart.ron"));
    }
}
