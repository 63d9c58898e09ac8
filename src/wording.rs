//! Sentences the library says to a person — what is wrong in a bidder's form, and what was
//! expected — kept as a message id of a Fluent catalogue with its arguments, not as English
//! text: the window words them in its own language, the command line in English from the same
//! catalogue (`assets/locales/*/problems.ftl`), so a translator edits one file per language
//! and no message reaches a Swedish window in English.

use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English catalogue, the command line's language and the reference for translators.
pub const ENGLISH_PROBLEMS: &str = include_str!("../assets/locales/en/problems.ftl");

/// One sentence: its id in the problems catalogue and the values it names. Boxed, so that the
/// errors that carry two of them stay small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording(Box<Sentence>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Sentence {
    id: &'static str,
    args: Vec<(&'static str, WordingArg)>,
}

/// A value a sentence names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordingArg {
    /// Text shown as is: a quoted cell, a file name, a list of headings.
    Text(String),
    /// A count or a row number, which may choose the sentence's plural form.
    Number(u64),
}

impl Wording {
    /// The sentence `id` of the problems catalogue, before its values are given.
    pub fn new(id: &'static str) -> Self {
        Wording(Box::new(Sentence {
            id,
            args: Vec::new(),
        }))
    }

    /// Names text `value` as `$name`.
    #[must_use]
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.args.push((name, WordingArg::Text(value.into())));
        self
    }

    /// Names number `value` as `$name`.
    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl Into<u64>) -> Self {
        self.0.args.push((name, WordingArg::Number(value.into())));
        self
    }

    /// The message id, for a translation of the catalogue.
    pub fn id(&self) -> &'static str {
        self.0.id
    }

    /// The values the sentence names, for a translation of the catalogue.
    pub fn args(&self) -> &[(&'static str, WordingArg)] {
        &self.0.args
    }

    /// The values as Fluent arguments, for any bundle holding the problems catalogue.
    pub fn fluent_args(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in self.args() {
            match value {
                WordingArg::Text(text) => args.set(*name, FluentValue::from(text.as_str())),
                WordingArg::Number(number) => args.set(*name, FluentValue::from(*number)),
            }
        }
        args
    }
}

/// The English catalogue, parsed once. The shipped file is checked by the locale tests; a
/// problem in it leaves the entries before it usable and shows the id for the others.
fn english() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        // "en" is a fixed ASCII tag, so parsing cannot fail; `default` is the root locale.
        let langid = "en".parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(ENGLISH_PROBLEMS.to_owned())
            .unwrap_or_else(|(partial, _)| partial);
        // Ids are unique in the shipped file (a locale test checks it); a clash keeps the first.
        let _ = bundle.add_resource(resource);
        bundle
    })
}

impl fmt::Display for Wording {
    /// The sentence in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bundle = english();
        let Some(pattern) = bundle.get_message(self.id()).and_then(|m| m.value()) else {
            return f.write_str(self.id());
        };
        let args = self.fluent_args();
        let mut errors = Vec::new();
        f.write_str(&bundle.format_pattern(pattern, Some(&args), &mut errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_worded_in_english_with_its_values() {
        let wording = Wording::new("form-no-response").number("number", 3_u64);
        assert_eq!(wording.to_string(), "no response for item 3");
    }

    #[test]
    fn an_unknown_id_shows_itself_rather_than_nothing() {
        assert_eq!(Wording::new("no-such-id").to_string(), "no-such-id");
    }
}
