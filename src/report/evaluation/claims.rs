//! Chapters 5 to 7 of the evaluation report: the equivalence claims with their decisions,
//! every answer bid by bid, and the files read with their fingerprints.

use super::super::blocks::{Block, Column, Report, TextStyle, bullets};
use crate::procurement::{Equivalence, number_ranges};

use super::*;

impl Context<'_> {
    pub(super) fn equivalences(&self, report: &mut Report) {
        report.heading(1, "5. Equivalence claims");
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
                        ("", "") => "(no comment or evidence given)".to_owned(),
                        (comment, "") => comment.to_owned(),
                        ("", evidence) => format!("Evidence: {evidence}"),
                        (comment, evidence) => format!("{comment}\nEvidence: {evidence}"),
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
                    equivalence_label(result.equivalence).to_owned(),
                    if reason.is_empty() {
                        "(no reason recorded)".to_owned()
                    } else {
                        reason
                    },
                ]);
            }
        }
        if rows.is_empty() {
            report.paragraph(
                TextStyle::Body,
                "No bid answers any item with “Meets by equivalent”.",
            );
        } else {
            report.paragraph(
                TextStyle::Body,
                "Every answer “Meets by equivalent”, with what the bidder offers instead and the evaluators' decision as recorded in the tender file.",
            );
            report.table(
                vec![
                    Column::text("Bidder", 0.14),
                    Column::text("Item", 0.22),
                    Column::text("What the bidder offers", 0.3),
                    Column::text("Decision", 0.11),
                    Column::text("Reason", 0.23),
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
                    if d.accepted { "accepted" } else { "rejected" }
                )
            })
            .collect();
        if !stray.is_empty() {
            report.paragraph(
                TextStyle::Body,
                format!(
                    "These decisions in the tender file match no equivalence claimed in the forms read (or were made on an earlier form of the bidder), so they were not used. Check the bidder's name as written in its form:\n{}",
                    bullets(&stray)
                ),
            );
        }
    }

    pub(super) fn details(&self, report: &mut Report) {
        report.heading(1, "6. Bid by bid");
        if self.evaluation.bids.is_empty() {
            report.paragraph(TextStyle::Body, "None.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            "Every answer of every bid, in ranking order, as written in the bidder's form.",
        );
        for (bid, response) in self.evaluation.bids.iter().zip(&self.responses) {
            report.heading(2, bid.bidder.clone());
            let mut facts = vec![
                ("Status".to_owned(), bid.status.label()),
                (
                    "Rank".to_owned(),
                    bid.rank
                        .map_or_else(|| "not ranked".to_owned(), |r| r.to_string()),
                ),
                ("MUST items met".to_owned(), musts_met(bid)),
                ("Points".to_owned(), points(bid)),
            ];
            if let Some(r) = response {
                facts.push(("Form read".to_owned(), r.source.clone()));
            }
            report.push(Block::Facts(facts));
            if response.is_none() {
                report.paragraph(
                    TextStyle::Note,
                    "The form this bid was evaluated from was not given to the report, so its evidence and comments cannot be shown.",
                );
            }
            let rows = bid
                .items
                .iter()
                .map(|result| {
                    let answer = response.and_then(|r| r.answer(&result.requirement));
                    let (code, evidence, comment) = match answer {
                        Some(a) => (
                            a.code.label().to_owned(),
                            a.evidence.trim().to_owned(),
                            a.comment.trim().to_owned(),
                        ),
                        None if response.is_some() => {
                            ("(no answer)".to_owned(), String::new(), String::new())
                        }
                        None => (result.code.label().to_owned(), String::new(), String::new()),
                    };
                    vec![
                        result.number.to_string(),
                        self.item_name(result.number, &result.requirement),
                        code,
                        evidence,
                        comment,
                        outcome_label(result),
                    ]
                })
                .collect();
            report.table(
                vec![
                    Column::number("No.", 0.05),
                    Column::text("Item", 0.22),
                    Column::text("Response", 0.12),
                    Column::text("Evidence reference", 0.22),
                    Column::text("Comment", 0.25),
                    Column::text("Result", 0.14),
                ],
                rows,
            );
        }
    }

    pub(super) fn files(&self, report: &mut Report) {
        report.heading(1, "7. Files read");
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
            report.paragraph(TextStyle::Body, "None.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            "The response forms this evaluation was made from. The fingerprint is the SHA-256 of each file: a file that gives the same fingerprint is exactly the file read.",
        );
        report.table(
            vec![
                Column::text("Bidder", 0.2),
                Column::text("File", 0.3),
                Column::text("SHA-256 fingerprint", 0.5),
            ],
            rows,
        );
        let items: Vec<usize> = (1..=self.tender.items.len()).collect();
        report.paragraph(
            TextStyle::Note,
            format!(
                "Items {} of the tender “{}”; the item texts are in the tender annex.",
                number_ranges(&items),
                self.tender.title
            ),
        );
    }
}
