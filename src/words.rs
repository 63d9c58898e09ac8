//! The documents' own words — headings, instructions, column names, response values — in the
//! document's language, from Fluent catalogues (`assets/locales/<lang>/documents/*.ftl`), so a
//! report, an annex, a form or an evaluation is written in the language the assessment or the
//! tender carries, whatever language the window shows. A message a language lacks falls back
//! to English, so a drop-in language (catalog translations only) still gives whole documents.
//! Numbers and dates are written the way the language writes them (2,35 and 1. März 2026).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::assessment::is_valid_date;

/// The document catalogue files, by language; every language has the same files.
const SOURCES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            include_str!("../assets/locales/en/documents/common.ftl"),
            include_str!("../assets/locales/en/documents/report.ftl"),
            include_str!("../assets/locales/en/documents/annex.ftl"),
            include_str!("../assets/locales/en/documents/form.ftl"),
            include_str!("../assets/locales/en/documents/evaluation.ftl"),
            include_str!("../assets/locales/en/documents/export.ftl"),
            include_str!("../assets/locales/en/documents/part.ftl"),
            include_str!("../assets/locales/en/documents/soa.ftl"),
            include_str!("../assets/locales/en/documents/oscal.ftl"),
        ],
    ),
    (
        "sv",
        &[
            include_str!("../assets/locales/sv/documents/common.ftl"),
            include_str!("../assets/locales/sv/documents/report.ftl"),
            include_str!("../assets/locales/sv/documents/annex.ftl"),
            include_str!("../assets/locales/sv/documents/form.ftl"),
            include_str!("../assets/locales/sv/documents/evaluation.ftl"),
            include_str!("../assets/locales/sv/documents/export.ftl"),
            include_str!("../assets/locales/sv/documents/part.ftl"),
            include_str!("../assets/locales/sv/documents/soa.ftl"),
            include_str!("../assets/locales/sv/documents/oscal.ftl"),
        ],
    ),
    (
        "de",
        &[
            include_str!("../assets/locales/de/documents/common.ftl"),
            include_str!("../assets/locales/de/documents/report.ftl"),
            include_str!("../assets/locales/de/documents/annex.ftl"),
            include_str!("../assets/locales/de/documents/form.ftl"),
            include_str!("../assets/locales/de/documents/evaluation.ftl"),
            include_str!("../assets/locales/de/documents/export.ftl"),
            include_str!("../assets/locales/de/documents/part.ftl"),
            include_str!("../assets/locales/de/documents/soa.ftl"),
            include_str!("../assets/locales/de/documents/oscal.ftl"),
        ],
    ),
];

type Bundle = FluentBundle<FluentResource>;

/// A value a message names.
#[derive(Debug, Clone, PartialEq)]
pub enum WordArg {
    /// Text shown as is (a name, a number already written with [`Words::number`]).
    Text(String),
    /// A count, which may choose the message's plural form.
    Count(u64),
}

impl From<&str> for WordArg {
    fn from(text: &str) -> Self {
        WordArg::Text(text.to_owned())
    }
}

impl From<String> for WordArg {
    fn from(text: String) -> Self {
        WordArg::Text(text)
    }
}

impl From<&String> for WordArg {
    fn from(text: &String) -> Self {
        WordArg::Text(text.clone())
    }
}

impl From<usize> for WordArg {
    fn from(count: usize) -> Self {
        WordArg::Count(u64::try_from(count).unwrap_or(u64::MAX))
    }
}

impl From<u32> for WordArg {
    fn from(count: u32) -> Self {
        WordArg::Count(u64::from(count))
    }
}

impl From<u64> for WordArg {
    fn from(count: u64) -> Self {
        WordArg::Count(count)
    }
}

/// The words of documents in one language, English behind it for any message it lacks.
#[derive(Clone)]
pub struct Words {
    language: String,
    bundle: Option<Arc<Bundle>>,
    english: Arc<Bundle>,
    decimal: String,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Words {
    /// The words of `language` (a language tag such as `sv`); a language without document
    /// catalogues gives English words, with its tag kept.
    pub fn for_language(language: &str) -> Words {
        let english = bundle("en").unwrap_or_else(|| Arc::new(empty_bundle("en")));
        let own = if language == "en" {
            None
        } else {
            bundle(language)
        };
        let mut words = Words {
            language: language.to_owned(),
            bundle: own,
            english,
            decimal: ".".to_owned(),
        };
        words.decimal = words.get("doc-decimal-separator");
        words
    }

    /// English words, for tests and for documents that carry no language.
    pub fn english() -> Words {
        Words::for_language("en")
    }

    /// The language tag the words were asked for.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// True when the language has document catalogues of its own (English always has).
    pub fn is_shipped(language: &str) -> bool {
        SOURCES.iter().any(|(code, _)| *code == language)
    }

    /// The message `id`; the id itself when no language has it, so a missing message shows
    /// in the document instead of vanishing.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its values.
    pub fn with(&self, id: &str, args: &[(&str, WordArg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                WordArg::Text(text) => fluent.set(*name, FluentValue::from(text.as_str())),
                WordArg::Count(count) => fluent.set(*name, FluentValue::from(*count)),
            }
        }
        self.format(id, Some(&fluent))
    }

    /// Phrases joined as the language joins a list: "A", "A and B", "A, B and C".
    pub fn and_list<S: AsRef<str>>(&self, parts: &[S]) -> String {
        match parts {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [rest @ .., last] => self.with(
                "doc-and",
                &[
                    (
                        "rest",
                        rest.iter()
                            .map(AsRef::as_ref)
                            .collect::<Vec<_>>()
                            .join(", ")
                            .into(),
                    ),
                    ("last", last.as_ref().into()),
                ],
            ),
        }
    }

    /// `value` with `decimals` decimals and the language's decimal separator (2.35, 2,35).
    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.decimal(&format!("{value:.decimals$}"))
    }

    /// A number already written with a decimal point (`format_mean`'s 2.35) with the
    /// language's decimal separator instead.
    pub fn decimal(&self, number: &str) -> String {
        if self.decimal == "." {
            number.to_owned()
        } else {
            number.replace('.', &self.decimal)
        }
    }

    /// An ISO date (`YYYY-MM-DD`) in the language's words (1 March 2026, 1 mars 2026,
    /// 1. März 2026); any other text as it is.
    pub fn date(&self, iso: &str) -> String {
        if !is_valid_date(iso) {
            return iso.to_owned();
        }
        let months: Vec<String> = self
            .get("doc-month-names")
            .split(',')
            .map(|m| m.trim().to_owned())
            .collect();
        let (Ok(year), Ok(month), Ok(day)) = (
            iso[0..4].parse::<u32>(),
            iso[5..7].parse::<usize>(),
            iso[8..10].parse::<u32>(),
        ) else {
            return iso.to_owned();
        };
        let Some(name) = month.checked_sub(1).and_then(|m| months.get(m)) else {
            return iso.to_owned();
        };
        self.with(
            "doc-date",
            &[
                ("day", WordArg::Text(day.to_string())),
                ("month", WordArg::Text(name.clone())),
                ("year", WordArg::Text(year.to_string())),
            ],
        )
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.bundle
            .iter()
            .chain(std::iter::once(&self.english))
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, args, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// Every message id `language`'s document catalogues define, for completeness tests.
    pub fn message_ids(language: &str) -> Vec<String> {
        let mut ids: Vec<String> = sources(language)
            .iter()
            .flat_map(|text| {
                let resource = FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|(partial, _)| partial);
                resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }

    /// The syntax errors of `language`'s document catalogues, for the locale tests.
    pub fn syntax_errors(language: &str) -> Vec<String> {
        sources(language)
            .iter()
            .filter_map(|text| FluentResource::try_new((*text).to_owned()).err())
            .flat_map(|(_, errors)| errors.into_iter().map(|e| format!("{e:?}")))
            .collect()
    }
}

fn sources(language: &str) -> &'static [&'static str] {
    SOURCES
        .iter()
        .find(|(code, _)| *code == language)
        .map_or(&[], |(_, files)| *files)
}

fn empty_bundle(language: &str) -> Bundle {
    // A tag that does not parse gives the root locale: plural rules then fall back to "other".
    let langid = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle
}

/// The bundle of a shipped language, built once and shared.
fn bundle(language: &str) -> Option<Arc<Bundle>> {
    static BUNDLES: OnceLock<Mutex<HashMap<String, Arc<Bundle>>>> = OnceLock::new();
    let files = sources(language);
    if files.is_empty() {
        return None;
    }
    let cache = BUNDLES.get_or_init(|| Mutex::new(HashMap::new()));
    // A poisoned lock only means another thread panicked while inserting; the map is intact.
    let mut cache = cache
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(found) = cache.get(language) {
        return Some(Arc::clone(found));
    }
    let mut bundle = empty_bundle(language);
    for text in files {
        let resource =
            FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(partial, _)| partial);
        // Ids are unique across a language's files (a locale test checks it); a clash keeps
        // the first.
        let _ = bundle.add_resource(resource);
    }
    let bundle = Arc::new(bundle);
    cache.insert(language.to_owned(), Arc::clone(&bundle));
    Some(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_are_written_as_the_language_writes_them() {
        let english = Words::english();
        let german = Words::for_language("de");
        let swedish = Words::for_language("sv");
        assert_eq!(english.number(2.349, 2), "2.35");
        assert_eq!(german.number(2.349, 2), "2,35");
        assert_eq!(swedish.number(3.0, 1), "3,0");
        assert_eq!(english.date("2026-03-01"), "1 March 2026");
        assert_eq!(swedish.date("2026-03-01"), "1 mars 2026");
        assert_eq!(german.date("2026-03-01"), "1. März 2026");
        assert_eq!(german.date("not a date"), "not a date");
    }

    #[test]
    fn a_language_without_documents_falls_back_to_english() {
        let finnish = Words::for_language("fi");
        assert_eq!(finnish.language(), "fi");
        assert_eq!(finnish.date("2026-03-01"), "1 March 2026");
        assert_eq!(finnish.get("no-such-message"), "no-such-message");
    }

    #[test]
    fn every_language_defines_the_same_document_messages_without_errors() {
        let english = Words::message_ids("en");
        for (language, _) in SOURCES {
            assert!(
                Words::syntax_errors(language).is_empty(),
                "{language}: {:?}",
                Words::syntax_errors(language)
            );
            let ids = Words::message_ids(language);
            let mut unique = ids.clone();
            unique.dedup();
            assert_eq!(ids, unique, "{language}: an id is defined twice");
            assert_eq!(
                ids, english,
                "{language} defines other messages than English"
            );
        }
    }
}
