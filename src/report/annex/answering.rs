//! Chapters 2 and 3 of the annex: how to answer in the response form (its columns generated
//! from the form's own layout, the responses, the evidence), and how bids are evaluated.

use super::super::blocks::{Column, Report, TextStyle, bullets};
use crate::catalog::Proof;
use crate::procurement::{
    BIDDER_ROW, COMMENT_COLUMN, EVIDENCE_COLUMN, FORM_COLUMNS, HEADER_ROW, PROOFS, REFERENCE_ROW,
    RESPONSE_COLUMN, ResponseCode, TENDER_ROW, bidder_label, column_letter, instructions_sheet,
    number_ranges, response_sheet,
};

use super::*;

impl Annex<'_> {
    pub(super) fn how_to_answer(&self, report: &mut Report) {
        let t = self.tender;
        let sheet = response_sheet(&self.words);
        self.chapter(report, 2, "annex-h-how");
        report.paragraph(
            TextStyle::Body,
            self.with(
                "annex-how-intro",
                &[
                    ("instructions", instructions_sheet(&self.words).into()),
                    ("response", sheet.as_str().into()),
                ],
            ),
        );
        let name_cell = format!("{}{BIDDER_ROW}", column_letter(1));
        let first_row = HEADER_ROW + 1;
        let input_names: Vec<String> = FORM_COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| c.input)
            .map(|(i, _)| {
                self.with(
                    "annex-column-named",
                    &[
                        ("title", self.column_title(i).into()),
                        ("letter", column_letter(i).into()),
                    ],
                )
            })
            .collect();
        let locked: Vec<usize> = FORM_COLUMNS
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.input)
            .map(|(i, _)| i)
            .collect();
        let locked_span = match (locked.first(), locked.last()) {
            (Some(first), Some(last)) if first != last => self.with(
                "annex-columns-span",
                &[
                    ("first", column_letter(*first).into()),
                    ("last", column_letter(*last).into()),
                ],
            ),
            (Some(only), _) => self.with(
                "annex-column-single",
                &[("column", column_letter(*only).into())],
            ),
            _ => self.word("annex-columns-description"),
        };
        let mut cells = vec![
            (
                "first",
                format!("{}{REFERENCE_ROW}", column_letter(1)).into(),
            ),
            ("second", format!("{}{TENDER_ROW}", column_letter(1)).into()),
            ("title", WordArg::from(&t.title)),
        ];
        let check = if t.reference.is_empty() {
            self.with("annex-check", &cells)
        } else {
            cells.push(("reference", WordArg::from(&t.reference)));
            self.with("annex-check-reference", &cells)
        };
        let questions_to = match t.contact.trim() {
            "" => self.word("annex-questions-default"),
            contact => contact.to_owned(),
        };
        let steps = [
            self.with(
                "annex-step-name",
                &[
                    ("cell", name_cell.into()),
                    ("label", bidder_label(&self.words).into()),
                    ("sheet", sheet.as_str().into()),
                ],
            ),
            check,
            self.with(
                "annex-step-rows",
                &[
                    ("row", first_row.to_string().into()),
                    ("columns", self.and_list(&input_names).into()),
                    (
                        "equivalent",
                        self.response(ResponseCode::MeetsEquivalent).into(),
                    ),
                ],
            ),
            self.with("annex-step-locked", &[("locked", locked_span.into())]),
            self.with(
                "annex-step-return",
                &[
                    ("sheet", sheet.as_str().into()),
                    ("contact", questions_to.into()),
                ],
            ),
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
        let sheet = response_sheet(&self.words);
        report.heading(2, self.with("annex-h-columns", &[("sheet", sheet.into())]));
        report.paragraph(
            TextStyle::Body,
            self.with(
                "annex-columns-row",
                &[("row", HEADER_ROW.to_string().into())],
            ),
        );
        report.table(
            vec![
                Column::text(&self.word("annex-col-column"), 0.095),
                Column::text(&self.word("annex-col-heading"), 0.165),
                Column::text(&self.word("annex-col-filled-by"), 0.18),
                Column::text(&self.word("annex-col-contains"), 0.56),
            ],
            FORM_COLUMNS
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    vec![
                        column_letter(i),
                        c.title_in(&self.words),
                        if c.input {
                            self.word("annex-filled-you")
                        } else {
                            self.word("annex-filled-buyer")
                        },
                        c.explanation_in(&self.words),
                    ]
                })
                .collect(),
        );
        self.response_codes(report);
    }

    /// The response codes and what each asks for.
    pub(super) fn response_codes(&self, report: &mut Report) {
        report.heading(2, self.word("annex-h-responses"));
        report.paragraph(TextStyle::Body, self.word("annex-responses-intro"));
        let rows = ResponseCode::ALL
            .iter()
            .map(|code| {
                let (meaning, evidence, comment) = match code {
                    ResponseCode::Meets => {
                        ("annex-meets-meaning", "annex-required", "annex-optional")
                    }
                    ResponseCode::MeetsEquivalent => (
                        "annex-equivalent-meaning",
                        "annex-required",
                        "annex-equivalent-comment",
                    ),
                    ResponseCode::DoesNotMeet => {
                        ("annex-not-meaning", "annex-not-needed", "annex-optional")
                    }
                };
                vec![
                    self.response(*code),
                    self.word(meaning),
                    self.word(evidence),
                    self.word(comment),
                ]
            })
            .collect();
        report.table(
            vec![
                Column::text(&self.column_title(RESPONSE_COLUMN), 0.18),
                Column::text(&self.word("annex-col-meaning"), 0.44),
                Column::text(&self.column_title(EVIDENCE_COLUMN), 0.17),
                Column::text(&self.column_title(COMMENT_COLUMN), 0.21),
            ],
            rows,
        );
        self.evidence(report);
    }

    /// Where the proof goes, and the means of proof the items ask for.
    pub(super) fn evidence(&self, report: &mut Report) {
        report.heading(2, self.word("annex-h-evidence"));
        report.paragraph(
            TextStyle::Body,
            self.with(
                "annex-evidence-intro",
                &[
                    ("evidence", self.column_title(EVIDENCE_COLUMN).into()),
                    ("proof", self.column_title(PROOF_COLUMN).into()),
                ],
            ),
        );
        let used: Vec<Proof> = PROOFS
            .into_iter()
            .filter(|p| self.tender.items.iter().any(|i| i.proof == *p))
            .collect();
        report.table(
            vec![
                Column::text(&self.column_title(PROOF_COLUMN), 0.22),
                Column::text(&self.word("annex-col-checks"), 0.58),
                Column::text(&self.word("annex-col-items"), 0.2),
            ],
            used.iter()
                .map(|p| {
                    vec![
                        proof_label(*p, &self.words),
                        self.word(proof_meaning_id(*p)),
                        number_ranges(&self.numbers(|i| i.proof == *p)),
                    ]
                })
                .collect(),
        );
    }

    pub(super) fn evaluation_rules(&self, report: &mut Report) {
        self.chapter(report, 3, "annex-h-evaluation");
        let total = self.tender.weight_total();
        let shoulds = self.shoulds();
        let not = || WordArg::Text(self.response(ResponseCode::DoesNotMeet));
        let rules = [
            self.with("annex-rule-must", &[("not", not())]),
            if shoulds.is_empty() {
                self.word("annex-rule-no-should")
            } else {
                self.with(
                    "annex-rule-should",
                    &[
                        ("count", shoulds.len().into()),
                        ("total", total.into()),
                        ("section", self.award_section.to_string().into()),
                    ],
                )
            },
            self.with(
                "annex-rule-equivalent",
                &[
                    (
                        "equivalent",
                        self.response(ResponseCode::MeetsEquivalent).into(),
                    ),
                    ("not", not()),
                ],
            ),
            self.word("annex-rule-rank"),
            self.word("annex-rule-proof"),
        ];
        report.paragraph(TextStyle::Body, bullets(&rules));
    }
}
