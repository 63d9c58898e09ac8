//! The response form's layout and the item texts, shared by the form writer, the importer and
//! the annex's instructions, so that what the annex tells a bidder to fill in is exactly what
//! the form has and what the importer reads. The form's words (sheet names, labels, headings,
//! the values of its description columns) are in the tender's language ([`Words`]); the
//! English ones, which every form had before forms were translated, are kept here too, so that
//! the importer still finds a form written then.

use crate::catalog::{Library, Proof};
use crate::words::{WordArg, Words};

use super::modal_wording::worded_for;
use super::model::{Modality, Tender, TenderItem};
use super::presets::says_or_equivalent;
use super::response::ResponseCode;

/// The English name of the sheet bidders fill in (also the CSV form's only table); a form in
/// another language names it in that language ([`response_sheet`]).
pub const RESPONSE_SHEET: &str = "Response";
/// The English name of the sheet that explains how to fill it in ([`instructions_sheet`]).
pub const INSTRUCTIONS_SHEET: &str = "Instructions";

/// 1-based row of the title line.
pub const TITLE_ROW: u32 = 1;
/// 1-based row of the bidder-name line; the name goes in column B.
pub const BIDDER_ROW: u32 = 2;
/// 1-based row of the tender-reference line (value in column B).
pub const REFERENCE_ROW: u32 = 3;
/// 1-based row of the tender-title line (value in column B).
pub const TENDER_ROW: u32 = 4;
/// 1-based row of the column headings; items start on the next row.
pub const HEADER_ROW: u32 = 6;

/// English label in column A of the bidder-name row ([`bidder_label`] in the form's language).
pub const BIDDER_LABEL: &str = "Bidder name";
/// English label in column A of the reference row.
pub const REFERENCE_LABEL: &str = "Tender reference";
/// English label in column A of the tender-title row.
pub const TENDER_LABEL: &str = "Tender";

/// The sheet bidders fill in, in the language of `words`.
pub fn response_sheet(words: &Words) -> String {
    words.get("form-sheet-response")
}

/// The sheet that explains the form, in the language of `words`.
pub fn instructions_sheet(words: &Words) -> String {
    words.get("form-sheet-instructions")
}

/// The label of the bidder-name row, in the language of `words`.
pub fn bidder_label(words: &Words) -> String {
    words.get("form-label-bidder")
}

/// A column of the item table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormColumn {
    /// The English heading, as every form had it before forms were translated; the importer
    /// accepts it beside the heading in the form's language ([`FormColumn::title_in`]).
    pub title: &'static str,
    /// The column's part of its message ids (`form-col-{id}`, `form-col-{id}-explanation`).
    pub id: &'static str,
    /// True for the columns the bidder fills in (unlocked); the others are locked descriptions.
    pub input: bool,
}

impl FormColumn {
    /// The heading in the language of `words`, exactly as in the form.
    pub fn title_in(&self, words: &Words) -> String {
        words.get(&format!("form-col-{}", self.id))
    }

    /// What goes in the column, for the instructions, in the language of `words`.
    pub fn explanation_in(&self, words: &Words) -> String {
        let label = |code: ResponseCode| WordArg::Text(code.label_in(words));
        words.with(
            &format!("form-col-{}-explanation", self.id),
            &[
                ("meets", label(ResponseCode::Meets)),
                ("equivalent", label(ResponseCode::MeetsEquivalent)),
                ("not", label(ResponseCode::DoesNotMeet)),
            ],
        )
    }
}

/// The item table's columns, from column A.
pub const FORM_COLUMNS: [FormColumn; 10] = [
    column("No.", "number", false),
    column("Item id", "id", false),
    column("Title", "title", false),
    column("Requirement", "requirement", false),
    column("MUST/SHOULD", "modality", false),
    column("Weight", "weight", false),
    column("Means of proof", "proof", false),
    column("Response", "response", true),
    column("Evidence reference", "evidence", true),
    column("Comment", "comment", true),
];

const fn column(title: &'static str, id: &'static str, input: bool) -> FormColumn {
    FormColumn { title, id, input }
}

/// 0-based index of the Requirement column (the item's text).
pub const REQUIREMENT_COLUMN: usize = 3;
/// 0-based index of the Response column.
pub const RESPONSE_COLUMN: usize = 7;
/// 0-based index of the Evidence reference column.
pub const EVIDENCE_COLUMN: usize = 8;
/// 0-based index of the Comment column.
pub const COMMENT_COLUMN: usize = 9;

/// The English sentence printed with items that accept an equivalent (Directive 2014/24/EU,
/// Art. 42); a document in another language prints `form-equivalent-sentence` of its words.
pub const EQUIVALENT_SENTENCE: &str = "Any standard or specification named here may be met by an equivalent; the bidder proves the equivalence.";

/// "MUST" or "SHOULD" in the language of `words`, as the form and the annex print it.
pub fn modality_keyword(modality: Modality, words: &Words) -> String {
    match modality {
        Modality::Must => words.get("form-must"),
        Modality::Should { .. } => words.get("form-should"),
    }
}

/// The weight as the form and the annex print it: the number for a SHOULD, "pass/fail" in the
/// language of `words` for a MUST.
pub fn weight_label(modality: Modality, words: &Words) -> String {
    match modality {
        Modality::Must => words.get("form-pass-fail"),
        Modality::Should { weight } => weight.to_string(),
    }
}

/// The name of a means of proof in the language of `words`.
pub fn proof_label(proof: Proof, words: &Words) -> String {
    words.get(match proof {
        Proof::SelfDeclaration => "form-proof-self-declaration",
        Proof::Documentation => "form-proof-documentation",
        Proof::Certificate => "form-proof-certificate",
        Proof::Demonstration => "form-proof-demonstration",
        Proof::Test => "form-proof-test",
    })
}

/// The spreadsheet letter of 0-based column `index` (A … Z, AA …).
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The placeholders in a tender clause, in order: the words in square brackets (`number` in
/// "within [number] days"), which the buyer fills in.
pub fn placeholders(clause: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = clause;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        found.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    found
}

/// `clause` with its placeholders replaced by the buyer's values (empty values leave the
/// placeholder as written).
fn fill_in(clause: &str, values: &[String]) -> String {
    let mut text = String::with_capacity(clause.len());
    let mut rest = clause;
    let mut slot = 0;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']') else {
            break;
        };
        text.push_str(&rest[..open]);
        match values.get(slot).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            Some(value) => text.push_str(value),
            None => text.push_str(&rest[open..=open + close]),
        }
        slot += 1;
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text
}

/// The requirement's text as the annex and the form print it: the catalog's tender clause
/// worded for the item's modality (in English "should" in a SHOULD item, "shall" in a MUST
/// item; in a translated clause its language's modal verbs), with the buyer's values in its
/// placeholders, and the "or equivalent" sentence when the item asks for it and the clause does
/// not say it already. An id no catalog knows gives a line that says so. The words are those
/// of the library's language (the tender's, for a library made with `for_document`).
pub fn item_text(item: &TenderItem, library: &Library) -> String {
    item_text_in(item, library, &Words::for_language(library.language()))
}

/// [`item_text`] with the sentences in the language of `words`.
pub(crate) fn item_text_in(item: &TenderItem, library: &Library, words: &Words) -> String {
    text_of(item, library, words, Wording::Modality)
}

/// How a clause's modal verbs are worded.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wording {
    /// Following the item's modality, with the clause language's glossary.
    Modality,
    /// Following the item's modality with the English verbs only, as forms written before
    /// clauses were translated did (a translated clause kept its own verbs).
    EnglishModality,
    /// The catalog's own verbs, as forms written before clauses followed the modality did.
    Catalog,
}

/// The item's text as forms written before did, in English words: clauses worded with the
/// English verbs only, or with the catalog's own modal verbs, and the English "or equivalent"
/// sentence; so that a form sent out then is still read back.
pub(super) fn item_texts_as_written_before(item: &TenderItem, library: &Library) -> [String; 2] {
    let english = Words::english();
    [
        text_of(item, library, &english, Wording::EnglishModality),
        text_of(item, library, &english, Wording::Catalog),
    ]
}

/// The item's text with its clause worded as `wording` says and its sentences in `words`.
fn text_of(item: &TenderItem, library: &Library, words: &Words, wording: Wording) -> String {
    let Some(view) = library.requirement(&item.requirement) else {
        return words.with(
            "form-unknown-requirement",
            &[("id", WordArg::from(&item.requirement))],
        );
    };
    let catalog = view.requirement.tender_clause.trim();
    // A translation may leave a clause English: its verbs are then the English ones.
    let english = library.english().requirement(&item.requirement);
    let translated = library.language() != "en"
        && english.is_none_or(|v| v.requirement.tender_clause.trim() != catalog);
    let glossary = if translated {
        library.glossary(library.language())
    } else {
        None
    };
    let worded = match wording {
        Wording::Modality if translated && glossary.is_none() => catalog.to_owned(),
        Wording::Modality => worded_for(catalog, item.modality, glossary),
        Wording::EnglishModality => worded_for(catalog, item.modality, None),
        Wording::Catalog => catalog.to_owned(),
    };
    let clause = fill_in(&worded, &item.fill_ins);
    let says = says_or_equivalent(&clause)
        || (wording == Wording::Modality && glossary.is_some_and(|g| g.has_or_equivalent(&clause)));
    if item.or_equivalent && !says {
        format!("{clause} {}", words.get("form-equivalent-sentence"))
    } else {
        clause
    }
}

/// The requirement's short title, or the id when no catalog knows it.
pub fn item_title(item: &TenderItem, library: &Library) -> String {
    library
        .requirement(&item.requirement)
        .map_or_else(|| item.requirement.clone(), |v| v.requirement.title.clone())
}

/// The description cells of one item row (columns A to G), as written and as the importer
/// expects them back, in the tender's language.
pub fn description_cells(tender: &Tender, index: usize, library: &Library) -> [String; 7] {
    description_cells_in(
        tender,
        index,
        library,
        &Words::for_language(&tender.language),
    )
}

/// [`description_cells`] in the language of `words`.
pub(super) fn description_cells_in(
    tender: &Tender,
    index: usize,
    library: &Library,
    words: &Words,
) -> [String; 7] {
    let item = &tender.items[index];
    [
        (index + 1).to_string(),
        item.requirement.clone(),
        item_title(item, library),
        item_text_in(item, library, words),
        modality_keyword(item.modality, words),
        weight_label(item.modality, words),
        proof_label(item.proof, words),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled_in_order() {
        let clause = "within [number] days and [number] hours";
        assert_eq!(placeholders(clause), ["number", "number"]);
        assert_eq!(
            fill_in(clause, &["30".into(), " ".into()]),
            "within 30 days and [number] hours"
        );
        assert_eq!(fill_in("no brackets", &[]), "no brackets");
        assert_eq!(fill_in("open [ only", &["x".into()]), "open [ only");
    }

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(7), "H");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }
}
