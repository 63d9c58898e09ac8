//! The tender annex's content, as blocks: a document a buyer attaches to a published tender.
//! Title block, introduction with the frameworks used, how to answer in the response form (its
//! columns generated from the form's own layout), how bids are evaluated, the numbered
//! requirements, the "or equivalent" rule, the common clauses, the award criteria and the
//! sources and credits. Item numbers are the tender's order, the same as in the response form.

mod answering;
mod front;
mod items;
mod sources;

use super::blocks::Report;
use super::tender_parts::{Document, tender_report};
use crate::catalog::{Framework, FrameworkKind, Library, Proof, framework_of};
use crate::procurement::{Placement, Tender, TenderItem};

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
