//! Putting a translation's texts in place of the English ones, counting as it goes how many of
//! the texts were translated, so a missing translation is a number the user sees rather than
//! English appearing unannounced.

use super::{Texts, Translation};
use crate::catalog::model::{Framework, Group, Requirement, WayToMeet};
use crate::catalog::profile::Profile;
use crate::catalog::scale::Scale;

/// How many of a catalog's texts a language has, out of how many there are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Texts given in the language.
    pub translated: usize,
    /// Texts the English catalog has (empty ones not counted).
    pub total: usize,
}

impl Coverage {
    /// The share translated, in whole per cent, rounded down so that 100 means every text.
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 100;
        }
        u32::try_from(self.translated * 100 / self.total).unwrap_or(100)
    }

    /// Both counts added.
    pub fn add(&mut self, other: Coverage) {
        self.translated += other.translated;
        self.total += other.total;
    }

    fn text(&mut self, english: &mut String, translated: Option<&String>) {
        if english.trim().is_empty() {
            return;
        }
        self.total += 1;
        if let Some(text) = translated {
            english.clone_from(text);
            self.translated += 1;
        }
    }

    /// A list is taken whole when it has one entry per English entry (the check refuses any
    /// other), each entry counted.
    fn list(&mut self, english: &mut Vec<String>, translated: Option<&Vec<String>>) {
        self.total += english.len();
        if let Some(list) = translated.filter(|l| l.len() == english.len()) {
            english.clone_from(list);
            self.translated += english.len();
        }
    }

    fn ways(&mut self, ways: &mut [WayToMeet], texts: Option<&Texts>) {
        for way in ways {
            let note = texts.and_then(|t| t.ways_to_meet.get(&way.mechanism));
            self.text(&mut way.note, note);
        }
    }
}

/// Counts, without changing anything, how many texts of `framework` `translation` gives.
pub fn count_texts(framework: &Framework, translation: Option<&Translation>) -> Coverage {
    let mut copy = framework.clone();
    translate_framework(&mut copy, translation)
}

/// Puts `translation`'s texts in place in `framework`; with `None`, only counts.
pub fn translate_framework(
    framework: &mut Framework,
    translation: Option<&Translation>,
) -> Coverage {
    let mut coverage = Coverage::default();
    let about = translation.map(|t| &t.about);
    coverage.text(&mut framework.name, about.and_then(|a| a.name.as_ref()));
    coverage.text(
        &mut framework.short_name,
        about.and_then(|a| a.short_name.as_ref()),
    );
    coverage.text(
        &mut framework.version,
        about.and_then(|a| a.version.as_ref()),
    );
    coverage.text(
        &mut framework.summary,
        about.and_then(|a| a.summary.as_ref()),
    );
    coverage.list(
        &mut framework.objectives,
        about.and_then(|a| a.objectives.as_ref()),
    );
    for mechanism in &mut framework.mechanisms {
        let texts = translation.and_then(|t| t.mechanisms.get(&mechanism.id));
        coverage.text(&mut mechanism.name, texts.and_then(|t| t.name.as_ref()));
        coverage.text(
            &mut mechanism.summary,
            texts.and_then(|t| t.summary.as_ref()),
        );
    }
    for group in &mut framework.groups {
        translate_group(group, translation, &mut coverage);
    }
    coverage
}

fn translate_group(group: &mut Group, translation: Option<&Translation>, coverage: &mut Coverage) {
    let texts = translation.and_then(|t| t.items.get(&group.id));
    coverage.text(&mut group.title, texts.and_then(|t| t.title.as_ref()));
    coverage.text(&mut group.summary, texts.and_then(|t| t.summary.as_ref()));
    coverage.ways(&mut group.ways_to_meet, texts);
    for requirement in &mut group.requirements {
        let texts = translation.and_then(|t| t.items.get(&requirement.id));
        translate_requirement(requirement, texts, coverage);
    }
    for child in &mut group.groups {
        translate_group(child, translation, coverage);
    }
}

fn translate_requirement(req: &mut Requirement, texts: Option<&Texts>, coverage: &mut Coverage) {
    coverage.text(&mut req.title, texts.and_then(|t| t.title.as_ref()));
    coverage.text(&mut req.statement, texts.and_then(|t| t.statement.as_ref()));
    coverage.list(
        &mut req.obligations,
        texts.and_then(|t| t.obligations.as_ref()),
    );
    coverage.text(&mut req.why, texts.and_then(|t| t.why.as_ref()));
    coverage.text(&mut req.question, texts.and_then(|t| t.question.as_ref()));
    coverage.text(&mut req.guidance, texts.and_then(|t| t.guidance.as_ref()));
    coverage.list(&mut req.evidence, texts.and_then(|t| t.evidence.as_ref()));
    coverage.text(
        &mut req.tender_clause,
        texts.and_then(|t| t.tender_clause.as_ref()),
    );
    coverage.ways(&mut req.ways_to_meet, texts);
}

/// Puts `translation`'s texts in place in `scale`: its name, summary, and each level's name
/// and meaning (items keyed by the level's value).
pub fn translate_scale(scale: &mut Scale, translation: Option<&Translation>) -> Coverage {
    let mut coverage = Coverage::default();
    let about = translation.map(|t| &t.about);
    coverage.text(&mut scale.name, about.and_then(|a| a.name.as_ref()));
    coverage.text(&mut scale.summary, about.and_then(|a| a.summary.as_ref()));
    for level in &mut scale.levels {
        let texts = translation.and_then(|t| t.items.get(&level.value.to_string()));
        coverage.text(&mut level.name, texts.and_then(|t| t.name.as_ref()));
        coverage.text(&mut level.meaning, texts.and_then(|t| t.meaning.as_ref()));
    }
    coverage
}

/// Puts `translation`'s texts in place in `profile`: its name and summary.
pub fn translate_profile(profile: &mut Profile, translation: Option<&Translation>) -> Coverage {
    let mut coverage = Coverage::default();
    let about = translation.map(|t| &t.about);
    coverage.text(&mut profile.name, about.and_then(|a| a.name.as_ref()));
    coverage.text(&mut profile.summary, about.and_then(|a| a.summary.as_ref()));
    coverage
}
