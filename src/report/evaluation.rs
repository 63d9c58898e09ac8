//! The evaluation report's content, as blocks: what an evaluation committee needs to decide.
//! Title block, a summary in plain words (who ranks first, which bids are excluded and exactly
//! why, what still waits for an equivalence decision), the ranking, the method, a side-by-side
//! matrix of every item and bid, the equivalence claims with their decisions, every answer bid
//! by bid, and the files read with their fingerprints. Every figure is taken from the
//! [`Evaluation`]; nothing is recomputed here.

use super::blocks::{Block, Column, Report, TextStyle, and_list, bullets, count};
use super::tender_parts::{Document, item_summary, tender_report, title_block};
use crate::catalog::Library;
use crate::procurement::{
    BidResponse, BidResult, BidStatus, Equivalence, Evaluation, ItemResult, Modality, Outcome,
    ResponseCode, Tender, TenderItem, item_title, number_ranges,
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

    fn title_block(&self, report: &mut Report, date: &str) {
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

    fn summary(&self, report: &mut Report) {
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
        for bid in &excluded {
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
        for bid in &undecided {
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
        // Points that may still change: undecided equivalences on SHOULD items.
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

    fn ranking(&self, report: &mut Report) {
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

    fn method(&self, report: &mut Report) {
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

    fn matrix(&self, report: &mut Report) {
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

    fn equivalences(&self, report: &mut Report) {
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

    fn details(&self, report: &mut Report) {
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

    fn files(&self, report: &mut Report) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::procurement::{EquivalenceDecision, ItemResponse, evaluate, example_tender};

    /// A complete response answering "Meets" everywhere except `overrides`.
    fn response(
        tender: &Tender,
        bidder: &str,
        overrides: &[(usize, ResponseCode, &str)],
    ) -> BidResponse {
        BidResponse {
            bidder: bidder.to_owned(),
            source: format!("{}.xlsx", bidder.to_lowercase().replace(' ', "-")),
            fingerprint: "ab".repeat(32),
            answers: tender
                .items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let (code, comment) = overrides
                        .iter()
                        .find(|(n, ..)| *n == i + 1)
                        .map_or((ResponseCode::Meets, ""), |(_, c, comment)| (*c, *comment));
                    ItemResponse {
                        requirement: item.requirement.clone(),
                        code,
                        evidence: format!("https://docs.example/{}", i + 1),
                        comment: comment.to_owned(),
                    }
                })
                .collect(),
        }
    }

    /// Three bidders: Alfa meets everything but one SHOULD, Beta fails MUST item 5, Gamma meets
    /// MUST item 3 and SHOULD item 13 by accepted equivalents and claims one more, undecided,
    /// on SHOULD item 12.
    fn fixture() -> (Library, Tender, Vec<BidResponse>) {
        let library = catalog::load_embedded().library;
        let mut tender = example_tender(&library);
        let responses = vec![
            response(
                &tender,
                "Alfa Data AB",
                &[(16, ResponseCode::DoesNotMeet, "")],
            ),
            response(
                &tender,
                "Beta Systems",
                &[(5, ResponseCode::DoesNotMeet, "Planned for next year")],
            ),
            response(
                &tender,
                "Gamma Cloud",
                &[
                    (
                        3,
                        ResponseCode::MeetsEquivalent,
                        "We use our own linked-data API",
                    ),
                    (12, ResponseCode::MeetsEquivalent, "Schema registry instead"),
                    (13, ResponseCode::MeetsEquivalent, "Equivalent control set"),
                ],
            ),
        ];
        for (number, reason) in [(3, "Shown in the demo"), (13, "Same protection")] {
            tender.decisions.push(EquivalenceDecision {
                bidder: "Gamma Cloud".to_owned(),
                requirement: tender.items[number - 1].requirement.clone(),
                accepted: true,
                reason: reason.to_owned(),
                form_sha256: String::new(),
            });
        }
        (library, tender, responses)
    }

    fn summary_text(report: &Report) -> String {
        let start = report
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Heading { text, .. } if text.ends_with("Summary")))
            .unwrap();
        report.blocks[start + 1..]
            .iter()
            .take_while(|b| !matches!(b, Block::Heading { level: 1, .. }))
            .filter_map(|b| match b {
                Block::Paragraph { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_summary_names_the_winner_and_the_failed_item() {
        let (library, tender, responses) = fixture();
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let summary = summary_text(&report);
        let first = &evaluation.bids[0];
        assert_eq!(first.rank, Some(1));
        assert!(summary.contains(&format!(
            "{} ranks first with {} of {} points",
            first.bidder, first.points, first.available
        )));
        let failed = &tender.items[4];
        let title = item_title(failed, &library);
        assert!(summary.contains("Beta Systems is excluded"), "{summary}");
        assert!(
            summary.contains(&format!("item 5, {} {title}", failed.requirement)),
            "{summary}"
        );
        // Gamma's undecided SHOULD equivalence is named as a point that may change.
        assert!(summary.contains("Gamma Cloud: item 12"), "{summary}");
    }

    #[test]
    fn the_matrix_has_one_column_per_bidder_and_marks_equivalences() {
        let (library, tender, responses) = fixture();
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let matrix = report.tables_with("MUST / weight")[0];
        assert_eq!(matrix.columns.len(), 3 + 3);
        for bid in &evaluation.bids {
            assert!(matrix.columns.iter().any(|c| c.title == bid.bidder));
        }
        let column = |bidder: &str| {
            matrix
                .columns
                .iter()
                .position(|c| c.title == bidder)
                .unwrap()
        };
        let gamma = column("Gamma Cloud");
        assert_eq!(matrix.rows[2][gamma], "Pass (equiv. accepted)");
        assert_eq!(matrix.rows[12][gamma], "25/25 (equiv. accepted)");
        assert_eq!(matrix.rows[11][gamma], "0/20 (equiv. undecided)");
        let beta = column("Beta Systems");
        assert_eq!(matrix.rows[4][beta], "Fail");
        // Points come from the evaluation.
        let points_row = matrix.rows.iter().find(|r| r[1] == "Points").unwrap();
        let bid = evaluation
            .bids
            .iter()
            .find(|b| b.bidder == "Gamma Cloud")
            .unwrap();
        assert_eq!(
            points_row[gamma],
            format!("{} of {}", bid.points, bid.available)
        );
    }

    #[test]
    fn many_bidders_split_the_matrix() {
        let (library, tender, mut responses) = fixture();
        for name in ["Delta", "Epsilon", "Zeta"] {
            responses.push(response(&tender, name, &[]));
        }
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let matrices = report.tables_with("MUST / weight");
        assert_eq!(matrices.len(), 2);
        assert_eq!(matrices[0].columns.len(), 3 + 3);
        assert_eq!(matrices[1].columns.len(), 3 + 3);
        let all = report.texts().join("\n");
        assert!(all.contains("Bids 1 to 3 of 6") && all.contains("Bids 4 to 6 of 6"));
        for bid in &evaluation.bids {
            assert_eq!(
                matrices
                    .iter()
                    .flat_map(|t| &t.columns)
                    .filter(|c| c.title == bid.bidder)
                    .count(),
                1
            );
        }
    }

    #[test]
    fn equivalences_details_and_files_are_listed() {
        let (library, mut tender, responses) = fixture();
        tender.decisions.push(EquivalenceDecision {
            bidder: "Gamma Clod".to_owned(),
            requirement: tender.items[0].requirement.clone(),
            accepted: false,
            reason: String::new(),
            form_sha256: String::new(),
        });
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let all = report.texts().join("\n");
        assert!(all.contains("Shown in the demo"));
        assert!(all.contains("Not decided yet"));
        assert!(all.contains("We use our own linked-data API"));
        assert!(all.contains("Planned for next year"));
        assert!(all.contains("https://docs.example/7"));
        assert!(all.contains("gamma-cloud.xlsx"));
        assert!(all.contains(&format!("{}\n{}", "ab".repeat(16), "ab".repeat(16))));
        assert!(all.contains("Gamma Clod"));
        assert_eq!(report.info.author, tender.buyer);
    }

    #[test]
    fn no_bids_still_lay_out() {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        let evaluation = evaluate(&tender, &[]);
        let report = evaluation_report(&tender, &library, &[], &evaluation);
        assert!(summary_text(&report).contains("No bids were evaluated"));
        assert!(crate::report::render(&report).unwrap().pages > 0);
    }

    #[test]
    fn the_evaluation_lays_out() {
        let (library, tender, responses) = fixture();
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        assert!(crate::report::render(&report).unwrap().pages > 1);
    }

    /// Writes both documents to `$MIM_OUT` (a directory) to look at:
    /// `MIM_OUT=/tmp/out cargo test --lib report::evaluation -- --ignored`.
    #[test]
    #[ignore]
    fn write_pdfs_to_look_at() {
        let Ok(dir) = std::env::var("MIM_OUT") else {
            return;
        };
        let (library, tender, mut responses) = fixture();
        let annex =
            crate::report::render(&crate::report::annex::tender_annex(&tender, &library)).unwrap();
        std::fs::write(format!("{dir}/annex.pdf"), annex.bytes).unwrap();
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let pdf = crate::report::render(&report).unwrap();
        std::fs::write(format!("{dir}/evaluation.pdf"), pdf.bytes).unwrap();
        for name in ["Delta Geodata", "Epsilon Urban"] {
            responses.push(response(
                &tender,
                name,
                &[(2, ResponseCode::MeetsEquivalent, "")],
            ));
        }
        let evaluation = evaluate(&tender, &responses);
        let report = evaluation_report(&tender, &library, &responses, &evaluation);
        let pdf = crate::report::render(&report).unwrap();
        std::fs::write(format!("{dir}/evaluation-5.pdf"), pdf.bytes).unwrap();
    }
}
