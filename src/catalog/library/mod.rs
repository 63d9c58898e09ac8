//! The loaded, cross-checked catalog: every framework, requirement, mapping and scale, indexed by
//! qualified id. Read-only once built; assessments and tenders refer into it by id. This file
//! holds the indexes and the queries; building them from parsed files, with the checks that
//! need more than one file, is in `build`; the views a query returns are in `view`.

mod build;
mod languages;
mod view;

use std::collections::{BTreeMap, HashMap};

pub use languages::CatalogCoverage;
pub use view::{MappingView, RequirementView, WayToMeetView};

use super::mapping::MappingSet;
use super::model::{Framework, FrameworkKind};
use super::profile::Profile;
use super::scale::Scale;
use super::translation::{Glossary, Translation};

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
    /// Checked translations by (language, catalog id), user files merged over shipped ones.
    translations: BTreeMap<(String, String), Translation>,
    /// Glossaries by language; a later file replaces an earlier one.
    glossaries: BTreeMap<String, Glossary>,
    /// The language of the texts: `en`, or the language [`Library::localized`] put in place.
    language: String,
    /// The English library a localized one was made from (`None` for the English one), for
    /// the English original beside a translation and for localizing into another language.
    english: Option<std::sync::Arc<Library>>,
    /// Each loaded language's coverage of every catalog, counted once on first use (the window
    /// shows it beside every language it lists, and About per catalog).
    language_coverage: std::sync::OnceLock<BTreeMap<String, Vec<CatalogCoverage>>>,
}

impl Library {
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

    /// True when the framework `id` was loaded from a file of the user's (a catalog imported
    /// or written in this installation), not from the catalogs the program ships: its texts
    /// are not the project's wording, and the report and annex say so.
    pub fn is_custom(&self, id: &str) -> bool {
        self.frameworks
            .iter()
            .find(|f| f.framework.id == id)
            .is_some_and(|f| {
                !super::embedded::EMBEDDED
                    .iter()
                    .any(|(path, _)| *path == f.origin)
            })
    }

    /// How many requirements of each framework rest on a secondary source only, in library
    /// order: every MIM (zero included), and any other framework that has such items (a
    /// regulation read from a third-party copy of its text, say), so the report's sources page
    /// can say how much of each has not been checked against the publisher's own text and
    /// explain every "secondary source only" mark it prints.
    pub fn secondary_source_counts(&self) -> Vec<(&Framework, usize)> {
        self.frameworks
            .iter()
            .map(|f| &f.framework)
            .map(|f| (f, f.source_standing().secondary))
            .filter(|(f, count)| f.kind == FrameworkKind::Mim || *count > 0)
            .collect()
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

    /// The requirements mapped to `qid` in either direction (targets of its mappings, sources
    /// of the mappings to it), as qualified ids, possibly repeated.
    pub fn mapped_with(&self, qid: &str) -> Vec<String> {
        self.mappings_from(qid)
            .iter()
            .map(|m| m.mapping.target.clone())
            .chain(
                self.mappings_to(qid)
                    .iter()
                    .map(|m| m.mapping.source.clone()),
            )
            .collect()
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
