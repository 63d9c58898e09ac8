//! Chapters 2 and 3 of the annex: how to answer in the response form (its columns generated
//! from the form's own layout, the responses, the evidence), and how bids are evaluated.

use super::super::blocks::{Column, Report, TextStyle, and_list, bullets};
use crate::catalog::Proof;
use crate::procurement::{
    BIDDER_LABEL, BIDDER_ROW, FORM_COLUMNS, HEADER_ROW, INSTRUCTIONS_SHEET, PROOFS, REFERENCE_ROW,
    RESPONSE_SHEET, ResponseCode, TENDER_ROW, column_letter, number_ranges,
};

use super::*;

impl Annex<'_> {
    pub(super) fn how_to_answer(&self, report: &mut Report) {
        let t = self.tender;
        report.heading(1, "2. How to answer");
        report.paragraph(
            TextStyle::Body,
            format!(
                "Answer in the response form that comes with this annex. It is a spreadsheet with two sheets: “{INSTRUCTIONS_SHEET}” repeats the essentials of this section, and “{RESPONSE_SHEET}” is where you answer."
            ),
        );
        let name_cell = format!("{}{BIDDER_ROW}", column_letter(1));
        let first_row = HEADER_ROW + 1;
        let inputs: Vec<(usize, &str)> = FORM_COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| c.input)
            .map(|(i, c)| (i, c.title))
            .collect();
        let locked: Vec<usize> = FORM_COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.input)
            .map(|(i, _)| i)
            .collect();
        let input_names = inputs
            .iter()
            .map(|(i, title)| format!("{title} ({})", column_letter(*i)))
            .collect::<Vec<_>>();
        let input_names = and_list(&input_names);
        let locked_span = match (locked.first(), locked.last()) {
            (Some(first), Some(last)) if first != last => {
                format!(
                    "columns {} to {}",
                    column_letter(*first),
                    column_letter(*last)
                )
            }
            (Some(only), _) => format!("column {}", column_letter(*only)),
            _ => "the description columns".to_owned(),
        };
        let mut check = format!(
            "Check that cells {}{REFERENCE_ROW} and {}{TENDER_ROW} show this tender",
            column_letter(1),
            column_letter(1)
        );
        if t.reference.is_empty() {
            check.push_str(&format!(": “{}”.", t.title));
        } else {
            check.push_str(&format!(": reference {} and “{}”.", t.reference, t.title));
        }
        let questions_to = match t.contact.trim() {
            "" => "the contact named in the tender documents",
            contact => contact,
        };
        let deadline = format!(
            "Return the filled form with your tender, before the deadline set in the tender documents, as an Excel workbook (.xlsx); the sheet “{RESPONSE_SHEET}” saved as “CSV UTF-8” is accepted too. Send questions about this annex to {questions_to}."
        );
        let steps = [
            format!(
                "Write your organisation's name in cell {name_cell} (“{BIDDER_LABEL}”) of the sheet “{RESPONSE_SHEET}”. Use the name under which you submit your tender: the evaluation refers to your bid by it."
            ),
            check,
            format!(
                "From row {first_row} there is one row per item, numbered as in this annex. Answer every item in the columns {input_names}, typing each value (no formulas). A form with an empty or unknown response, a missing evidence reference, a “Meets by equivalent” without a comment, or a changed item description cannot be read, and is returned to the bidder unread."
            ),
            format!(
                "Do not change {locked_span}, do not add, remove or reorder rows or columns, and do not rename the sheets. The descriptions are locked: the buyer reads the form back with software that checks them against this annex."
            ),
            deadline,
        ];
        let text = steps
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{}.  {s}", i + 1))
            .collect::<Vec<_>>()
            .join("\n");
        report.paragraph(TextStyle::Body, text);
        self.form_columns(report);
    }

    /// The response sheet's columns, generated from the form's own layout.
    pub(super) fn form_columns(&self, report: &mut Report) {
        report.heading(2, format!("Columns of the sheet “{RESPONSE_SHEET}”"));
        report.paragraph(
            TextStyle::Body,
            format!("The column headings are in row {HEADER_ROW}."),
        );
        report.table(
            vec![
                Column::text("Column", 0.095),
                Column::text("Heading", 0.165),
                Column::text("Filled in by", 0.18),
                Column::text("What it contains", 0.56),
            ],
            FORM_COLUMNS
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    vec![
                        column_letter(i),
                        c.title.to_owned(),
                        if c.input {
                            "You".to_owned()
                        } else {
                            "The buyer (locked)".to_owned()
                        },
                        c.explanation.to_owned(),
                    ]
                })
                .collect(),
        );
        self.response_codes(report);
    }

    /// The response codes and what each asks for.
    pub(super) fn response_codes(&self, report: &mut Report) {
        report.heading(2, "The three responses");
        report.paragraph(
            TextStyle::Body,
            "Give exactly one of these responses for each item, written as shown.",
        );
        let rows = ResponseCode::ALL
            .iter()
            .map(|code| {
                let (meaning, evidence, comment) = match code {
                    ResponseCode::Meets => (
                        "The solution offered meets the item as written.",
                        "Required",
                        "Optional",
                    ),
                    ResponseCode::MeetsEquivalent => (
                        "The solution offered meets the item by other means, for example another standard, that you show to be equivalent. It counts as met once the buyer accepts the equivalence (section 3).",
                        "Required",
                        "Required: what you offer instead, and why it is equivalent",
                    ),
                    ResponseCode::DoesNotMeet => (
                        "The solution offered does not meet the item. For a MUST item this excludes the bid; a SHOULD item earns no points.",
                        "Not needed",
                        "Optional",
                    ),
                };
                vec![
                    code.label().to_owned(),
                    meaning.to_owned(),
                    evidence.to_owned(),
                    comment.to_owned(),
                ]
            })
            .collect();
        report.table(
            vec![
                Column::text("Response", 0.18),
                Column::text("Meaning", 0.44),
                Column::text("Evidence reference", 0.17),
                Column::text("Comment", 0.21),
            ],
            rows,
        );
        self.evidence(report);
    }

    /// Where the proof goes, and the means of proof the items ask for.
    pub(super) fn evidence(&self, report: &mut Report) {
        report.heading(2, "Evidence");
        report.paragraph(
            TextStyle::Body,
            "In “Evidence reference”, say exactly where the evaluators find the proof: a web address, a document with its page or section, or the access details of a test account. The proof must be of the kind the item's “Means of proof” column names:",
        );
        let used: Vec<Proof> = PROOFS
            .into_iter()
            .filter(|p| self.tender.items.iter().any(|i| i.proof == *p))
            .collect();
        report.table(
            vec![
                Column::text("Means of proof", 0.22),
                Column::text("What the evaluators check", 0.58),
                Column::text("Items", 0.2),
            ],
            used.iter()
                .map(|p| {
                    vec![
                        p.label().to_owned(),
                        proof_meaning(*p).to_owned(),
                        number_ranges(&self.numbers(|i| i.proof == *p)),
                    ]
                })
                .collect(),
        );
    }

    pub(super) fn evaluation_rules(&self, report: &mut Report) {
        report.heading(1, "3. How bids are evaluated");
        let total = self.tender.weight_total();
        let shoulds = self.shoulds();
        let rules = [
            "MUST items are pass/fail. A bid fails an item when it answers “Does not meet”, or when it claims an equivalent that the buyer does not accept. A bid that fails even one MUST item is excluded, whatever its points.".to_owned(),
            if shoulds.is_empty() {
                "This annex has no SHOULD items, so it awards no points.".to_owned()
            } else {
                format!(
                    "SHOULD items are award criteria. A bid that meets a SHOULD item earns the item's full weight; otherwise it earns nothing for it, and is not excluded, whatever verb the item's text uses (\u{201c}shall\u{201d} there says what earns the points). The {} weights add up to {total} points; they are listed in section {}.",
                    shoulds.len(),
                    self.award_section
                )
            },
            "“Meets by equivalent” counts as met once the buyer has accepted the equivalence, judged on the evidence and the comment given. A rejected equivalence counts as “Does not meet”.".to_owned(),
            "Bids that pass every MUST item are ranked by their points, highest first; bids with equal points share a rank.".to_owned(),
            "The evaluators check each answer against the item's means of proof.".to_owned(),
        ];
        report.paragraph(TextStyle::Body, bullets(&rules));
    }
}
