//! Checks that need only one file: ids well formed and unique, no empty texts, sources cited,
//! scales with levels. Each problem is located in the file's text.

use std::collections::{HashMap, HashSet};

use super::mapping::MappingSet;
use super::model::{Catalog, Framework, Group, GroupKind, Mechanism, Requirement, WayToMeet};
use super::parse::{Document, SourceFile};
use super::problem::{Locator, Problem};
use super::profile::Profile;
use super::scale::Scale;
use super::translation::Glossary;

/// Runs the single-file checks for any kind of document.
pub fn check_document(file: &SourceFile, document: &Document) -> Vec<Problem> {
    let mut checker = Checker {
        file,
        locator: Locator::new(&file.text),
        problems: Vec::new(),
    };
    match document {
        Document::Catalog(c) => checker.catalog(c),
        Document::MappingSet(m) => checker.mapping_set(m),
        Document::Scale(s) => checker.scale(s),
        Document::Profile(p) => checker.profile(p),
        Document::Translation(t) => checker.language(&t.language),
        Document::Glossary(g) => checker.glossary(g),
    }
    checker.problems
}

/// True for ids made of letters, digits and `. _ -` (no spaces, no colon).
pub fn is_valid_local_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// True for a language code of two or three lower-case letters, optionally followed by `-` and
/// a region of two capital letters or three digits.
pub fn is_language_code(code: &str) -> bool {
    let (language, region) = code.split_once('-').unwrap_or((code, ""));
    let language_ok =
        (2..=3).contains(&language.len()) && language.chars().all(|c| c.is_ascii_lowercase());
    let region_ok = region.is_empty()
        || (region.len() == 2 && region.chars().all(|c| c.is_ascii_uppercase()))
        || (region.len() == 3 && region.chars().all(|c| c.is_ascii_digit()));
    language_ok && region_ok
}

/// True for framework tokens: lower-case ASCII letters, digits, `_` and `-`.
pub fn is_valid_framework_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-'))
}

struct Checker<'a> {
    file: &'a SourceFile,
    locator: Locator<'a>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, message: String, expected: &str) {
        let position = self.locator.position(offset);
        self.problems
            .push(Problem::at(&self.file.path, position, message, expected));
    }

    /// Reports `field` empty when `value` is blank, located at the field after `anchor`.
    fn require_text(&mut self, anchor: usize, field: &str, value: &str, owner: &str) {
        if value.trim().is_empty() {
            let at = self.locator.find_field(field, anchor).unwrap_or(anchor);
            self.report(
                at,
                format!("{owner} has an empty `{field}`"),
                "a sentence in plain words",
            );
        }
    }

    /// A language code as BCP 47 writes the common ones: two or three lower-case letters,
    /// optionally a region (`sv`, `de`, `pt-BR`).
    fn language(&mut self, code: &str) {
        if !is_language_code(code) {
            let at = self.locator.find_field("language", 0).unwrap_or(0);
            self.report(
                at,
                format!("`{code}` is not a language code"),
                "two or three lower-case letters, optionally a region (sv, de, pt-BR)",
            );
        }
    }

    fn glossary(&mut self, glossary: &Glossary) {
        self.language(&glossary.language);
        self.require_text(0, "native_name", &glossary.native_name, "the glossary");
        for (field, empty) in [
            ("modal_verbs", glossary.modal_verbs.is_empty()),
            ("or_equivalent", glossary.or_equivalent.is_empty()),
        ] {
            if empty {
                let at = self.locator.find_field(field, 0).unwrap_or(0);
                self.report(
                    at,
                    format!("the glossary's `{field}` is empty"),
                    "at least one entry",
                );
            }
        }
        let blank_verb = glossary
            .modal_verbs
            .iter()
            .any(|p| p.must.trim().is_empty() || p.should.trim().is_empty());
        if blank_verb {
            let at = self.locator.find_field("modal_verbs", 0).unwrap_or(0);
            self.report(
                at,
                "a modal verb of the glossary is empty".into(),
                "(must: \"…\", should: \"…\") with both words",
            );
        }
    }

    fn catalog(&mut self, catalog: &Catalog) {
        let fw = &catalog.framework;
        let fw_at = self.locator.find_value("id", &fw.id, 0).unwrap_or(0);
        if !is_valid_framework_id(&fw.id) {
            self.report(
                fw_at,
                format!("framework id `{}` is not a valid token", fw.id),
                "lower-case letters, digits, `_` or `-` (such as mim6 or iso27001)",
            );
        }
        let owner = format!("framework `{}`", fw.id);
        for (field, value) in [
            ("name", &fw.name),
            ("short_name", &fw.short_name),
            ("summary", &fw.summary),
        ] {
            self.require_text(fw_at, field, value, &owner);
        }
        if fw.sources.is_empty() {
            let at = self.locator.find_field("sources", fw_at).unwrap_or(fw_at);
            self.report(
                at,
                format!("{owner} cites no source"),
                "at least one Source(…)",
            );
        }
        let mut keys = HashSet::new();
        let mut cursor = fw_at;
        for source in &fw.sources {
            let at = self
                .locator
                .find_value("key", &source.key, cursor)
                .unwrap_or(cursor);
            cursor = at;
            if !keys.insert(source.key.as_str()) {
                self.report(
                    at,
                    format!("source key `{}` is used twice", source.key),
                    "a unique key per source",
                );
            }
            for (field, value) in [("document", &source.document), ("url", &source.url)] {
                self.require_text(at, field, value, &format!("source `{}`", source.key));
            }
        }
        if fw.groups.is_empty() {
            let at = self.locator.find_field("groups", fw_at).unwrap_or(fw_at);
            self.report(
                at,
                format!("{owner} has no groups"),
                "at least one Group(…)",
            );
        }
        let mechanisms = self.mechanisms(fw, &keys, &mut cursor);
        let mut walk = CatalogWalk {
            seen: HashMap::new(),
            related: Vec::new(),
            cursor,
        };
        let context = FrameworkContext {
            source_keys: &keys,
            mechanisms: &mechanisms,
        };
        for group in &fw.groups {
            self.group(group, &context, &mut walk);
        }
        for (offset, owner_id, related) in walk.related {
            if related == owner_id {
                let at = self.locator.find_field("related", offset).unwrap_or(offset);
                self.report(
                    at,
                    format!("requirement `{owner_id}` relates to itself"),
                    "the ids of other groups or requirements of the same framework",
                );
            } else if !walk.seen.contains_key(&related) {
                let at = self.locator.find_field("related", offset).unwrap_or(offset);
                self.report(
                    at,
                    format!("requirement `{owner_id}` relates to `{related}`, which is not in this framework"),
                    "the id of a group or requirement of the same framework",
                );
            }
        }
    }

    /// Checks the framework's mechanisms and returns them by id, for the ways to meet items.
    fn mechanisms<'f>(
        &mut self,
        fw: &'f Framework,
        keys: &HashSet<&str>,
        cursor: &mut usize,
    ) -> HashMap<&'f str, &'f Mechanism> {
        let mut by_id = HashMap::new();
        for mechanism in &fw.mechanisms {
            let at = self
                .locator
                .find_value("id", &mechanism.id, *cursor)
                .unwrap_or(*cursor);
            *cursor = at + 1;
            let owner = format!("mechanism `{}`", mechanism.id);
            if !is_valid_local_id(&mechanism.id) {
                self.report(
                    at,
                    format!("{owner} has an id that is not valid"),
                    "letters, digits, `.`, `_` or `-` (such as M1 or M1.2)",
                );
            }
            if by_id.insert(mechanism.id.as_str(), mechanism).is_some() {
                self.report(
                    at,
                    format!("{owner} is defined twice"),
                    "a unique id per mechanism",
                );
            }
            self.require_text(at, "name", &mechanism.name, &owner);
            self.require_text(at, "summary", &mechanism.summary, &owner);
            self.check_source_key(at, &mechanism.source, keys, &owner);
        }
        by_id
    }

    fn group(&mut self, group: &Group, context: &FrameworkContext, walk: &mut CatalogWalk) {
        let at = self.item_id(&group.id, "group", walk);
        let owner = format!("group `{}`", group.id);
        self.require_text(at, "title", &group.title, &owner);
        let delegated_capability =
            group.kind == GroupKind::Capability && group.notes.iter().any(|n| !n.trim().is_empty());
        if group.groups.is_empty() && group.requirements.is_empty() && !delegated_capability {
            self.report(
                at,
                format!("{owner} holds no groups and no requirements"),
                "at least one Requirement(…) or nested Group(…); a capability without requirements of its own needs a note saying where they live",
            );
        }
        self.ways_to_meet(at, &group.ways_to_meet, context, &owner);
        for child in &group.groups {
            self.group(child, context, walk);
        }
        for requirement in &group.requirements {
            self.requirement(requirement, context, walk);
        }
    }

    fn check_source_key(&mut self, at: usize, key: &str, keys: &HashSet<&str>, owner: &str) {
        if !keys.contains(key) {
            let field_at = self.locator.find_field("source", at).unwrap_or(at);
            let mut known: Vec<&str> = keys.iter().copied().collect();
            known.sort_unstable();
            self.report(
                field_at,
                format!("{owner} cites unknown source `{key}`"),
                &format!("one of the framework's source keys: {}", known.join(", ")),
            );
        }
    }

    /// Each way to meet an item names a mechanism of the framework and only specifications that
    /// mechanism lists.
    fn ways_to_meet(
        &mut self,
        at: usize,
        ways: &[WayToMeet],
        context: &FrameworkContext,
        owner: &str,
    ) {
        let mut cursor = at;
        for way in ways {
            let way_at = self
                .locator
                .find_value("mechanism", &way.mechanism, cursor)
                .unwrap_or(cursor);
            cursor = way_at + 1;
            let Some(mechanism) = context.mechanisms.get(way.mechanism.as_str()) else {
                let mut known: Vec<&str> = context.mechanisms.keys().copied().collect();
                known.sort_unstable();
                let expected = if known.is_empty() {
                    "a Mechanism(…) in the framework's `mechanisms` list".to_owned()
                } else {
                    format!("one of the framework's mechanisms: {}", known.join(", "))
                };
                self.report(
                    way_at,
                    format!("{owner} names unknown mechanism `{}`", way.mechanism),
                    &expected,
                );
                continue;
            };
            for spec in &way.specifications {
                if !mechanism.specifications.contains(spec) {
                    let spec_at = self.locator.find_string(spec, way_at).unwrap_or(way_at);
                    self.report(
                        spec_at,
                        format!(
                            "{owner} names specification \"{spec}\", which mechanism `{}` does not list",
                            mechanism.id
                        ),
                        &format!("one of: {}", mechanism.specifications.join("; ")),
                    );
                }
            }
        }
    }

    /// Locates an id, checks its form and uniqueness, and moves the cursor to it.
    fn item_id(&mut self, id: &str, what: &str, walk: &mut CatalogWalk) -> usize {
        let at = self
            .locator
            .find_value("id", id, walk.cursor)
            .unwrap_or(walk.cursor);
        walk.cursor = at + 1;
        if !is_valid_local_id(id) {
            self.report(
                at,
                format!("{what} id `{id}` is not valid"),
                "letters, digits, `.`, `_` or `-`, with no spaces or colon (such as R1 or A.5.15)",
            );
        }
        if let Some(first) = walk.seen.get(id) {
            let first = self.locator.position(*first);
            self.report(
                at,
                format!(
                    "duplicate id `{id}` (first used at line {}, column {})",
                    first.line, first.col
                ),
                "an id used only once in the framework",
            );
        } else {
            walk.seen.insert(id.to_owned(), at);
        }
        at
    }

    fn requirement(
        &mut self,
        req: &Requirement,
        context: &FrameworkContext,
        walk: &mut CatalogWalk,
    ) {
        let at = self.item_id(&req.id, "requirement", walk);
        let owner = format!("requirement `{}`", req.id);
        for (field, value) in [
            ("title", &req.title),
            ("statement", &req.statement),
            ("why", &req.why),
            ("question", &req.question),
            ("tender_clause", &req.tender_clause),
        ] {
            self.require_text(at, field, value, &owner);
        }
        if req.evidence.iter().all(|e| e.trim().is_empty()) {
            let field_at = self.locator.find_field("evidence", at).unwrap_or(at);
            self.report(
                field_at,
                format!("{owner} gives no evidence examples"),
                "at least one example of evidence",
            );
        }
        if req.obligations.iter().any(|o| o.trim().is_empty()) || req.obligations.len() == 1 {
            let field_at = self.locator.find_field("obligations", at).unwrap_or(at);
            self.report(
                field_at,
                format!("{owner} lists an empty obligation, or only one"),
                "no obligations, or two or more, each in a few words",
            );
        }
        self.check_source_key(at, &req.source, context.source_keys, &owner);
        self.ways_to_meet(at, &req.ways_to_meet, context, &owner);
        for related in &req.related {
            walk.related.push((at, req.id.clone(), related.clone()));
        }
    }

    fn mapping_set(&mut self, set: &MappingSet) {
        let set_at = self.locator.find_value("id", &set.id, 0).unwrap_or(0);
        if !is_valid_framework_id(&set.id) {
            self.report(
                set_at,
                format!("mapping set id `{}` is not a valid token", set.id),
                "lower-case letters, digits, `_` or `-`",
            );
        }
        let owner = format!("mapping set `{}`", set.id);
        self.require_text(set_at, "title", &set.title, &owner);
        if set.mappings.is_empty() {
            let at = self
                .locator
                .find_field("mappings", set_at)
                .unwrap_or(set_at);
            self.report(
                at,
                format!("{owner} has no mappings"),
                "at least one Mapping(…)",
            );
        }
        let mut cursor = set_at;
        let mut pairs = HashSet::new();
        for mapping in &set.mappings {
            let source_at = self
                .locator
                .find_value("source", &mapping.source, cursor)
                .unwrap_or(cursor);
            cursor = source_at + 1;
            let target_at = self
                .locator
                .find_value("target", &mapping.target, source_at)
                .unwrap_or(source_at);
            for (value, at) in [(&mapping.source, source_at), (&mapping.target, target_at)] {
                if split_qualified_id(value).is_none() {
                    self.report(
                        at,
                        format!("`{value}` is not a qualified requirement id"),
                        "framework:id, such as mim6:R1 or iso27001:A.5.15",
                    );
                }
            }
            if mapping.source == mapping.target {
                self.report(
                    target_at,
                    format!("{} is mapped to itself", mapping.source),
                    "a target that is another requirement",
                );
            }
            if !pairs.insert((mapping.source.as_str(), mapping.target.as_str())) {
                self.report(
                    source_at,
                    format!(
                        "the pair {} → {} is listed twice",
                        mapping.source, mapping.target
                    ),
                    "each pair once",
                );
            }
            self.require_text(
                source_at,
                "provenance",
                &mapping.provenance,
                &format!("mapping {} → {}", mapping.source, mapping.target),
            );
        }
    }

    fn profile(&mut self, profile: &Profile) {
        let at = self.locator.find_value("id", &profile.id, 0).unwrap_or(0);
        let owner = format!("profile `{}`", profile.id);
        if !is_valid_framework_id(&profile.id) {
            self.report(
                at,
                format!("{owner} has an id that is not a valid token"),
                "lower-case letters, digits, `_` or `-` (such as nis2-essential)",
            );
        }
        self.require_text(at, "name", &profile.name, &owner);
        self.require_text(at, "summary", &profile.summary, &owner);
        for (field, value) in [
            ("key_measure_min", profile.key_measure_min),
            ("overall_min", profile.overall_min),
        ] {
            if !value.is_finite() || value < 0.0 {
                let field_at = self.locator.find_field(field, at).unwrap_or(at);
                self.report(
                    field_at,
                    format!("{owner} has `{field}` {value}"),
                    "a level of the profile's scale, such as 3.0",
                );
            }
        }
    }

    fn scale(&mut self, scale: &Scale) {
        let at = self.locator.find_value("id", &scale.id, 0).unwrap_or(0);
        let owner = format!("scale `{}`", scale.id);
        if !is_valid_framework_id(&scale.id) {
            let id_at = self.locator.find_field("id", 0).unwrap_or(0);
            self.report(
                id_at,
                format!("scale id `{}` is not a valid token", scale.id),
                "lower-case letters, digits, `_` or `-` (such as city-0-5)",
            );
        }
        self.require_text(at, "name", &scale.name, &owner);
        if scale.levels.len() < 2 {
            let field_at = self.locator.find_field("levels", at).unwrap_or(at);
            self.report(
                field_at,
                format!("{owner} has {} level(s)", scale.levels.len()),
                "at least two Level(…) entries, lowest first",
            );
        }
        let mut cursor = at;
        let mut previous: Option<u8> = None;
        for level in &scale.levels {
            let level_at = self.locator.find_field("value", cursor).unwrap_or(cursor);
            cursor = level_at + 1;
            if previous.is_some_and(|p| level.value <= p) {
                self.report(
                    level_at,
                    format!(
                        "level value {} does not rise above the level before it",
                        level.value
                    ),
                    "level values in rising order, each used once",
                );
            }
            previous = Some(level.value);
            let level_owner = format!("level {}", level.value);
            self.require_text(level_at, "name", &level.name, &level_owner);
            self.require_text(level_at, "meaning", &level.meaning, &level_owner);
        }
    }
}

/// What items of a framework may point to: its source keys and its mechanisms.
struct FrameworkContext<'a> {
    source_keys: &'a HashSet<&'a str>,
    mechanisms: &'a HashMap<&'a str, &'a Mechanism>,
}

struct CatalogWalk {
    /// Every id seen so far and where it stands.
    seen: HashMap<String, usize>,
    /// (offset of the owner, owner id, related id), checked once every id is known.
    related: Vec<(usize, String, String)>,
    cursor: usize,
}

/// The framework id in front of a qualified requirement id (`mim6` in `mim6:R1`), or the whole
/// text when it has no `:`; for grouping ids by framework without checking them.
pub fn framework_of(qid: &str) -> &str {
    qid.split_once(':').map_or(qid, |(framework, _)| framework)
}

/// Splits `framework:id` into its two non-empty parts.
pub fn split_qualified_id(qid: &str) -> Option<(&str, &str)> {
    let (fw, local) = qid.split_once(':')?;
    (is_valid_framework_id(fw) && is_valid_local_id(local)).then_some((fw, local))
}
