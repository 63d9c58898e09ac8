//! Checking a translation file against the English catalog it translates: every key names an
//! item that exists, every field is one that item has, lists have one entry per English entry,
//! a tender clause keeps as many blanks as the English one, and no text is empty. Each problem
//! is located in the file, so a translator goes straight to it.

use std::collections::HashMap;

use super::{Given, Texts, Translation, blanks};
use crate::catalog::model::{Framework, Group, WayToMeet};
use crate::catalog::parse::SourceFile;
use crate::catalog::problem::{Locator, Problem};
use crate::catalog::profile::Profile;
use crate::catalog::scale::Scale;

/// The English catalog a translation names.
#[derive(Debug, Clone, Copy)]
pub enum Translated<'a> {
    /// A framework (MIM, standard, regulation, clause library).
    Framework(&'a Framework),
    /// A maturity scale.
    Scale(&'a Scale),
    /// A target profile.
    Profile(&'a Profile),
}

/// What one English item offers to translate.
#[derive(Debug, Default)]
struct Original<'a> {
    /// What the item is, for messages ("requirement", "scale level").
    what: &'static str,
    /// The fields it has, with their English text (a list's length for lists).
    texts: Vec<(&'static str, &'a str)>,
    lists: Vec<(&'static str, usize)>,
    /// Mechanism ids of its ways to meet that carry a note.
    ways: Vec<&'a str>,
}

/// Every problem of `translation` (read from `file`) against the English `original`.
pub fn check_translation(
    file: &SourceFile,
    translation: &Translation,
    original: Translated<'_>,
) -> Vec<Problem> {
    let mut checker = Checker {
        file,
        locator: Locator::new(&file.text),
        problems: Vec::new(),
    };
    let (about, items, mechanisms) = originals(original);
    let about_at = checker.locator.find_field("about", 0).unwrap_or(0);
    checker.item("about", &about, &translation.about, about_at);
    checker.section("items", &items, &translation.items);
    checker.section("mechanisms", &mechanisms, &translation.mechanisms);
    checker.problems
}

type Originals<'a> = (
    Original<'a>,
    HashMap<String, Original<'a>>,
    HashMap<String, Original<'a>>,
);

fn originals(original: Translated<'_>) -> Originals<'_> {
    let mut items = HashMap::new();
    let mut mechanisms = HashMap::new();
    let about = match original {
        Translated::Framework(fw) => {
            for group in &fw.groups {
                collect_group(group, &mut items);
            }
            for m in &fw.mechanisms {
                let texts = vec![("name", m.name.as_str()), ("summary", m.summary.as_str())];
                mechanisms.insert(m.id.clone(), original_of("mechanism", texts, Vec::new()));
            }
            let texts = vec![
                ("name", fw.name.as_str()),
                ("short_name", fw.short_name.as_str()),
                ("version", fw.version.as_str()),
                ("summary", fw.summary.as_str()),
            ];
            original_of(
                "framework",
                texts,
                vec![("objectives", fw.objectives.len())],
            )
        }
        Translated::Scale(scale) => {
            for level in &scale.levels {
                let texts = vec![
                    ("name", level.name.as_str()),
                    ("meaning", level.meaning.as_str()),
                ];
                items.insert(
                    level.value.to_string(),
                    original_of("scale level", texts, Vec::new()),
                );
            }
            let texts = vec![
                ("name", scale.name.as_str()),
                ("summary", scale.summary.as_str()),
            ];
            original_of("scale", texts, Vec::new())
        }
        Translated::Profile(profile) => {
            let texts = vec![
                ("name", profile.name.as_str()),
                ("summary", profile.summary.as_str()),
            ];
            original_of("profile", texts, Vec::new())
        }
    };
    (about, items, mechanisms)
}

fn original_of<'a>(
    what: &'static str,
    texts: Vec<(&'static str, &'a str)>,
    lists: Vec<(&'static str, usize)>,
) -> Original<'a> {
    Original {
        what,
        texts: texts
            .into_iter()
            .filter(|(_, t)| !t.trim().is_empty())
            .collect(),
        lists: lists.into_iter().filter(|(_, n)| *n > 0).collect(),
        ways: Vec::new(),
    }
}

fn noted(ways: &[WayToMeet]) -> Vec<&str> {
    ways.iter()
        .filter(|w| !w.note.trim().is_empty())
        .map(|w| w.mechanism.as_str())
        .collect()
}

fn collect_group<'a>(group: &'a Group, items: &mut HashMap<String, Original<'a>>) {
    let texts = vec![
        ("title", group.title.as_str()),
        ("summary", group.summary.as_str()),
    ];
    let mut original = original_of("group", texts, Vec::new());
    original.ways = noted(&group.ways_to_meet);
    items.insert(group.id.clone(), original);
    for req in &group.requirements {
        let texts = vec![
            ("title", req.title.as_str()),
            ("statement", req.statement.as_str()),
            ("why", req.why.as_str()),
            ("question", req.question.as_str()),
            ("guidance", req.guidance.as_str()),
            ("tender_clause", req.tender_clause.as_str()),
        ];
        let lists = vec![
            ("obligations", req.obligations.len()),
            ("evidence", req.evidence.len()),
        ];
        let mut original = original_of("requirement", texts, lists);
        original.ways = noted(&req.ways_to_meet);
        items.insert(req.id.clone(), original);
    }
    for child in &group.groups {
        collect_group(child, items);
    }
}

struct Checker<'a> {
    file: &'a SourceFile,
    locator: Locator<'a>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, message: String, expected: String) {
        let position = self.locator.position(offset);
        self.problems
            .push(Problem::at(&self.file.path, position, message, expected));
    }

    fn section(
        &mut self,
        name: &str,
        originals: &HashMap<String, Original<'_>>,
        given: &std::collections::BTreeMap<String, Texts>,
    ) {
        let start = self.locator.find_field(name, 0).unwrap_or(0);
        for (key, texts) in given {
            let at = self.locator.find_string(key, start).unwrap_or(start);
            match originals.get(key) {
                Some(original) => self.item(key, original, texts, at),
                None => self.report(
                    at,
                    format!("`{key}` in `{name}` names nothing in the English catalog"),
                    format!("the id of one of the catalog's {}", section_things(name)),
                ),
            }
        }
    }

    fn item(&mut self, key: &str, original: &Original<'_>, texts: &Texts, at: usize) {
        for (field, given) in texts.given() {
            let field_at = self.locator.find_field(field, at).unwrap_or(at);
            let english_text = original.texts.iter().find(|(f, _)| *f == field);
            let english_list = original.lists.iter().find(|(f, _)| *f == field);
            match (given, english_text, english_list) {
                (Given::Text(text), Some((_, english)), _) => {
                    if text.trim().is_empty() {
                        self.report(
                            field_at,
                            format!("`{field}` of `{key}` is empty"),
                            "the translated text, or no such field (English is then used)".into(),
                        );
                    } else if field == "tender_clause" {
                        self.clause_blanks(key, english, text, field_at);
                    }
                }
                (Given::List(list), _, Some((_, count))) => {
                    if list.len() != *count {
                        self.report(
                            field_at,
                            format!(
                                "`{field}` of `{key}` has {} entries, the English has {count}",
                                list.len()
                            ),
                            format!("{count} entries, one for each English one, in order"),
                        );
                    } else if let Some(i) = list.iter().position(|e| e.trim().is_empty()) {
                        self.report(
                            field_at,
                            format!("entry {} of `{field}` of `{key}` is empty", i + 1),
                            "every entry translated".into(),
                        );
                    }
                }
                _ => self.report(
                    field_at,
                    format!("`{field}` is not a text this {} has", original.what),
                    format!("one of {}", allowed(original)),
                ),
            }
        }
        for (mechanism, note) in &texts.ways_to_meet {
            let note_at = self.locator.find_string(mechanism, at).unwrap_or(at);
            if !original.ways.contains(&mechanism.as_str()) {
                self.report(
                    note_at,
                    format!("`{key}` has no way-to-meet note for mechanism `{mechanism}`"),
                    if original.ways.is_empty() {
                        "no ways_to_meet here".into()
                    } else {
                        format!("one of {}", original.ways.join(", "))
                    },
                );
            } else if note.trim().is_empty() {
                self.report(
                    note_at,
                    format!("the way-to-meet note of `{key}` for `{mechanism}` is empty"),
                    "the translated note".into(),
                );
            }
        }
    }

    fn clause_blanks(&mut self, key: &str, english: &str, text: &str, at: usize) {
        let theirs = blanks(english);
        let ours = blanks(text);
        if theirs.len() != ours.len() {
            self.report(
                at,
                format!(
                    "the tender clause of `{key}` has {} blanks in square brackets, the English has {} ({})",
                    ours.len(),
                    theirs.len(),
                    if theirs.is_empty() {
                        "none".to_owned()
                    } else {
                        theirs.join(" ")
                    }
                ),
                "a blank for each English one, translated inside the brackets".into(),
            );
        }
    }
}

fn allowed(original: &Original<'_>) -> String {
    let mut names: Vec<&str> = original.texts.iter().map(|(f, _)| *f).collect();
    names.extend(original.lists.iter().map(|(f, _)| *f));
    if !original.ways.is_empty() {
        names.push("ways_to_meet");
    }
    if names.is_empty() {
        "no field".into()
    } else {
        names.join(", ")
    }
}

fn section_things(section: &str) -> &'static str {
    if section == "mechanisms" {
        "mechanisms"
    } else {
        "groups, requirements or scale levels"
    }
}
