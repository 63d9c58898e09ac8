//! Chapters 2 to 4 of the evaluation report: the ranking, the method, and the side-by-side
//! matrix of every item and bid.

use super::super::blocks::{Column, Report, TextStyle, bullets};
use crate::procurement::{BidResult, BidStatus, ResponseCode};

use super::*;

impl Context<'_> {
    pub(super) fn ranking(&self, report: &mut Report) {
        report.heading(1, "2. Ranking");
        if self.evaluation.bids.is_empty() {
            report.paragraph(TextStyle::Body, "None.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            "Only bids that meet every MUST item are ranked. The points of the other bids are shown for information.",
        );
        report.table(
            vec![
                Column::number("Rank", 0.07),
                Column::text("Bidder", 0.27),
                Column::number("MUST items met", 0.13),
                Column::number("Points", 0.13),
                Column::text("Status", 0.4),
            ],
            self.evaluation
                .bids
                .iter()
                .map(|b| {
                    vec![
                        b.rank.map_or_else(|| "–".to_owned(), |r| r.to_string()),
                        b.bidder.clone(),
                        musts_met(b),
                        points(b),
                        b.status.label(),
                    ]
                })
                .collect(),
        );
    }

    pub(super) fn method(&self, report: &mut Report) {
        report.heading(1, "3. Method");
        let total = self.tender.weight_total();
        let rules = [
            format!(
                "Every MUST item is pass/fail. An answer “{}” fails it, and so does an equivalence the evaluators rejected. One failed MUST item excludes the bid.",
                ResponseCode::DoesNotMeet.label()
            ),
            format!(
                "Every SHOULD item earns its full weight when met and nothing otherwise. The weights, published in the tender annex, add up to {total} points."
            ),
            format!(
                "An answer “{}” counts as met once the evaluators accept the equivalence, and as not met when they reject it. Until it is decided, a MUST item stays pending, which keeps the bid out of the ranking, and a SHOULD item earns nothing.",
                ResponseCode::MeetsEquivalent.label()
            ),
            "An item left without an answer counts as not met.".to_owned(),
            "Bids that meet every MUST item are ranked by points, highest first; equal points share a rank.".to_owned(),
            "The answers are read from the bidders' response forms (section 7); the equivalence decisions are those recorded in the tender file (section 5).".to_owned(),
        ];
        report.paragraph(TextStyle::Body, bullets(&rules));
    }

    pub(super) fn matrix(&self, report: &mut Report) {
        report.heading(1, "4. Item by item");
        let bids = &self.evaluation.bids;
        if bids.is_empty() || self.tender.items.is_empty() {
            report.paragraph(TextStyle::Body, "None.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            "One row per item, one column per bid, in ranking order. MUST items show Pass, Fail or Pending; SHOULD items show the points earned of the item's weight. Answers given as “Meets by equivalent” are marked with the state of the equivalence.",
        );
        // Tables of equal size (5 bids: 3 and 2, not 4 and 1), none wider than MATRIX_BIDDERS.
        let size = bids.len().div_ceil(bids.len().div_ceil(MATRIX_BIDDERS));
        let chunks: Vec<&[BidResult]> = bids.chunks(size).collect();
        for (index, chunk) in chunks.iter().enumerate() {
            if chunks.len() > 1 {
                let from = index * size + 1;
                let to = from + chunk.len() - 1;
                report.heading(
                    2,
                    if from == to {
                        format!("Bid {from} of {}", bids.len())
                    } else {
                        format!("Bids {from} to {to} of {}", bids.len())
                    },
                );
            }
            let share = 0.58 / MATRIX_BIDDERS as f32;
            let mut columns = vec![
                Column::number("No.", 0.05),
                Column::text("Item", 0.27),
                Column::text("MUST / weight", 0.1),
            ];
            columns.extend(chunk.iter().map(|b| Column::text(&b.bidder, share)));
            let mut rows: Vec<Vec<String>> = self
                .tender
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let number = i + 1;
                    let mut row = vec![
                        number.to_string(),
                        self.item_name(number, &item.requirement),
                        self.modality(number),
                    ];
                    row.extend(chunk.iter().map(|b| {
                        b.items
                            .iter()
                            .find(|r| r.number == number)
                            .map_or_else(|| "–".to_owned(), outcome_label)
                    }));
                    row
                })
                .collect();
            let mut musts = vec![String::new(), "MUST items met".to_owned(), String::new()];
            musts.extend(chunk.iter().map(musts_met));
            let mut total = vec![String::new(), "Points".to_owned(), String::new()];
            total.extend(chunk.iter().map(points));
            let mut rank = vec![String::new(), "Rank".to_owned(), String::new()];
            rank.extend(chunk.iter().map(|b| match (&b.rank, &b.status) {
                (Some(r), _) => r.to_string(),
                (None, BidStatus::Excluded(_)) => "excluded".to_owned(),
                (None, _) => "not ranked yet".to_owned(),
            }));
            rows.extend([musts, total, rank]);
            report.table(columns, rows);
        }
    }
}
