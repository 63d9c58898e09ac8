//! Chapters 4 to 7 of the annex: the numbered requirements, the "or equivalent" rule, the
//! common clauses and the award criteria.

use super::super::blocks::{Block, Column, Report, Table, TextStyle};
use crate::procurement::{
    EQUIVALENT_SENTENCE, Placement, ResponseCode, item_list, item_text, item_title,
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
            Column::number("No.", 0.045),
            Column::text("Id", id_width),
            Column::text(text_title, text_width),
            Column::text("MUST / SHOULD", 0.095),
            Column::number("Weight", 0.085),
            Column::text("Means of proof", 0.15),
        ];
        if placement {
            columns.push(Column::text("Where it belongs", 0.14));
        }
        let rows = items
            .iter()
            .map(|n| {
                let mut row = vec![
                    n.number.to_string(),
                    n.item.requirement.clone(),
                    format!(
                        "{}\n{}{}",
                        item_title(n.item, self.library),
                        item_text(n.item, self.library),
                        secondary_note(n, self.library)
                    ),
                    n.item.modality.keyword().to_owned(),
                    n.item.modality.weight_label(),
                    n.item.proof.label().to_owned(),
                ];
                if placement {
                    row.push(n.item.placement.label().to_owned());
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
        report.heading(1, format!("{}. Requirements", self.requirements_section));
        let numbers: Vec<usize> = self.requirements.iter().map(|n| n.number).collect();
        let mut intro = format!(
            "The table lists {} with the requirement text that applies. “Where it belongs” names the part of the tender documents the item belongs to.",
            item_list(&numbers)
        );
        if !self.clauses.is_empty() {
            let clauses: Vec<usize> = self.clauses.iter().map(|n| n.number).collect();
            intro.push_str(&format!(
                " The common clauses, {}, are in section {}.",
                item_list(&clauses),
                self.clauses_section
            ));
        }
        intro.push_str(" Article numbers refer to Directive 2014/24/EU.");
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
                .map(|p| format!("{}: {}", p.label(), placement_meaning(*p)))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        report.push(Block::Table(self.item_table(
            &self.requirements,
            "Requirement",
            true,
        )));
    }

    pub(super) fn or_equivalent(&self, report: &mut Report) {
        let section = self.requirements_section + usize::from(!self.requirements.is_empty());
        report.heading(1, format!("{section}. “Or equivalent”"));
        let marked = self.numbers(|i| i.or_equivalent);
        if marked.is_empty() {
            report.paragraph(
                TextStyle::Body,
                "No item of this annex is marked with the “or equivalent” wording. The rule below applies all the same to any standard, specification, certificate or label an item names.",
            );
        } else {
            report.paragraph(
                TextStyle::Body,
                format!(
                    "Where an item names a standard, a specification, a certificate or a label, an equivalent is accepted. In this annex this concerns {}: their text says “or equivalent” itself, or ends with the sentence:",
                    item_list(&marked)
                ),
            );
            report.paragraph(TextStyle::Strong, format!("“{EQUIVALENT_SENTENCE}”"));
        }
        report.paragraph(
            TextStyle::Body,
            "This follows Directive 2014/24/EU. Under Article 42, every reference to a standard in a technical specification is followed by the words “or equivalent”, and a bid is not rejected for not following the named standard when the bidder shows, by any suitable means, that its solution meets the requirement equally well. Under Article 44, certificates from equivalent conformity assessment bodies are accepted too, and a bidder that could not obtain a certificate or test report in time, for reasons it is not responsible for, may offer other suitable proof, such as the manufacturer's technical dossier.",
        );
        report.paragraph(
            TextStyle::Body,
            format!(
                "To claim an equivalent, answer “{}”. In “Comment”, say what you offer instead and why it meets the requirement equally well; in “Evidence reference”, say where the proof is. Proving the equivalence is up to the bidder; the buyer decides whether to accept it.",
                ResponseCode::MeetsEquivalent.label()
            ),
        );
    }

    pub(super) fn clauses(&self, report: &mut Report) {
        if self.clauses.is_empty() {
            return;
        }
        report.heading(1, format!("{}. Common clauses", self.clauses_section));
        let names = self
            .frameworks(self.clauses.iter().map(|n| n.item))
            .iter()
            .map(|f| format!("“{}”", f.name))
            .collect::<Vec<_>>()
            .join(", ");
        report.paragraph(
            TextStyle::Body,
            format!(
                "These clauses apply whatever solution is offered. They come from {names} and are numbered like the other items; answer them in the response form in the same way. They are grouped by the part of the tender documents they belong to."
            ),
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
            report.heading(2, placement.label());
            report.paragraph(TextStyle::Note, placement_meaning(placement));
            report.push(Block::Table(self.item_table(&group, "Clause", false)));
        }
    }

    pub(super) fn award_criteria(&self, report: &mut Report) {
        report.heading(1, format!("{}. Award criteria", self.award_section));
        let shoulds = self.shoulds();
        if shoulds.is_empty() {
            report.paragraph(
                TextStyle::Body,
                "This annex has no SHOULD items, so it sets no weighted award criteria.",
            );
            return;
        }
        let total = self.tender.weight_total();
        report.paragraph(
            TextStyle::Body,
            format!(
                "The SHOULD items are the award criteria of this annex. Their weights are published here, before bids are made, as Article 67 of Directive 2014/24/EU requires. A bid that meets an item earns its weight; the most a bid can earn is {total} points."
            ),
        );
        let mut rows: Vec<Vec<String>> = shoulds
            .iter()
            .map(|n| {
                vec![
                    n.number.to_string(),
                    n.item.requirement.clone(),
                    item_title(n.item, self.library),
                    n.item.modality.weight_label(),
                ]
            })
            .collect();
        rows.push(vec![
            String::new(),
            String::new(),
            "Total".to_owned(),
            total.to_string(),
        ]);
        report.table(
            vec![
                Column::number("No.", 0.07),
                Column::text("Id", 0.16),
                Column::text("Award criterion", 0.62),
                Column::number("Weight", 0.15),
            ],
            rows,
        );
    }
}

/// Said under an item's text when its requirement rests on a secondary source only, so that a
/// bidder knows the wording was not checked against the publisher's text.
fn secondary_note(n: &Numbered<'_>, library: &crate::catalog::Library) -> &'static str {
    let secondary = library
        .requirement(&n.item.requirement)
        .is_some_and(|v| v.rests_on_secondary_source());
    if secondary {
        "\n(Known from a secondary source only; see Sources and credits.)"
    } else {
        ""
    }
}
