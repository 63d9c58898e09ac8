//! Paragraphs, tagged as what they are: a run of lines starting with a bullet ("•  A") is a
//! list (L, LI with the bullet as Lbl and the text as LBody), any other run of lines a P. The
//! lines are the same as the paragraph wrapped whole (each source line wraps on its own), so
//! the page looks as it did before it was tagged.

use super::page::{BODY_WIDTH, MARGIN_X, Pen, grey, ink, normalise_line_ends};
use super::structure::Role;
use super::writer::{PARAGRAPH_GAP, Writer, style};
use crate::report::blocks::TextStyle;

/// The bullet that starts a list item's line (as `blocks::bullets` writes it).
const BULLET: char = '•';

/// A run of a paragraph's source lines.
#[derive(Debug, PartialEq)]
enum Run<'a> {
    /// Lines of running text.
    Text(Vec<&'a str>),
    /// List items, each one source line starting with the bullet.
    List(Vec<&'a str>),
}

/// True when `line` is a list item: the bullet, then a space.
fn is_item(line: &str) -> bool {
    line.strip_prefix(BULLET)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// The paragraph's source lines in runs of text and of list items, in order.
fn runs(text: &str) -> Vec<Run<'_>> {
    let mut runs: Vec<Run<'_>> = Vec::new();
    for line in text.split('\n') {
        match (runs.last_mut(), is_item(line)) {
            (Some(Run::List(items)), true) => items.push(line),
            (Some(Run::Text(lines)), false) => lines.push(line),
            (_, true) => runs.push(Run::List(vec![line])),
            (_, false) => runs.push(Run::Text(vec![line])),
        }
    }
    runs
}

/// A wrapped line split into its bullet (the bullet and the spaces after it) and its text.
fn split_bullet(line: &str) -> (&str, &str) {
    let at = line
        .char_indices()
        .find(|(_, c)| *c != BULLET && *c != ' ')
        .map_or(line.len(), |(i, _)| i);
    line.split_at(at)
}

impl Writer {
    /// Places a paragraph: its runs of text as P, its runs of bulleted lines as a list.
    pub(super) fn paragraph(&mut self, text_style: TextStyle, text: &str) {
        let text = normalise_line_ends(text);
        for run in runs(&text) {
            match run {
                Run::Text(lines) => {
                    let joined = lines.join("\n");
                    if joined.trim().is_empty() {
                        self.lines(text_style, &joined, None);
                    } else {
                        self.element(Role::P, |w, p| {
                            w.structure.keep_words_whole(p, &joined);
                            w.lines(text_style, &joined, Some(p));
                        });
                    }
                }
                Run::List(items) => self.element(Role::L, |w, _| {
                    for item in items {
                        w.element(Role::LI, |w, _| w.list_item(text_style, item));
                    }
                }),
            }
        }
        self.y += PARAGRAPH_GAP;
    }

    /// Wraps `text` and sets its lines down the page, as content of `element` when given.
    fn lines(&mut self, text_style: TextStyle, text: &str, element: Option<usize>) {
        let (weight, size, leading) = style(text_style);
        for line in self.fonts.wrap(text, weight, size, BODY_WIDTH) {
            self.ensure(leading);
            let baseline = self.y + size;
            let pen = Pen::new(weight, size, colour(text_style));
            if let Some(element) = element {
                self.content_of(element, |fonts, canvas| {
                    canvas.text(fonts, &pen, MARGIN_X, baseline, &line);
                });
            }
            self.y += leading;
        }
    }

    /// One list item: its first line's bullet as Lbl and the rest of its lines as LBody, set
    /// in one text object so the line reads as before.
    fn list_item(&mut self, text_style: TextStyle, item: &str) {
        let (weight, size, leading) = style(text_style);
        let label = self.structure.add(self.structure.current(), Role::Lbl);
        let body = self.structure.add(self.structure.current(), Role::LBody);
        self.structure
            .keep_words_whole(body, item.trim_start_matches([BULLET, ' ']));
        let lines = self.fonts.wrap(item, weight, size, BODY_WIDTH);
        for (index, line) in lines.iter().enumerate() {
            self.ensure(leading);
            let baseline = self.y + size;
            let pen = Pen::new(weight, size, colour(text_style));
            let (bullet, rest) = if index == 0 {
                split_bullet(line)
            } else {
                ("", line.as_str())
            };
            let page = self.page_index();
            let mut parts = Vec::new();
            if !bullet.is_empty() {
                parts.push((self.structure.mark(label, page), bullet));
            }
            if !rest.is_empty() {
                parts.push((self.structure.mark(body, page), rest));
            }
            let (fonts, canvas) = self.split();
            canvas.marked_text(fonts, &pen, (MARGIN_X, baseline), parts);
            self.y += leading;
        }
    }
}

/// The colour of a text style: notes are grey.
fn colour(text_style: TextStyle) -> printpdf::Color {
    if text_style == TextStyle::Note {
        grey()
    } else {
        ink()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bulleted_lines_are_lists_and_other_lines_text_in_order() {
        assert_eq!(
            runs("Intro\n•  A\n•  B\nAfter\n•x"),
            [
                Run::Text(vec!["Intro"]),
                Run::List(vec!["•  A", "•  B"]),
                Run::Text(vec!["After", "•x"]),
            ]
        );
        assert_eq!(split_bullet("•  Item text"), ("•  ", "Item text"));
        assert_eq!(split_bullet("• "), ("• ", ""));
    }
}
