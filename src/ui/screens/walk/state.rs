//! The walk-through's state: the requirement shown, the filters and the search, and how
//! Next and Previous move through what they leave visible.

use crate::assessment::Status;
use crate::catalog::{Library, framework_of};
use crate::ui::document::OpenAssessment;

/// The walk-through's selection, filters and search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WalkState {
    /// The requirement shown.
    pub selected: Option<String>,
    /// Search by id or words.
    pub query: String,
    /// Show only unanswered requirements.
    pub only_unanswered: bool,
    /// Show only requirements below target.
    pub only_below_target: bool,
    /// Show only key measures.
    pub only_key_measures: bool,
    /// Show only one framework.
    pub framework: Option<String>,
    /// Show the English original under a translated requirement.
    pub show_original: bool,
}

/// A filter of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// Unanswered only.
    Unanswered,
    /// Below target only.
    BelowTarget,
    /// Key measures only.
    KeyMeasures,
}

/// What the user can do in the walk-through besides editing answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkCommand {
    /// Show this requirement.
    Select(String),
    /// The next requirement of the filtered list.
    Next,
    /// The previous requirement of the filtered list.
    Previous,
    /// Change the search.
    SetQuery(String),
    /// Turn a filter on or off.
    SetFilter(Filter, bool),
    /// Limit to one framework, or show all.
    SetFramework(Option<String>),
    /// Show or hide the English original under a translated requirement.
    ShowOriginal(bool),
}

impl WalkState {
    /// Applies one command.
    pub fn apply(&mut self, command: WalkCommand, doc: &OpenAssessment, library: &Library) {
        match command {
            WalkCommand::Select(qid) => self.selected = Some(qid),
            WalkCommand::Next | WalkCommand::Previous => {
                let forward = command == WalkCommand::Next;
                if let Some(qid) = self.step(doc, library, forward) {
                    self.selected = Some(qid);
                }
            }
            WalkCommand::SetQuery(query) => self.query = query,
            WalkCommand::SetFilter(filter, on) => match filter {
                Filter::Unanswered => self.only_unanswered = on,
                Filter::BelowTarget => self.only_below_target = on,
                Filter::KeyMeasures => self.only_key_measures = on,
            },
            WalkCommand::SetFramework(framework) => self.framework = framework,
            WalkCommand::ShowOriginal(on) => self.show_original = on,
        }
    }

    /// The requirement after (or before) the selected one among those the filters let through.
    /// When the selection has just dropped out of the filter (answered while showing only
    /// unanswered ones, say), the step is taken from where it sits in reading order.
    fn step(&self, doc: &OpenAssessment, library: &Library, forward: bool) -> Option<String> {
        let visible = self.visible(doc, library);
        let order = |qid: &str| doc.insights.statuses.iter().position(|s| s.qid == qid);
        let Some(here) = self.selected.as_deref().and_then(order) else {
            return visible.first().map(|qid| (*qid).to_owned());
        };
        let mut candidates = visible
            .iter()
            .filter_map(|qid| Some((order(qid)?, qid)))
            .filter(|(position, _)| {
                if forward {
                    *position > here
                } else {
                    *position < here
                }
            });
        let found = if forward {
            candidates.next()
        } else {
            candidates.next_back()
        };
        found.map(|(_, qid)| (*qid).to_owned())
    }

    /// The requirements the filters and search let through, in reading order. The status
    /// filters (unanswered, below target) widen each other; key measures, the framework and
    /// the search narrow what they let through.
    pub fn visible<'a>(&self, doc: &'a OpenAssessment, library: &Library) -> Vec<&'a str> {
        let query = self.query.trim().to_lowercase();
        doc.insights
            .statuses
            .iter()
            .filter(|s| doc.shows(&s.qid))
            .filter(|s| {
                let any_status_filter = self.only_unanswered || self.only_below_target;
                !any_status_filter
                    || (self.only_unanswered && s.status == Status::Unanswered)
                    || (self.only_below_target && s.status == Status::BelowTarget)
            })
            .filter(|s| !self.only_key_measures || doc.insights.is_key_measure(&s.qid))
            .filter(|s| {
                self.framework
                    .as_ref()
                    .is_none_or(|f| framework_of(&s.qid) == f)
            })
            .filter(|s| query.is_empty() || matches_query(library, &s.qid, &query))
            .map(|s| s.qid.as_str())
            .collect()
    }
}

fn matches_query(library: &Library, qid: &str, query: &str) -> bool {
    library.requirement(qid).is_some_and(|view| {
        let r = view.requirement;
        [qid, &r.title, &r.statement]
            .iter()
            .any(|text| text.to_lowercase().contains(query))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_previous_move_through_what_the_search_leaves_visible() {
        let library = crate::catalog::load_with_user_dir(None).library;
        let assessment = crate::assessment::example_assessment(&library);
        let doc = OpenAssessment::new(
            assessment,
            None,
            None,
            &library,
            std::time::Duration::from_secs(1),
        );
        let mut walk = WalkState::default();
        let all = walk.visible(&doc, &library);
        assert!(all.len() > 2);
        walk.apply(WalkCommand::Select(all[0].to_owned()), &doc, &library);
        walk.apply(WalkCommand::Next, &doc, &library);
        assert_eq!(walk.selected.as_deref(), Some(all[1]));
        walk.apply(WalkCommand::Previous, &doc, &library);
        assert_eq!(walk.selected.as_deref(), Some(all[0]));
        let query = all[1].to_owned();
        walk.apply(WalkCommand::SetQuery(query.clone()), &doc, &library);
        let found = walk.visible(&doc, &library);
        assert!(found.contains(&query.as_str()));
        assert!(found.len() < all.len());
    }
}
