//! Building a [`Library`] from parsed files: indexing every requirement and mapping, and the
//! checks that need more than one file (duplicate ids, mapping endpoints and profiles that name
//! what is not loaded). Items with problems are left out and reported; the rest is loaded.

use std::collections::HashMap;

use super::{Entry, Library, LoadedFramework, Origin};
use crate::catalog::mapping::{Mapping, MappingSet};
use crate::catalog::model::{Framework, Group};
use crate::catalog::parse::{Document, ParsedFile};
use crate::catalog::problem::{Locator, Problem};
use crate::catalog::profile::{KeyMeasures, Profile};
use crate::catalog::tree::{GroupItem, natural_key};
use crate::catalog::validate::split_qualified_id;

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
        let mut translation_files = Vec::new();
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
                Document::Translation(t) => translation_files.push((parsed.file, t)),
                Document::Glossary(glossary) => {
                    library
                        .glossaries
                        .insert(glossary.language.clone(), glossary);
                }
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
        for (file, translation) in translation_files {
            library.add_translation(&file, translation, &mut problems);
        }
        library.language = "en".into();
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
}

/// The problem for a `what` whose id another file already loaded, at the id in this file.
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
