//! Sharing the open assessment: colleagues, assignments, hand-outs, the merge review, and the
//! contributor's "submitted". A new colleague, an assignment and a merge are one undo step each
//! ([`crate::ui::document::OpenAssessment::change_whole`]); a hand-out is not on the undo list and is saved at once,
//! since a part now exists outside that only the saved assessment knows.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::MimApp;
use crate::assessment::{Contributor, PartForm, today};
use crate::sharing::{
    Part, add_contributor, apply_merge, assign, hand_out, part_ending, part_file_stem,
    read_returned, write_questionnaire,
};
use crate::store::{save_ron, write_bytes_safely};
use crate::ui::dialogs::OpenKind;
use crate::ui::document::SaveState;
use crate::ui::i18n::Arg;
use crate::ui::screens::team::{Review, TeamCommand};

impl MimApp {
    /// Carries out a team-screen command.
    pub(super) fn apply_team(&mut self, command: TeamCommand, now: Instant) {
        if self.team.apply_local(&command) {
            return;
        }
        match command {
            TeamCommand::AddContributor => self.add_contributor(now),
            TeamCommand::SetInstructions(text) => {
                if let Some(doc) = &mut self.document {
                    doc.set_instructions(text, now);
                }
            }
            TeamCommand::HandOut { contributor, form } => self.hand_out(&contributor, form, now),
            TeamCommand::ReadPart => {
                let path = PathBuf::from(self.team.part_path.trim());
                self.read_part(&path);
            }
            TeamCommand::BrowsePart => self.browse_part(),
            TeamCommand::ConfirmMerge => self.confirm_merge(now),
            _ => {}
        }
    }

    /// Assigns the requirements `items` names to `to`, or to nobody, as one undo step.
    pub(super) fn assign(&mut self, items: &[String], to: Option<&str>, now: Instant) {
        let Some(doc) = &mut self.document else {
            return;
        };
        let mut changed = doc.assessment.clone();
        match assign(&mut changed, &self.library, to, items) {
            Ok(_) => {
                doc.change_whole(&self.library, now, |a| a.team = changed.team);
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// The contributor marks their part submitted (or takes it back), saved at once.
    pub(super) fn set_submitted(&mut self, submitted: bool, now: Instant) {
        let Some(doc) = &mut self.document else {
            return;
        };
        doc.set_submitted(submitted, now);
        if let Some(path) = doc.path.clone() {
            self.save_to(&path);
        }
    }

    fn add_contributor(&mut self, now: Instant) {
        let Some(doc) = &mut self.document else {
            return;
        };
        let mut team = doc.assessment.team.clone();
        let contributor = Contributor {
            name: self.team.name.clone(),
            role: self.team.role.clone(),
            email: self.team.email.clone(),
        };
        match add_contributor(&mut team, contributor) {
            Ok(()) => {
                doc.change_whole(&self.library, now, |a| a.team = team);
                self.team.name.clear();
                self.team.role.clear();
                self.team.email.clear();
                self.team.outcome = None;
            }
            Err(e) => self.team.outcome = Some(Err(e.to_string())),
        }
    }

    /// Writes a part for `contributor` beside the assessment's file, records the hand-out and
    /// saves the assessment.
    fn hand_out(&mut self, contributor: &str, form: PartForm, now: Instant) {
        let Some(doc) = &mut self.document else {
            return;
        };
        let Some(file) = doc.path.clone() else {
            self.team.outcome = Some(Err(self.i18n.tr("team-save-first")));
            return;
        };
        let mut changed = doc.assessment.clone();
        let handout = match hand_out(
            &mut changed,
            &self.library,
            contributor,
            &[],
            form,
            &today(),
        ) {
            Ok(h) => h,
            Err(e) => {
                self.team.outcome = Some(Err(e.to_string()));
                return;
            }
        };
        let folder = file.parent().map(Path::to_path_buf).unwrap_or_default();
        let stem = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stem = stem.trim_end_matches(crate::assessment::ASSESSMENT_EXTENSION);
        let target = crate::ui::places::free_file(
            &folder,
            &part_file_stem(stem, contributor),
            part_ending(form),
        );
        let written = match form {
            PartForm::PartFile => {
                save_ron(&Part::for_handout(&changed, &handout), &target).map_err(|e| e.to_string())
            }
            PartForm::Questionnaire => {
                let library = self.library.for_document(&changed.language);
                write_questionnaire(&changed, &library, &handout)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        write_bytes_safely(&target, &bytes).map_err(|e| e.to_string())
                    })
            }
        };
        if let Err(e) = written {
            self.team.outcome = Some(Err(e));
            return;
        }
        doc.record_handout(handout, now);
        self.save_to(&file);
        let saved = self
            .document
            .as_ref()
            .is_some_and(|d| d.save_state() == SaveState::Saved);
        self.team.outcome = Some(if saved {
            Ok(target)
        } else {
            // The part is out but the record is only in memory (and the recovery copy): say
            // so, since a returned part is known only to the saved assessment.
            Err(self.i18n.tr_args(
                "team-written-unsaved",
                &[("file", Arg::from(target.display().to_string()))],
            ))
        });
    }

    /// Reads a returned part into the merge review (a file that cannot be read is listed
    /// there with why).
    pub(super) fn read_part(&mut self, path: &Path) {
        let Some(doc) = &self.document else {
            return;
        };
        let library = self.library.for_document(&doc.assessment.language);
        let review = self.team.review.get_or_insert_with(Review::default);
        match read_returned(path, &doc.assessment, &library) {
            Ok(part) => review.add(part, &doc.assessment, &self.library),
            Err(problem) => review.unreadable.push(problem.to_string()),
        }
    }

    fn browse_part(&mut self) {
        let folder = self
            .document
            .as_ref()
            .and_then(|d| d.path.as_deref())
            .and_then(Path::parent)
            .map_or_else(|| self.places.documents_dir.clone(), Path::to_path_buf);
        let filter = self.i18n.tr("team-part-filter");
        match self
            .dialogs
            .pick_file_to_open(&folder, OpenKind::ReturnedPart, &filter)
        {
            Some(path) => {
                self.team.part_path = path.display().to_string();
                self.read_part(&path);
            }
            None => self.team.outcome = Some(Err(self.i18n.tr("files-no-dialog"))),
        }
    }

    /// Takes the reviewed answers as one undo step; the review closes.
    fn confirm_merge(&mut self, now: Instant) {
        let (Some(doc), Some(review)) = (&mut self.document, &mut self.team.review) else {
            return;
        };
        // The coordinator confirms what the review showed: if the assessment changed since
        // the parts were read (an edit, an undo), the plan is made again and shown instead of
        // being taken, so no answer of theirs is overwritten unseen.
        let shown = review.plan.clone();
        review.replan(&doc.assessment, &self.library);
        if review.plan != shown {
            self.team.outcome = Some(Err(self.i18n.tr("team-review-changed")));
            return;
        }
        let mut merged = doc.assessment.clone();
        match apply_merge(&mut merged, &review.plan, &review.choices, &today()) {
            Ok(summary) => {
                doc.change_whole(&self.library, now, |a| *a = merged);
                self.team.review = None;
                let text = self.i18n.tr_args(
                    "team-merged",
                    &[
                        ("taken", Arg::from(summary.taken)),
                        ("kept", Arg::from(summary.kept)),
                        ("merged", Arg::from(summary.parts_merged)),
                        ("out", Arg::from(summary.parts_still_out)),
                    ],
                );
                self.notice = Some(super::Notice {
                    text,
                    is_error: false,
                });
            }
            Err(e) => self.team.outcome = Some(Err(e.to_string())),
        }
    }
}
