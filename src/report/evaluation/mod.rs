//! The evaluation report's content, as blocks: what an evaluation committee needs to decide.
//! Title block, a summary in plain words (who ranks first, which bids are excluded and exactly
//! why, what still waits for an equivalence decision), the ranking, the method, a side-by-side
//! matrix of every item and bid, the equivalence claims with their decisions, every answer bid
//! by bid, and the files read with their fingerprints. Every figure is taken from the
//! [`Evaluation`]; nothing is recomputed here.

mod claims;
mod comparison;
mod summary;

use super::blocks::Report;
use super::tender_parts::{Document, tender_report};
use crate::catalog::Library;
use crate::procurement::{
    BidResponse, BidResult, BidStatus, Equivalence, Evaluation, ItemResult, Modality, Outcome,
    ResponseCode, Tender, TenderItem, item_title, number_ranges,
};
use crate::words::Words;

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
    let words = Words::for_language(&tender.language);
    let keywords = words.get("eval-keywords");
    let keywords: Vec<&str> = keywords.split(',').map(str::trim).collect();
    let mut report = tender_report(
        tender,
        &Document {
            name: &words.get("eval-name"),
            subject: &words.with("eval-subject", &[("count", evaluation.bids.len().into())]),
            keywords: &keywords,
            date: &date,
            header: &words.get("eval-header"),
        },
    );
    let context = Context {
        tender,
        library,
        evaluation,
        responses: pair_responses(evaluation, responses),
        words,
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

fn is_must(result: &ItemResult) -> bool {
    matches!(
        result.outcome,
        Outcome::Pass | Outcome::Fail | Outcome::Pending
    )
}

struct Context<'a> {
    tender: &'a Tender,
    library: &'a Library,
    evaluation: &'a Evaluation,
    /// The response of each bid, in the evaluation's order.
    responses: Vec<Option<&'a BidResponse>>,
    /// The report's own words, in the tender's language.
    words: Words,
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
        self.words.with(
            "eval-item-ref",
            &[
                ("number", result.number.into()),
                (
                    "name",
                    self.item_name(result.number, &result.requirement).into(),
                ),
            ],
        )
    }

    /// The modality of item `number` as the matrix prints it: "MUST" or "SHOULD 20".
    fn modality(&self, number: usize) -> String {
        match self.item(number).map(|i| i.modality) {
            Some(Modality::Must) => self.words.get("eval-must"),
            Some(Modality::Should { weight }) => self
                .words
                .with("eval-should-weight", &[("weight", weight.into())]),
            None => "–".to_owned(),
        }
    }

    /// "12 of 16": a part of a whole.
    fn of(&self, part: impl ToString, whole: impl ToString) -> String {
        self.words.with(
            "eval-of",
            &[
                ("part", part.to_string().into()),
                ("whole", whole.to_string().into()),
            ],
        )
    }

    /// "n of m" MUST items met.
    fn musts_met(&self, bid: &BidResult) -> String {
        let met = bid
            .items
            .iter()
            .filter(|i| i.outcome == Outcome::Pass)
            .count();
        let of = bid.items.iter().filter(|i| is_must(i)).count();
        self.of(met, of)
    }

    /// "75 of 100" points.
    fn points(&self, bid: &BidResult) -> String {
        self.of(bid.points, bid.available)
    }

    /// An outcome as printed in the matrix and the detail: "Pass", "Fail", "Pending", "15/20",
    /// with the equivalence marked.
    fn outcome_label(&self, result: &ItemResult) -> String {
        let base = match result.outcome {
            Outcome::Pass => self.words.get("eval-pass"),
            Outcome::Fail => self.words.get("eval-fail"),
            Outcome::Pending => self.words.get("eval-pending"),
            Outcome::Points { earned, weight } => format!("{earned}/{weight}"),
        };
        let id = match result.equivalence {
            Equivalence::NotClaimed => return base,
            Equivalence::Accepted => "eval-equiv-accepted",
            Equivalence::Rejected => "eval-equiv-rejected",
            Equivalence::Undecided => "eval-equiv-undecided",
        };
        self.words.with(id, &[("outcome", base.into())])
    }

    /// An equivalence decision in words: "Accepted", "Not decided yet".
    fn equivalence_label(&self, equivalence: Equivalence) -> String {
        self.words.get(match equivalence {
            Equivalence::NotClaimed => "eval-decision-not-claimed",
            Equivalence::Accepted => "eval-decision-accepted",
            Equivalence::Rejected => "eval-decision-rejected",
            Equivalence::Undecided => "eval-decision-undecided",
        })
    }

    /// A response code as the form offers it: "Meets by equivalent".
    fn response_label(&self, code: ResponseCode) -> String {
        self.words.get(match code {
            ResponseCode::Meets => "eval-response-meets",
            ResponseCode::MeetsEquivalent => "eval-response-equivalent",
            ResponseCode::DoesNotMeet => "eval-response-does-not-meet",
        })
    }

    /// "item 3", "items 1–7, 11".
    fn items_list(&self, numbers: &[usize]) -> String {
        self.words.with(
            "eval-items-list",
            &[
                ("count", numbers.len().into()),
                ("list", number_ranges(numbers).into()),
            ],
        )
    }

    /// A bid's standing in plain words, for tables.
    fn status_label(&self, status: &BidStatus) -> String {
        match status {
            BidStatus::Compliant => self.words.get("eval-status-compliant"),
            BidStatus::Excluded(items) => self.words.with(
                "eval-status-excluded",
                &[("items", self.items_list(items).into())],
            ),
            BidStatus::Undecided(items) => self.words.with(
                "eval-status-undecided",
                &[("items", self.items_list(items).into())],
            ),
        }
    }

    /// "A", "A and B", "A, B and C" in the report's language.
    fn and_list<S: AsRef<str>>(&self, parts: &[S]) -> String {
        self.words.and_list(parts)
    }
}

#[cfg(test)]
mod tests;
