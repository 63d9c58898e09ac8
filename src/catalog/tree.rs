//! Walking a framework's tree: groups and requirements in reading order (ids in natural order,
//! so 7.10 follows 7.9), counts, lookups by id, and how well the content is sourced.

use super::model::{Framework, Group, Mechanism, Requirement, SourceKind};

/// How many requirements of a framework rest on primary sources, secondary ones or general
/// knowledge, so that every view can say honestly how well the content is sourced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SourceStanding {
    /// Requirements citing the publisher's own text.
    pub primary: usize,
    /// Requirements citing a third-party copy or summary.
    pub secondary: usize,
    /// Requirements resting on general knowledge.
    pub general_knowledge: usize,
}

impl SourceStanding {
    /// One line for labels: "all 21 from primary sources" or "18 from primary sources, 5 from
    /// secondary sources".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = [
            (self.primary, "primary sources"),
            (self.secondary, "secondary sources"),
            (self.general_knowledge, "general knowledge"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} from {what}"))
        .collect();
        match parts.as_slice() {
            [] => "no requirements".to_owned(),
            [only] => format!("all {only}"),
            _ => parts.join(", "),
        }
    }
}

impl Framework {
    /// A mechanism of this framework by its id.
    pub fn mechanism(&self, id: &str) -> Option<&Mechanism> {
        self.mechanisms.iter().find(|m| m.id == id)
    }

    /// Counts requirements by the kind of source they cite.
    pub fn source_standing(&self) -> SourceStanding {
        let mut standing = SourceStanding::default();
        let mut stack: Vec<&Group> = self.groups.iter().collect();
        while let Some(group) = stack.pop() {
            stack.extend(&group.groups);
            for requirement in &group.requirements {
                let kind = self
                    .sources
                    .iter()
                    .find(|s| s.key == requirement.source)
                    .map(|s| s.kind);
                match kind {
                    Some(SourceKind::Primary) => standing.primary += 1,
                    Some(SourceKind::Secondary) => standing.secondary += 1,
                    // An unknown key is reported by the validator; count it as unverified.
                    Some(SourceKind::GeneralKnowledge) | None => standing.general_knowledge += 1,
                }
            }
        }
        standing
    }

    /// Number of requirements in the whole framework.
    pub fn requirement_count(&self) -> usize {
        self.groups.iter().map(Group::requirement_count).sum()
    }

    /// Number of groups, nested ones included.
    pub fn group_count(&self) -> usize {
        self.groups.iter().map(Group::group_count).sum()
    }

    /// A group anywhere in the tree, by its id.
    pub fn find_group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find_map(|g| g.find(id))
    }
}

/// One entry of a group in reading order, with its index in the group's own list.
#[derive(Debug, Clone, Copy)]
pub enum GroupItem<'a> {
    /// A nested group and its index in `groups`.
    Group(usize, &'a Group),
    /// A requirement and its index in `requirements`.
    Requirement(usize, &'a Requirement),
}

impl Group {
    /// Nested groups and requirements in reading order. A file keeps them in two lists; when a
    /// group has both (clause 7 holds 7.1–7.4 and the group 7.5), they are merged by id in natural
    /// order (7.2 < 7.5 < 7.10), so the group 7.5 reads after 7.4 as in the source.
    pub fn items(&self) -> Vec<GroupItem<'_>> {
        let groups = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| GroupItem::Group(i, g));
        let requirements = self
            .requirements
            .iter()
            .enumerate()
            .map(|(i, r)| GroupItem::Requirement(i, r));
        if self.groups.is_empty() || self.requirements.is_empty() {
            return groups.chain(requirements).collect();
        }
        let mut items: Vec<GroupItem<'_>> = groups.chain(requirements).collect();
        items.sort_by(|a, b| natural_key(a.id()).cmp(&natural_key(b.id())));
        items
    }

    /// Number of requirements in this group and the groups under it.
    pub fn requirement_count(&self) -> usize {
        self.requirements.len()
            + self
                .groups
                .iter()
                .map(Group::requirement_count)
                .sum::<usize>()
    }

    /// This group plus every group under it.
    pub fn group_count(&self) -> usize {
        1 + self.groups.iter().map(Group::group_count).sum::<usize>()
    }

    /// This group or one under it with the given id.
    pub fn find(&self, id: &str) -> Option<&Group> {
        if self.id == id {
            return Some(self);
        }
        self.groups.iter().find_map(|g| g.find(id))
    }
}

impl GroupItem<'_> {
    /// The id of the group or requirement.
    pub fn id(&self) -> &str {
        match self {
            GroupItem::Group(_, g) => &g.id,
            GroupItem::Requirement(_, r) => &r.id,
        }
    }
}

/// Sort key that orders dotted ids the way people read them: numbers by value, so 7.10 > 7.9.
pub(super) fn natural_key(id: &str) -> Vec<(u8, u64, &str)> {
    id.split('.')
        .map(|part| match part.parse::<u64>() {
            Ok(n) => (0, n, ""),
            Err(_) => (1, 0, part),
        })
        .collect()
}
