//! Chapters 5 to 7 of the evaluation report: the equivalence claims with their decisions,
//! every answer bid by bid, and the files read with their fingerprints.

use super::super::blocks::{Block, Column, Report, TextStyle, bullets};
use crate::procurement::{Equivalence, ResponseCode, number_ranges};

use super::*;

impl Context<'_> {
    pub(super) fn equivalences(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-claims"));
        let evidence_line =
            |evidence: &str| w.with("eval-offered-evidence", &[("evidence", evidence.into())]);
        let mut rows = Vec::new();
        for (bid, response) in self.evaluation.bids.iter().zip(&self.responses) {
            for result in bid
                .items
                .iter()
                .filter(|i| i.equivalence != Equivalence::NotClaimed)
            {
                let answer = response.and_then(|r| r.answer(&result.requirement));
                let offered = answer.map_or_else(String::new, |a| {
                    match (a.comment.trim(), a.evidence.trim()) {
                        ("", "") => w.get("eval-offered-nothing"),
                        (comment, "") => comment.to_owned(),
                        ("", evidence) => evidence_line(evidence),
                        (comment, evidence) => format!("{comment}\n{}", evidence_line(evidence)),
                    }
                });
                let form = response.map_or("", |r| r.fingerprint.as_str());
                let reason = self
                    .tender
                    .decision(&bid.bidder, &result.requirement, form)
                    .map_or_else(|| "–".to_owned(), |d| d.reason.trim().to_owned());
                rows.push(vec![
                    bid.bidder.clone(),
                    format!(
                        "{}. {}",
                        result.number,
                        self.item_name(result.number, &result.requirement)
                    ),
                    offered,
                    self.equivalence_label(result.equivalence),
                    if reason.is_empty() {
                        w.get("eval-no-reason")
                    } else {
                        reason
                    },
                ]);
            }
        }
        let equivalent = [(
            "response",
            self.response_label(ResponseCode::MeetsEquivalent).into(),
        )];
        if rows.is_empty() {
            report.paragraph(TextStyle::Body, w.with("eval-no-claims", &equivalent));
        } else {
            report.paragraph(TextStyle::Body, w.with("eval-claims-intro", &equivalent));
            report.table(
                vec![
                    // Wide enough for "Anbudsgivare" in bold on one line.
                    Column::text(&w.get("eval-col-bidder"), 0.16),
                    Column::text(&w.get("eval-col-item"), 0.22),
                    Column::text(&w.get("eval-col-offered"), 0.28),
                    Column::text(&w.get("eval-col-decision"), 0.11),
                    Column::text(&w.get("eval-col-reason"), 0.23),
                ],
                rows,
            );
        }
        // Decisions that match no claim: a misspelt bidder name, a claim since withdrawn, or a
        // decision made on an earlier form of the bidder.
        let stray: Vec<String> = self
            .tender
            .decisions
            .iter()
            .filter(|d| {
                !self
                    .evaluation
                    .bids
                    .iter()
                    .zip(&self.responses)
                    .any(|(b, r)| {
                        let form = r.map_or("", |r| r.fingerprint.as_str());
                        b.bidder == d.bidder
                            && (d.form_sha256.is_empty() || d.form_sha256 == form)
                            && b.items.iter().any(|i| {
                                i.requirement == d.requirement
                                    && i.equivalence != Equivalence::NotClaimed
                            })
                    })
            })
            .map(|d| {
                format!(
                    "{} — {} ({})",
                    d.bidder,
                    d.requirement,
                    w.get(if d.accepted {
                        "eval-stray-accepted"
                    } else {
                        "eval-stray-rejected"
                    })
                )
            })
            .collect();
        if !stray.is_empty() {
            report.paragraph(
                TextStyle::Body,
                format!("{}\n{}", w.get("eval-stray"), bullets(&stray)),
            );
        }
    }

    pub(super) fn details(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-details"));
        if self.evaluation.bids.is_empty() {
            report.paragraph(TextStyle::Body, w.get("eval-none"));
            return;
        }
        report.paragraph(TextStyle::Body, w.get("eval-details-intro"));
        for (bid, response) in self.evaluation.bids.iter().zip(&self.responses) {
            report.heading(2, bid.bidder.clone());
            let mut facts = vec![
                (w.get("eval-col-status"), self.status_label(&bid.status)),
                (
                    w.get("eval-col-rank"),
                    bid.rank
                        .map_or_else(|| w.get("eval-not-ranked"), |r| r.to_string()),
                ),
                (w.get("eval-col-musts-met"), self.musts_met(bid)),
                (w.get("eval-col-points"), self.points(bid)),
            ];
            if let Some(r) = response {
                facts.push((w.get("eval-fact-form"), r.source.clone()));
            }
            report.push(Block::Facts(facts));
            if response.is_none() {
                report.paragraph(TextStyle::Note, w.get("eval-no-form"));
            }
            let rows = bid
                .items
                .iter()
                .map(|result| {
                    let answer = response.and_then(|r| r.answer(&result.requirement));
                    let (code, evidence, comment) = match answer {
                        Some(a) => (
                            self.response_label(a.code),
                            a.evidence.trim().to_owned(),
                            a.comment.trim().to_owned(),
                        ),
                        None if response.is_some() => {
                            (w.get("eval-no-answer"), String::new(), String::new())
                        }
                        None => (
                            self.response_label(result.code),
                            String::new(),
                            String::new(),
                        ),
                    };
                    vec![
                        result.number.to_string(),
                        self.item_name(result.number, &result.requirement),
                        code,
                        evidence,
                        comment,
                        self.outcome_label(result),
                    ]
                })
                .collect();
            report.table(
                vec![
                    Column::number(&w.get("eval-col-no"), 0.05),
                    Column::text(&w.get("eval-col-item"), 0.22),
                    Column::text(&w.get("eval-col-response"), 0.12),
                    Column::text(&w.get("eval-col-evidence"), 0.22),
                    Column::text(&w.get("eval-col-comment"), 0.25),
                    Column::text(&w.get("eval-col-result"), 0.14),
                ],
                rows,
            );
        }
    }

    pub(super) fn files(&self, report: &mut Report) {
        let w = &self.words;
        report.heading(1, w.get("eval-files"));
        let rows: Vec<Vec<String>> = self
            .responses
            .iter()
            .zip(&self.evaluation.bids)
            .filter_map(|(r, bid)| {
                r.map(|r| {
                    // Two lines of 32 digits read better than a wrap at any place.
                    let fingerprint = if r.fingerprint.len() == 64 && r.fingerprint.is_ascii() {
                        format!("{}\n{}", &r.fingerprint[..32], &r.fingerprint[32..])
                    } else {
                        r.fingerprint.clone()
                    };
                    vec![bid.bidder.clone(), r.source.clone(), fingerprint]
                })
            })
            .collect();
        if rows.is_empty() {
            report.paragraph(TextStyle::Body, w.get("eval-none"));
            self.binding_notice(report);
            return;
        }
        report.paragraph(TextStyle::Body, w.get("eval-files-intro"));
        report.table(
            vec![
                Column::text(&w.get("eval-col-bidder"), 0.2),
                Column::text(&w.get("eval-col-file"), 0.3),
                Column::text(&w.get("eval-col-fingerprint"), 0.5),
            ],
            rows,
        );
        let items: Vec<usize> = (1..=self.tender.items.len()).collect();
        report.paragraph(
            TextStyle::Note,
            w.with(
                "eval-files-note",
                &[
                    ("items", number_ranges(&items).into()),
                    ("title", (&self.tender.title).into()),
                ],
            ),
        );
        self.binding_notice(report);
    }

    /// Which text binds, in a report in another language than English (an English report
    /// needs no such notice).
    fn binding_notice(&self, report: &mut Report) {
        if self.tender.language != "en" {
            report.paragraph(TextStyle::Note, self.words.get("eval-binding-notice"));
        }
    }
}
