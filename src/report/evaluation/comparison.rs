//! Chapters 2 to 4 of the evaluation report: the ranking, the method, and the side-by-side
//! matrix of every item and bid.

use super::super::blocks::{Column, Report, TextStyle, bullets};
use crate::procurement::{BidResult, BidStatus, ResponseCode};

use super::*;

impl Context<'_> {
    pub(super) fn ranking(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-ranking"));
        if self.evaluation.bids.is_empty() {
            report.paragraph(TextStyle::Body, w.get("eval-none"));
            return;
        }
        report.paragraph(TextStyle::Body, w.get("eval-ranking-intro"));
        report.table(
            vec![
                Column::number(&w.get("eval-col-rank"), 0.07),
                Column::text(&w.get("eval-col-bidder"), 0.27),
                Column::number(&w.get("eval-col-musts-met"), 0.13),
                Column::number(&w.get("eval-col-points"), 0.13),
                Column::text(&w.get("eval-col-status"), 0.4),
            ],
            self.evaluation
                .bids
                .iter()
                .map(|b| {
                    vec![
                        b.rank.map_or_else(|| "–".to_owned(), |r| r.to_string()),
                        b.bidder.clone(),
                        self.musts_met(b),
                        self.points(b),
                        self.status_label(&b.status),
                    ]
                })
                .collect(),
        );
    }

    pub(super) fn method(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-method"));
        let total = self.tender.weight_total();
        let response = |code| [("response", self.response_label(code).into())];
        let rules = [
            w.with("eval-rule-must", &response(ResponseCode::DoesNotMeet)),
            w.with("eval-rule-should", &[("total", total.to_string().into())]),
            w.with(
                "eval-rule-equivalent",
                &response(ResponseCode::MeetsEquivalent),
            ),
            w.get("eval-rule-unanswered"),
            w.get("eval-rule-ranking"),
            w.get("eval-rule-sources"),
        ];
        report.paragraph(TextStyle::Body, bullets(&rules));
    }

    pub(super) fn matrix(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-matrix"));
        let bids = &self.evaluation.bids;
        if bids.is_empty() || self.tender.items.is_empty() {
            report.paragraph(TextStyle::Body, w.get("eval-none"));
            return;
        }
        report.paragraph(
            TextStyle::Body,
            w.with(
                "eval-matrix-intro",
                &[
                    ("pass", w.get("eval-pass").into()),
                    ("fail", w.get("eval-fail").into()),
                    ("pending", w.get("eval-pending").into()),
                    (
                        "response",
                        self.response_label(ResponseCode::MeetsEquivalent).into(),
                    ),
                ],
            ),
        );
        // Tables of equal size (5 bids: 3 and 2, not 4 and 1), none wider than MATRIX_BIDDERS.
        let size = bids.len().div_ceil(bids.len().div_ceil(MATRIX_BIDDERS));
        let chunks: Vec<&[BidResult]> = bids.chunks(size).collect();
        for (index, chunk) in chunks.iter().enumerate() {
            if chunks.len() > 1 {
                let from = index * size + 1;
                let to = from + chunk.len() - 1;
                let range = [
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                    ("total", bids.len().to_string().into()),
                ];
                report.heading(
                    2,
                    if from == to {
                        w.with("eval-matrix-bid", &range)
                    } else {
                        w.with("eval-matrix-bids", &range)
                    },
                );
            }
            let share = 0.58 / MATRIX_BIDDERS as f32;
            let mut columns = vec![
                Column::number(&w.get("eval-col-no"), 0.05),
                Column::text(&w.get("eval-col-item"), 0.27),
                Column::text(&w.get("eval-col-modality"), 0.1),
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
                            .map_or_else(|| "–".to_owned(), |r| self.outcome_label(r))
                    }));
                    row
                })
                .collect();
            let mut musts = vec![String::new(), w.get("eval-col-musts-met"), String::new()];
            musts.extend(chunk.iter().map(|b| self.musts_met(b)));
            let mut total = vec![String::new(), w.get("eval-col-points"), String::new()];
            total.extend(chunk.iter().map(|b| self.points(b)));
            let mut rank = vec![String::new(), w.get("eval-col-rank"), String::new()];
            rank.extend(chunk.iter().map(|b| match (&b.rank, &b.status) {
                (Some(r), _) => r.to_string(),
                (None, BidStatus::Excluded(_)) => w.get("eval-rank-excluded"),
                (None, _) => w.get("eval-rank-not-yet"),
            }));
            rows.extend([musts, total, rank]);
            report.table(columns, rows);
        }
    }
}
