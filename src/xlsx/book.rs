//! The package's map of itself: the package relationships name the workbook part, whose
//! relationships name each sheet's part (by the sheet's `r:id`), the styles and the shared
//! strings; the workbook part lists the sheets by name and says which date system it uses.

use std::collections::HashMap;

use quick_xml::events::Event;

use super::MAX_SMALL_PART_BYTES;
use super::archive::Archive;
use super::error::{Problem, XlsxError};
use super::xml::PartXml;

/// The package relationships, where every OOXML package starts.
const PACKAGE_RELS: &str = "_rels/.rels";

/// A sheet: its name and the part holding its cells, or why the workbook names none (only a
/// problem once the sheet is read: a form is not refused for another sheet's broken link).
pub(super) struct SheetEntry {
    pub(super) name: String,
    pub(super) part: Result<String, XlsxError>,
}

/// What the workbook part and its relationships say.
pub(super) struct Book {
    pub(super) sheets: Vec<SheetEntry>,
    /// True in a workbook that counts dates from 1904 (`<workbookPr date1904="1"/>`).
    pub(super) date1904: bool,
    pub(super) styles_part: Option<String>,
    pub(super) strings_part: Option<String>,
}

/// One relationship: its type (the last word of its URI) and its target part.
struct Relationship {
    kind: String,
    target: String,
}

impl Book {
    /// Reads the package relationships, the workbook's relationships and the workbook part.
    pub(super) fn read(archive: &mut Archive<'_>) -> Result<Book, XlsxError> {
        let package = relationships(archive, PACKAGE_RELS, "", "the package's relationships")?;
        let workbook = package
            .values()
            .find(|r| r.kind == "officeDocument")
            .map(|r| r.target.clone())
            .ok_or_else(|| {
                XlsxError::part(
                    PACKAGE_RELS,
                    Problem::Content("the package's relationships name no workbook part".into()),
                )
            })?;
        let folder = folder_of(&workbook);
        let rels_part = format!("{folder}_rels/{}.rels", &workbook[folder.len()..]);
        let rels = relationships(archive, &rels_part, &folder, "the workbook's relationships")?;
        let (date1904, listed) = read_workbook(archive, &workbook)?;
        let mut sheets = Vec::with_capacity(listed.len());
        for (name, id) in listed {
            let part = rels.get(&id).map(|r| r.target.clone()).ok_or_else(|| {
                XlsxError::part(
                    &workbook,
                    Problem::Content(format!(
                        "the sheet “{name}” refers to the relationship “{id}”, which \
                         {rels_part} does not hold"
                    )),
                )
            });
            sheets.push(SheetEntry { name, part });
        }
        let related = |kind: &str, usual: &str| {
            rels.values()
                .find(|r| r.kind == kind)
                .map(|r| r.target.clone())
                .or_else(|| Some(format!("{folder}{usual}")))
                .filter(|part| archive.has(part))
        };
        Ok(Book {
            sheets,
            date1904,
            styles_part: related("styles", "styles.xml"),
            strings_part: related("sharedStrings", "sharedStrings.xml"),
        })
    }
}

/// The folder of a part, with its trailing slash (`xl/` for `xl/workbook.xml`).
fn folder_of(part: &str) -> String {
    part.rfind('/')
        .map_or_else(String::new, |at| part[..=at].to_owned())
}

/// `target` of a relationship in a part of `folder`, as a part name: absolute targets from
/// the package's root, relative ones from the folder, `..` resolved.
fn resolve(folder: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{folder}{target}"),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

/// The relationships in part `name` (of a part in `folder`) by id.
fn relationships(
    archive: &mut Archive<'_>,
    name: &str,
    folder: &str,
    what: &'static str,
) -> Result<HashMap<String, Relationship>, XlsxError> {
    let Some(mut xml) = PartXml::open(archive, name, MAX_SMALL_PART_BYTES)? else {
        return Err(XlsxError::file(Problem::MissingPart {
            part: name.to_owned(),
            what,
        }));
    };
    let mut found = HashMap::new();
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                let id = xml.attribute(&e, "Id")?;
                let kind = xml.attribute(&e, "Type")?.unwrap_or_default();
                let target = xml.attribute(&e, "Target")?.unwrap_or_default();
                let external = xml.attribute(&e, "TargetMode")?.as_deref() == Some("External");
                if let (Some(id), false) = (id, external) {
                    let kind = kind.rsplit('/').next().unwrap_or_default().to_owned();
                    let target = resolve(folder, &target);
                    found.entry(id).or_insert(Relationship { kind, target });
                }
            }
            Event::Eof => return Ok(found),
            _ => {}
        }
    }
}

/// The workbook part: whether it counts dates from 1904, and its sheets (name, r:id) in order.
fn read_workbook(
    archive: &mut Archive<'_>,
    name: &str,
) -> Result<(bool, Vec<(String, String)>), XlsxError> {
    let Some(mut xml) = PartXml::open(archive, name, MAX_SMALL_PART_BYTES)? else {
        return Err(XlsxError::file(Problem::MissingPart {
            part: name.to_owned(),
            what: "the workbook itself",
        }));
    };
    let (mut date1904, mut sheets) = (false, Vec::new());
    let mut buf = Vec::new();
    loop {
        match xml.next(&mut buf)? {
            Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                let sheet_name = xml.attribute(&e, "name")?.unwrap_or_default();
                let id = xml.attribute(&e, "id")?.unwrap_or_default();
                sheets.push((sheet_name, id));
            }
            Event::Start(e) if e.local_name().as_ref() == "workbookPr" => {
                // `<x15:workbookPr>` in an extension list shares the name, never the attribute.
                if let Some(value) = xml.attribute(&e, "date1904")? {
                    date1904 = value == "1" || value == "true";
                }
            }
            Event::Eof => return Ok((date1904, sheets)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_from_the_folder_or_the_root() {
        assert_eq!(
            resolve("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/", "/xl/worksheets/s.xml"),
            "xl/worksheets/s.xml"
        );
        assert_eq!(resolve("xl/", "../custom/x.xml"), "custom/x.xml");
        assert_eq!(resolve("", "xl/workbook.xml"), "xl/workbook.xml");
        assert_eq!(folder_of("xl/workbook.xml"), "xl/");
        assert_eq!(folder_of("workbook.xml"), "");
    }
}
