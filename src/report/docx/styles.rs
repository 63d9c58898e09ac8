//! The document's styles and settings: DejaVu Sans at the PDF's sizes, and paragraph styles
//! with Word's built-in names — `Title`, `heading 1` to `heading 3` with outline levels 0 to 2 —
//! so Word, LibreOffice, python-docx and screen readers take them for headings, their
//! navigation panes list them and a table of contents can be made from them. The title has
//! outline level 0 too: it is in the navigation as it is the first bookmark of the PDF.

/// The paragraph styles: id, name, outline level, and the properties of paragraph and run.
const PARAGRAPH_STYLES: &[(&str, &str, Option<u8>, &str, &str)] = &[
    (
        "Title",
        "Title",
        Some(0),
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"200\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/>",
    ),
    (
        "Heading1",
        "heading 1",
        Some(0),
        "<w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val=\"single\" w:sz=\"5\" w:space=\"2\" w:color=\"999999\"/></w:pBdr><w:spacing w:before=\"280\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>",
    ),
    (
        "Heading2",
        "heading 2",
        Some(1),
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"200\" w:after=\"80\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"25\"/><w:szCs w:val=\"25\"/>",
    ),
    (
        "Heading3",
        "heading 3",
        Some(2),
        "<w:keepNext/><w:keepLines/><w:spacing w:before=\"140\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:b/><w:bCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>",
    ),
    (
        "Note",
        "Note",
        None,
        "",
        "<w:color w:val=\"555555\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    ),
    (
        "Lead",
        "Lead",
        None,
        "",
        "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>",
    ),
    ("BodyStrong", "Body Strong", None, "", "<w:b/><w:bCs/>"),
    (
        "TableText",
        "Table Text",
        None,
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    ),
    (
        "Header",
        "header",
        None,
        "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"3\" w:space=\"2\" w:color=\"AAAAAA\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"0\"/>",
        "<w:color w:val=\"555555\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>",
    ),
    (
        "Footer",
        "footer",
        None,
        "<w:spacing w:before=\"0\" w:after=\"0\"/>",
        "<w:color w:val=\"555555\"/><w:sz w:val=\"15\"/><w:szCs w:val=\"15\"/>",
    ),
];

/// `word/styles.xml` for a document in `language` (a BCP 47 tag such as `sv-SE`).
pub(super) fn styles_xml(language: &str) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
         <w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"DejaVu Sans\" w:hAnsi=\"DejaVu Sans\" \
         w:eastAsia=\"DejaVu Sans\" w:cs=\"DejaVu Sans\"/><w:color w:val=\"111111\"/><w:sz w:val=\"19\"/>\
         <w:szCs w:val=\"19\"/><w:lang w:val=\"{language}\" w:eastAsia=\"{language}\" w:bidi=\"{language}\"/>\
         </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"100\" \
         w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>\
         <w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>\
         <w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr></w:style>"
    );
    for (id, name, outline, paragraph, run) in PARAGRAPH_STYLES {
        let outline = outline.map_or(String::new(), |level| {
            format!("<w:outlineLvl w:val=\"{level}\"/>")
        });
        let heading = if outline.is_empty() {
            ""
        } else {
            "<w:uiPriority w:val=\"9\"/>"
        };
        xml.push_str(&format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>\
             <w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/>{heading}<w:qFormat/>\
             <w:pPr>{paragraph}{outline}</w:pPr><w:rPr>{run}</w:rPr></w:style>"
        ));
    }
    xml.push_str("</w:styles>");
    xml
}

/// `word/settings.xml`: Word 2013+ layout (no compatibility mode).
pub(super) const SETTINGS_XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
    <w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
    <w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
    <w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
    </w:settings>";
