//! Undo and redo for every edit of a tender. A step keeps the whole tender as it was before
//! (tenders are small), so undo restores exactly what was there, the list of kept forms
//! included; typing into the same field joins one step until the field is left.

use crate::catalog::Library;

use super::edit::{TenderEdit, TypingKey};
use super::model::Tender;

/// How many steps undo remembers; older ones are dropped.
const UNDO_DEPTH: usize = 200;

/// The undo and redo stacks of one open tender.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenderHistory {
    undo: Vec<Tender>,
    redo: Vec<Tender>,
    /// The field typed into by the last edit, while it is not left.
    typing: Option<TypingKey>,
}

impl TenderHistory {
    /// Applies `edit` to `tender` and records it. Returns false when it changed nothing.
    pub fn apply(&mut self, tender: &mut Tender, edit: &TenderEdit, library: &Library) -> bool {
        let key = edit.typing_key();
        let joins = key.is_some() && self.typing == key;
        let before = tender.clone();
        if !edit.apply(tender, library) {
            if key.is_some() {
                self.typing = key;
            }
            return false;
        }
        if !joins {
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.typing = key;
        true
    }

    /// Ends the current typing step, so the next keystroke starts a new one (called when the
    /// user leaves a text field).
    pub fn close_typing(&mut self) {
        self.typing = None;
    }

    /// Undoes the last step; returns false when there was none.
    pub fn undo(&mut self, tender: &mut Tender) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.typing = None;
        self.redo.push(std::mem::replace(tender, previous));
        true
    }

    /// Redoes the last undone step; returns false when there was none.
    pub fn redo(&mut self, tender: &mut Tender) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.typing = None;
        self.undo.push(std::mem::replace(tender, next));
        true
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
