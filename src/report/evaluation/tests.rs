//! Tests of the evaluation report.

use super::*;
use crate::catalog;
use crate::procurement::ResponseCode;
use crate::procurement::{EquivalenceDecision, ItemResponse, evaluate, example_tender};
use crate::report::blocks::Block;

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
