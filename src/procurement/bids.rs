//! The bidders' forms kept with a tender, as they read now. The tender file lists the forms
//! (where each is, and its SHA-256 when imported); this reads them against the tender as it
//! stands: the ones that fit are the bids evaluated, the others are set aside with their
//! problems — never forgotten, so an undo, a fixed file or a remounted drive brings them back.
//! Importing a form and deciding an equivalence give the [`TenderEdit`] to apply, so both are
//! undone like any other change; a decision is bound to the SHA-256 of the form it was made on.

use std::path::{Path, PathBuf};

use crate::catalog::Library;

use super::edit::TenderEdit;
use super::form::FormFormat;
use super::import::{ImportError, import_response};
use super::model::{ResponseFile, Tender};
use super::response::BidResponse;

/// The forms of a tender as read now.
#[derive(Debug, Default)]
pub struct BidForms {
    /// The forms that read cleanly against the tender: the bids evaluated.
    pub bids: Vec<BidResponse>,
    /// Each bid's entry in the tender's list of forms, in the order of `bids`.
    stored: Vec<String>,
    /// Forms in the list that cannot be used now: their entry and the problems.
    pub set_aside: Vec<(String, ImportError)>,
    /// Forms whose content changed since they were imported (their entry).
    pub changed: Vec<String>,
    /// The tender or its list changed since the forms were last read.
    stale: bool,
}

impl BidForms {
    /// Forms not read yet: they are read the first time the bids are looked at.
    pub fn unread() -> Self {
        BidForms {
            stale: true,
            ..BidForms::default()
        }
    }

    /// The tender changed in a way that may change what the forms say.
    pub fn mark_stale(&mut self) {
        self.stale = true;
    }

    /// Whether the forms need reading again before they are shown or evaluated.
    pub fn is_stale(&self) -> bool {
        self.stale
    }

    /// Reads every form in `tender`'s list again (entries relative to `folder`).
    pub fn refresh(&mut self, tender: &Tender, folder: &Path, library: &Library) {
        *self = BidForms::default();
        for kept in &tender.responses {
            let path = resolve(folder, &kept.path);
            match import_response(&path, tender, library) {
                Ok(bid) => {
                    if bid.fingerprint != kept.sha256 {
                        self.changed.push(kept.path.clone());
                    }
                    self.bids.push(bid);
                    self.stored.push(kept.path.clone());
                }
                Err(e) => self.set_aside.push((kept.path.clone(), e)),
            }
        }
    }

    /// The list entry of `bidder`'s form, if it is read.
    pub fn entry_of(&self, bidder: &str) -> Option<&str> {
        self.bids
            .iter()
            .position(|b| b.bidder == bidder)
            .and_then(|i| self.stored.get(i))
            .map(String::as_str)
    }

    /// Reads the form at `path` against `tender`; when it fits, returns the edit that keeps it
    /// with the tender (in place of the same file, and of the same bidder's earlier form).
    pub fn import(
        &self,
        path: &Path,
        tender: &Tender,
        folder: &Path,
        library: &Library,
    ) -> Result<ImportedForm, ImportError> {
        let bid = import_response(path, tender, library)?;
        let replaces = self.entry_of(&bid.bidder).map(str::to_owned);
        let edit = TenderEdit::KeepForm {
            file: ResponseFile {
                path: entry_for(folder, path),
                sha256: bid.fingerprint,
            },
            replaces: replaces.clone(),
        };
        Ok(ImportedForm {
            bidder: bid.bidder,
            replaces_earlier: replaces.is_some(),
            edit,
        })
    }

    /// The edit deciding `bidder`'s equivalence for `requirement`, bound to the SHA-256 of the
    /// bidder's form as read now: a new form from the bidder is decided anew.
    pub fn decide(&self, bidder: &str, requirement: &str, accepted: Option<bool>) -> TenderEdit {
        let form_sha256 = self
            .bids
            .iter()
            .find(|b| b.bidder == bidder)
            .map(|b| b.fingerprint.clone())
            .unwrap_or_default();
        TenderEdit::Decide {
            bidder: bidder.to_owned(),
            requirement: requirement.to_owned(),
            accepted,
            reason: String::new(),
            form_sha256,
        }
    }

    /// Whether the form at `path` is one of the bids read.
    pub fn is_read(&self, path: &Path) -> bool {
        self.bids.iter().any(|b| Path::new(&b.source) == path)
    }
}

/// A form read and found to fit: who sent it, and the edit that keeps it with the tender.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedForm {
    /// The bidder named in the form.
    pub bidder: String,
    /// True when it replaces the same bidder's earlier form.
    pub replaces_earlier: bool,
    /// The edit to apply (one undo step).
    pub edit: TenderEdit,
}

/// Why a set of forms given together cannot be evaluated.
#[derive(Debug, thiserror::Error)]
pub enum BidReadError {
    /// The form does not fit the tender (every problem located).
    #[error(transparent)]
    Form(#[from] ImportError),
    /// A second form from a bidder who already sent one.
    #[error("{path}: bidder “{bidder}” also sent {earlier}; expected one form per bidder")]
    SecondForm {
        /// The second form.
        path: String,
        /// The bidder.
        bidder: String,
        /// The first form.
        earlier: String,
    },
}

/// Reads the forms at `paths` against `tender`, one per bidder: the bids, or every problem
/// found (an evaluation never rests on some of the forms given).
pub fn read_bids(
    paths: &[PathBuf],
    tender: &Tender,
    library: &Library,
) -> Result<Vec<BidResponse>, Vec<BidReadError>> {
    let mut bids: Vec<BidResponse> = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match import_response(path, tender, library) {
            Ok(bid) => match bids.iter().find(|b| b.bidder == bid.bidder) {
                Some(earlier) => problems.push(BidReadError::SecondForm {
                    path: path.display().to_string(),
                    bidder: bid.bidder,
                    earlier: earlier.source.clone(),
                }),
                None => bids.push(bid),
            },
            Err(e) => problems.push(e.into()),
        }
    }
    if problems.is_empty() {
        Ok(bids)
    } else {
        Err(problems)
    }
}

/// The spreadsheets (`.xlsx`, `.csv`) in `folder` that may be filled forms, sorted, leaving
/// out `blank` (the form the tender wrote); an unreadable folder lists nothing.
pub fn forms_in_folder(folder: &Path, blank: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p != blank)
                .filter(|p| FormFormat::from_path(p).is_some())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found
}

/// Lists the kept forms again from `new_folder` after the tender moved there from
/// `old_folder`, so that each entry still names the same file.
pub fn relocate_forms(tender: &mut Tender, old_folder: &Path, new_folder: &Path) {
    for kept in &mut tender.responses {
        kept.path = entry_for(new_folder, &resolve(old_folder, &kept.path));
    }
}

/// How a form is listed in the tender file: relative to the tender's folder when it lies below
/// it (the two can move together), otherwise as an absolute path.
pub fn entry_for(folder: &Path, path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match absolute.strip_prefix(folder) {
        Ok(inside) if !folder.as_os_str().is_empty() => inside.display().to_string(),
        _ => absolute.display().to_string(),
    }
}

/// Where a listed form is: a relative entry is taken from the tender's folder.
pub fn resolve(folder: &Path, entry: &str) -> PathBuf {
    let path = Path::new(entry);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        folder.join(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_relative_inside_the_folder_and_absolute_outside() {
        let folder = Path::new("/data/tenders/2026");
        assert_eq!(
            entry_for(folder, Path::new("/data/tenders/2026/bids/acme.xlsx")),
            Path::new("bids").join("acme.xlsx").display().to_string()
        );
        assert_eq!(
            entry_for(folder, Path::new("/mnt/usb/acme.xlsx")),
            "/mnt/usb/acme.xlsx"
        );
        assert_eq!(
            resolve(folder, "bids/acme.xlsx"),
            Path::new("/data/tenders/2026/bids/acme.xlsx")
        );
        assert_eq!(
            resolve(folder, "/mnt/usb/acme.xlsx"),
            Path::new("/mnt/usb/acme.xlsx")
        );
    }
}
