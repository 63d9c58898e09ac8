//! A tagged PDF's logical structure read back with lopdf, as an assistive technology walks it:
//! the structure elements from the StructTreeRoot down with their attributes and the text of
//! the marked content they own; each page's marked-content sequences as its content stream
//! has them; and the ParentTree's entries.

use std::collections::BTreeMap;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId, decode_text_string};

/// One structure element.
#[derive(Debug, Clone)]
pub struct Node {
    /// Its structure type (H1, P, Table, …).
    pub role: String,
    /// /Alt.
    pub alt: Option<String>,
    /// /ActualText.
    pub actual_text: Option<String>,
    /// /A /Scope of a header cell.
    pub scope: Option<String>,
    /// Whether /A has a /BBox.
    pub has_bbox: bool,
    /// Its own marked content: (page object, MCID).
    pub content: Vec<(ObjectId, i64)>,
    /// Its child elements.
    pub kids: Vec<Node>,
    /// The object it is.
    pub id: ObjectId,
}

/// A marked-content sequence of a page: its tag, its MCID (none for an artefact) and the text
/// shown inside it.
#[derive(Debug, Clone)]
pub struct Sequence {
    /// BDC's tag.
    pub tag: String,
    /// /MCID of its properties.
    pub mcid: Option<i64>,
    /// The text shown inside it.
    pub text: String,
}

/// What a page's content stream holds: its sequences, and the painting operators found
/// outside any sequence (none in a tagged page) or in a sequence inside another.
#[derive(Debug, Default)]
pub struct PageContent {
    /// The sequences in stream order.
    pub sequences: Vec<Sequence>,
    /// Painting or text operators outside any marked content.
    pub unmarked: Vec<String>,
    /// Sequences opened inside another (tag inside tag).
    pub nested: Vec<String>,
}

/// An operand's dereferenced object.
pub fn deref<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map(|(_, o)| o).unwrap_or(object)
}

/// The dictionary at `key` of `dict`, dereferenced.
pub fn dict_at<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    dict.get(key)
        .ok()
        .and_then(|o| deref(doc, o).as_dict().ok())
}

fn name(object: &Object) -> Option<String> {
    object
        .as_name()
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// The document element's tree: the StructTreeRoot's single kid.
pub fn structure(doc: &Document) -> Node {
    let catalog = doc.catalog().unwrap();
    let root = dict_at(doc, catalog, b"StructTreeRoot").expect("a StructTreeRoot");
    let kids = root.get(b"K").unwrap().as_array().unwrap();
    assert_eq!(kids.len(), 1, "one Document element at the root");
    node(doc, kids[0].as_reference().unwrap())
}

fn node(doc: &Document, id: ObjectId) -> Node {
    let dict = doc.get_object(id).unwrap().as_dict().unwrap();
    assert_eq!(
        name(dict.get(b"Type").unwrap()).as_deref(),
        Some("StructElem")
    );
    let page = dict.get(b"Pg").ok().and_then(|p| p.as_reference().ok());
    let text = |key: &[u8]| dict.get(key).ok().map(|o| decode_text_string(o).unwrap());
    let attributes = dict_at(doc, dict, b"A");
    let mut found = Node {
        role: name(dict.get(b"S").unwrap()).unwrap(),
        alt: text(b"Alt"),
        actual_text: text(b"ActualText"),
        scope: attributes.and_then(|a| a.get(b"Scope").ok().and_then(name)),
        has_bbox: attributes.is_some_and(|a| a.has(b"BBox")),
        content: Vec::new(),
        kids: Vec::new(),
        id,
    };
    let kids = match dict.get(b"K") {
        Ok(Object::Array(kids)) => kids.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    };
    for kid in kids {
        match kid {
            Object::Integer(mcid) => found.content.push((page.expect("a /Pg"), mcid)),
            Object::Reference(child) => found.kids.push(node(doc, child)),
            Object::Dictionary(mcr) => {
                let page = mcr.get(b"Pg").map_or(page, |p| p.as_reference().ok());
                let mcid = mcr.get(b"MCID").unwrap().as_i64().unwrap();
                found
                    .content
                    .push((page.expect("a page for the MCR"), mcid));
            }
            other => panic!("unexpected kid {other:?}"),
        }
    }
    found
}

impl Node {
    /// Every element of the tree in reading order (depth first), this one first.
    pub fn all(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for kid in &self.kids {
            out.extend(kid.all());
        }
        out
    }

    /// The text this element's content shows (its own and its descendants'), with whitespace
    /// collapsed: what a screen reader reads, before /ActualText.
    pub fn text(&self, pages: &BTreeMap<ObjectId, PageContent>) -> String {
        let mut parts = Vec::new();
        self.collect(pages, &mut parts);
        parts
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn collect(&self, pages: &BTreeMap<ObjectId, PageContent>, parts: &mut Vec<String>) {
        for (page, mcid) in &self.content {
            let sequence = pages[page]
                .sequences
                .iter()
                .find(|s| s.mcid == Some(*mcid))
                .unwrap_or_else(|| panic!("MCID {mcid} is not on its page"));
            parts.push(sequence.text.clone());
        }
        for kid in &self.kids {
            kid.collect(pages, parts);
        }
    }

    /// The text a reader is given: /ActualText where there is one, else the content's.
    pub fn reads(&self, pages: &BTreeMap<ObjectId, PageContent>) -> String {
        self.actual_text.clone().unwrap_or_else(|| self.text(pages))
    }
}

/// Every page's marked content, by page object, in page order.
pub fn page_contents(doc: &Document) -> BTreeMap<ObjectId, PageContent> {
    doc.get_pages()
        .values()
        .map(|page| (*page, page_content(doc, *page)))
        .collect()
}

fn page_content(doc: &Document, page: ObjectId) -> PageContent {
    const PAINTING: &[&str] = &[
        "Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh",
    ];
    let encodings: BTreeMap<Vec<u8>, Encoding> = doc
        .get_page_fonts(page)
        .unwrap()
        .into_iter()
        .map(|(name, font)| (name, font.get_font_encoding(doc).unwrap()))
        .collect();
    let content = Content::decode(&doc.get_page_content(page)).unwrap();
    let mut found = PageContent::default();
    let mut open: Option<usize> = None;
    let mut depth = 0usize;
    let mut encoding = None;
    for operation in &content.operations {
        let op = operation.operator.as_str();
        match op {
            "BDC" | "BMC" => {
                depth += 1;
                let tag = name(&operation.operands[0]).unwrap();
                if depth > 1 {
                    found.nested.push(tag.clone());
                }
                let mcid = operation
                    .operands
                    .get(1)
                    .and_then(|p| deref(doc, p).as_dict().ok())
                    .and_then(|p| p.get(b"MCID").ok())
                    .and_then(|m| m.as_i64().ok());
                found.sequences.push(Sequence {
                    tag,
                    mcid,
                    text: String::new(),
                });
                open = Some(found.sequences.len() - 1);
            }
            "EMC" => {
                depth = depth.checked_sub(1).expect("EMC without BDC");
                if depth == 0 {
                    open = None;
                }
            }
            "Tf" => encoding = encodings.get(operation.operands[0].as_name().unwrap()),
            _ => {}
        }
        if PAINTING.contains(&op) && open.is_none() {
            found.unmarked.push(op.to_owned());
        }
        if let (Some(index), "Tj" | "TJ", Some(encoding)) = (open, op, encoding) {
            let strings: Vec<&Object> = match &operation.operands[0] {
                Object::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            for string in strings {
                if let Object::String(bytes, _) = string {
                    let text = Document::decode_text(encoding, bytes).unwrap();
                    found.sequences[index].text.push_str(&text);
                }
            }
            found.sequences[index].text.push(' ');
        }
    }
    assert_eq!(depth, 0, "marked content left open at the end of a page");
    found
}

/// The ParentTree's entries: StructParents key → the elements owning MCID 0, 1, ….
pub fn parent_tree(doc: &Document) -> BTreeMap<i64, Vec<ObjectId>> {
    let catalog = doc.catalog().unwrap();
    let root = dict_at(doc, catalog, b"StructTreeRoot").unwrap();
    let tree = dict_at(doc, root, b"ParentTree").expect("a ParentTree");
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    nums.chunks(2)
        .map(|pair| {
            let key = pair[0].as_i64().unwrap();
            let owners = deref(doc, &pair[1])
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_reference().unwrap())
                .collect();
            (key, owners)
        })
        .collect()
}
