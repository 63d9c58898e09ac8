//! Translations of the catalogs as data: a file per language and catalog
//! (`checklists/translations/<lang>/<catalog>.ron`), keyed by item id and field, so that a city
//! or a national association adds a language, or corrects a term, without a new release. The
//! English catalog stays the reference text: a text a translation does not give falls back to
//! English and is counted (see [`Coverage`]), never silently.
//!
//! What is translated is what the walk-through, the catalog browser and the documents print:
//! names, versions, summaries, objectives, titles, statements, obligations, why it matters, questions,
//! guidance, evidence examples, tender clauses, ways-to-meet notes, mechanisms, and the names
//! and meanings of scale levels. Editorial notes and source citations describe the English
//! sources and stay in English.

mod apply;
mod check;
mod glossary;
mod template;

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

pub use apply::{Coverage, count_texts, translate_framework, translate_profile, translate_scale};
pub use check::{Translated, check_translation};
pub use glossary::{GLOSSARY_FORMAT_VERSION, Glossary, ModalPair};
pub use template::{UNTRANSLATED, templates};

use super::unique_keys::unique_keys;

/// The newest translation `format_version` this program reads.
pub const TRANSLATION_FORMAT_VERSION: u32 = 1;

/// One translation file: the texts of one catalog (framework, scale or profile) in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Version of the file format.
    pub format_version: u32,
    /// BCP 47 code of the language (`sv`, `de`).
    pub language: String,
    /// Id of the framework, scale or profile translated (`mim6`, `city-0-5`).
    pub catalog: String,
    /// The framework's (or scale's, profile's) own texts.
    #[serde(default)]
    pub about: Texts,
    /// Groups, requirements and scale levels (by their value, `"3"`), by id.
    #[serde(default, deserialize_with = "unique_keys")]
    pub items: BTreeMap<String, Texts>,
    /// The framework's mechanisms, by id.
    #[serde(default, deserialize_with = "unique_keys")]
    pub mechanisms: BTreeMap<String, Texts>,
}

/// The translated fields of one item; a field left out falls back to English. Which fields an
/// item may have depends on what it is (see [`check_translation`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// Name (framework, scale, profile, scale level, mechanism).
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    /// Short name of a framework.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub short_name: Option<String>,
    /// Which version of its sources a framework reflects, as the annex and the report print it.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub version: Option<String>,
    /// Title of a group or requirement.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub title: Option<String>,
    /// Summary of a framework, scale, profile, group or mechanism.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub summary: Option<String>,
    /// A framework's objectives, one for each English one.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub objectives: Option<Vec<String>>,
    /// A requirement's statement.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub statement: Option<String>,
    /// A requirement's obligations, one for each English one.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub obligations: Option<Vec<String>>,
    /// Why a requirement matters.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub why: Option<String>,
    /// A requirement's self-assessment question.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub question: Option<String>,
    /// A requirement's guidance.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub guidance: Option<String>,
    /// A requirement's evidence examples, one for each English one.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub evidence: Option<Vec<String>>,
    /// A requirement's tender clause, with the same blanks (`[number]`) as the English one.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub tender_clause: Option<String>,
    /// The meaning of a scale level.
    #[serde(
        default,
        deserialize_with = "given",
        skip_serializing_if = "Option::is_none"
    )]
    pub meaning: Option<String>,
    /// Notes of the item's ways to meet it, by mechanism id.
    #[serde(
        default,
        deserialize_with = "unique_keys",
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub ways_to_meet: BTreeMap<String, String>,
}

/// A field written in the file is `Some` (RON would otherwise want `Some("…")` around it).
fn given<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

impl Texts {
    /// This item's fields merged over `self`: a later file (a user's correction) wins field by
    /// field, so it can correct one term without repeating the rest.
    pub fn merge(&mut self, later: Texts) {
        macro_rules! take {
            ($($field:ident),*) => {$(
                if later.$field.is_some() {
                    self.$field = later.$field;
                }
            )*};
        }
        take!(
            name,
            short_name,
            version,
            title,
            summary,
            objectives,
            statement,
            obligations,
            why,
            question,
            guidance,
            evidence,
            tender_clause,
            meaning
        );
        self.ways_to_meet.extend(later.ways_to_meet);
    }
}

/// A field a translation gives: a text or a list of texts.
#[derive(Debug, Clone, Copy)]
pub enum Given<'a> {
    /// One text.
    Text(&'a str),
    /// A list, one entry per English entry.
    List(&'a [String]),
}

impl Texts {
    /// Every field this item gives, by its name in the file.
    pub fn given(&self) -> Vec<(&'static str, Given<'_>)> {
        let texts = [
            ("name", &self.name),
            ("short_name", &self.short_name),
            ("version", &self.version),
            ("title", &self.title),
            ("summary", &self.summary),
            ("statement", &self.statement),
            ("why", &self.why),
            ("question", &self.question),
            ("guidance", &self.guidance),
            ("tender_clause", &self.tender_clause),
            ("meaning", &self.meaning),
        ];
        let lists = [
            ("objectives", &self.objectives),
            ("obligations", &self.obligations),
            ("evidence", &self.evidence),
        ];
        let mut given: Vec<(&'static str, Given<'_>)> = texts
            .into_iter()
            .filter_map(|(name, value)| value.as_deref().map(|v| (name, Given::Text(v))))
            .collect();
        given.extend(
            lists
                .into_iter()
                .filter_map(|(name, value)| value.as_deref().map(|v| (name, Given::List(v)))),
        );
        given
    }
}

impl Translation {
    /// `later` merged over this translation of the same language and catalog.
    pub fn merge(&mut self, later: Translation) {
        self.about.merge(later.about);
        for (id, texts) in later.items {
            self.items.entry(id).or_default().merge(texts);
        }
        for (id, texts) in later.mechanisms {
            self.mechanisms.entry(id).or_default().merge(texts);
        }
    }
}

/// The blanks of a tender clause (`[number]`, `[date]`), which a translation must keep (in its
/// own words, but as many).
pub fn blanks(clause: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = clause;
    while let Some(start) = rest.find('[') {
        let Some(len) = rest[start..].find(']') else {
            break;
        };
        found.push(&rest[start..=start + len]);
        rest = &rest[start + len + 1..];
    }
    found
}
