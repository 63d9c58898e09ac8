//! The loaded, cross-checked catalog: every framework, requirement, mapping and scale, indexed by
//! qualified id. Read-only once built; assessments and tenders refer into it by id.

use std::collections::HashMap;

use super::mapping::{Mapping, MappingSet};
use super::model::{Framework, Group, Mechanism, Requirement, SourceKind, WayToMeet};
use super::parse::{Document, ParsedFile};
use super::problem::{Locator, Problem};
use super::profile::{KeyMeasures, Profile};
use super::scale::Scale;
use super::validate::split_qualified_id;

/// Where a loaded item came from: an embedded `checklists/…` name or a file path.
pub type Origin = String;

/// A framework and the file it was loaded from.
#[derive(Debug, Clone)]
pub struct LoadedFramework {
    /// The framework.
    pub framework: Framework,
    /// The file it came from.
    pub origin: Origin,
}

/// Where one requirement sits in its framework's tree.
#[derive(Debug, Clone)]
struct Entry {
    qid: String,
    framework: usize,
    /// Indices of the groups from the framework's top level down to the requirement's group.
    group_path: Vec<usize>,
    index: usize,
    /// Lower-case qualified id, title and statement, prepared once for search.
    haystack: String,
}

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

/// Everything the catalogs say, ready to query.
#[derive(Debug, Clone, Default)]
pub struct Library {
    frameworks: Vec<LoadedFramework>,
    entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
    mapping_sets: Vec<MappingSet>,
    /// (set index, mapping index) by source and by target requirement.
    outgoing: HashMap<String, Vec<(usize, usize)>>,
    incoming: HashMap<String, Vec<(usize, usize)>>,
    scales: Vec<Scale>,
    profiles: Vec<Profile>,
}

impl Library {
    /// Builds a library from parsed files, checking what needs more than one file: duplicate
    /// framework, mapping-set and scale ids, and mapping endpoints that do not resolve.
    /// Items with problems are left out and reported; the rest is loaded.
    pub fn build(files: Vec<ParsedFile>) -> (Library, Vec<Problem>) {
        let mut library = Library::default();
        let mut problems = Vec::new();
        let mut mapping_files = Vec::new();
        let mut catalog_files = Vec::new();
        let mut profile_files = Vec::new();
        for parsed in files {
            match parsed.document {
                Document::Catalog(catalog) => catalog_files.push((parsed.file, catalog.framework)),
                Document::Scale(scale) => {
                    if library.scale(&scale.id).is_some() {
                        problems.push(duplicate(
                            &parsed.file.text,
                            &parsed.file.path,
                            "scale",
                            &scale.id,
                        ));
                    } else {
                        library.scales.push(scale);
                    }
                }
                Document::MappingSet(set) => mapping_files.push((parsed.file, set)),
                Document::Profile(profile) => profile_files.push((parsed.file, profile)),
            }
        }
        // MIMs first, then standards, regulations and clause libraries, each by id (mim0 … mim8).
        // The sort is stable, so of two files with one id the earlier one still wins.
        catalog_files.sort_by(|(_, a), (_, b)| {
            (a.kind, natural_key(&a.id)).cmp(&(b.kind, natural_key(&b.id)))
        });
        for (file, fw) in catalog_files {
            if library.framework(&fw.id).is_some() {
                problems.push(duplicate(&file.text, &file.path, "framework", &fw.id));
            } else {
                library.add_framework(fw, file.path);
            }
        }
        for (file, set) in mapping_files {
            if library.mapping_sets.iter().any(|s| s.id == set.id) {
                problems.push(duplicate(&file.text, &file.path, "mapping set", &set.id));
                continue;
            }
            let resolved = library.check_endpoints(&file.path, &file.text, &set, &mut problems);
            library.add_mapping_set(MappingSet {
                mappings: resolved,
                ..set
            });
        }
        for (file, profile) in profile_files {
            if library.profile(&profile.id).is_some() {
                problems.push(duplicate(&file.text, &file.path, "profile", &profile.id));
                continue;
            }
            let found = library.check_profile(&file.path, &file.text, &profile);
            if found.is_empty() {
                library.profiles.push(profile);
            } else {
                problems.extend(found);
            }
        }
        (library, problems)
    }

    /// A profile must name a loaded scale, keep its levels inside that scale and list only
    /// requirements that exist.
    fn check_profile(&self, path: &str, text: &str, profile: &Profile) -> Vec<Problem> {
        let locator = Locator::new(text);
        let at = |field: &str| locator.position(locator.find_field(field, 0).unwrap_or(0));
        let Some(scale) = self.scale(&profile.scale) else {
            let known: Vec<&str> = self.scales.iter().map(|s| s.id.as_str()).collect();
            return vec![Problem::at(
                path,
                at("scale"),
                format!(
                    "profile `{}` names scale `{}`, which is not loaded",
                    profile.id, profile.scale
                ),
                format!("one of the loaded scales: {}", known.join(", ")),
            )];
        };
        let (low, high) = scale.range();
        let mut problems = Vec::new();
        let targets = profile.targets;
        for (field, value) in [
            ("shall", f64::from(targets.shall)),
            ("should", f64::from(targets.should)),
            ("may", f64::from(targets.may)),
            ("key_measure_min", profile.key_measure_min),
            ("overall_min", profile.overall_min),
        ] {
            if !(f64::from(low)..=f64::from(high)).contains(&value) {
                problems.push(Problem::at(
                    path,
                    at(field),
                    format!("`{field}` is {value}, outside the scale `{}`", scale.id),
                    format!("a level from {low} to {high}"),
                ));
            }
        }
        // Reaching every default target must reach the minimums, or the roadmap leads nowhere.
        for (field, target, minimum) in [
            ("shall", targets.shall, profile.key_measure_min),
            ("should", targets.should, profile.overall_min),
        ] {
            if f64::from(target) < minimum {
                problems.push(Problem::at(
                    path,
                    at(field),
                    format!(
                        "the {field} target {target} is below the minimum {minimum}, so meeting every target could still fail the profile"
                    ),
                    format!("a target of at least {minimum}"),
                ));
            }
        }
        if let KeyMeasures::Listed(ids) = &profile.key_measures {
            for id in ids {
                if self.requirement(id).is_none() {
                    let offset = locator.find_string(id, 0).unwrap_or(0);
                    problems.push(Problem::at(
                        path,
                        locator.position(offset),
                        format!("key measure `{id}` is not a loaded requirement"),
                        "a qualified requirement id such as iso27001:A.5.15",
                    ));
                }
            }
        }
        problems
    }

    fn add_framework(&mut self, framework: Framework, origin: Origin) {
        let fw_index = self.frameworks.len();
        let mut path = Vec::new();
        for (i, group) in framework.groups.iter().enumerate() {
            path.push(i);
            self.index_group(fw_index, &framework.id, group, &mut path);
            path.pop();
        }
        self.frameworks.push(LoadedFramework { framework, origin });
    }

    fn index_group(&mut self, fw: usize, fw_id: &str, group: &Group, path: &mut Vec<usize>) {
        for item in group.items() {
            let (index, req) = match item {
                GroupItem::Group(i, child) => {
                    path.push(i);
                    self.index_group(fw, fw_id, child, path);
                    path.pop();
                    continue;
                }
                GroupItem::Requirement(index, req) => (index, req),
            };
            let qid = format!("{fw_id}:{}", req.id);
            let haystack = format!("{qid} {} {}", req.title, req.statement).to_lowercase();
            self.by_id.insert(qid.clone(), self.entries.len());
            self.entries.push(Entry {
                qid,
                framework: fw,
                group_path: path.clone(),
                index,
                haystack,
            });
        }
    }

    /// Keeps the pairs whose both ends are known requirements; reports the others.
    fn check_endpoints(
        &self,
        path: &str,
        text: &str,
        set: &MappingSet,
        problems: &mut Vec<Problem>,
    ) -> Vec<Mapping> {
        let locator = Locator::new(text);
        let mut cursor = 0;
        let mut kept = Vec::new();
        // A framework that is not loaded is reported once per set, at its first pair, with a
        // count of the other pairs that name it, instead of once per pair.
        let mut missing_frameworks: HashMap<String, (usize, usize)> = HashMap::new();
        for mapping in &set.mappings {
            let source_at = locator
                .find_value("source", &mapping.source, cursor)
                .unwrap_or(cursor);
            cursor = source_at + 1;
            let mut ok = true;
            for (field, value) in [("source", &mapping.source), ("target", &mapping.target)] {
                if self.by_id.contains_key(value.as_str()) {
                    continue;
                }
                ok = false;
                let at = locator
                    .find_value(field, value, source_at)
                    .unwrap_or(source_at);
                let (message, expected) = match split_qualified_id(value) {
                    Some((fw, _)) if self.framework(fw).is_none() => {
                        if let Some((_, more)) = missing_frameworks.get_mut(fw) {
                            *more += 1;
                            continue;
                        }
                        missing_frameworks.insert(fw.to_owned(), (problems.len(), 0));
                        (
                            format!(
                                "mapping {field} `{value}` names framework `{fw}`, which is not loaded"
                            ),
                            format!(
                                "one of the loaded frameworks: {}",
                                self.framework_ids().join(", ")
                            ),
                        )
                    }
                    Some((fw, _)) => (
                        format!("mapping {field} `{value}` is not a requirement of `{fw}`"),
                        format!("an id listed by `mim-assistant list --ids` for {fw}"),
                    ),
                    None => (
                        format!("mapping {field} `{value}` is not a qualified id"),
                        "framework:id, such as mim6:R1".to_owned(),
                    ),
                };
                problems.push(Problem::at(path, locator.position(at), message, expected));
            }
            if ok {
                kept.push(mapping.clone());
            }
        }
        for (index, more) in missing_frameworks.into_values() {
            if more > 0 {
                problems[index].message.push_str(&format!(
                    " (nor are {more} more pairs in this file that name it)"
                ));
            }
        }
        kept
    }

    fn add_mapping_set(&mut self, set: MappingSet) {
        let set_index = self.mapping_sets.len();
        for (i, mapping) in set.mappings.iter().enumerate() {
            self.outgoing
                .entry(mapping.source.clone())
                .or_default()
                .push((set_index, i));
            self.incoming
                .entry(mapping.target.clone())
                .or_default()
                .push((set_index, i));
        }
        self.mapping_sets.push(set);
    }

    /// Every credit line the loaded sources ask for (frameworks, mapping sets, scales), each
    /// once, in load order. The About view and every export print these.
    pub fn attributions(&self) -> Vec<&str> {
        let sources = self
            .frameworks
            .iter()
            .flat_map(|f| f.framework.sources.iter())
            .chain(self.mapping_sets.iter().map(|s| &s.origin))
            .chain(self.scales.iter().map(|s| &s.origin))
            .chain(self.profiles.iter().map(|p| &p.origin));
        let mut lines: Vec<&str> = Vec::new();
        for source in sources {
            let line = source.attribution.trim();
            if !line.is_empty() && !lines.contains(&line) {
                lines.push(line);
            }
        }
        lines
    }

    /// Every framework: MIMs first, then standards, regulations and clause libraries, each by id.
    pub fn frameworks(&self) -> &[LoadedFramework] {
        &self.frameworks
    }

    /// The ids of every loaded framework.
    pub fn framework_ids(&self) -> Vec<&str> {
        self.frameworks
            .iter()
            .map(|f| f.framework.id.as_str())
            .collect()
    }

    /// A framework by its id.
    pub fn framework(&self, id: &str) -> Option<&Framework> {
        self.frameworks
            .iter()
            .find(|f| f.framework.id == id)
            .map(|f| &f.framework)
    }

    /// Number of requirements, all frameworks together.
    pub fn requirement_count(&self) -> usize {
        self.entries.len()
    }

    /// A requirement by its qualified id (`iso27001:A.5.15`).
    pub fn requirement(&self, qid: &str) -> Option<RequirementView<'_>> {
        self.by_id.get(qid).map(|&i| self.view(i))
    }

    /// Every requirement in document order, framework by framework.
    pub fn requirements(&self) -> impl Iterator<Item = RequirementView<'_>> {
        (0..self.entries.len()).map(|i| self.view(i))
    }

    fn view(&self, entry_index: usize) -> RequirementView<'_> {
        let entry = &self.entries[entry_index];
        let framework = &self.frameworks[entry.framework].framework;
        let mut groups = Vec::with_capacity(entry.group_path.len());
        // Invariant: group paths were recorded while indexing this very framework, which is
        // never changed afterwards, so every index is in range.
        let mut level = &framework.groups;
        for &g in &entry.group_path {
            let group = &level[g];
            groups.push(group);
            level = &group.groups;
        }
        let requirement = &groups[groups.len() - 1].requirements[entry.index];
        RequirementView {
            qid: &entry.qid,
            framework,
            groups,
            requirement,
        }
    }

    /// Requirements matching a search: every word must appear in the id, title or statement.
    /// Exact id matches come first, then id matches, then text matches.
    pub fn search(&self, query: &str) -> Vec<RequirementView<'_>> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return Vec::new();
        }
        let whole = words.join(" ");
        let mut hits: Vec<(u8, usize)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            if !words.iter().all(|w| entry.haystack.contains(w.as_str())) {
                continue;
            }
            let qid = entry.qid.to_lowercase();
            let local = qid.split_once(':').map_or("", |(_, l)| l);
            // "5.15" names control A.5.15 exactly: Annex A ids are often written without the "A.".
            let rank = if local == whole || qid == whole || local.strip_prefix("a.") == Some(&whole)
            {
                0
            } else if words.iter().all(|w| qid.contains(w.as_str())) {
                1
            } else {
                2
            };
            hits.push((rank, i));
        }
        hits.sort_by_key(|&(rank, i)| (rank, i));
        hits.into_iter().map(|(_, i)| self.view(i)).collect()
    }

    /// Mappings whose source is this requirement.
    pub fn mappings_from(&self, qid: &str) -> Vec<MappingView<'_>> {
        self.mapping_views(self.outgoing.get(qid))
    }

    /// Mappings whose target is this requirement.
    pub fn mappings_to(&self, qid: &str) -> Vec<MappingView<'_>> {
        self.mapping_views(self.incoming.get(qid))
    }

    fn mapping_views(&self, refs: Option<&Vec<(usize, usize)>>) -> Vec<MappingView<'_>> {
        refs.map(|refs| {
            refs.iter()
                .map(|&(s, m)| MappingView {
                    mapping: &self.mapping_sets[s].mappings[m],
                    set: &self.mapping_sets[s],
                })
                .collect()
        })
        .unwrap_or_default()
    }

    /// Every mapping set.
    pub fn mapping_sets(&self) -> &[MappingSet] {
        &self.mapping_sets
    }

    /// Every maturity scale.
    pub fn scales(&self) -> &[Scale] {
        &self.scales
    }

    /// A scale by id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|s| s.id == id)
    }

    /// Every target profile, in load order.
    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    /// A target profile by its id.
    pub fn profile(&self, id: &str) -> Option<&Profile> {
        self.profiles.iter().find(|p| p.id == id)
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
fn natural_key(id: &str) -> Vec<(u8, u64, &str)> {
    id.split('.')
        .map(|part| match part.parse::<u64>() {
            Ok(n) => (0, n, ""),
            Err(_) => (1, 0, part),
        })
        .collect()
}

fn duplicate(text: &str, path: &str, what: &str, id: &str) -> Problem {
    let locator = Locator::new(text);
    let at = locator.find_value("id", id, 0).unwrap_or(0);
    Problem::at(
        path,
        locator.position(at),
        format!("{what} `{id}` is already loaded from another file"),
        format!("a {what} id not used by any other file"),
    )
}

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
