//! The evaluation report's content, as blocks: what an evaluation committee needs to decide.
//! Title block, a summary in plain words (who ranks first, which bids are excluded and exactly
//! why, what still waits for an equivalence decision), the ranking, the method, a side-by-side
//! matrix of every item and bid, the equivalence claims with their decisions, every answer bid
//! by bid, and the files read with their fingerprints. Every figure is taken from the
//! [`Evaluation`]; nothing is recomputed here.

mod claims;
mod comparison;
mod summary;

use super::blocks::{Report, count};
use super::tender_parts::{Document, tender_report};
use crate::catalog::Library;
use crate::procurement::{
    BidResponse, BidResult, Equivalence, Evaluation, ItemResult, Modality, Outcome, Tender,
    TenderItem, item_title,
};

/// At most this many bidders side by side in one matrix table, so the columns stay readable.
const MATRIX_BIDDERS: usize = 4;

/// The evaluation report for `tender`: `responses` are the forms read, `evaluation` their
/// result from [`crate::procurement::evaluate`]. The report is what a committee signs off on,
/// so it names every exclusion's reason and every open equivalence.
pub fn evaluation_report(
    tender: &Tender,
    library: &Library,
    responses: &[BidResponse],
    evaluation: &Evaluation,
) -> Report {
    let date = crate::assessment::today();
    let mut report = tender_report(
        tender,
        &Document {
            name: "Evaluation of bids",
            subject: &format!(
                "Evaluation of {} for",
                count(evaluation.bids.len(), "bid", "bids")
            ),
            keywords: &[
                "tender",
                "evaluation",
                "public procurement",
                "Directive 2014/24/EU",
            ],
            date: &date,
            header: "evaluation of bids",
        },
    );
    let context = Context {
        tender,
        library,
        evaluation,
        responses: pair_responses(evaluation, responses),
    };
    context.title_block(&mut report, &date);
    context.summary(&mut report);
    context.ranking(&mut report);
    context.method(&mut report);
    context.matrix(&mut report);
    context.equivalences(&mut report);
    context.details(&mut report);
    context.files(&mut report);
    report
}

/// For each evaluated bid, in the evaluation's order, the response it was made from: matched by
/// bidder name, each response used once (two forms may carry the same name).
fn pair_responses<'a>(
    evaluation: &Evaluation,
    responses: &'a [BidResponse],
) -> Vec<Option<&'a BidResponse>> {
    let mut used = vec![false; responses.len()];
    evaluation
        .bids
        .iter()
        .map(|bid| {
            let index = responses
                .iter()
                .enumerate()
                .position(|(i, r)| !used[i] && r.bidder == bid.bidder)?;
            used[index] = true;
            Some(&responses[index])
        })
        .collect()
}

/// An outcome as printed in the matrix and the detail: "Pass", "Fail", "Pending", "15/20",
/// with the equivalence marked.
fn outcome_label(result: &ItemResult) -> String {
    let base = match result.outcome {
        Outcome::Pass => "Pass".to_owned(),
        Outcome::Fail => "Fail".to_owned(),
        Outcome::Pending => "Pending".to_owned(),
        Outcome::Points { earned, weight } => format!("{earned}/{weight}"),
    };
    match result.equivalence {
        Equivalence::NotClaimed => base,
        Equivalence::Accepted => format!("{base} (equiv. accepted)"),
        Equivalence::Rejected => format!("{base} (equiv. rejected)"),
        Equivalence::Undecided => format!("{base} (equiv. undecided)"),
    }
}

fn is_must(result: &ItemResult) -> bool {
    matches!(
        result.outcome,
        Outcome::Pass | Outcome::Fail | Outcome::Pending
    )
}

/// "n of m" MUST items met.
fn musts_met(bid: &BidResult) -> String {
    let met = bid
        .items
        .iter()
        .filter(|i| i.outcome == Outcome::Pass)
        .count();
    let of = bid.items.iter().filter(|i| is_must(i)).count();
    format!("{met} of {of}")
}

fn points(bid: &BidResult) -> String {
    format!("{} of {}", bid.points, bid.available)
}

fn equivalence_label(equivalence: Equivalence) -> &'static str {
    match equivalence {
        Equivalence::NotClaimed => "not claimed",
        Equivalence::Accepted => "Accepted",
        Equivalence::Rejected => "Rejected",
        Equivalence::Undecided => "Not decided yet",
    }
}

struct Context<'a> {
    tender: &'a Tender,
    library: &'a Library,
    evaluation: &'a Evaluation,
    /// The response of each bid, in the evaluation's order.
    responses: Vec<Option<&'a BidResponse>>,
}

impl Context<'_> {
    /// Item `number` (1-based) of the tender.
    fn item(&self, number: usize) -> Option<&TenderItem> {
        number.checked_sub(1).and_then(|i| self.tender.items.get(i))
    }

    /// "mim6:R1 Title" for item `number` (1-based), or the id alone when no item has it.
    fn item_name(&self, number: usize, requirement: &str) -> String {
        match self.item(number) {
            Some(item) => {
                let title = item_title(item, self.library);
                if title == item.requirement {
                    title
                } else {
                    format!("{} {title}", item.requirement)
                }
            }
            None => requirement.to_owned(),
        }
    }

    /// "item 5, mim6:R1 Title": how the summary names an answer's item.
    fn item_ref(&self, result: &ItemResult) -> String {
        format!(
            "item {}, {}",
            result.number,
            self.item_name(result.number, &result.requirement)
        )
    }

    /// The modality of item `number` as the matrix prints it: "MUST" or "SHOULD 20".
    fn modality(&self, number: usize) -> String {
        match self.item(number).map(|i| i.modality) {
            Some(Modality::Must) => "MUST".to_owned(),
            Some(Modality::Should { weight }) => format!("SHOULD {weight}"),
            None => "–".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests;
