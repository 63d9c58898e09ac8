//! The tender annex's content, as blocks: a document a buyer attaches to a published tender.
//! Title block, introduction with the frameworks used, how to answer in the response form (its
//! columns generated from the form's own layout), how bids are evaluated, the numbered
//! requirements, the "or equivalent" rule, the common clauses, the award criteria and the
//! sources and credits. Item numbers are the tender's order, the same as in the response form.
//! Every word is in the tender's language (`annex-…` and `form-…` messages of [`Words`]); the
//! library given is the one for that language (`Library::for_document`).

mod answering;
mod front;
mod items;
mod sources;

use super::blocks::Report;
use super::tender_parts::{Document, tender_report};
use crate::catalog::{Framework, FrameworkKind, Library, Proof, framework_of};
use crate::procurement::{
    FORM_COLUMNS, Placement, ResponseCode, Tender, TenderItem, modality_keyword, number_ranges,
    proof_label, weight_label,
};
use crate::words::{WordArg, Words};

/// The tender annex of `tender`: what bidders read, and what they answer in the response form.
/// Requirement texts come from the catalogs through [`item_text`], so the annex and the form
/// always print the same words.
pub fn tender_annex(tender: &Tender, library: &Library) -> Report {
    let words = Words::for_language(&tender.language);
    let keywords = words.get("annex-doc-keywords");
    let keywords: Vec<&str> = keywords.split(',').map(str::trim).collect();
    let mut report = tender_report(
        tender,
        &Document {
            name: &words.get("annex-doc-name"),
            subject: &words.get("annex-doc-subject"),
            keywords: &keywords,
            date: &tender.date,
            header: &words.get("annex-doc-header"),
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

/// 0-based index of the form's "Means of proof" column.
const PROOF_COLUMN: usize = 6;

/// A placement's label as the annex prints it, in `words`' language ("Technical specification
/// (Art. 42)"), for the window's preview of the annex too.
pub fn placement_label(placement: Placement, words: &Words) -> String {
    words.get(&format!("annex-place-{}", placement_id(placement)))
}

/// The message id of a placement: `annex-place-{id}` is its label, with `-meaning` what it
/// means for a bidder.
fn placement_id(placement: Placement) -> &'static str {
    match placement {
        Placement::TechnicalSpecification => "specification",
        Placement::SelectionCriteria => "selection",
        Placement::AwardCriteria => "award",
        Placement::ContractClause => "contract",
        Placement::AcceptanceTest => "acceptance",
    }
}

/// The message id of what a means of proof asks of the bidder.
fn proof_meaning_id(proof: Proof) -> &'static str {
    match proof {
        Proof::SelfDeclaration => "annex-proof-self-declaration",
        Proof::Documentation => "annex-proof-documentation",
        Proof::Certificate => "annex-proof-certificate",
        Proof::Demonstration => "annex-proof-demonstration",
        Proof::Test => "annex-proof-test",
    }
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
    /// The tender's words.
    words: Words,
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
            words: Words::for_language(&tender.language),
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

    /// The message `id` of the tender's words.
    fn word(&self, id: &str) -> String {
        self.words.get(id)
    }

    /// The message `id` with its values.
    fn with(&self, id: &str, args: &[(&str, WordArg)]) -> String {
        self.words.with(id, args)
    }

    /// `text` quoted as the tender's language quotes: “…”, ”…”, „…“.
    fn quoted(&self, text: &str) -> String {
        self.with("form-quoted", &[("text", text.into())])
    }

    /// The heading of form column `col` (0-based), as the form has it.
    fn column_title(&self, col: usize) -> String {
        FORM_COLUMNS[col].title_in(&self.words)
    }

    /// A response as the form's list has it.
    fn response(&self, code: ResponseCode) -> String {
        code.label_in(&self.words)
    }

    /// "MUST" or "SHOULD", the weight and the means of proof of `item`, as the form has them.
    fn item_words(&self, item: &TenderItem) -> [String; 3] {
        [
            modality_keyword(item.modality, &self.words),
            weight_label(item.modality, &self.words),
            proof_label(item.proof, &self.words),
        ]
    }

    /// A placement's label ("Technical specification (Art. 42)").
    fn placement_label(&self, placement: Placement) -> String {
        placement_label(placement, &self.words)
    }

    /// What a placement means for a bidder, in one sentence.
    fn placement_meaning(&self, placement: Placement) -> String {
        self.word(&format!("annex-place-{}-meaning", placement_id(placement)))
    }

    /// "item 4", "items 1–7, 11".
    fn item_list(&self, numbers: &[usize]) -> String {
        self.with(
            "annex-items",
            &[
                ("count", numbers.len().into()),
                ("list", number_ranges(numbers).into()),
            ],
        )
    }

    /// Phrases joined as "A", "A and B", "A, B and C" in the tender's language.
    fn and_list(&self, parts: &[String]) -> String {
        self.words.and_list(parts)
    }

    /// A numbered chapter heading: "4. Requirements".
    fn chapter(&self, report: &mut Report, number: usize, id: &str) {
        report.heading(1, format!("{number}. {}", self.word(id)));
    }

    /// The frameworks of `items`, each once, in the items' order; ids not in the library are
    /// left out.
    fn frameworks<'i>(
        &self,
        items: impl IntoIterator<Item = &'i TenderItem>,
    ) -> Vec<&'a Framework> {
        let mut frameworks: Vec<&Framework> = Vec::new();
        for item in items {
            if let Some(f) = self.library.framework(framework_of(&item.requirement))
                && !frameworks.iter().any(|g| g.id == f.id)
            {
                frameworks.push(f);
            }
        }
        frameworks
    }
}

#[cfg(test)]
mod tests;
