//! A language's glossary: the words every text in that language uses the same way — the modal
//! verbs of tender clauses as the national procurement practice writes MUST and SHOULD, "or
//! equivalent", and the terms of the legal acts in that language's official version. The
//! tender wording and a test of every translated clause read it, so a term is decided once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::unique_keys::unique_keys;

/// The newest glossary `format_version` this program reads.
pub const GLOSSARY_FORMAT_VERSION: u32 = 1;

/// The glossary of one language (`checklists/translations/<lang>/glossary.ron`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Version of the file format.
    pub format_version: u32,
    /// BCP 47 code of the language.
    pub language: String,
    /// The language's name in itself (`Svenska`), for the language list.
    pub native_name: String,
    /// The modal verbs of an obligation and of a recommendation, in pairs (one pair per
    /// grammatical form, `muss`/`sollte` and `müssen`/`sollten`).
    pub modal_verbs: Vec<ModalPair>,
    /// The verbs that grant an option ("may"), left as they are whatever the modality.
    #[serde(default)]
    pub may_verbs: Vec<String>,
    /// "or equivalent" in the forms the grammar asks for; the first is the usual one.
    pub or_equivalent: Vec<String>,
    /// Terms that must be used the same way everywhere: English term → this language's term.
    #[serde(default, deserialize_with = "unique_keys")]
    pub terms: BTreeMap<String, String>,
}

/// One form of the modal verbs: what MUST reads as, and what SHOULD reads as.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModalPair {
    /// The obligation (`ska`, `muss`).
    pub must: String,
    /// The recommendation (`bör`, `sollte`).
    pub should: String,
}

impl Glossary {
    /// True when `text` uses one of this language's modal verbs (obligation, recommendation
    /// or option) as a word.
    pub fn has_modal_verb(&self, text: &str) -> bool {
        let verbs: Vec<&str> = self
            .modal_verbs
            .iter()
            .flat_map(|p| [p.must.as_str(), p.should.as_str()])
            .chain(self.may_verbs.iter().map(String::as_str))
            .collect();
        words(text).any(|w| verbs.iter().any(|v| v.to_lowercase() == w.to_lowercase()))
    }

    /// True when `text` uses one of the forms of "or equivalent".
    pub fn has_or_equivalent(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        self.or_equivalent
            .iter()
            .any(|form| lower.contains(&form.to_lowercase()))
    }
}

/// The words of a text (letters, digits, hyphens and apostrophes).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
}
