//! What the library's queries return: a requirement seen with its framework and the groups
//! above it, the ways to meet it resolved against the framework's mechanisms, and a mapping with
//! the set it belongs to.

use crate::catalog::mapping::{Mapping, MappingSet};
use crate::catalog::model::{
    Framework, Group, Mechanism, Requirement, Source, SourceKind, WayToMeet,
};

/// A requirement with its framework and the groups above it.
#[derive(Debug, Clone)]
pub struct RequirementView<'a> {
    /// `framework:id`.
    pub qid: &'a str,
    /// The framework it belongs to.
    pub framework: &'a Framework,
    /// The groups above it, outermost first; never empty.
    pub groups: Vec<&'a Group>,
    /// The requirement itself.
    pub requirement: &'a Requirement,
}

impl<'a> RequirementView<'a> {
    /// The group that directly holds the requirement.
    pub fn group(&self) -> Option<&Group> {
        self.groups.last().copied()
    }

    /// The framework source the requirement cites, or `None` for a key the framework does not
    /// define (the validator reports that).
    pub fn cited_source(&self) -> Option<&'a Source> {
        self.framework
            .sources
            .iter()
            .find(|s| s.key == self.requirement.source)
    }

    /// True when the requirement rests on a secondary source only (a third-party copy such as
    /// the MIMs procurement booklet), so that every place that shows it can say so: a reader
    /// should check such an item against the publisher's text before relying on its wording.
    pub fn rests_on_secondary_source(&self) -> bool {
        self.cited_source()
            .is_some_and(|s| s.kind == SourceKind::Secondary)
    }

    /// The ways to meet this requirement: its own first, then those of the capabilities above
    /// it, innermost first. A way whose mechanism the framework does not define is skipped (the
    /// validator reports it).
    pub fn ways_to_meet(&self) -> Vec<WayToMeetView<'a>> {
        let own = self.requirement.ways_to_meet.iter().map(|way| (way, None));
        let inherited = self.groups.iter().rev().flat_map(|group| {
            group
                .ways_to_meet
                .iter()
                .map(move |way| (way, Some(*group)))
        });
        own.chain(inherited)
            .filter_map(|(way, via)| {
                let mechanism = self.framework.mechanism(&way.mechanism)?;
                Some(WayToMeetView {
                    mechanism,
                    way,
                    via,
                })
            })
            .collect()
    }
}

/// One way to meet a requirement, resolved against its framework's mechanisms.
#[derive(Debug, Clone, Copy)]
pub struct WayToMeetView<'a> {
    /// The mechanism.
    pub mechanism: &'a Mechanism,
    /// The pointer to it, with the specifications that serve the item.
    pub way: &'a WayToMeet,
    /// The capability the way was given on, or `None` when given on the requirement itself.
    pub via: Option<&'a Group>,
}

impl<'a> WayToMeetView<'a> {
    /// The specifications that serve the item: those the way names, or all of the mechanism's.
    pub fn specifications(&self) -> &'a [String] {
        if self.way.specifications.is_empty() {
            &self.mechanism.specifications
        } else {
            &self.way.specifications
        }
    }
}

/// A mapping together with the set it belongs to (for its derived flag and origin).
#[derive(Debug, Clone, Copy)]
pub struct MappingView<'a> {
    /// The pair.
    pub mapping: &'a Mapping,
    /// The set it belongs to.
    pub set: &'a MappingSet,
}
