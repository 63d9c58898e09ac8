//! The logical structure of a PDF as it is laid out: structure elements (headings, paragraphs,
//! lists, tables, figures) in reading order, and for every piece of page content the element it
//! belongs to. The writer asks for a mark each time it draws content, so the marked-content ids
//! on the pages and the structure tree come from the same layout decisions and cannot drift;
//! `struct_tree` turns this into the PDF's StructTreeRoot and ParentTree.

use printpdf::{DictItem, Op};
use std::collections::BTreeMap;

/// A soft hyphen, where the layout may break a word.
const SOFT_HYPHEN: char = '\u{AD}';

/// A standard structure type of PDF 1.7 (ISO 32000-1, 14.8.4) that the reports use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The whole document, the root of the tree.
    Document,
    /// A chapter title (and the document's title).
    H1,
    /// A section heading (and a roadmap phase's band).
    H2,
    /// A sub-section heading (a requirement in the details).
    H3,
    /// A paragraph.
    P,
    /// A list.
    L,
    /// A list item.
    LI,
    /// A list item's bullet.
    Lbl,
    /// A list item's text.
    LBody,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A header cell, with the cells it heads.
    TH(Scope),
    /// A data cell.
    TD,
    /// A chart or the logo, with its alternative text.
    Figure,
    /// A group of elements drawn as one box (a headline card, a signer's column).
    Div,
}

/// Which cells a header cell heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The cells below it.
    Column,
    /// The cells beside it.
    Row,
}

impl Role {
    /// The structure type's name, also the tag of its marked content.
    pub fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::H3 => "H3",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH(_) => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
            Role::Div => "Div",
        }
    }

    /// The heading role of a report heading of `level` (0, the title, and 1, a chapter, are
    /// both H1).
    pub fn heading(level: u8) -> Role {
        match level {
            0 | 1 => Role::H1,
            2 => Role::H2,
            _ => Role::H3,
        }
    }
}

/// What an element holds, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kid {
    /// A child element (its index).
    Element(usize),
    /// A marked-content sequence on a page (0-based page index, marked-content id).
    Content {
        /// The page.
        page: usize,
        /// The sequence's id on that page.
        mcid: u32,
    },
}

/// One structure element.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Its type.
    pub role: Role,
    /// Its parent (none for the document).
    pub parent: Option<usize>,
    /// Its children and content, in reading order.
    pub kids: Vec<Kid>,
    /// The alternative text of a figure.
    pub alt: Option<String>,
    /// The whole text when the page shows it shortened with "…".
    pub actual_text: Option<String>,
    /// A figure's box on its page: [left, bottom, right, top] in PDF points.
    pub bbox: Option<[f32; 4]>,
}

/// The kinds of artefact: content that is not part of the document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Artifact {
    /// Rules, shading, boxes and lines drawn for looks.
    Layout,
    /// The running header.
    Header,
    /// The footer with the page number.
    Footer,
    /// A table's header row repeated on a following page.
    Repeated,
}

/// The structure being built: elements, the ones open now, and the owners of each page's
/// marked-content ids (the ParentTree: `owners[page][mcid]` is an element index).
#[derive(Debug, Clone)]
pub struct Structure {
    elements: Vec<Element>,
    open: Vec<usize>,
    owners: Vec<Vec<usize>>,
}

impl Default for Structure {
    fn default() -> Self {
        Structure::new()
    }
}

impl Structure {
    /// A structure with the Document element open.
    pub fn new() -> Self {
        Structure {
            elements: vec![Element {
                role: Role::Document,
                parent: None,
                kids: Vec::new(),
                alt: None,
                actual_text: None,
                bbox: None,
            }],
            open: vec![0],
            owners: Vec::new(),
        }
    }

    /// The elements; the first is the Document.
    pub fn elements(&self) -> &[Element] {
        &self.elements
    }

    /// For each page, the element that owns each marked-content id, in id order.
    pub fn owners(&self) -> &[Vec<usize>] {
        &self.owners
    }

    /// The innermost open element.
    pub fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
    }

    /// Adds an element of `role` as the last child of `parent` (not opened); returns it.
    pub fn add(&mut self, parent: usize, role: Role) -> usize {
        let index = self.elements.len();
        self.elements.push(Element {
            role,
            parent: Some(parent),
            kids: Vec::new(),
            alt: None,
            actual_text: None,
            bbox: None,
        });
        self.elements[parent].kids.push(Kid::Element(index));
        index
    }

    /// Adds an element of `role` inside the current one and opens it.
    pub fn open(&mut self, role: Role) -> usize {
        let index = self.add(self.current(), role);
        self.open.push(index);
        index
    }

    /// Closes the innermost open element (never the Document).
    pub fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// Gives `element` its alternative text.
    pub fn set_alt(&mut self, element: usize, alt: String) {
        self.elements[element].alt = Some(alt);
    }

    /// Gives `element` the whole text its shortened content stands for.
    pub fn set_actual_text(&mut self, element: usize, text: String) {
        self.elements[element].actual_text = Some(text);
    }

    /// Where `text`, the whole text of `element`, holds soft hyphens, the page may show a word
    /// broken with a hyphen at a line's end: `element` then reads `text` without them, so a
    /// reader hears the word whole.
    pub fn keep_words_whole(&mut self, element: usize, text: &str) {
        if text.contains(SOFT_HYPHEN) {
            let whole: String = text.chars().filter(|c| *c != SOFT_HYPHEN).collect();
            self.set_actual_text(element, whole);
        }
    }

    /// Gives `element` its box on the page its content is on.
    pub fn set_bbox(&mut self, element: usize, bbox: [f32; 4]) {
        self.elements[element].bbox = Some(bbox);
    }

    /// A new marked-content id on `page` for content of `element`, recorded both in the
    /// element and in the page's owners; returns the op that opens the sequence.
    pub fn mark(&mut self, element: usize, page: usize) -> Op {
        if self.owners.len() <= page {
            self.owners.resize_with(page + 1, Vec::new);
        }
        let mcid = self.owners[page].len() as u32;
        self.owners[page].push(element);
        self.elements[element]
            .kids
            .push(Kid::Content { page, mcid });
        let mut map = BTreeMap::new();
        map.insert("MCID".to_owned(), DictItem::Int(i64::from(mcid)));
        Op::BeginMarkedContentWithProperties {
            tag: self.elements[element].role.name().to_owned(),
            properties: DictItem::Dict { map },
        }
    }
}

/// The op that opens an artefact of `kind`.
pub fn artifact(kind: Artifact) -> Op {
    let name = |n: &str| DictItem::Name(n.as_bytes().to_vec());
    let mut map = BTreeMap::new();
    let (kind, subtype) = match kind {
        Artifact::Layout => ("Layout", None),
        Artifact::Header => ("Pagination", Some("Header")),
        Artifact::Footer => ("Pagination", Some("Footer")),
        Artifact::Repeated => ("Pagination", None),
    };
    map.insert("Type".to_owned(), name(kind));
    if let Some(subtype) = subtype {
        map.insert("Subtype".to_owned(), name(subtype));
    }
    Op::BeginMarkedContentWithProperties {
        tag: "Artifact".to_owned(),
        properties: DictItem::Dict { map },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mark_is_owned_by_its_element_in_id_order_per_page() {
        let mut structure = Structure::new();
        let heading = structure.open(Role::H1);
        structure.mark(heading, 0);
        structure.close();
        let paragraph = structure.open(Role::P);
        structure.mark(paragraph, 0);
        structure.mark(paragraph, 1);
        structure.close();
        assert_eq!(
            structure.owners(),
            &[vec![heading, paragraph], vec![paragraph]]
        );
        assert_eq!(
            structure.elements()[paragraph].kids,
            [
                Kid::Content { page: 0, mcid: 1 },
                Kid::Content { page: 1, mcid: 0 }
            ]
        );
        assert_eq!(
            structure.elements()[0].kids,
            [Kid::Element(heading), Kid::Element(paragraph)]
        );
        structure.close();
        assert_eq!(structure.current(), 0, "the document is never closed");
    }
}
