//! The DOCX package around the body: the section (A4, the PDF's margins, a title page without
//! the running header), header and footers ("MIM Assistant" and "Page X of Y" with PAGE and
//! NUMPAGES fields in the document's language), document properties (title, author, subject,
//! keywords, date, language), relationships, content types, and the zip that holds them.

use std::io::{Cursor, Write as _};

use zip::write::SimpleFileOptions;

use super::image::Media;
use super::styles::{SETTINGS_XML, styles_xml};
use super::xml::{Look, Para, paragraph, runs};
use super::{DocxError, TEXT_WIDTH};
use crate::report::blocks::ReportInfo;
use crate::report::html::escape;
use crate::words::Words;

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// The namespaces the document's parts use.
const NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
    xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" \
    xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" \
    xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" \
    xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";
const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The section: A4 with the PDF's margins; the first page (the cover) has its own, empty
/// header and the same footer.
fn section() -> String {
    "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>\
     <w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>\
     <w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>\
     <w:footerReference w:type=\"first\" r:id=\"rIdFooterFirst\"/>\
     <w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
     <w:pgMar w:top=\"1240\" w:right=\"1020\" w:bottom=\"1120\" w:left=\"1020\" w:header=\"600\" w:footer=\"500\" w:gutter=\"0\"/>\
     <w:cols w:space=\"720\"/><w:titlePg/></w:sectPr>"
        .to_owned()
}

/// `word/document.xml` around `body`.
pub(super) fn document_xml(body: &str) -> String {
    format!(
        "{XML_HEAD}<w:document {NAMESPACES}><w:body>{body}{}</w:body></w:document>",
        section()
    )
}

/// A field (`PAGE`, `NUMPAGES`) as Word updates it, showing `shown` until then.
fn field(instruction: &str, shown: &str) -> String {
    format!(
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
         <w:r><w:instrText xml:space=\"preserve\"> {instruction} </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
         <w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
}

/// "Page X of Y" in `words`, the numbers as fields.
fn page_of(words: &Words) -> String {
    let text = words.with(
        "doc-page-of",
        &[("page", "\u{1}".into()), ("pages", "\u{2}".into())],
    );
    let mut xml = String::new();
    for (index, part) in text.split('\u{1}').enumerate() {
        if index > 0 {
            xml.push_str(&field("PAGE", "1"));
        }
        for (inner, piece) in part.split('\u{2}').enumerate() {
            if inner > 0 {
                xml.push_str(&field("NUMPAGES", "1"));
            }
            xml.push_str(&runs(piece, &Look::default()));
        }
    }
    xml
}

/// A footer: the program's name on the left, "Page X of Y" on the right.
fn footer_xml(words: &Words) -> String {
    let props = Para {
        right_tab: Some(TEXT_WIDTH),
        ..Para::styled("Footer")
    };
    let content = format!(
        "{}<w:r><w:tab/></w:r>{}",
        runs("MIM Assistant", &Look::default()),
        page_of(words)
    );
    format!(
        "{XML_HEAD}<w:ftr {NAMESPACES}>{}</w:ftr>",
        paragraph(&props, &content)
    )
}

/// A header with `text` (the running header), or an empty one (the cover's).
fn header_xml(text: Option<&str>) -> String {
    let content = match text {
        Some(text) => paragraph(&Para::styled("Header"), &runs(text, &Look::default())),
        None => "<w:p/>".to_owned(),
    };
    format!("{XML_HEAD}<w:hdr {NAMESPACES}>{content}</w:hdr>")
}

/// A language tag as Word expects it: a region added to the languages the program ships.
pub(super) fn language_tag(language: &str) -> String {
    match language {
        "" | "en" => "en-GB".to_owned(),
        "sv" => "sv-SE".to_owned(),
        "de" => "de-DE".to_owned(),
        other => other
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect(),
    }
}

/// The report's date as a W3C date-time, when it is a real `YYYY-MM-DD` date.
fn created(date: &str) -> Option<String> {
    let parts: Vec<&str> = date.trim().split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = (
        year.parse::<u32>().ok()?,
        month.parse::<u32>().ok()?,
        day.parse::<u32>().ok()?,
    );
    ((1..=9999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}T00:00:00Z"))
}

/// `docProps/core.xml`: title, subject, author, keywords, language and date.
fn core_xml(info: &ReportInfo) -> String {
    let dates = created(&info.date).map_or(String::new(), |when| {
        format!(
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:created>\
             <dcterms:modified xsi:type=\"dcterms:W3CDTF\">{when}</dcterms:modified>"
        )
    });
    format!(
        "{XML_HEAD}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
         xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" \
         xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\
         <dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:creator>{}</dc:creator>\
         <cp:keywords>{}</cp:keywords><dc:language>{}</dc:language>{dates}</cp:coreProperties>",
        escape(&info.title),
        escape(&info.subject),
        escape(&info.author),
        escape(&info.keywords.join(", ")),
        escape(&language_tag(&info.language)),
    )
}

fn app_xml() -> String {
    format!(
        "{XML_HEAD}<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">\
         <Application>MIM Assistant {}</Application></Properties>",
        env!("CARGO_PKG_VERSION")
    )
}

fn content_types() -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml";
    format!(
        "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Default Extension=\"png\" ContentType=\"image/png\"/>\
         <Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>\
         <Override PartName=\"/word/document.xml\" ContentType=\"{main}.document.main+xml\"/>\
         <Override PartName=\"/word/styles.xml\" ContentType=\"{main}.styles+xml\"/>\
         <Override PartName=\"/word/settings.xml\" ContentType=\"{main}.settings+xml\"/>\
         <Override PartName=\"/word/header1.xml\" ContentType=\"{main}.header+xml\"/>\
         <Override PartName=\"/word/header2.xml\" ContentType=\"{main}.header+xml\"/>\
         <Override PartName=\"/word/footer1.xml\" ContentType=\"{main}.footer+xml\"/>\
         <Override PartName=\"/word/footer2.xml\" ContentType=\"{main}.footer+xml\"/>\
         <Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>\
         <Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>\
         </Types>"
    )
}

fn package_rels() -> String {
    format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{RELATIONSHIPS}/officeDocument\" Target=\"word/document.xml\"/>\
         <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>\
         <Relationship Id=\"rId3\" Type=\"{RELATIONSHIPS}/extended-properties\" Target=\"docProps/app.xml\"/>\
         </Relationships>"
    )
}

fn document_rels(media: &[Media]) -> String {
    let mut xml = format!(
        "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rIdStyles\" Type=\"{RELATIONSHIPS}/styles\" Target=\"styles.xml\"/>\
         <Relationship Id=\"rIdSettings\" Type=\"{RELATIONSHIPS}/settings\" Target=\"settings.xml\"/>\
         <Relationship Id=\"rIdHeader\" Type=\"{RELATIONSHIPS}/header\" Target=\"header1.xml\"/>\
         <Relationship Id=\"rIdHeaderFirst\" Type=\"{RELATIONSHIPS}/header\" Target=\"header2.xml\"/>\
         <Relationship Id=\"rIdFooter\" Type=\"{RELATIONSHIPS}/footer\" Target=\"footer1.xml\"/>\
         <Relationship Id=\"rIdFooterFirst\" Type=\"{RELATIONSHIPS}/footer\" Target=\"footer2.xml\"/>"
    );
    for (index, picture) in media.iter().enumerate() {
        xml.push_str(&format!(
            "<Relationship Id=\"rIdImage{}\" Type=\"{RELATIONSHIPS}/image\" Target=\"media/{}\"/>",
            index + 1,
            picture.name
        ));
    }
    xml.push_str("</Relationships>");
    xml
}

/// Packs the parts into the DOCX file. The zip's dates are fixed, so the same report gives
/// the same bytes.
pub(super) fn pack(
    info: &ReportInfo,
    words: &Words,
    body: &str,
    media: &[Media],
) -> Result<Vec<u8>, DocxError> {
    let footer = footer_xml(words);
    let parts: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), content_types().into_bytes()),
        ("_rels/.rels".into(), package_rels().into_bytes()),
        ("docProps/core.xml".into(), core_xml(info).into_bytes()),
        ("docProps/app.xml".into(), app_xml().into_bytes()),
        ("word/document.xml".into(), document_xml(body).into_bytes()),
        (
            "word/_rels/document.xml.rels".into(),
            document_rels(media).into_bytes(),
        ),
        (
            "word/styles.xml".into(),
            styles_xml(&language_tag(&info.language)).into_bytes(),
        ),
        ("word/settings.xml".into(), SETTINGS_XML.as_bytes().to_vec()),
        (
            "word/header1.xml".into(),
            header_xml(Some(&info.header)).into_bytes(),
        ),
        ("word/header2.xml".into(), header_xml(None).into_bytes()),
        ("word/footer1.xml".into(), footer.clone().into_bytes()),
        ("word/footer2.xml".into(), footer.into_bytes()),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in &parts {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    for picture in media {
        // PNG and JPEG are compressed already.
        let stored = options.compression_method(zip::CompressionMethod::Stored);
        zip.start_file(format!("word/media/{}", picture.name), stored)?;
        zip.write_all(&picture.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
