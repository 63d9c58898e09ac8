//! Evaluation of complete bids against a tender: every MUST is pass/fail (one failure excludes
//! the bid), SHOULD items earn their weight (an equivalence only once the evaluator accepts it),
//! and the remaining bids are ranked by points.

use super::model::{Modality, Tender};
use super::response::{BidResponse, ResponseCode};

/// What one answer earns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// A MUST that is met.
    Pass,
    /// A MUST that is not met, or whose equivalence was rejected: the bid is excluded.
    Fail,
    /// A MUST met by an equivalent the evaluator has not decided on yet.
    Pending,
    /// A SHOULD: the points earned of the item's weight (0 for an undecided equivalence).
    Points {
        /// Points earned.
        earned: u32,
        /// The item's weight.
        weight: u32,
    },
}

/// Where an equivalence claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Equivalence {
    /// The answer is not "meets by equivalent".
    NotClaimed,
    /// Claimed, not decided yet.
    Undecided,
    /// Claimed and accepted.
    Accepted,
    /// Claimed and rejected.
    Rejected,
}

/// One answer as evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemResult {
    /// The item's 1-based number.
    pub number: usize,
    /// The item's requirement id.
    pub requirement: String,
    /// The bidder's code.
    pub code: ResponseCode,
    /// The equivalence decision, if one was claimed.
    pub equivalence: Equivalence,
    /// What it earns.
    pub outcome: Outcome,
}

/// A bid's standing after the MUST items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BidStatus {
    /// Meets every MUST: ranked.
    Compliant,
    /// Fails at least one MUST: excluded; the items' numbers.
    Excluded(Vec<usize>),
    /// Fails no MUST, but some MUST rests on an undecided equivalence; the items' numbers.
    Undecided(Vec<usize>),
}

impl BidStatus {
    /// Plain words for tables.
    pub fn label(&self) -> String {
        match self {
            BidStatus::Compliant => "Meets every MUST".to_owned(),
            BidStatus::Excluded(items) => format!("Excluded (fails {})", item_list(items)),
            BidStatus::Undecided(items) => {
                format!("Open: equivalence to decide for {}", item_list(items))
            }
        }
    }
}

/// "item 3", "items 1–7, 11": the numbers as [`number_ranges`] joins them.
pub fn item_list(numbers: &[usize]) -> String {
    let noun = if numbers.len() == 1 { "item" } else { "items" };
    format!("{noun} {}", number_ranges(numbers))
}

/// Item numbers with runs joined: "1–7, 11, 13" (two in a row stay apart: "7, 8").
pub fn number_ranges(numbers: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut index = 0;
    while index < numbers.len() {
        let start = numbers[index];
        let mut end = start;
        while index + 1 < numbers.len() && numbers[index + 1] == end + 1 {
            index += 1;
            end = numbers[index];
        }
        parts.push(match end - start {
            0 => start.to_string(),
            1 => format!("{start}, {end}"),
            _ => format!("{start}–{end}"),
        });
        index += 1;
    }
    parts.join(", ")
}

/// One bid, evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BidResult {
    /// The bidder.
    pub bidder: String,
    /// Pass/fail on the MUST items.
    pub status: BidStatus,
    /// Points earned on the SHOULD items.
    pub points: u32,
    /// The SHOULD weights' sum (100 in a finished tender).
    pub available: u32,
    /// Rank among compliant bids (1 = best; equal points share a rank); none when not compliant.
    pub rank: Option<usize>,
    /// Every answer, in tender order.
    pub items: Vec<ItemResult>,
}

/// All bids, best first: compliant ones by points, then undecided, then excluded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The bids in ranking order.
    pub bids: Vec<BidResult>,
}

/// Evaluates `responses` against `tender`. Every response must answer every item (the importer
/// guarantees it); an item without an answer counts as "does not meet".
pub fn evaluate(tender: &Tender, responses: &[BidResponse]) -> Evaluation {
    let mut bids: Vec<BidResult> = responses.iter().map(|r| evaluate_bid(tender, r)).collect();
    bids.sort_by(|a, b| {
        status_order(&a.status)
            .cmp(&status_order(&b.status))
            .then(b.points.cmp(&a.points))
            .then(a.bidder.cmp(&b.bidder))
    });
    let mut previous: Option<(u32, usize)> = None;
    for (index, bid) in bids.iter_mut().enumerate() {
        if bid.status != BidStatus::Compliant {
            continue;
        }
        let rank = match previous {
            Some((points, rank)) if points == bid.points => rank,
            _ => index + 1,
        };
        bid.rank = Some(rank);
        previous = Some((bid.points, rank));
    }
    Evaluation { bids }
}

fn status_order(status: &BidStatus) -> u8 {
    match status {
        BidStatus::Compliant => 0,
        BidStatus::Undecided(_) => 1,
        BidStatus::Excluded(_) => 2,
    }
}

fn evaluate_bid(tender: &Tender, response: &BidResponse) -> BidResult {
    let mut items = Vec::with_capacity(tender.items.len());
    let (mut failed, mut pending) = (Vec::new(), Vec::new());
    for (index, item) in tender.items.iter().enumerate() {
        let number = index + 1;
        let answer = response.answer(&item.requirement);
        let code = answer.map_or(ResponseCode::DoesNotMeet, |a| a.code);
        let equivalence = match code {
            ResponseCode::MeetsEquivalent => {
                match tender.decision(&response.bidder, &item.requirement, &response.fingerprint) {
                    Some(d) if d.accepted => Equivalence::Accepted,
                    Some(_) => Equivalence::Rejected,
                    None => Equivalence::Undecided,
                }
            }
            _ => Equivalence::NotClaimed,
        };
        let met = match (code, equivalence) {
            (ResponseCode::Meets, _) => Some(true),
            (ResponseCode::DoesNotMeet, _) | (_, Equivalence::Rejected) => Some(false),
            (_, Equivalence::Accepted) => Some(true),
            _ => None,
        };
        let outcome = match item.modality {
            Modality::Must => match met {
                Some(true) => Outcome::Pass,
                Some(false) => {
                    failed.push(number);
                    Outcome::Fail
                }
                None => {
                    pending.push(number);
                    Outcome::Pending
                }
            },
            Modality::Should { weight } => Outcome::Points {
                earned: if met == Some(true) { weight } else { 0 },
                weight,
            },
        };
        items.push(ItemResult {
            number,
            requirement: item.requirement.clone(),
            code,
            equivalence,
            outcome,
        });
    }
    let points = items
        .iter()
        .map(|i| match i.outcome {
            Outcome::Points { earned, .. } => earned,
            _ => 0,
        })
        .fold(0, u32::saturating_add);
    let status = if !failed.is_empty() {
        BidStatus::Excluded(failed)
    } else if !pending.is_empty() {
        BidStatus::Undecided(pending)
    } else {
        BidStatus::Compliant
    };
    BidResult {
        bidder: response.bidder.clone(),
        status,
        points,
        available: tender.weight_total(),
        rank: None,
        items,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_ranges_join_runs() {
        assert_eq!(
            number_ranges(&[1, 2, 3, 5, 7, 8, 10, 11, 12]),
            "1–3, 5, 7, 8, 10–12"
        );
        assert_eq!(number_ranges(&[]), "");
        assert_eq!(item_list(&[4]), "item 4");
        assert_eq!(item_list(&[3, 7]), "items 3, 7");
        assert_eq!(item_list(&[1, 2, 3, 9]), "items 1–3, 9");
    }
}
