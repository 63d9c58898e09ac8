//! Makes the saved PDF a tagged PDF: the structure recorded while laying out (see
//! [`super::structure`]) becomes the StructTreeRoot with its structure elements and the
//! ParentTree that leads from each page's marked-content ids back to their elements; the
//! catalog says the document is marked, in which language it is written, and that viewers show
//! its title; each page names its entry in the ParentTree and orders its tabs by structure.

use lopdf::{Dictionary, Document, Object, ObjectId, text_string};

use super::structure::{Element, Kid, Role, Scope, Structure};

/// Adds the structure tree of `structure` to `doc`, with `/Lang (language)` (English when the
/// report carries none).
pub fn add_structure(
    doc: &mut Document,
    structure: &Structure,
    language: &str,
) -> Result<(), String> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if structure.owners().len() > pages.len() {
        return Err(format!(
            "content is marked on {} pages but the document has {}",
            structure.owners().len(),
            pages.len()
        ));
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = structure
        .elements()
        .iter()
        .map(|_| doc.new_object_id())
        .collect();
    for (element, id) in structure.elements().iter().zip(&ids) {
        let parent = element.parent.map_or(root, |p| ids[p]);
        doc.objects.insert(
            *id,
            Object::Dictionary(element_dictionary(element, parent, &ids, &pages)),
        );
    }
    // The ParentTree: page n (its /StructParents n) maps each marked-content id to its element.
    let mut nums = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let owners = structure.owners().get(index).map_or(&[][..], Vec::as_slice);
        nums.push(Object::Integer(index as i64));
        nums.push(Object::Array(
            owners.iter().map(|e| Object::Reference(ids[*e])).collect(),
        ));
        let page = doc
            .get_object_mut(*page)
            .and_then(Object::as_dict_mut)
            .map_err(|e| e.to_string())?;
        page.set("StructParents", Object::Integer(index as i64));
        page.set("Tabs", Object::Name(b"S".to_vec()));
    }
    let parent_tree = doc.add_object(Dictionary::from_iter([("Nums", Object::Array(nums))]));
    doc.objects.insert(
        root,
        Object::Dictionary(Dictionary::from_iter([
            ("Type", Object::Name(b"StructTreeRoot".to_vec())),
            ("K", Object::Array(vec![Object::Reference(ids[0])])),
            ("ParentTree", Object::Reference(parent_tree)),
            ("ParentTreeNextKey", Object::Integer(pages.len() as i64)),
        ])),
    );
    let language = if is_language_tag(language) {
        language
    } else {
        "en"
    };
    let catalog = doc.catalog_mut().map_err(|e| e.to_string())?;
    catalog.set("StructTreeRoot", Object::Reference(root));
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter([("Marked", Object::Boolean(true))]),
    );
    catalog.set("Lang", text_string(language));
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
    );
    // MarkInfo, /Lang and DisplayDocTitle are PDF 1.4; PDF/UA-1 builds on PDF 1.7.
    doc.version = "1.7".to_owned();
    Ok(())
}

/// True when `tag` looks like a language tag (`sv`, `de-AT`): letters and digits in parts of
/// one to eight joined by hyphens, the first of letters. A document without one is in English,
/// the language its own words fall back to.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_is_letters = parts
        .next()
        .is_some_and(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_is_letters
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The structure element dictionary of `element`, its parent `parent`; `ids` are every
/// element's object, `pages` every page's.
fn element_dictionary(
    element: &Element,
    parent: ObjectId,
    ids: &[ObjectId],
    pages: &[ObjectId],
) -> Dictionary {
    // The element's page: where its first content is. Content on that page is named by its
    // MCID alone; content on another page (a paragraph or a table cell running on) by a
    // marked-content reference naming its page.
    let home = element.kids.iter().find_map(|kid| match kid {
        Kid::Content { page, .. } => Some(*page),
        Kid::Element(_) => None,
    });
    let kids: Vec<Object> = element
        .kids
        .iter()
        .map(|kid| match kid {
            Kid::Element(index) => Object::Reference(ids[*index]),
            Kid::Content { page, mcid } if home == Some(*page) => Object::Integer(i64::from(*mcid)),
            Kid::Content { page, mcid } => Object::Dictionary(Dictionary::from_iter([
                ("Type", Object::Name(b"MCR".to_vec())),
                ("Pg", Object::Reference(pages[*page])),
                ("MCID", Object::Integer(i64::from(*mcid))),
            ])),
        })
        .collect();
    let mut dict = Dictionary::from_iter([
        ("Type", Object::Name(b"StructElem".to_vec())),
        ("S", Object::Name(element.role.name().as_bytes().to_vec())),
        ("P", Object::Reference(parent)),
        ("K", Object::Array(kids)),
    ]);
    if let Some(page) = home {
        dict.set("Pg", Object::Reference(pages[page]));
    }
    if let Some(alt) = &element.alt {
        dict.set("Alt", text_string(alt));
    }
    if let Some(text) = &element.actual_text {
        dict.set("ActualText", text_string(text));
    }
    if let Role::TH(scope) = element.role {
        let scope = match scope {
            Scope::Column => "Column",
            Scope::Row => "Row",
        };
        dict.set(
            "A",
            Dictionary::from_iter([
                ("O", Object::Name(b"Table".to_vec())),
                ("Scope", Object::Name(scope.as_bytes().to_vec())),
            ]),
        );
    }
    if let Some(bbox) = element.bbox {
        dict.set(
            "A",
            Dictionary::from_iter([
                ("O", Object::Name(b"Layout".to_vec())),
                (
                    "BBox",
                    Object::Array(bbox.iter().map(|v| Object::Real(*v)).collect()),
                ),
            ]),
        );
    }
    dict
}
