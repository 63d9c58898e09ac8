//! Bookmarks in reading order and nested (chapters, then sections), which printpdf's flat,
//! sorted outline cannot give: the saved PDF is read back with lopdf and its outline built.

use lopdf::{Bookmark, Document, Object};

/// Adds an outline of `bookmarks` (level, title, 0-based page) to `doc` and opens it in the
/// viewer's bookmark panel.
pub fn add_outline(doc: &mut Document, bookmarks: &[(u8, String, usize)]) -> Result<(), String> {
    if bookmarks.is_empty() {
        return Ok(());
    }
    let pages = doc.get_pages();
    let mut chapter: Option<u32> = None;
    for (level, title, page) in bookmarks {
        let Some(page_id) = pages.get(&(*page as u32 + 1)) else {
            continue;
        };
        let parent = if *level <= 1 { None } else { chapter };
        let id = doc.add_bookmark(Bookmark::new(title.clone(), [0.0; 3], 0, *page_id), parent);
        if *level <= 1 {
            chapter = Some(id);
        }
    }
    if let Some(outline) = doc.build_outline() {
        let catalog = doc.catalog_mut().map_err(|e| e.to_string())?;
        catalog.set("Outlines", Object::Reference(outline));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    Ok(())
}
