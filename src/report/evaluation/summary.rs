//! Chapter 1 of the evaluation report and the title block before it: who ranks first, which
//! bids are excluded and exactly why, what still waits for an equivalence decision.

use super::super::blocks::{Report, TextStyle, bullets};
use super::super::tender_parts::title_block;
use crate::procurement::{BidResult, BidStatus, Equivalence, ItemResult, Outcome};

use super::*;

impl Context<'_> {
    pub(super) fn title_block(&self, report: &mut Report, date: &str) {
        let t = self.tender;
        let w = &self.words;
        let labels = [
            "eval-fact-issued",
            "eval-fact-made",
            "eval-fact-bids",
            "eval-fact-items",
            "eval-fact-program",
        ]
        .map(|id| w.get(id));
        let values = [
            self.date(&t.date),
            self.date(date),
            self.evaluation.bids.len().to_string(),
            self.item_summary(),
            format!("MIM Assistant {}", env!("CARGO_PKG_VERSION")),
        ];
        title_block(
            report,
            t,
            &w.get("eval-kicker"),
            &w.get("eval-name"),
            labels.iter().map(String::as_str).zip(values).collect(),
        );
    }

    /// A date as the report's language writes it: the ISO date an English report has always
    /// printed, the words of other languages ("1 mars 2026", "1. März 2026"), as in the annex.
    fn date(&self, iso: &str) -> String {
        if self.words.language() == "en" {
            iso.to_owned()
        } else {
            self.words.date(iso)
        }
    }

    /// "16 items: 10 MUST (pass/fail) and 6 SHOULD (weighted, 100 points in total)".
    fn item_summary(&self) -> String {
        let t = self.tender;
        let musts = t.must_count();
        self.words.with(
            "eval-item-summary",
            &[
                ("items", t.items.len().into()),
                ("musts", musts.into()),
                ("shoulds", (t.items.len() - musts).into()),
                ("total", t.weight_total().to_string().into()),
            ],
        )
    }

    pub(super) fn summary(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-summary"));
        let bids = &self.evaluation.bids;
        if bids.is_empty() {
            report.paragraph(TextStyle::Lead, w.get("eval-no-bids"));
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
            [] if !undecided.is_empty() => w.get("eval-lead-undecided"),
            [] => w.get("eval-lead-none"),
            [one] => w.with(
                "eval-lead-one",
                &[
                    ("bidder", (&one.bidder).into()),
                    ("points", self.points(one).into()),
                ],
            ),
            many => w.with(
                "eval-lead-many",
                &[
                    (
                        "bidders",
                        self.and_list(&many.iter().map(|b| b.bidder.as_str()).collect::<Vec<_>>())
                            .into(),
                    ),
                    ("points", self.points(many[0]).into()),
                ],
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
                w.with("eval-provisional", &[("count", open_claims.into())]),
            );
        }
        let mut parts = Vec::new();
        for (n, id) in [
            (compliant, "eval-part-compliant"),
            (undecided.len(), "eval-part-undecided"),
            (excluded.len(), "eval-part-excluded"),
        ] {
            if n > 0 {
                parts.push(w.with(id, &[("count", n.into())]));
            }
        }
        report.paragraph(
            TextStyle::Body,
            w.with(
                "eval-evaluated",
                &[
                    ("count", bids.len().into()),
                    ("parts", self.and_list(&parts).into()),
                ],
            ),
        );
        self.excluded(report, &excluded);
        self.undecided(report, &undecided);
        self.open_should_points(report);
    }

    /// Each excluded bid with the MUST items it fails and why.
    fn excluded(&self, report: &mut Report, excluded: &[&BidResult]) {
        let w = &self.words;
        let rejected = w.get("eval-why-rejected");
        let does_not_meet = w.with(
            "eval-why-does-not-meet",
            &[(
                "response",
                self.response_label(ResponseCode::DoesNotMeet).into(),
            )],
        );
        for bid in excluded {
            let lines = bullets(
                bid.items
                    .iter()
                    .filter(|i| i.outcome == Outcome::Fail)
                    .map(|i| {
                        let why = match i.equivalence {
                            Equivalence::Rejected => &rejected,
                            _ => &does_not_meet,
                        };
                        format!("{} — {why}", self.item_ref(i))
                    }),
            );
            report.paragraph(
                TextStyle::Body,
                format!(
                    "{}\n{lines}",
                    w.with("eval-excluded", &[("bidder", (&bid.bidder).into())])
                ),
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
            let text = self.words.with(
                "eval-undecided",
                &[
                    ("bidder", (&bid.bidder).into()),
                    ("count", pending.len().into()),
                    ("points", self.points(bid).into()),
                ],
            );
            report.paragraph(TextStyle::Body, format!("{text}\n{lines}"));
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
                format!("{}\n{}", self.words.get("eval-open-should"), bullets(&open)),
            );
        }
    }
}
