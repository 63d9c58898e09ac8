//! Chapters 4 to 7 of the annex: the numbered requirements, the "or equivalent" rule, the
//! common clauses and the award criteria.

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use crate::procurement::{
    COMMENT_COLUMN, EVIDENCE_COLUMN, Placement, ResponseCode, item_text_in, item_title,
};

use super::*;

impl Annex<'_> {
    /// A table of numbered items: No., Id, text, MUST/SHOULD, weight, proof, and optionally
    /// where each belongs.
    pub(super) fn item_table(
        &self,
        items: &[Numbered<'_>],
        text_title: &str,
        placement: bool,
    ) -> Table {
        // The Id column fits the longest id on one line (ids do not break well); the text
        // column gives up what it takes.
        let longest = items
            .iter()
            .map(|n| n.item.requirement.chars().count())
            .max()
            .unwrap_or(0);
        let id_width = (0.024 + 0.0112 * longest as f32).clamp(0.1, 0.22);
        let text_width = if placement { 0.485 } else { 0.625 } - id_width;
        let mut columns = vec![
            Column::number(&self.word("annex-col-no"), 0.045),
            Column::text(&self.word("annex-col-id"), id_width),
            Column::text(text_title, text_width),
            Column::text(&self.word("annex-col-modality"), 0.095),
            Column::number(&self.word("annex-col-weight"), 0.085),
            Column::text(&self.column_title(PROOF_COLUMN), 0.15),
        ];
        if placement {
            columns.push(Column::text(&self.word("annex-col-placement"), 0.14));
        }
        let rows = items
            .iter()
            .map(|n| {
                let [modality, weight, proof] = self.item_words(n.item);
                let mut row = vec![
                    n.number.to_string(),
                    n.item.requirement.clone(),
                    format!(
                        "{}\n{}{}",
                        item_title(n.item, self.library),
                        item_text_in(n.item, self.library, &self.words),
                        self.secondary_note(n)
                    ),
                    modality,
                    weight,
                    proof,
                ];
                if placement {
                    row.push(self.word(&format!(
                        "annex-place-{}-column",
                        placement_id(n.item.placement)
                    )));
                }
                row
            })
            .collect();
        Table { columns, rows }
    }

    pub(super) fn requirements(&self, report: &mut Report) {
        if self.requirements.is_empty() {
            return;
        }
        self.chapter(report, self.requirements_section, "annex-h-requirements");
        let numbers: Vec<usize> = self.requirements.iter().map(|n| n.number).collect();
        let mut intro = self.with(
            "annex-requirements-intro",
            &[
                ("items", self.item_list(&numbers).into()),
                ("placement", self.word("annex-col-placement").into()),
            ],
        );
        if !self.clauses.is_empty() {
            let clauses: Vec<usize> = self.clauses.iter().map(|n| n.number).collect();
            intro.push(' ');
            intro.push_str(&self.with(
                "annex-requirements-clauses",
                &[
                    ("items", self.item_list(&clauses).into()),
                    ("section", self.clauses_section.to_string().into()),
                ],
            ));
        }
        intro.push(' ');
        intro.push_str(&self.word("annex-requirements-articles"));
        report.paragraph(TextStyle::Body, intro);
        let mut placements: Vec<Placement> = Vec::new();
        for p in Placement::ALL {
            if self.requirements.iter().any(|n| n.item.placement == p) {
                placements.push(p);
            }
        }
        report.paragraph(
            TextStyle::Note,
            placements
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}",
                        self.placement_label(*p),
                        self.placement_meaning(*p)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
        );
        report.push(Block::Table(self.item_table(
            &self.requirements,
            &self.word("annex-col-requirement"),
            true,
        )));
    }

    pub(super) fn or_equivalent(&self, report: &mut Report) {
        let section = self.requirements_section + usize::from(!self.requirements.is_empty());
        self.chapter(report, section, "annex-h-equivalent");
        let marked = self.numbers(|i| i.or_equivalent);
        if marked.is_empty() {
            report.paragraph(TextStyle::Body, self.word("annex-equivalent-none"));
        } else {
            report.paragraph(
                TextStyle::Body,
                self.with(
                    "annex-equivalent-some",
                    &[("items", self.item_list(&marked).into())],
                ),
            );
            report.paragraph(
                TextStyle::Strong,
                self.quoted(&self.word("form-equivalent-sentence")),
            );
        }
        report.paragraph(TextStyle::Body, self.word("annex-equivalent-law"));
        report.paragraph(
            TextStyle::Body,
            self.with(
                "annex-equivalent-claim",
                &[
                    (
                        "response",
                        self.response(ResponseCode::MeetsEquivalent).into(),
                    ),
                    ("comment", self.column_title(COMMENT_COLUMN).into()),
                    ("evidence", self.column_title(EVIDENCE_COLUMN).into()),
                ],
            ),
        );
    }

    pub(super) fn clauses(&self, report: &mut Report) {
        if self.clauses.is_empty() {
            return;
        }
        self.chapter(report, self.clauses_section, "annex-h-clauses");
        let names = self
            .frameworks(self.clauses.iter().map(|n| n.item))
            .iter()
            .map(|f| self.quoted(&f.name))
            .collect::<Vec<_>>()
            .join(", ");
        report.paragraph(
            TextStyle::Body,
            self.with("annex-clauses-intro", &[("names", names.into())]),
        );
        for placement in Placement::ALL {
            let group: Vec<Numbered<'_>> = self
                .clauses
                .iter()
                .filter(|n| n.item.placement == placement)
                .copied()
                .collect();
            if group.is_empty() {
                continue;
            }
            report.heading(2, self.placement_label(placement));
            report.paragraph(TextStyle::Note, self.placement_meaning(placement));
            report.push(Block::Table(self.item_table(
                &group,
                &self.word("annex-col-clause"),
                false,
            )));
        }
    }

    pub(super) fn award_criteria(&self, report: &mut Report) {
        self.chapter(report, self.award_section, "annex-h-award");
        let shoulds = self.shoulds();
        if shoulds.is_empty() {
            report.paragraph(TextStyle::Body, self.word("annex-award-none"));
            return;
        }
        let total = self.tender.weight_total();
        report.paragraph(
            TextStyle::Body,
            self.with("annex-award-intro", &[("total", total.into())]),
        );
        let mut rows: Vec<Vec<String>> = shoulds
            .iter()
            .map(|n| {
                let [_, weight, _] = self.item_words(n.item);
                vec![
                    n.number.to_string(),
                    n.item.requirement.clone(),
                    item_title(n.item, self.library),
                    weight,
                ]
            })
            .collect();
        rows.push(vec![
            String::new(),
            String::new(),
            self.word("annex-total"),
            total.to_string(),
        ]);
        report.table(
            vec![
                Column::number(&self.word("annex-col-no"), 0.07),
                Column::text(&self.word("annex-col-id"), 0.16),
                Column::text(&self.word("annex-col-award"), 0.62),
                Column::number(&self.word("annex-col-weight"), 0.15),
            ],
            rows,
        );
    }
}

impl Annex<'_> {
    /// Said under an item's text when its requirement rests on a secondary source only, so
    /// that a bidder knows the wording was not checked against the publisher's text.
    fn secondary_note(&self, n: &Numbered<'_>) -> String {
        let secondary = self
            .library
            .requirement(&n.item.requirement)
            .is_some_and(|v| v.rests_on_secondary_source());
        if secondary {
            format!("\n{}", self.word("annex-secondary-note"))
        } else {
            String::new()
        }
    }
}
