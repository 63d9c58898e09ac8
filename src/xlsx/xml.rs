//! One part's XML, read as a stream of events with every problem located at the part's line
//! and column and put in words about the workbook. Entities other than XML's five and
//! character references are refused, as is a document type declaration: a workbook never
//! holds them, and nothing is ever expanded.

use std::io::BufReader;

use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::archive::{Archive, LimitReached, Part, damaged, line_and_column};
use super::error::{Place, Problem, XlsxError};

/// Deepest nesting of elements a part may have: a sheet nests five deep, rich text a few more;
/// the XML reader keeps every open element's name, which a hostile part could make millions.
const MAX_DEPTH: usize = 256;

/// A part's XML being read.
pub(super) struct PartXml<'z, 'a> {
    reader: Reader<BufReader<Part<'z, 'a>>>,
    bytes: &'a [u8],
    name: String,
    max: u64,
    /// Elements open at the reader's place.
    depth: usize,
}

impl<'z, 'a> PartXml<'z, 'a> {
    /// The part `name` of `archive`, read up to `max` inflated bytes; none when the zip has no
    /// such part.
    pub(super) fn open(
        archive: &'z mut Archive<'a>,
        name: &str,
        max: u64,
    ) -> Result<Option<PartXml<'z, 'a>>, XlsxError> {
        let bytes = archive.bytes();
        let Some(part) = archive.part(name, max)? else {
            return Ok(None);
        };
        let mut reader = Reader::from_reader(BufReader::new(part));
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.trim_text(false);
        config.check_end_names = true;
        Ok(Some(PartXml {
            reader,
            bytes,
            name: name.to_owned(),
            max,
            depth: 0,
        }))
    }

    /// The next event; a document type declaration, an error of the XML or of the inflation
    /// is a located problem.
    pub(super) fn next<'b>(&mut self, buf: &'b mut Vec<u8>) -> Result<Event<'b>, XlsxError> {
        buf.clear();
        match self.reader.read_event_into(buf) {
            Ok(Event::DocType(_)) => Err(self.xml_problem(
                "a document type declaration (<!DOCTYPE …>), which a workbook never holds",
            )),
            Ok(Event::Start(start)) => {
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return Err(self.xml_problem(&format!(
                        "elements nested more than {MAX_DEPTH} deep, which a workbook never is"
                    )));
                }
                Ok(Event::Start(start))
            }
            Ok(Event::End(end)) => {
                self.depth = self.depth.saturating_sub(1);
                Ok(Event::End(end))
            }
            Ok(event) => Ok(event),
            Err(error) => Err(self.reader_problem(error)),
        }
    }

    /// A problem at the reader's current place in the part.
    pub(super) fn problem_here(&self, problem: Problem) -> XlsxError {
        self.problem_at(self.reader.buffer_position(), problem)
    }

    /// A problem at byte `offset` of the part.
    fn problem_at(&self, offset: u64, problem: Problem) -> XlsxError {
        XlsxError {
            place: Place::Part {
                name: self.name.clone(),
                at: line_and_column(self.bytes, &self.name, offset, self.max),
            },
            problem,
        }
    }

    /// A problem with the XML at the reader's current place.
    pub(super) fn xml_problem(&self, reason: &str) -> XlsxError {
        self.problem_here(Problem::Xml {
            reason: reason.to_owned(),
        })
    }

    fn reader_problem(&self, error: quick_xml::Error) -> XlsxError {
        use quick_xml::Error as E;
        let offset = self.reader.error_position();
        let reason = match &error {
            E::Io(io) => {
                return if io.get_ref().is_some_and(|e| e.is::<LimitReached>()) {
                    XlsxError::part(
                        &self.name,
                        Problem::PartTooLarge {
                            max_mib: self.max >> 20,
                        },
                    )
                } else {
                    XlsxError::part(&self.name, damaged(&io.to_string()))
                };
            }
            E::Syntax(syntax) => syntax_words(syntax).to_owned(),
            E::IllFormed(ill) => ill_formed_words(ill),
            E::InvalidAttr(_) => "an element's attributes are malformed".to_owned(),
            E::Encoding(_) => "the text is not UTF-8".to_owned(),
            E::Escape(_) => "a malformed entity or character reference".to_owned(),
            E::Namespace(_) => "a malformed namespace".to_owned(),
        };
        self.problem_at(offset, Problem::Xml { reason })
    }

    /// The text of the element just started (`start`), up to its end, with entities and
    /// character references resolved; at most `max_chars` characters, beyond which it is a
    /// problem of the caller's (`too_long`). Inner elements are skipped with their text.
    pub(super) fn text_of(
        &mut self,
        start: &BytesStart<'_>,
        max_chars: usize,
        too_long: impl Fn(&Self) -> XlsxError,
    ) -> Result<String, XlsxError> {
        let mut text = String::new();
        let mut buf = Vec::new();
        let mut depth = 0usize;
        loop {
            match self.next(&mut buf)? {
                Event::Text(t) if depth == 0 => text.push_str(&t.xml10_content()),
                Event::CData(t) if depth == 0 => text.push_str(&t.xml10_content()),
                Event::GeneralRef(r) if depth == 0 => {
                    let resolved = self.resolve(&r)?;
                    text.push_str(&resolved);
                }
                Event::Start(_) => depth += 1,
                Event::End(end) => {
                    if depth == 0 {
                        debug_assert_eq!(end.name(), start.name());
                        break;
                    }
                    depth -= 1;
                }
                Event::Eof => return Err(self.xml_problem("the part ends inside an element")),
                _ => {}
            }
            if text.len() > max_chars.saturating_mul(4) {
                return Err(too_long(self));
            }
        }
        Ok(text)
    }

    /// Skips the element just started, up to its end.
    pub(super) fn skip(&mut self) -> Result<(), XlsxError> {
        let mut buf = Vec::new();
        let mut depth = 0usize;
        loop {
            match self.next(&mut buf)? {
                Event::Start(_) => depth += 1,
                Event::End(_) if depth == 0 => return Ok(()),
                Event::End(_) => depth -= 1,
                Event::GeneralRef(r) => {
                    self.resolve(&r)?;
                }
                Event::Eof => return Err(self.xml_problem("the part ends inside an element")),
                _ => {}
            }
        }
    }

    /// An entity or character reference as its text; anything but XML's five entities and a
    /// character reference is refused.
    pub(super) fn resolve(&self, reference: &BytesRef<'_>) -> Result<String, XlsxError> {
        let name: &str = reference;
        if let Some(text) = resolve_xml_entity(name) {
            return Ok(text.to_owned());
        }
        match reference.resolve_char_ref() {
            Ok(Some(c)) => Ok(c.to_string()),
            Ok(None) => Err(self.xml_problem(&format!(
                "an unknown entity “&{name};” (a workbook uses only &amp;, &lt;, &gt;, &quot; \
                 and &apos;)"
            ))),
            Err(_) => Err(self.xml_problem(&format!("an invalid character reference “&{name};”"))),
        }
    }

    /// The values of the attributes `keys` (local names) of `element`, in one pass over its
    /// attributes; each none when absent.
    pub(super) fn attributes<const N: usize>(
        &self,
        element: &BytesStart<'_>,
        keys: [&str; N],
    ) -> Result<[Option<String>; N], XlsxError> {
        let mut values = [const { None }; N];
        for attribute in element.attributes() {
            let attribute =
                attribute.map_err(|_| self.xml_problem("an element's attributes are malformed"))?;
            let name = attribute.key.local_name();
            let Some(at) = keys.iter().position(|key| *key == name.as_ref()) else {
                continue;
            };
            if values[at].is_none() {
                values[at] = Some(self.attribute_value(&attribute, keys[at])?);
            }
        }
        Ok(values)
    }

    /// The value of attribute `key` (its local name) of `element`, entities resolved; none
    /// when it is absent.
    pub(super) fn attribute(
        &self,
        element: &BytesStart<'_>,
        key: &str,
    ) -> Result<Option<String>, XlsxError> {
        let [value] = self.attributes(element, [key])?;
        Ok(value)
    }

    /// An attribute's value (of the attribute named `key`), entities resolved.
    fn attribute_value(&self, attribute: &Attribute<'_>, key: &str) -> Result<String, XlsxError> {
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|_| {
                self.xml_problem(&format!(
                    "the attribute “{key}” holds an unknown entity (a workbook uses only &amp;, \
                     &lt;, &gt;, &quot; and &apos;)"
                ))
            })?;
        Ok(value.into_owned())
    }
}

fn syntax_words(error: &quick_xml::errors::SyntaxError) -> &'static str {
    use quick_xml::errors::SyntaxError as S;
    match error {
        S::InvalidBangMarkup => "a “<!” that starts no comment, CDATA or declaration",
        S::UnclosedPI => "an unclosed processing instruction",
        S::UnclosedXmlDecl => "an unclosed XML declaration",
        S::UnclosedComment => "an unclosed comment",
        S::UnclosedDoctype => "an unclosed document type declaration",
        S::UnclosedCData => "an unclosed CDATA section",
        S::UnclosedTag => "an unclosed tag",
        _ => "an unclosed quoted attribute value",
    }
}

fn ill_formed_words(error: &quick_xml::errors::IllFormedError) -> String {
    use quick_xml::errors::IllFormedError as I;
    match error {
        I::MissingEndTag(name) => format!("the element <{name}> is never closed"),
        I::UnmatchedEndTag(name) => format!("a closing </{name}> without its opening tag"),
        I::MismatchedEndTag { expected, found } => {
            format!("a closing </{found}> where </{expected}> was due")
        }
        _ => "a malformed declaration or tag".to_owned(),
    }
}
