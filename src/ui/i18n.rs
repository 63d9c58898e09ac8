//! Every string the window shows goes through Fluent, so that a city can work in its own
//! language and a translator edits `.ftl` files, never code. English, Swedish and German ship; the
//! language can be switched while the program runs.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::wording::Wording;
use crate::words::Words;

/// A language the window can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Language {
    /// English, the language of the catalogs.
    #[default]
    English,
    /// Swedish.
    Swedish,
    /// German.
    German,
}

impl Language {
    /// Every shipped language, in the order the settings list them.
    pub const ALL: [Language; 3] = [Language::English, Language::Swedish, Language::German];

    /// The BCP 47 code (`en`, `sv`).
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Swedish => "sv",
            Language::German => "de",
        }
    }

    /// The language's name in itself, so that a user finds it whatever language is on screen.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Swedish => "Svenska",
            Language::German => "Deutsch",
        }
    }

    /// The `.ftl` sources of this language, as shipped in `assets/locales/`: `app.ftl` for the
    /// frame (navigation, status, dialogs), one file per screen, `browser.ftl` for the catalog,
    /// `problems.ftl` for the library's sentences (a bidder's form's problems).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Language::English => ftl_files!("en"),
            Language::Swedish => ftl_files!("sv"),
            Language::German => ftl_files!("de"),
        }
    }
}

/// The (name, text) of a language's window catalogues, in the order [`Language::sources`]
/// documents; every language has the same files.
macro_rules! ftl_files {
    ($lang:literal) => {
        &[
            ftl_file!($lang, "app.ftl"),
            ftl_file!($lang, "start.ftl"),
            ftl_file!($lang, "setup.ftl"),
            ftl_file!($lang, "files.ftl"),
            ftl_file!($lang, "walk.ftl"),
            ftl_file!($lang, "dashboard.ftl"),
            ftl_file!($lang, "settings.ftl"),
            ftl_file!($lang, "export.ftl"),
            ftl_file!($lang, "browser.ftl"),
            ftl_file!($lang, "tender.ftl"),
            ftl_file!($lang, "team.ftl"),
            ftl_file!($lang, "problems.ftl"),
        ]
    };
}
use ftl_files;

macro_rules! ftl_file {
    ($lang:literal, $name:literal) => {
        (
            concat!($lang, "/", $name),
            include_str!(concat!("../../assets/locales/", $lang, "/", $name)),
        )
    };
}
use ftl_file;

/// The translations of one language, with English behind it for any message a translation
/// lacks (a test keeps the shipped ones complete).
pub struct I18n {
    language: Language,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<FluentBundle<FluentResource>>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl Default for I18n {
    fn default() -> Self {
        I18n::new(Language::English)
    }
}

/// A problem in a shipped `.ftl` file; only tests see these, the window skips the broken entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    /// `en/app.ftl` and the like.
    pub file: &'static str,
    /// What was wrong.
    pub message: String,
}

impl I18n {
    /// The translations of `language`.
    pub fn new(language: Language) -> Self {
        let (bundle, _) = build_bundle(language);
        let fallback = (language != Language::English).then(|| build_bundle(Language::English).0);
        I18n {
            language,
            bundle,
            fallback,
        }
    }

    /// The language shown.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The message `id` in the current language; the id itself when no language has it, so a
    /// missing string shows up on screen instead of vanishing.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables filled in (`{ $count }`).
    pub fn tr_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        self.format(id, Some(&fluent_args))
    }

    /// The twelve month names of the current language (January first), for dates as people
    /// type and read them.
    pub fn month_names(&self) -> Vec<String> {
        self.tr("date-month-names")
            .split(',')
            .map(|name| name.trim().to_owned())
            .collect()
    }

    /// A number already written with a decimal point (`format_mean`'s 2.35) with the current
    /// language's decimal separator (2,35 in Swedish and German), as its documents write it.
    pub fn decimal(&self, number: &str) -> String {
        Words::for_language(self.language.code()).decimal(number)
    }

    /// An ISO date (`YYYY-MM-DD`) in the current language's words (2 December 2026,
    /// 2. Dezember 2026), as its documents write it; any other text as it is.
    pub fn date_in_words(&self, iso: &str) -> String {
        Words::for_language(self.language.code()).date(iso)
    }

    /// A sentence of the library's ([`Wording`]: a problem in a form, what was expected) in
    /// the current language.
    pub fn word(&self, wording: &Wording) -> String {
        self.format(wording.id(), Some(&wording.fluent_args()))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        std::iter::once(&self.bundle)
            .chain(self.fallback.as_ref())
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

    /// Every message id the language defines, for completeness tests.
    pub fn message_ids(language: Language) -> Vec<String> {
        let mut ids: Vec<String> = language
            .sources()
            .iter()
            .filter_map(|(_, source)| FluentResource::try_new((*source).to_owned()).ok())
            .flat_map(|resource| {
                resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        ids.sort();
        ids
    }

    /// Problems in a language's shipped files: syntax errors and ids defined twice.
    pub fn problems(language: Language) -> Vec<LocaleProblem> {
        build_bundle(language).1
    }
}

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as is.
    Text(String),
    /// A number, shown with the language's plural rules.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        Arg::Number(number as f64)
    }
}

fn build_bundle(language: Language) -> (FluentBundle<FluentResource>, Vec<LocaleProblem>) {
    // The codes are fixed ASCII tags, so parsing cannot fail; `default` is the root locale.
    let langid: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Unicode isolation marks would show as boxes in some fonts and confuse screen readers.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (file, source) in language.sources() {
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| LocaleProblem {
                    file,
                    message: e.to_string(),
                }));
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| LocaleProblem {
                file,
                message: e.to_string(),
            }));
        }
    }
    (bundle, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_languages_parse_and_define_the_same_messages() {
        for language in Language::ALL {
            assert_eq!(I18n::problems(language), Vec::new(), "{language:?}");
        }
        let english = I18n::message_ids(Language::English);
        for language in [Language::Swedish, Language::German] {
            let ids = I18n::message_ids(language);
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(
                missing.is_empty(),
                "not translated to {language:?}: {missing:?}"
            );
            assert!(extra.is_empty(), "only in {language:?}: {extra:?}");
        }
    }

    #[test]
    fn variables_and_plurals_are_filled_in() {
        let en = I18n::new(Language::English);
        assert_eq!(
            en.tr_args(
                "walk-progress",
                &[("answered", 1usize.into()), ("total", 3usize.into())]
            ),
            "1 of 3 answered"
        );
        let sv = I18n::new(Language::Swedish);
        assert_eq!(sv.tr("nav-dashboard"), "Översikt");
        assert_eq!(en.tr("no-such-message"), "no-such-message");
    }
}
