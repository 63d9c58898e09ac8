//! The tender screen's exports: the annex PDF with the response form, and the evaluation PDF.
//! Each checks the typed paths, asks the library for the document and writes it safely,
//! answering with the [`Message`] shown beside its button.

use std::path::PathBuf;

use crate::catalog::Library;
use crate::procurement::{FormFormat, response_form};
use crate::report::{evaluation_report, render, tender_annex};
use crate::store::write_bytes_safely;

use super::message::Message;
use super::state::TenderWorkspace;

impl TenderWorkspace {
    /// Writes the annex and the response form to their paths, unless the tender has problems
    /// that would make them wrong.
    pub(super) fn export_annex(&self, library: &Library) -> Result<Message, Message> {
        let annex = PathBuf::from(self.annex_path.trim());
        let form = PathBuf::from(self.form_path.trim());
        if annex.as_os_str().is_empty() || form.as_os_str().is_empty() {
            return Err(Message::NeedPaths);
        }
        let format = FormFormat::from_path(&form).ok_or(Message::FormEnding)?;
        if self.export_blocked() {
            return Err(Message::TenderHasErrors);
        }
        let problem = |e: String| Message::WriteFailed(e);
        let library = &*library.for_document(&self.tender.language);
        let pdf =
            render(&tender_annex(&self.tender, library)).map_err(|e| problem(e.to_string()))?;
        let sheet = response_form(&self.tender, library, format)
            .map_err(|e| problem(format!("{}: {e}", form.display())))?;
        write_bytes_safely(&annex, &pdf.bytes).map_err(|e| problem(e.to_string()))?;
        write_bytes_safely(&form, &sheet).map_err(|e| problem(e.to_string()))?;
        Ok(Message::AnnexWritten {
            annex: annex.display().to_string(),
            pages: pdf.pages,
            form: form.display().to_string(),
        })
    }

    /// Writes the evaluation of the bids read to its path.
    pub(super) fn export_evaluation(&self, library: &Library) -> Result<Message, Message> {
        if self.forms.bids.is_empty() {
            return Err(Message::NoBids);
        }
        let path = PathBuf::from(self.evaluation_path.trim());
        if path.as_os_str().is_empty() {
            return Err(Message::NeedPaths);
        }
        let library = &*library.for_document(&self.tender.language);
        let report = evaluation_report(&self.tender, library, &self.forms.bids, self.evaluation());
        let pdf = render(&report).map_err(|e| Message::WriteFailed(e.to_string()))?;
        write_bytes_safely(&path, &pdf.bytes).map_err(|e| Message::WriteFailed(e.to_string()))?;
        Ok(Message::EvaluationWritten {
            file: path.display().to_string(),
            pages: pdf.pages,
        })
    }
}
