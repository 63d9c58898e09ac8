//! The bidders' forms kept with a tender, as they read now. The tender file lists the forms
//! (where each is, and its SHA-256 when imported); this reads them against the tender as it
//! stands: the ones that fit are the bids evaluated, the others are set aside with their
//! problems — never forgotten, so an undo, a fixed file or a remounted drive brings them back.

use std::path::{Path, PathBuf};

use crate::catalog::Library;
use crate::procurement::{BidResponse, Tender, import_response};

/// The forms of a tender as read now.
#[derive(Debug, Default)]
pub struct BidForms {
    /// The forms that read cleanly against the tender: the bids evaluated.
    pub bids: Vec<BidResponse>,
    /// Each bid's entry in the tender's list of forms, in the order of `bids`.
    stored: Vec<String>,
    /// Forms in the list that cannot be used now: their entry and the problems.
    pub set_aside: Vec<(String, String)>,
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
                Err(e) => self.set_aside.push((kept.path.clone(), e.to_string())),
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
