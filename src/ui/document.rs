//! The assessment open in the window: the file it belongs to, its undo history, when to write
//! the recovery copy, and the figures derived from it (recomputed once per change, not once per
//! frame, so that every screen draws quickly).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::assessment::{
    self, Assessment, Autosave, Edit, History, Insights, RecoverySlot, StoreError,
};
use crate::catalog::Library;
use crate::sharing::Part;

/// Whether the work is safe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// The file holds every change.
    Saved,
    /// Opened without a file (the example) and not changed: nothing to lose.
    Untouched,
    /// Changes are not in the file yet, but the recovery copy holds them.
    InRecoveryCopy,
    /// Changes are neither in the file nor in the recovery copy yet.
    Unsaved,
}

/// An assessment being worked on.
#[derive(Debug)]
pub struct OpenAssessment {
    /// The assessment as it is now.
    pub assessment: Assessment,
    /// The file it is saved to, once it has one.
    pub path: Option<PathBuf>,
    /// Undo and redo.
    pub history: History,
    /// Figures derived from `assessment`.
    pub insights: Insights,
    /// Where the recovery copy of this assessment goes, if the window keeps copies.
    pub recovery: Option<RecoverySlot>,
    /// Set when this is a contributor's part (`.mimpart.ron`): its hand-out, instructions and
    /// requirements. Its `assessment` is the copy as opened; the work is in
    /// [`OpenAssessment::assessment`], and saving writes both back as a part file.
    pub part: Option<Part>,
    /// The part's requirements, for the walk-through to show only those.
    part_items: std::collections::BTreeSet<String>,
    autosave: Autosave,
    revision: u64,
    saved_revision: Option<u64>,
    recovery_revision: Option<u64>,
}

impl OpenAssessment {
    /// Opens `assessment`, which is saved in `path` if it has one.
    pub fn new(
        assessment: Assessment,
        path: Option<PathBuf>,
        recovery: Option<RecoverySlot>,
        library: &Library,
        autosave_delay: Duration,
    ) -> Self {
        let insights = Insights::compute(&assessment, library);
        let saved_revision = path.as_ref().map(|_| 0);
        OpenAssessment {
            assessment,
            path,
            history: History::default(),
            insights,
            recovery,
            part: None,
            part_items: Default::default(),
            autosave: Autosave::new(autosave_delay),
            revision: 0,
            saved_revision,
            recovery_revision: None,
        }
    }

    /// Opens a contributor's part saved in `path`: the walk-through shows only its
    /// requirements, and the work is saved back into the part file (no recovery copy: every
    /// change is written to the part itself once the autosave delay has passed).
    pub fn for_part(
        part: Part,
        path: PathBuf,
        library: &Library,
        autosave_delay: Duration,
    ) -> Self {
        let mut doc = OpenAssessment::new(
            part.assessment.clone(),
            Some(path),
            None,
            library,
            autosave_delay,
        );
        doc.part_items = part.items.iter().cloned().collect();
        doc.part = Some(part);
        doc
    }

    /// True for a requirement the walk-through shows: every one, or in a part only the
    /// part's own.
    pub fn shows(&self, qid: &str) -> bool {
        self.part.is_none() || self.part_items.contains(qid)
    }

    /// Marks the part submitted (or not); saved like any change.
    pub fn set_submitted(&mut self, submitted: bool, now: Instant) {
        if let Some(part) = &mut self.part
            && part.submitted != submitted
        {
            part.submitted = submitted;
            self.changed(now);
        }
    }

    /// Changes the instructions every part carries; saved like any change, not on the undo
    /// list (it is typed text, not an answer, as the documents' language).
    pub fn set_instructions(&mut self, instructions: String, now: Instant) {
        if self.assessment.team.instructions != instructions {
            self.assessment.team.instructions = instructions;
            self.changed(now);
        }
    }

    /// Records a part that went out; not on the undo list, since a part handed out cannot be
    /// called back (and undo keeps the record too, see [`History`]).
    pub fn record_handout(&mut self, handout: crate::assessment::Handout, now: Instant) {
        self.assessment.team.handouts.push(handout);
        self.changed(now);
    }

    /// Writes the part, with the work as it is now, into `folder` under the part file's own
    /// name: the copy kept when the part itself cannot be saved (a read-only folder, a full
    /// disk), so the contributor's answers are never only in memory. Returns the copy's path.
    pub fn keep_part_copy(&self, folder: &Path) -> Result<PathBuf, StoreError> {
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(|| "part.mimpart.ron".into(), |n| n.to_os_string());
        let copy = folder.join(name);
        let mut part = self.part.clone().ok_or_else(|| StoreError::Serialize {
            path: copy.display().to_string(),
            message: "this is no part".to_owned(),
        })?;
        part.assessment.clone_from(&self.assessment);
        crate::store::create_parent(&copy)?;
        crate::store::save_ron(&part, &copy)?;
        Ok(copy)
    }

    /// Makes `change` to the answers and the team as one undo step (a merge, an assignment, a
    /// hand-out); returns false when it changed nothing.
    pub fn change_whole(
        &mut self,
        library: &Library,
        now: Instant,
        change: impl FnOnce(&mut Assessment),
    ) -> bool {
        let changed = self.history.apply_whole(&mut self.assessment, change);
        if changed {
            self.after_change(library, now);
        }
        changed
    }

    /// Marks the open work as not in its file (after a restore from the recovery copy).
    pub fn mark_unsaved(&mut self, now: Instant) {
        self.changed(now);
    }

    /// Applies one edit; returns false when nothing changed.
    pub fn edit(&mut self, edit: &Edit, library: &Library, now: Instant) -> bool {
        let changed = self
            .history
            .apply(&mut self.assessment, edit, &assessment::today());
        if changed {
            self.after_change(library, now);
        }
        changed
    }

    /// Undoes the last edit; returns the requirement it touched.
    pub fn undo(&mut self, library: &Library, now: Instant) -> Option<String> {
        let qid = self.history.undo(&mut self.assessment)?;
        self.after_change(library, now);
        Some(qid)
    }

    /// Redoes the last undone edit; returns the requirement it touched.
    pub fn redo(&mut self, library: &Library, now: Instant) -> Option<String> {
        let qid = self.history.redo(&mut self.assessment)?;
        self.after_change(library, now);
        Some(qid)
    }

    /// Changes the language of the assessment's documents; saved like any change (it is not
    /// an answer, so it is not on the undo list).
    pub fn set_language(&mut self, language: String, now: Instant) {
        if self.assessment.language != language {
            self.assessment.language = language;
            self.changed(now);
        }
    }

    fn after_change(&mut self, library: &Library, now: Instant) {
        self.insights = Insights::compute(&self.assessment, library);
        self.changed(now);
    }

    fn changed(&mut self, now: Instant) {
        self.revision += 1;
        self.autosave.changed(now);
    }

    /// Saves to `path` and makes it the assessment's file.
    pub fn save_to(&mut self, path: &Path) -> Result<(), StoreError> {
        match &self.part {
            Some(part) => {
                let mut part = part.clone();
                part.assessment.clone_from(&self.assessment);
                crate::store::save_ron(&part, path)?;
            }
            None => assessment::save(&self.assessment, path)?,
        }
        self.path = Some(path.to_path_buf());
        self.saved_revision = Some(self.revision);
        self.autosave.saved(Instant::now());
        Ok(())
    }

    /// Writes the recovery copy when the autosave delay has passed since the last change.
    /// Returns the error of a failed write (the next try waits another delay).
    pub fn autosave(&mut self, now: Instant) -> Result<bool, StoreError> {
        if !self.autosave.due(now) {
            return Ok(false);
        }
        if self.part.is_some()
            && self.has_unsaved_changes()
            && let Some(path) = self.path.clone()
        {
            return match self.save_to(&path) {
                Ok(()) => Ok(true),
                Err(e) => {
                    self.autosave.failed(now);
                    Err(e)
                }
            };
        }
        if !self.has_unsaved_changes() || self.recovery.is_none() {
            self.autosave.saved(now);
            return Ok(false);
        }
        match self.write_recovery() {
            Ok(()) => {
                self.autosave.saved(now);
                Ok(true)
            }
            Err(e) => {
                self.autosave.failed(now);
                Err(e)
            }
        }
    }

    /// Writes the recovery copy now (nothing happens when the window keeps no copies).
    pub fn write_recovery(&mut self) -> Result<(), StoreError> {
        if let Some(slot) = &self.recovery {
            slot.write(&self.assessment, self.path.as_deref())?;
            self.recovery_revision = Some(self.revision);
        }
        Ok(())
    }

    /// True when there are changes that are not in the assessment's file.
    pub fn has_unsaved_changes(&self) -> bool {
        matches!(
            self.save_state(),
            SaveState::InRecoveryCopy | SaveState::Unsaved
        )
    }

    /// How long until the recovery copy is due, while changes wait for it.
    pub fn autosave_pending(&self) -> bool {
        self.autosave.pending()
    }

    /// Whether the work is in its file, in the recovery copy, or only in memory.
    pub fn save_state(&self) -> SaveState {
        if self.saved_revision == Some(self.revision) {
            SaveState::Saved
        } else if self.saved_revision.is_none() && self.revision == 0 {
            SaveState::Untouched
        } else if self.recovery_revision == Some(self.revision) {
            SaveState::InRecoveryCopy
        } else {
            SaveState::Unsaved
        }
    }

    /// The name shown in the title bar.
    pub fn display_name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| self.assessment.organisation.name.clone())
    }
}
