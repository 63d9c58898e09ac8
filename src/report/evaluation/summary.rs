//! Chapter 1 of the evaluation report and the title block before it: who ranks first, which
//! bids are excluded and exactly why, what still waits for an equivalence decision.

use super::super::blocks::{Report, TextStyle, and_list, bullets, count};
use super::super::tender_parts::{item_summary, title_block};
use crate::procurement::{BidResult, BidStatus, Equivalence, ItemResult, Outcome};

use super::*;

impl Context<'_> {
    pub(super) fn title_block(&self, report: &mut Report, date: &str) {
        let t = self.tender;
        title_block(
            report,
            t,
            "Evaluation report for the evaluation committee",
            "Evaluation of bids",
            vec![
                ("Tender issued", t.date.clone()),
                ("Report made", date.to_owned()),
                ("Bids evaluated", self.evaluation.bids.len().to_string()),
                ("Items", item_summary(t)),
                (
                    "Program",
                    format!("MIM Assistant {}", env!("CARGO_PKG_VERSION")),
                ),
            ],
        );
    }

    pub(super) fn summary(&self, report: &mut Report) {
        report.heading(1, "1. Summary");
        let bids = &self.evaluation.bids;
        if bids.is_empty() {
            report.paragraph(TextStyle::Lead, "No bids were evaluated.");
            return;
        }
        let first: Vec<&BidResult> = bids.iter().filter(|b| b.rank == Some(1)).collect();
        let compliant = bids
            .iter()
            .filter(|b| b.status == BidStatus::Compliant)
            .count();
        let undecided: Vec<&BidResult> = bids
            .iter()
            .filter(|b| matches!(b.status, BidStatus::Undecided(_)))
            .collect();
        let excluded: Vec<&BidResult> = bids
            .iter()
            .filter(|b| matches!(b.status, BidStatus::Excluded(_)))
            .collect();
        let lead = match first.as_slice() {
            [] if !undecided.is_empty() => {
                "No bid can be ranked yet: no bid meets every MUST item without an equivalence that still has to be decided.".to_owned()
            }
            [] => "No bid meets every MUST item, so no bid is ranked.".to_owned(),
            [one] => format!(
                "{} ranks first with {} points.",
                one.bidder,
                points(one)
            ),
            many => format!(
                "{} share first place with {} points each.",
                and_list(&many.iter().map(|b| b.bidder.as_str()).collect::<Vec<_>>()),
                points(many[0])
            ),
        };
        report.paragraph(TextStyle::Lead, lead);
        let open_claims = bids
            .iter()
            .flat_map(|b| &b.items)
            .filter(|i| i.equivalence == Equivalence::Undecided)
            .count();
        if !first.is_empty() && open_claims > 0 {
            report.paragraph(
                TextStyle::Strong,
                format!(
                    "The ranking is provisional: {} still to be decided (see below and section 5).",
                    count(
                        open_claims,
                        "equivalence claim is",
                        "equivalence claims are"
                    )
                ),
            );
        }
        let mut parts = Vec::new();
        if compliant > 0 {
            parts.push(format!(
                "{compliant} {} every MUST item",
                if compliant == 1 { "meets" } else { "meet" }
            ));
        }
        if !undecided.is_empty() {
            parts.push(format!(
                "{} {} for a decision on an equivalence",
                undecided.len(),
                if undecided.len() == 1 {
                    "waits"
                } else {
                    "wait"
                }
            ));
        }
        if !excluded.is_empty() {
            parts.push(format!(
                "{} {} excluded",
                excluded.len(),
                if excluded.len() == 1 { "is" } else { "are" }
            ));
        }
        report.paragraph(
            TextStyle::Body,
            format!(
                "{} evaluated: {}.",
                count(bids.len(), "bid", "bids"),
                and_list(&parts)
            ),
        );
        self.excluded(report, &excluded);
        self.undecided(report, &undecided);
        self.open_should_points(report);
    }

    /// Each excluded bid with the MUST items it fails and why.
    fn excluded(&self, report: &mut Report, excluded: &[&BidResult]) {
        for bid in excluded {
            let lines = bullets(
                bid.items
                    .iter()
                    .filter(|i| i.outcome == Outcome::Fail)
                    .map(|i| {
                        let why = match i.equivalence {
                            Equivalence::Rejected => "equivalence claimed and rejected",
                            _ => "answered “Does not meet”",
                        };
                        format!("{} — {why}", self.item_ref(i))
                    }),
            );
            report.paragraph(
                TextStyle::Body,
                format!("{} is excluded. It fails:\n{lines}", bid.bidder),
            );
        }
    }

    /// Each bid that waits for an equivalence decision on a MUST item.
    fn undecided(&self, report: &mut Report, undecided: &[&BidResult]) {
        for bid in undecided {
            let pending: Vec<&ItemResult> = bid
                .items
                .iter()
                .filter(|i| i.outcome == Outcome::Pending)
                .collect();
            let lines = bullets(pending.iter().map(|i| self.item_ref(i)));
            report.paragraph(
                TextStyle::Body,
                format!(
                    "{} is not ranked yet: it claims an equivalence on {} that the evaluators have still to decide. It has {} points so far.\n{lines}",
                    bid.bidder,
                    if pending.len() == 1 {
                        "a MUST item".to_owned()
                    } else {
                        format!("{} MUST items", pending.len())
                    },
                    points(bid)
                ),
            );
        }
    }

    /// Points that may still change: undecided equivalences on SHOULD items.
    fn open_should_points(&self, report: &mut Report) {
        let bids = &self.evaluation.bids;
        let open: Vec<String> = bids
            .iter()
            .flat_map(|b| {
                b.items
                    .iter()
                    .filter(|i| {
                        i.equivalence == Equivalence::Undecided
                            && matches!(i.outcome, Outcome::Points { .. })
                    })
                    .map(move |i| format!("{}: {}", b.bidder, self.item_ref(i)))
            })
            .collect();
        if !open.is_empty() {
            report.paragraph(
                TextStyle::Body,
                format!(
                    "Undecided equivalences on SHOULD items earn no points until accepted, so these points may still change:\n{}",
                    bullets(&open)
                ),
            );
        }
    }
}
