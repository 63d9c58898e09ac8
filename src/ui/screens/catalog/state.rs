//! The catalog browser's state: what is shown, the search, and the way back.

/// What the browser shows on the right.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Selection {
    /// Nothing chosen yet: an overview of all frameworks.
    #[default]
    Overview,
    /// Sources, versions, licences and the credits they require.
    About,
    /// Import an OSCAL catalog or a CISO Assistant library.
    Import,
    /// A framework's description, sources and notes.
    Framework(String),
    /// One requirement by qualified id.
    Requirement(String),
}

/// The browser's state; kept small so that it can be saved and restored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrowserState {
    /// The search text.
    pub query: String,
    /// What is shown on the right.
    pub selection: Selection,
    /// Earlier selections, for Back.
    history: Vec<Selection>,
    /// Show the English original under a translated requirement.
    pub show_original: bool,
}

/// Everything the user can do in the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BrowserCommand {
    /// Change the search text.
    SetQuery(String),
    /// Show something else on the right.
    Select(Selection),
    /// Go back to what was shown before.
    Back,
    /// Show or hide the English original under a translated requirement.
    ShowOriginal(bool),
}

impl BrowserState {
    /// Applies one command.
    pub fn apply(&mut self, command: BrowserCommand) {
        match command {
            BrowserCommand::SetQuery(query) => self.query = query,
            BrowserCommand::ShowOriginal(on) => self.show_original = on,
            BrowserCommand::Select(selection) => {
                if selection != self.selection {
                    let previous = std::mem::replace(&mut self.selection, selection);
                    self.history.push(previous);
                }
            }
            BrowserCommand::Back => {
                if let Some(previous) = self.history.pop() {
                    self.selection = previous;
                }
            }
        }
    }

    /// Whether Back has somewhere to go.
    pub fn can_go_back(&self) -> bool {
        !self.history.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_returns_to_the_previous_selection() {
        let mut browser = BrowserState::default();
        assert!(!browser.can_go_back());
        browser.apply(BrowserCommand::Select(Selection::Framework(
            "nis2".to_owned(),
        )));
        browser.apply(BrowserCommand::Select(Selection::About));
        assert!(browser.can_go_back());
        browser.apply(BrowserCommand::Back);
        assert_eq!(browser.selection, Selection::Framework("nis2".to_owned()));
        browser.apply(BrowserCommand::SetQuery("access".to_owned()));
        assert_eq!(browser.query, "access");
    }
}
