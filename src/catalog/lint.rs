//! Warnings about content that is well formed but may mislead (issue 16): a strength that
//! contradicts the keyword a requirement's own note quotes from the source, a SHALL that is only
//! the project's reading with no note saying what it was read from, a statement that repeats ten
//! or more words of a source quote kept in the catalog's notes, and a mapping whose provenance
//! says the text names the other side while the item does not mention it. `validate` prints
//! them; `validate --strict` fails on them.

use std::collections::{HashMap, HashSet};

use super::mapping::{Mapping, MappingSet};
use super::model::{Catalog, Framework, Group, Requirement, Strength};
use super::parse::{Document, ParsedFile};
use super::problem::{Locator, Problem};

/// How many consecutive words a statement may share with a quoted source before it counts as
/// copied rather than written in the project's own words.
pub const COPIED_RUN: usize = 10;

/// Phrases of a mapping provenance that claim the source item's text names the target.
const NAMING_CLAIMS: [&str; 2] = ["names the other mim", "the text names"];

/// The prefix of a requirement note that says which wording of the source a strength rests on.
pub const STRENGTH_NOTE: &str = "Strength:";

/// Warnings for the files in `checked`, looking up mapping endpoints in `all` (which holds
/// `checked` and whatever else is loaded beside it).
pub fn lint(checked: &[&ParsedFile], all: &[&ParsedFile]) -> Vec<Problem> {
    let texts = item_texts(all);
    let mut warnings = Vec::new();
    for file in checked {
        let locator = Locator::new(&file.file.text);
        let at = |field: &str, value: &str| {
            locator.position(locator.find_value(field, value, 0).unwrap_or(0))
        };
        match &file.document {
            Document::Catalog(catalog) => {
                for (req, message, expected) in catalog_warnings(catalog) {
                    let position = at("id", &req);
                    warnings.push(Problem::at(&file.file.path, position, message, expected));
                }
            }
            Document::MappingSet(set) => {
                for (pair, message, expected) in mapping_warnings(set, &texts) {
                    let offset = pair_offset(&locator, &set.mappings[pair]);
                    let position = locator.position(offset);
                    warnings.push(Problem::at(&file.file.path, position, message, expected));
                }
            }
            Document::Scale(_)
            | Document::Profile(_)
            | Document::Translation(_)
            | Document::Glossary(_) => {}
        }
    }
    warnings
}

/// (requirement id, message, expected) for every warning in one catalog.
fn catalog_warnings(catalog: &Catalog) -> Vec<(String, String, &'static str)> {
    let fw = &catalog.framework;
    let quotes = framework_quotes(fw);
    let mut out = Vec::new();
    for req in requirements(&fw.groups) {
        let owner = format!("requirement `{}`", req.id);
        let reading_noted = req
            .notes
            .iter()
            .any(|n| n.trim_start().starts_with(STRENGTH_NOTE));
        if let Some(quoted) = contradicted_keyword(req).filter(|_| !reading_noted) {
            out.push((
                req.id.clone(),
                format!(
                    "{owner} is {} but its note quotes the source's ‘{quoted}’",
                    req.strength.keyword()
                ),
                "the strength the quoted keyword gives (must/shall: Shall, should: Should, may: May), or a note starting ‘Strength:’ that says why not",
            ));
        }
        if req.strength == Strength::Shall && req.strength_inferred && !reading_noted {
            out.push((
                req.id.clone(),
                format!("{owner} is SHALL (inferred) with no note saying what wording it was read from"),
                "a note starting ‘Strength:’ that quotes the source's wording and its place, or the strength of the source's own keyword",
            ));
        }
        if let Some(run) = copied_run(&req.statement, &quotes) {
            out.push((
                req.id.clone(),
                format!("{owner}'s statement repeats a source quote of its catalog's notes word for word: “{run}”"),
                "a statement in the project's own words (fewer than 10 consecutive words shared with the source)",
            ));
        }
    }
    out
}

/// Every requirement of a framework, groups nested.
fn requirements(groups: &[Group]) -> Vec<&Requirement> {
    let mut out = Vec::new();
    for group in groups {
        out.extend(requirements(&group.groups));
        out.extend(&group.requirements);
    }
    out
}

/// The spans of `text` between quotation marks (‘…’, “…” or "…").
pub fn quoted_spans(text: &str) -> Vec<&str> {
    let mut spans = Vec::new();
    let mut rest = text;
    while let Some((start, open)) = rest
        .char_indices()
        .find(|(_, c)| matches!(c, '‘' | '“' | '"'))
    {
        let close = match open {
            '‘' => '’',
            '“' => '”',
            _ => '"',
        };
        let after = &rest[start + open.len_utf8()..];
        let Some(end) = after.find(close) else {
            break;
        };
        spans.push(&after[..end]);
        rest = &after[end + close.len_utf8()..];
    }
    spans
}

/// Lower-case words of a text, punctuation dropped, for comparing wording.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The strength a normative keyword gives, for the keywords the catalogs read.
fn keyword_strength(word: &str) -> Option<Strength> {
    match word {
        "must" | "shall" | "required" => Some(Strength::Shall),
        "should" | "recommended" => Some(Strength::Should),
        "may" | "optional" => Some(Strength::May),
        _ => None,
    }
}

/// The quoted keyword of a requirement's notes that gives another strength than the item's,
/// when no quoted keyword agrees with it.
fn contradicted_keyword(req: &Requirement) -> Option<String> {
    let mut found: Vec<(String, Strength)> = Vec::new();
    for note in &req.notes {
        for span in quoted_spans(note) {
            for word in words(span) {
                if let Some(strength) = keyword_strength(&word) {
                    found.push((span.to_owned(), strength));
                }
            }
        }
    }
    if found.iter().any(|(_, s)| *s == req.strength) {
        return None;
    }
    found.into_iter().next().map(|(span, _)| span)
}

/// Every quoted span of at least [`COPIED_RUN`] words in a framework's notes (its own, its
/// groups' and its requirements'), as word lists.
fn framework_quotes(fw: &Framework) -> Vec<Vec<String>> {
    fn group_notes<'a>(groups: &'a [Group], out: &mut Vec<&'a str>) {
        for group in groups {
            out.extend(group.notes.iter().map(String::as_str));
            for req in &group.requirements {
                out.extend(req.notes.iter().map(String::as_str));
            }
            group_notes(&group.groups, out);
        }
    }
    let mut notes: Vec<&str> = fw.notes.iter().map(String::as_str).collect();
    group_notes(&fw.groups, &mut notes);
    notes
        .into_iter()
        .flat_map(quoted_spans)
        .map(words)
        .filter(|w| w.len() >= COPIED_RUN)
        .collect()
}

/// The first run of [`COPIED_RUN`] consecutive words the statement shares with a quote.
pub fn shared_run(statement: &str, quote: &str) -> Option<String> {
    copied_run(statement, &[words(quote)])
}

fn copied_run(statement: &str, quotes: &[Vec<String>]) -> Option<String> {
    let runs: HashSet<&[String]> = quotes.iter().flat_map(|q| q.windows(COPIED_RUN)).collect();
    if runs.is_empty() {
        return None;
    }
    let own = words(statement);
    own.windows(COPIED_RUN)
        .find(|w| runs.contains(w))
        .map(|w| w.join(" "))
}

/// Words that mark a note as one reporting what the source says (as opposed to the project's
/// own remarks, such as "related to"): only such notes can show that the text names a MIM.
const SOURCE_NOTE_MARKS: [&str; 9] = [
    "the source",
    "oasc text",
    "oasc page",
    "the page",
    "the text",
    "refers to",
    "points to",
    "relies on",
    "see mim",
];

/// What each requirement's text says, for the mapping check: qualified id → its statement and
/// the source notes of the requirement and of the groups above it, lower-cased.
fn item_texts(all: &[&ParsedFile]) -> HashMap<String, String> {
    fn source_notes(notes: &[String]) -> String {
        notes
            .iter()
            .map(|n| n.to_lowercase())
            .filter(|n| SOURCE_NOTE_MARKS.iter().any(|m| n.contains(m)))
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn walk(fw: &Framework, groups: &[Group], above: &str, out: &mut HashMap<String, String>) {
        for group in groups {
            let context = format!("{above} {}", source_notes(&group.notes));
            for req in &group.requirements {
                let text = format!(
                    "{} {} {context}",
                    req.statement.to_lowercase(),
                    source_notes(&req.notes)
                );
                out.insert(format!("{}:{}", fw.id, req.id), text);
            }
            walk(fw, &group.groups, &context, out);
        }
    }
    let mut out = HashMap::new();
    for file in all {
        if let Document::Catalog(catalog) = &file.document {
            walk(&catalog.framework, &catalog.framework.groups, "", &mut out);
        }
    }
    out
}

/// True when a text names the target's framework (`mim3` for `mim3:RC5.3`; a dated catalog
/// such as `mim7_2022` counts as `mim7`, the MIM it is an edition of).
fn mentions(text: &str, target: &str) -> bool {
    let framework = target.split_once(':').map_or(target, |(fw, _)| fw);
    let mim = framework.split('_').next().unwrap_or(framework);
    text.contains(mim)
}

/// Where a pair stands in its file: the `source:` of the first pair with that source whose
/// `target:` follows it directly.
fn pair_offset(locator: &Locator<'_>, mapping: &Mapping) -> usize {
    let mut from = 0;
    while let Some(at) = locator.find_value_after("source", &mapping.source, from) {
        let next = locator.find_field("target", at).unwrap_or(at);
        if locator.find_value_after("target", &mapping.target, at) == Some(next) {
            return at;
        }
        from = at + 1;
    }
    0
}

/// (index of the pair, message, expected) for every pair whose provenance says the source's
/// text names the target while the source item's text does not mention it.
fn mapping_warnings(
    set: &MappingSet,
    texts: &HashMap<String, String>,
) -> Vec<(usize, String, &'static str)> {
    let mut out = Vec::new();
    for (index, m) in set.mappings.iter().enumerate() {
        let provenance = m.provenance.to_lowercase();
        if !NAMING_CLAIMS.iter().any(|claim| provenance.contains(claim)) {
            continue;
        }
        let Some(text) = texts.get(&m.source) else {
            continue;
        };
        if !mentions(text, &m.target) {
            out.push((
                index,
                format!(
                    "the pair {} → {} says the text names the other side, but neither the statement of {} nor a note of it that reports the source mentions {}",
                    m.source,
                    m.target,
                    m.source,
                    m.target.split(':').next().unwrap_or(&m.target)
                ),
                "a provenance that says the link is the project's reading, or a source item whose text names the target",
            ));
        }
    }
    out
}
