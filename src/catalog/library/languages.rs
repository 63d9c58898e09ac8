//! The languages a library can be shown in: the translations and glossaries loaded with it,
//! how much of each catalog a language covers, and the library with a language's texts put in
//! place, which every view and document of that language reads.

use super::Library;
use crate::catalog::parse::SourceFile;
use crate::catalog::problem::{Locator, Problem};
use crate::catalog::translation::{
    Coverage, Glossary, Translated, Translation, check_translation, count_texts,
    translate_framework, translate_profile, translate_scale,
};

/// How much of one catalog a language has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogCoverage {
    /// The framework's, scale's or profile's id.
    pub catalog: String,
    /// What kind of catalog it is: `framework`, `scale` or `profile`.
    pub kind: &'static str,
    /// Texts translated out of texts there are.
    pub coverage: Coverage,
}

impl Library {
    /// Checks a translation file against the catalog it names and keeps it (merged over an
    /// earlier file of the same language and catalog) when it has no problem; otherwise the
    /// file is left out and its problems reported, and the rest loads.
    pub(super) fn add_translation(
        &mut self,
        file: &SourceFile,
        translation: Translation,
        problems: &mut Vec<Problem>,
    ) {
        let found = self.check_translation_file(file, &translation);
        if !found.is_empty() {
            problems.extend(found);
            return;
        }
        let key = (translation.language.clone(), translation.catalog.clone());
        match self.translations.get_mut(&key) {
            Some(earlier) => earlier.merge(translation),
            None => {
                self.translations.insert(key, translation);
            }
        }
    }

    /// Every problem of a translation file (read from `file`) against the catalog it names in
    /// this library, located in the file; empty when it can be loaded.
    pub fn check_translation_file(
        &self,
        file: &SourceFile,
        translation: &Translation,
    ) -> Vec<Problem> {
        let original = if let Some(fw) = self.framework(&translation.catalog) {
            Translated::Framework(fw)
        } else if let Some(scale) = self.scale(&translation.catalog) {
            Translated::Scale(scale)
        } else if let Some(profile) = self.profile(&translation.catalog) {
            Translated::Profile(profile)
        } else {
            let locator = Locator::new(&file.text);
            let at = locator.find_field("catalog", 0).unwrap_or(0);
            return vec![Problem::at(
                &file.path,
                locator.position(at),
                format!(
                    "`{}` is no loaded framework, scale or profile",
                    translation.catalog
                ),
                "the id of a loaded catalog (mim6, iso27001, city-0-5 …)",
            )];
        };
        check_translation(file, translation, original)
    }

    /// The English library: this one, or the one a localized library was made from. Its texts
    /// are the binding originals a translation may be shown beside.
    pub fn english(&self) -> &Library {
        self.english.as_deref().unwrap_or(self)
    }

    /// The language of this library's texts (`en` unless [`Library::localized`] made it).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Every language the catalogs can be shown in: English first, then every language with a
    /// translation or a glossary, by code.
    pub fn languages(&self) -> Vec<String> {
        let mut found: Vec<String> = self
            .translations
            .keys()
            .map(|(language, _)| language.clone())
            .chain(self.glossaries.keys().cloned())
            .filter(|l| l != "en")
            .collect();
        found.sort();
        found.dedup();
        found.insert(0, "en".into());
        found
    }

    /// The glossary of `language`, when one is loaded.
    pub fn glossary(&self, language: &str) -> Option<&Glossary> {
        self.glossaries.get(language)
    }

    /// The translation of `catalog` into `language`, when one is loaded.
    pub fn translation(&self, language: &str, catalog: &str) -> Option<&Translation> {
        self.translations
            .get(&(language.to_owned(), catalog.to_owned()))
    }

    /// For each framework, scale and profile, how many of its texts `language` has; English has
    /// them all.
    pub fn translation_coverage(&self, language: &str) -> Vec<CatalogCoverage> {
        let english = language == "en";
        let full = |coverage: Coverage| {
            if english {
                Coverage {
                    translated: coverage.total,
                    ..coverage
                }
            } else {
                coverage
            }
        };
        let mut rows = Vec::new();
        for fw in self.frameworks.iter().map(|f| &f.framework) {
            let coverage = count_texts(fw, self.translation(language, &fw.id));
            rows.push(CatalogCoverage {
                catalog: fw.id.clone(),
                kind: "framework",
                coverage: full(coverage),
            });
        }
        for scale in &self.scales {
            let coverage =
                translate_scale(&mut scale.clone(), self.translation(language, &scale.id));
            rows.push(CatalogCoverage {
                catalog: scale.id.clone(),
                kind: "scale",
                coverage: full(coverage),
            });
        }
        for profile in &self.profiles {
            let translation = self.translation(language, &profile.id);
            let coverage = translate_profile(&mut profile.clone(), translation);
            rows.push(CatalogCoverage {
                catalog: profile.id.clone(),
                kind: "profile",
                coverage: full(coverage),
            });
        }
        rows
    }

    /// All catalogs together: the share of every text `language` has.
    pub fn total_coverage(&self, language: &str) -> Coverage {
        let mut total = Coverage::default();
        for row in self.translation_coverage(language) {
            total.add(row.coverage);
        }
        total
    }

    /// [`Library::translation_coverage`] of every loaded language, counted once and kept, for
    /// views that show it every frame.
    pub fn kept_coverage(&self, language: &str) -> &[CatalogCoverage] {
        let english = self.english();
        english
            .language_coverage
            .get_or_init(|| {
                english
                    .languages()
                    .into_iter()
                    .map(|l| {
                        let rows = english.translation_coverage(&l);
                        (l, rows)
                    })
                    .collect()
            })
            .get(language)
            .map_or(&[], Vec::as_slice)
    }

    /// [`Library::total_coverage`] of `language`, from [`Library::kept_coverage`] (a language
    /// that is not loaded has nothing translated).
    pub fn language_share(&self, language: &str) -> Coverage {
        let rows = self.kept_coverage(language);
        let mut total = Coverage::default();
        for row in rows {
            total.add(row.coverage);
        }
        if rows.is_empty() {
            total = self.english().total_coverage(language);
        }
        total
    }

    /// This library with `language`'s texts in place of the English ones; texts the language
    /// lacks stay English (counted by [`Library::translation_coverage`]). Ids, structure and
    /// mappings are unchanged, so every index stays valid; search finds the English words too.
    pub fn localized(&self, language: &str) -> Library {
        let english = self.english();
        if language == "en" {
            return english.clone();
        }
        let mut library = english.clone();
        library.english = Some(std::sync::Arc::new(english.clone()));
        for loaded in &mut library.frameworks {
            let translation = self.translation(language, &loaded.framework.id);
            translate_framework(&mut loaded.framework, translation);
        }
        for scale in &mut library.scales {
            translate_scale(scale, self.translation(language, &scale.id));
        }
        for profile in &mut library.profiles {
            translate_profile(profile, self.translation(language, &profile.id));
        }
        for i in 0..library.entries.len() {
            let view = library.view(i);
            let words = format!(" {} {}", view.requirement.title, view.requirement.statement)
                .to_lowercase();
            library.entries[i].haystack.push_str(&words);
        }
        library.language = language.to_owned();
        library
    }
}

impl Library {
    /// The library a document in `language` is written from: this one when it is already in
    /// that language, else [`Library::localized`]. Every document entry point (report, export,
    /// annex, form, evaluation) goes through it, so a document follows its own language and
    /// not the window's.
    pub fn for_document(&self, language: &str) -> std::borrow::Cow<'_, Library> {
        if language == self.language {
            std::borrow::Cow::Borrowed(self)
        } else if language == "en" {
            std::borrow::Cow::Borrowed(self.english())
        } else {
            std::borrow::Cow::Owned(self.localized(language))
        }
    }
}
