//! A translation file to start from: every text of a catalog, in document order, with the
//! language's translation where there is one and, where there is none, the English text
//! commented out. A translator (or a city adding its language) translates and uncomments those
//! lines and drops the file into the user catalog folder, so a new language is translation work
//! only; a half-done file loads, and counts only what was translated.

use std::fmt::Write as _;

use super::Texts;
use crate::catalog::library::Library;
use crate::catalog::model::{Framework, Group, WayToMeet};

/// How a line of a text still in English starts: commented out, so the file loads and the text
/// is not counted as translated.
pub const UNTRANSLATED: &str = "//~ ";

/// One template file per framework, scale and profile of `library`, for `language`: (catalog
/// id, RON text), in library order.
pub fn templates(library: &Library, language: &str) -> Vec<(String, String)> {
    let library = library.english();
    let mut files = Vec::new();
    for fw in library.frameworks().iter().map(|f| &f.framework) {
        let mut out = Writer::new(library, language, &fw.id);
        out.framework(fw);
        files.push((fw.id.clone(), out.finish()));
    }
    for scale in library.scales() {
        let mut out = Writer::new(library, language, &scale.id);
        out.about(&[("name", &scale.name), ("summary", &scale.summary)], &[]);
        out.open_section("items");
        for level in &scale.levels {
            let key = level.value.to_string();
            out.item(
                &key,
                &[("name", &level.name), ("meaning", &level.meaning)],
                &[],
                &[],
            );
        }
        out.close_section();
        files.push((scale.id.clone(), out.finish()));
    }
    for profile in library.profiles() {
        let mut out = Writer::new(library, language, &profile.id);
        out.about(
            &[("name", &profile.name), ("summary", &profile.summary)],
            &[],
        );
        files.push((profile.id.clone(), out.finish()));
    }
    files
}

struct Writer<'a> {
    text: String,
    library: &'a Library,
    language: &'a str,
    catalog: &'a str,
}

impl<'a> Writer<'a> {
    fn new(library: &'a Library, language: &'a str, catalog: &'a str) -> Self {
        let mut text = String::new();
        let _ = writeln!(
            text,
            "// The texts of `{catalog}` in `{language}`. The lines starting \"{UNTRANSLATED}\" \
             are English still: translate them and remove the mark; keep the keys, the order and \
             the number of list entries. English is the reference text."
        );
        let _ = write!(
            text,
            "Translation(\n    format_version: 1,\n    language: {},\n    catalog: {},\n",
            quoted(language),
            quoted(catalog)
        );
        Writer {
            text,
            library,
            language,
            catalog,
        }
    }

    fn finish(mut self) -> String {
        self.text.push_str(")\n");
        self.text
    }

    /// The translation's texts of `key` (about when `None`) in `section`.
    fn existing(&self, section: &str, key: Option<&str>) -> Option<&'a Texts> {
        let translation = self.library.translation(self.language, self.catalog)?;
        match (section, key) {
            (_, None) => Some(&translation.about),
            ("mechanisms", Some(key)) => translation.mechanisms.get(key),
            (_, Some(key)) => translation.items.get(key),
        }
    }

    fn framework(&mut self, fw: &Framework) {
        self.about(
            &[
                ("name", &fw.name),
                ("short_name", &fw.short_name),
                ("version", &fw.version),
                ("summary", &fw.summary),
            ],
            &[("objectives", &fw.objectives)],
        );
        self.open_section("items");
        for group in &fw.groups {
            self.group(group);
        }
        self.close_section();
        if !fw.mechanisms.is_empty() {
            self.open_section("mechanisms");
            for m in &fw.mechanisms {
                self.item_in(
                    "mechanisms",
                    &m.id,
                    &[("name", &m.name), ("summary", &m.summary)],
                    &[],
                    &[],
                );
            }
            self.close_section();
        }
    }

    fn group(&mut self, group: &Group) {
        let texts = [("title", &group.title), ("summary", &group.summary)];
        self.item(&group.id, &texts, &[], &group.ways_to_meet);
        for r in &group.requirements {
            let texts = [
                ("title", &r.title),
                ("statement", &r.statement),
                ("why", &r.why),
                ("question", &r.question),
                ("guidance", &r.guidance),
                ("tender_clause", &r.tender_clause),
            ];
            let lists = [("obligations", &r.obligations), ("evidence", &r.evidence)];
            self.item(&r.id, &texts, &lists, &r.ways_to_meet);
        }
        for child in &group.groups {
            self.group(child);
        }
    }

    fn about(&mut self, texts: &[(&str, &String)], lists: &[(&str, &Vec<String>)]) {
        let existing = self.existing("about", None);
        self.text.push_str("    about: (\n");
        self.fields("        ", existing, texts, lists);
        self.text.push_str("    ),\n");
    }

    fn open_section(&mut self, name: &str) {
        let _ = writeln!(self.text, "    {name}: {{");
    }

    fn close_section(&mut self) {
        self.text.push_str("    },\n");
    }

    fn item(
        &mut self,
        key: &str,
        texts: &[(&str, &String)],
        lists: &[(&str, &Vec<String>)],
        ways: &[WayToMeet],
    ) {
        self.item_in("items", key, texts, lists, ways);
    }

    fn item_in(
        &mut self,
        section: &str,
        key: &str,
        texts: &[(&str, &String)],
        lists: &[(&str, &Vec<String>)],
        ways: &[WayToMeet],
    ) {
        let existing = self.existing(section, Some(key));
        let _ = writeln!(self.text, "        {}: (", quoted(key));
        self.fields("            ", existing, texts, lists);
        let noted: Vec<&WayToMeet> = ways.iter().filter(|w| !w.note.trim().is_empty()).collect();
        if !noted.is_empty() {
            self.text.push_str("            ways_to_meet: {\n");
            for way in noted {
                let given = existing.and_then(|t| t.ways_to_meet.get(&way.mechanism));
                let note = given.unwrap_or(&way.note);
                let line = format!("{}: {},", quoted(&way.mechanism), quoted(note));
                self.line("                ", given.is_none(), &line);
            }
            self.text.push_str("            },\n");
        }
        self.text.push_str("        ),\n");
    }

    fn fields(
        &mut self,
        indent: &str,
        existing: Option<&Texts>,
        texts: &[(&str, &String)],
        lists: &[(&str, &Vec<String>)],
    ) {
        let given = existing.map(Texts::given).unwrap_or_default();
        let find = |name: &str| given.iter().find(|(n, _)| *n == name).map(|(_, g)| *g);
        for (name, english) in texts.iter().filter(|(_, t)| !t.trim().is_empty()) {
            let translated = match find(name) {
                Some(super::Given::Text(t)) => Some(t),
                _ => None,
            };
            let value = translated.unwrap_or(english.as_str());
            self.line(
                indent,
                translated.is_none(),
                &format!("{name}: {},", quoted(value)),
            );
        }
        for (name, english) in lists.iter().filter(|(_, l)| !l.is_empty()) {
            let translated = match find(name) {
                Some(super::Given::List(l)) if l.len() == english.len() => Some(l),
                _ => None,
            };
            let todo = translated.is_none();
            self.line(indent, todo, &format!("{name}: ["));
            for entry in translated.unwrap_or(english.as_slice()) {
                self.line(indent, todo, &format!("    {},", quoted(entry)));
            }
            self.line(indent, todo, "],");
        }
    }

    /// One line at `indent`, commented out with [`UNTRANSLATED`] when it is English still.
    fn line(&mut self, indent: &str, untranslated: bool, line: &str) {
        let mark = if untranslated { UNTRANSLATED } else { "" };
        let _ = writeln!(self.text, "{indent}{mark}{line}");
    }
}

/// `text` as a RON string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}
