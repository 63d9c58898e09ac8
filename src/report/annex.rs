//! The tender annex's content, as blocks: a document a buyer attaches to a published tender.
//! Title block, introduction with the frameworks used, how to answer in the response form (its
//! columns generated from the form's own layout), how bids are evaluated, the numbered
//! requirements, the "or equivalent" rule, the common clauses, the award criteria and the
//! sources and credits. Item numbers are the tender's order, the same as in the response form.

use super::blocks::{Block, Column, Report, Table, TextStyle, and_list, bullets};
use super::tender_parts::{Document, item_summary, musts, tender_report, title_block};
use crate::catalog::{Framework, FrameworkKind, Library, Proof};
use crate::procurement::{
    BIDDER_LABEL, BIDDER_ROW, EQUIVALENT_SENTENCE, FORM_COLUMNS, HEADER_ROW, INSTRUCTIONS_SHEET,
    PROOFS, Placement, REFERENCE_ROW, RESPONSE_SHEET, ResponseCode, TENDER_ROW, Tender, TenderItem,
    column_letter, item_list, item_text, item_title, number_ranges,
};

/// The tender annex of `tender`: what bidders read, and what they answer in the response form.
/// Requirement texts come from the catalogs through [`item_text`], so the annex and the form
/// always print the same words.
pub fn tender_annex(tender: &Tender, library: &Library) -> Report {
    let mut report = tender_report(
        tender,
        &Document {
            name: "Tender annex",
            subject: "Requirements, response instructions and evaluation rules for",
            keywords: &[
                "tender",
                "public procurement",
                "Directive 2014/24/EU",
                "MIM",
                "OASC",
            ],
            date: &tender.date,
            header: "annex: requirements and response",
        },
    );
    let annex = Annex::new(tender, library);
    annex.title_block(&mut report);
    annex.introduction(&mut report);
    annex.how_to_answer(&mut report);
    annex.evaluation_rules(&mut report);
    annex.requirements(&mut report);
    annex.or_equivalent(&mut report);
    annex.clauses(&mut report);
    annex.award_criteria(&mut report);
    annex.sources(&mut report);
    report
}

/// What a placement means for a bidder, in one sentence.
pub(crate) fn placement_meaning(placement: Placement) -> &'static str {
    match placement {
        Placement::TechnicalSpecification => "A minimum requirement on the solution offered.",
        Placement::SelectionCriteria => {
            "A minimum the bidder itself must show about its ability to carry out the contract."
        }
        Placement::AwardCriteria => {
            "A criterion that earns points, with its weight published in this annex."
        }
        Placement::ContractClause => {
            "A condition for carrying out the contract, part of the draft contract."
        }
        Placement::AcceptanceTest => {
            "Checked again when the solution is delivered, before the buyer accepts it."
        }
    }
}

/// What a means of proof asks of the bidder.
fn proof_meaning(proof: Proof) -> &'static str {
    match proof {
        Proof::SelfDeclaration => "Your own signed statement that the item is met.",
        Proof::Documentation => {
            "Documents that show it: policies, procedures, designs, interface descriptions."
        }
        Proof::Certificate => "A certificate issued by an accredited body.",
        Proof::Demonstration => "A live demonstration to the evaluators.",
        Proof::Test => "A test run by the buyer or by a third party.",
    }
}

/// The framework id in front of a qualified requirement id (`mim6` in `mim6:R1`).
fn framework_id(requirement: &str) -> &str {
    requirement
        .split_once(':')
        .map_or(requirement, |(framework, _)| framework)
}

/// One tender item with its 1-based number.
#[derive(Clone, Copy)]
struct Numbered<'a> {
    number: usize,
    item: &'a TenderItem,
}

/// The items of `tender` that `keep` selects, with their numbers.
fn numbered(tender: &Tender, keep: impl Fn(&TenderItem) -> bool) -> Vec<Numbered<'_>> {
    tender
        .items
        .iter()
        .enumerate()
        .filter(|(_, item)| keep(item))
        .map(|(index, item)| Numbered {
            number: index + 1,
            item,
        })
        .collect()
}

/// The tender and library, with the items sorted into the annex's sections.
struct Annex<'a> {
    tender: &'a Tender,
    library: &'a Library,
    /// Items of the requirement table: everything that is not a common clause (unknown ids
    /// included).
    requirements: Vec<Numbered<'a>>,
    /// Items whose framework is a clause library.
    clauses: Vec<Numbered<'a>>,
    /// Section numbers of the chapters that cross-reference each other.
    requirements_section: usize,
    clauses_section: usize,
    award_section: usize,
}

impl<'a> Annex<'a> {
    fn new(tender: &'a Tender, library: &'a Library) -> Self {
        let (clauses, requirements): (Vec<_>, Vec<_>) =
            numbered(tender, |_| true).into_iter().partition(|n| {
                library
                    .requirement(&n.item.requirement)
                    .is_some_and(|v| v.framework.kind == FrameworkKind::ClauseLibrary)
            });
        // Sections: 1 introduction, 2 how to answer, 3 evaluation, then the requirements
        // (if any), "or equivalent", the clauses (if any), award criteria, sources.
        let requirements_section = 4;
        let equivalent_section = requirements_section + usize::from(!requirements.is_empty());
        let clauses_section = equivalent_section + 1;
        let award_section = clauses_section + usize::from(!clauses.is_empty());
        Annex {
            tender,
            library,
            requirements,
            clauses,
            requirements_section,
            clauses_section,
            award_section,
        }
    }

    fn shoulds(&self) -> Vec<Numbered<'a>> {
        numbered(self.tender, |i| i.modality.weight().is_some())
    }

    /// The numbers of the items that `keep` selects.
    fn numbers(&self, keep: impl Fn(&TenderItem) -> bool) -> Vec<usize> {
        numbered(self.tender, keep)
            .iter()
            .map(|n| n.number)
            .collect()
    }

    /// The frameworks of `items`, each once, in the items' order; ids not in the library are
    /// left out.
    fn frameworks<'i>(
        &self,
        items: impl IntoIterator<Item = &'i TenderItem>,
    ) -> Vec<&'a Framework> {
        let mut frameworks: Vec<&Framework> = Vec::new();
        for item in items {
            if let Some(f) = self.library.framework(framework_id(&item.requirement))
                && !frameworks.iter().any(|g| g.id == f.id)
            {
                frameworks.push(f);
            }
        }
        frameworks
    }

    fn title_block(&self, report: &mut Report) {
        let t = self.tender;
        title_block(
            report,
            t,
            "Annex to the tender documents",
            "Requirements and response instructions",
            vec![
                ("Date of issue", t.date.clone()),
                ("Questions to", t.contact.clone()),
                ("Items", item_summary(t)),
                (
                    "Answer in",
                    format!("the response form, sheet “{RESPONSE_SHEET}” (see section 2)"),
                ),
            ],
        );
    }

    fn introduction(&self, report: &mut Report) {
        let t = self.tender;
        report.heading(1, "1. Introduction");
        let reference = if t.reference.is_empty() {
            String::new()
        } else {
            format!(", reference {}", t.reference)
        };
        report.paragraph(
            TextStyle::Body,
            format!(
                "This annex is part of the documents for the tender “{}” of {}{reference}. It states what the solution offered, and in some cases the bidder, must or should fulfil, how to answer in the response form, and how the answers are evaluated.",
                t.title, t.buyer
            ),
        );
        if t.items.is_empty() {
            report.paragraph(TextStyle::Body, "The tender has no items yet.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            format!(
                "The annex has {} numbered items; the response form and the evaluation use the same numbers. The {} MUST items are pass/fail: a bid that fails one of them is excluded. The {} SHOULD items are award criteria that earn points, {} in total.",
                t.items.len(),
                musts(t),
                self.shoulds().len(),
                t.weight_total()
            ),
        );
        report.paragraph(
            TextStyle::Body,
            "The items are taken from the published frameworks below, in the versions shown. The requirement texts are worded for this tender; the identifiers (such as mim6:R1) are those of the frameworks.",
        );
        let mut order: Vec<&str> = Vec::new();
        for item in &t.items {
            let id = framework_id(&item.requirement);
            if !order.contains(&id) {
                order.push(id);
            }
        }
        let rows = order
            .iter()
            .map(|id| {
                let numbers = self.numbers(|i| framework_id(&i.requirement) == *id);
                let (name, version) = match self.library.framework(id) {
                    Some(f) => (f.name.clone(), f.version.clone()),
                    None => (
                        format!("{id} (not in the loaded catalogs)"),
                        "unknown".to_owned(),
                    ),
                };
                vec![name, version, number_ranges(&numbers)]
            })
            .collect();
        report.table(
            vec![
                Column::text("Framework", 0.28),
                Column::text("Version used", 0.54),
                Column::text("Items", 0.18),
            ],
            rows,
        );
    }

    fn how_to_answer(&self, report: &mut Report) {
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

    fn evaluation_rules(&self, report: &mut Report) {
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

    /// A table of numbered items: No., Id, text, MUST/SHOULD, weight, proof, and optionally
    /// where each belongs.
    fn item_table(&self, items: &[Numbered<'_>], text_title: &str, placement: bool) -> Table {
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
                        "{}\n{}",
                        item_title(n.item, self.library),
                        item_text(n.item, self.library)
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

    fn requirements(&self, report: &mut Report) {
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

    fn or_equivalent(&self, report: &mut Report) {
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

    fn clauses(&self, report: &mut Report) {
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

    fn award_criteria(&self, report: &mut Report) {
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

    fn sources(&self, report: &mut Report) {
        let section = self.award_section + 1;
        report.heading(1, format!("{section}. Sources and credits"));
        let frameworks = self.frameworks(&self.tender.items);
        if frameworks.is_empty() {
            report.paragraph(TextStyle::Body, "None.");
            return;
        }
        report.paragraph(TextStyle::Body, "The documents the items are drawn from:");
        let mut rows = Vec::new();
        for f in &frameworks {
            // Only the sources the chosen items cite.
            let cited: Vec<&str> = self
                .tender
                .items
                .iter()
                .filter_map(|i| self.library.requirement(&i.requirement))
                .filter(|v| v.framework.id == f.id)
                .map(|v| v.requirement.source.as_str())
                .collect();
            for source in f.sources.iter().filter(|s| cited.contains(&s.key.as_str())) {
                rows.push(vec![
                    f.short_name.clone(),
                    format!("{} ({})", source.document, source.version),
                    source.url.clone(),
                    source.licence.clone(),
                ]);
            }
        }
        report.table(
            vec![
                Column::text("Framework", 0.12),
                Column::text("Document", 0.38),
                Column::text("Where", 0.25),
                Column::text("Licence", 0.25),
            ],
            rows,
        );
        let mut credits: Vec<&str> = Vec::new();
        for f in &frameworks {
            for source in &f.sources {
                let line = source.attribution.trim();
                if !line.is_empty() && !credits.contains(&line) {
                    credits.push(line);
                }
            }
        }
        // The credits and the closing note stay together, so no line is left alone on a page.
        let mut closing = Vec::new();
        if !credits.is_empty() {
            closing.push(Block::Heading {
                level: 2,
                text: "Credits".to_owned(),
            });
            closing.push(Block::Paragraph {
                style: TextStyle::Note,
                text: bullets(&credits),
            });
        }
        closing.push(Block::Paragraph {
            style: TextStyle::Note,
            text: format!(
                "The requirement and clause texts are worded by MIM Assistant {} from the sources above; identifiers, titles and numbers come from the sources.",
                env!("CARGO_PKG_VERSION")
            ),
        });
        report.push(Block::KeepTogether(closing));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::procurement::example_tender;

    /// The item tables: first column "No.", with a "Means of proof" column.
    fn item_tables(report: &Report) -> Vec<&Table> {
        report
            .tables_with("Means of proof")
            .into_iter()
            .filter(|t| t.columns.first().is_some_and(|c| c.title == "No."))
            .collect()
    }

    #[test]
    fn every_item_number_appears_once_in_order_within_each_table() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let report = tender_annex(&tender, &library);
        let tables = item_tables(&report);
        let rows: Vec<&Vec<String>> = tables.iter().flat_map(|t| &t.rows).collect();
        let mut numbers: Vec<usize> = rows.iter().map(|r| r[0].parse().unwrap()).collect();
        assert_eq!(numbers.len(), tender.items.len());
        for table in &tables {
            let n: Vec<usize> = table.rows.iter().map(|r| r[0].parse().unwrap()).collect();
            assert!(n.windows(2).all(|w| w[0] < w[1]), "{n:?}");
        }
        numbers.sort_unstable();
        assert_eq!(numbers, (1..=tender.items.len()).collect::<Vec<_>>());
        // The number and the id agree with the form's numbering.
        for row in &rows {
            let number: usize = row[0].parse().unwrap();
            assert_eq!(tender.items[number - 1].requirement, row[1]);
        }
    }

    #[test]
    fn clauses_are_apart_from_the_requirements() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let report = tender_annex(&tender, &library);
        let all = report.texts();
        assert!(all.iter().any(|t| t.ends_with("Common clauses")));
        let requirement_table = report.tables_with("Where it belongs")[0];
        assert!(
            requirement_table
                .rows
                .iter()
                .all(|r| !r[1].starts_with("clauses:"))
        );
        assert!(
            requirement_table
                .rows
                .iter()
                .all(|r| !r[6].is_empty() && r[6].contains("Art.") || r[6] == "Acceptance test")
        );
    }

    #[test]
    fn the_form_columns_and_codes_are_explained() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let all = tender_annex(&tender, &library).texts().join("\n");
        for column in FORM_COLUMNS {
            assert!(all.contains(column.title), "{}", column.title);
            assert!(all.contains(column.explanation), "{}", column.title);
        }
        for code in ResponseCode::ALL {
            assert!(all.contains(code.label()));
        }
        assert!(all.contains("cell B2"));
        assert!(all.contains(EQUIVALENT_SENTENCE));
        assert!(all.contains("Art. 42") || all.contains("Article 42"));
        assert!(all.contains("upphandling@sjobacka.example"));
    }

    #[test]
    fn weights_total_and_frameworks_are_printed() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let report = tender_annex(&tender, &library);
        let all = report.texts();
        assert_eq!(tender.weight_total(), 100);
        let award = report.tables_with("Award criterion")[0];
        assert_eq!(award.rows.last().unwrap()[2], "Total");
        assert_eq!(award.rows.last().unwrap()[3], "100");
        // The five SHOULD items of the example and the total.
        assert_eq!(award.rows.len(), 6);
        let mim6 = library.framework("mim6").unwrap();
        assert!(all.contains(&mim6.version));
        assert!(all.iter().any(|t| t.contains("Marek Mráz")));
        assert!(!all.iter().any(|t| t.contains("legal advice")));
        assert_eq!(report.info.author, tender.buyer);
        assert_eq!(report.info.date, tender.date);
    }

    #[test]
    fn unknown_ids_print_as_such() {
        let library = catalog::load_embedded().library;
        let mut tender = example_tender(&library);
        let mut item = tender.items[0].clone();
        item.requirement = "mimx:R9".to_owned();
        tender.items.push(item);
        let all = tender_annex(&tender, &library).texts().join("\n");
        assert!(all.contains("mimx (not in the loaded catalogs)"));
        assert!(all.contains("(requirement mimx:R9 is not in the loaded catalogs)"));
    }

    #[test]
    fn an_empty_tender_still_lays_out() {
        let library = catalog::load_embedded().library;
        let tender = Tender::new("Town", "Nothing yet", "");
        let pdf = crate::report::render(&tender_annex(&tender, &library)).unwrap();
        assert!(pdf.pages > 0);
    }

    #[test]
    fn the_annex_lays_out() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let pdf = crate::report::render(&tender_annex(&tender, &library)).unwrap();
        assert!(pdf.pages > 1);
    }
}
