//! The response form's layout and the item texts, shared by the form writer, the importer and
//! the annex's instructions, so that what the annex tells a bidder to fill in is exactly what
//! the form has and what the importer reads.

use crate::catalog::Library;

use super::modal_wording::worded_for;
use super::model::{Tender, TenderItem};
use super::presets::says_or_equivalent;

/// The sheet bidders fill in (also the CSV form's only table).
pub const RESPONSE_SHEET: &str = "Response";
/// The sheet that explains how to fill it in.
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

/// Label in column A of the bidder-name row.
pub const BIDDER_LABEL: &str = "Bidder name";
/// Label in column A of the reference row.
pub const REFERENCE_LABEL: &str = "Tender reference";
/// Label in column A of the tender-title row.
pub const TENDER_LABEL: &str = "Tender";

/// A column of the item table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormColumn {
    /// The heading, exactly as in the form.
    pub title: &'static str,
    /// True for the columns the bidder fills in (unlocked); the others are locked descriptions.
    pub input: bool,
    /// What goes in it, for the instructions.
    pub explanation: &'static str,
}

/// The item table's columns, from column A.
pub const FORM_COLUMNS: [FormColumn; 10] = [
    FormColumn {
        title: "No.",
        input: false,
        explanation: "The item's number in the annex.",
    },
    FormColumn {
        title: "Item id",
        input: false,
        explanation: "The requirement's identifier (framework and number).",
    },
    FormColumn {
        title: "Title",
        input: false,
        explanation: "The requirement's short title.",
    },
    FormColumn {
        title: "Requirement",
        input: false,
        explanation: "The requirement as worded in the annex.",
    },
    FormColumn {
        title: "MUST/SHOULD",
        input: false,
        explanation: "MUST: pass/fail, a bid that does not meet it is excluded. SHOULD: an award criterion.",
    },
    FormColumn {
        title: "Weight",
        input: false,
        explanation: "Points of 100 for a SHOULD item; “pass/fail” for a MUST.",
    },
    FormColumn {
        title: "Means of proof",
        input: false,
        explanation: "What the buyer will check.",
    },
    FormColumn {
        title: "Response",
        input: true,
        explanation: "Pick one: “Meets”, “Meets by equivalent” or “Does not meet”.",
    },
    FormColumn {
        title: "Evidence reference",
        input: true,
        explanation: "Where the proof is: a URL, a document with page, a test account. Required for “Meets” and “Meets by equivalent”.",
    },
    FormColumn {
        title: "Comment",
        input: true,
        explanation: "Anything the evaluator should know; for “Meets by equivalent”, what is offered instead and why it is equivalent (required).",
    },
];

/// 0-based index of the Requirement column (the item's text).
pub const REQUIREMENT_COLUMN: usize = 3;
/// 0-based index of the Response column.
pub const RESPONSE_COLUMN: usize = 7;
/// 0-based index of the Evidence reference column.
pub const EVIDENCE_COLUMN: usize = 8;
/// 0-based index of the Comment column.
pub const COMMENT_COLUMN: usize = 9;

/// The sentence printed with items that accept an equivalent (Directive 2014/24/EU, Art. 42).
pub const EQUIVALENT_SENTENCE: &str = "Any standard or specification named here may be met by an equivalent; the bidder proves the equivalence.";

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
/// worded for the item's modality ("should" in a SHOULD item, "shall" in a MUST item), with the
/// buyer's values in its placeholders, and the "or equivalent" sentence when the item asks for
/// it and the clause does not say it already. An id no catalog knows gives a line that says so.
pub fn item_text(item: &TenderItem, library: &Library) -> String {
    text_of(item, library, |clause| worded_for(clause, item.modality))
}

/// The item's text as forms written before clauses followed the modality printed it (the
/// catalog's own modal verbs), so that a form sent out then is still read back.
pub(super) fn item_text_as_catalog_words_it(item: &TenderItem, library: &Library) -> String {
    text_of(item, library, str::to_owned)
}

/// The item's text with its clause worded by `word`.
fn text_of(item: &TenderItem, library: &Library, word: impl Fn(&str) -> String) -> String {
    let Some(view) = library.requirement(&item.requirement) else {
        return format!(
            "(requirement {} is not in the loaded catalogs)",
            item.requirement
        );
    };
    let clause = fill_in(&word(view.requirement.tender_clause.trim()), &item.fill_ins);
    if item.or_equivalent && !says_or_equivalent(&clause) {
        format!("{clause} {EQUIVALENT_SENTENCE}")
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
/// expects them back.
pub fn description_cells(tender: &Tender, index: usize, library: &Library) -> [String; 7] {
    let item = &tender.items[index];
    [
        (index + 1).to_string(),
        item.requirement.clone(),
        item_title(item, library),
        item_text(item, library),
        item.modality.keyword().to_owned(),
        item.modality.weight_label(),
        item.proof.label().to_owned(),
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
