//! Procurement as scripts and the library use it: the tender file's round trip and located
//! errors, presets and warnings, evaluation rules on hand-made bids, and the `example tender`,
//! `annex`, `evaluate` and `validate` commands with their exit codes.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;
use std::process::Output;

use mim_assistant::catalog::SourceFile;
use mim_assistant::procurement::{
    BidResponse, BidStatus, EquivalenceDecision, ItemResponse, Modality, Placement, Preset,
    ResponseCode, Tender, TenderWarning, check_tender, evaluate, example_tender, load_tender,
    parse_tender, save_tender, spread_weights,
};

mod common;
#[path = "common/forms.rs"]
mod forms;

fn run(args: &[&str]) -> Output {
    common::run_cli(args)
}

use common::text;

fn path(dir: &Path, name: &str) -> String {
    dir.join(name).display().to_string()
}

#[test]
fn a_tender_survives_save_and_load_unchanged() {
    let library = common::shipped();
    let dir = tempfile::tempdir().unwrap();
    let mut tender = example_tender(&library);
    tender.decisions.push(EquivalenceDecision {
        bidder: "Kanal Systems Oy".into(),
        requirement: "mim6:R4".into(),
        accepted: true,
        reason: "Ålands certifikat, ‘equivalent’ per Art. 44".into(),
        form_sha256: String::new(),
    });
    let file = dir.path().join("t.mimtender.ron");
    save_tender(&tender, &file).unwrap();
    assert_eq!(load_tender(&file).unwrap(), tender);
    // Saving again keeps the previous version as a backup.
    tender.title.push_str(" (2)");
    save_tender(&tender, &file).unwrap();
    assert!(dir.path().join("t.mimtender.ron.bak").exists());
    assert_eq!(load_tender(&file).unwrap().title, tender.title);
}

#[test]
fn a_broken_tender_file_is_located() {
    let library = common::shipped();
    let good = ron::ser::to_string_pretty(
        &example_tender(&library),
        ron::ser::PrettyConfig::new().struct_names(true),
    )
    .unwrap();
    let bad = good.replacen("modality: Must", "modality: Mandatory", 1);
    let line = bad.lines().position(|l| l.contains("Mandatory")).unwrap() + 1;
    let file = SourceFile {
        path: "bad.mimtender.ron".into(),
        text: bad,
    };
    let problem = parse_tender(&file).unwrap_err().to_string();
    assert!(
        problem.starts_with(&format!("bad.mimtender.ron:{line}:")),
        "{problem}"
    );
    let future = SourceFile {
        path: "future.mimtender.ron".into(),
        text: good.replacen("format_version: 1", "format_version: 7", 1),
    };
    let problem = parse_tender(&future).unwrap_err().to_string();
    assert!(problem.contains("format_version 7"), "{problem}");
}

#[test]
fn presets_defaults_and_warnings() {
    let library = common::shipped();
    let core = Preset::find("mim6-core").unwrap().requirements(&library);
    assert_eq!(core.len(), 6);
    let foundational = Preset::find("foundational").unwrap().requirements(&library);
    assert!(
        foundational
            .iter()
            .all(|v| ["mim0", "mim1", "mim2"].contains(&v.framework.id.as_str()))
    );

    let mut tender = Tender::new("Ångby kommun", "Sensors", "Å-1");
    assert_eq!(check_tender(&tender, &library), vec![TenderWarning::Empty]);
    tender.items = Preset::find("clauses")
        .unwrap()
        .requirements(&library)
        .iter()
        .map(mim_assistant::procurement::default_item)
        .collect();
    // Clauses with SHOULD strength start as weighted award criteria with no weight yet.
    assert!(
        check_tender(&tender, &library)
            .iter()
            .any(|w| matches!(w, TenderWarning::WeightsNot100 { total: 0 }))
    );
    spread_weights(&mut tender.items);
    assert_eq!(tender.weight_total(), 100);
    let contract = tender
        .items
        .iter()
        .find(|i| i.requirement == "clauses:CL-EXIT")
        .unwrap();
    assert_eq!(contract.modality, Modality::Must);
    assert_eq!(contract.placement, Placement::ContractClause);
    // CL-EXIT and CL-SEC-INC leave a number of days and hours to the buyer.
    let exit = tender.number_of("clauses:CL-EXIT").unwrap();
    let incident = tender.number_of("clauses:CL-SEC-INC").unwrap();
    let unfilled: Vec<usize> = check_tender(&tender, &library)
        .iter()
        .map(|w| match w {
            TenderWarning::Unfilled {
                number,
                placeholder,
                ..
            } if placeholder == "number" => *number,
            other => panic!("unexpected warning {other:?}"),
        })
        .collect();
    assert_eq!(unfilled, [exit, incident]);
    tender.items[exit - 1].fill_ins = vec!["30".into()];
    tender.items[incident - 1].fill_ins = vec!["24".into()];
    assert!(
        check_tender(&tender, &library).is_empty(),
        "{:?}",
        check_tender(&tender, &library)
    );
    let text = mim_assistant::procurement::item_text(&tender.items[exit - 1], &library);
    assert!(
        text.contains("within 30 days") && !text.contains('['),
        "{text}"
    );

    // mim6:R2 names OpenID Connect: as a MUST without "or equivalent" it is flagged.
    let default_item = mim_assistant::procurement::default_item;
    let mut item = default_item(&library.requirement("mim6:R2").unwrap());
    assert!(
        item.or_equivalent,
        "a clause naming a standard starts with the wording on"
    );
    item.or_equivalent = false;
    tender.items.push(item);
    let flagged = TenderWarning::StandardWithoutEquivalent {
        number: tender.items.len(),
        requirement: "mim6:R2".into(),
    };
    assert!(check_tender(&tender, &library).contains(&flagged));
    // mim6:R5 names TLS but says "or equivalent" itself: no warning without the wording.
    let mut item = default_item(&library.requirement("mim6:R5").unwrap());
    item.or_equivalent = false;
    tender.items.push(item);
    assert_eq!(check_tender(&tender, &library), vec![flagged]);
    // No MUST at all.
    tender.items.retain(|i| i.modality != Modality::Must);
    assert!(check_tender(&tender, &library).contains(&TenderWarning::NoMust));
}

fn bid(bidder: &str, tender: &Tender, except: &[(&str, ResponseCode)]) -> BidResponse {
    BidResponse {
        bidder: bidder.into(),
        source: format!("{bidder}.xlsx"),
        fingerprint: String::new(),
        answers: tender
            .items
            .iter()
            .map(|item| ItemResponse {
                requirement: item.requirement.clone(),
                code: except
                    .iter()
                    .find(|(id, _)| *id == item.requirement)
                    .map_or(ResponseCode::Meets, |(_, code)| *code),
                evidence: "doc".into(),
                comment: String::new(),
            })
            .collect(),
    }
}

#[test]
fn evaluation_excludes_on_a_failed_must_and_counts_equivalents_once_accepted() {
    let library = common::shipped();
    let mut tender = example_tender(&library);
    // The example's SHOULD items: mim0:R3.1 25, mim2:R4.1 20, mim6:R4 25, CL-DOCS 15,
    // CL-TRAIN 15 (= 100).
    assert_eq!(tender.weight_total(), 100);
    let a = bid(
        "A",
        &tender,
        &[("clauses:CL-TRAIN", ResponseCode::DoesNotMeet)],
    );
    let b = bid(
        "B",
        &tender,
        &[
            ("mim6:R4", ResponseCode::MeetsEquivalent),
            ("mim6:R1", ResponseCode::MeetsEquivalent),
        ],
    );
    let c = bid(
        "C",
        &tender,
        &[("clauses:CL-EXIT", ResponseCode::DoesNotMeet)],
    );
    // Undecided: B's MUST item mim6:R1 waits; its SHOULD mim6:R4 earns 0 for now.
    let first = evaluate(&tender, &[a.clone(), b.clone(), c.clone()]);
    let find = |e: &mim_assistant::procurement::Evaluation, name: &str| {
        e.bids.iter().find(|x| x.bidder == name).unwrap().clone()
    };
    // A misses CL-TRAIN: 100 − 15 = 85.
    assert_eq!(find(&first, "A").points, 85);
    assert_eq!(find(&first, "A").rank, Some(1));
    let number_r1 = tender.number_of("mim6:R1").unwrap();
    assert_eq!(
        find(&first, "B").status,
        BidStatus::Undecided(vec![number_r1])
    );
    // B's mim6:R4 (25) waits for a decision: 75.
    assert_eq!(find(&first, "B").points, 75);
    let number_exit = tender.number_of("clauses:CL-EXIT").unwrap();
    assert_eq!(
        find(&first, "C").status,
        BidStatus::Excluded(vec![number_exit])
    );
    assert_eq!(find(&first, "C").rank, None);
    assert_eq!(
        first
            .bids
            .iter()
            .map(|b| b.bidder.as_str())
            .collect::<Vec<_>>(),
        ["A", "B", "C"]
    );

    // Accepting both of B's equivalences: B meets every MUST and has 100 points, ahead of A.
    for requirement in ["mim6:R1", "mim6:R4"] {
        tender.decisions.push(EquivalenceDecision {
            bidder: "B".into(),
            requirement: requirement.into(),
            accepted: true,
            reason: String::new(),
            form_sha256: String::new(),
        });
    }
    let second = evaluate(&tender, &[a.clone(), b.clone(), c.clone()]);
    assert_eq!(find(&second, "B").points, 100);
    assert_eq!(find(&second, "B").rank, Some(1));
    assert_eq!(find(&second, "A").rank, Some(2));

    // Rejecting the MUST equivalence excludes B.
    tender.decisions[0].accepted = false;
    let third = evaluate(&tender, &[a, b, c]);
    assert_eq!(
        find(&third, "B").status,
        BidStatus::Excluded(vec![number_r1])
    );
}

#[test]
fn equal_points_share_a_rank() {
    let library = common::shipped();
    let tender = example_tender(&library);
    let same = [bid("X", &tender, &[]), bid("Y", &tender, &[])];
    let evaluation = evaluate(&tender, &same);
    assert!(evaluation.bids.iter().all(|b| b.rank == Some(1)));
}

#[test]
fn the_command_line_writes_annex_and_form_and_evaluates_bids() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let tender_file = path(dir, "sjobacka.mimtender.ron");
    let out = run(&["example", "tender", "-o", &tender_file]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = run(&["validate", &tender_file]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("16 items"));

    let annex = path(dir, "annex.pdf");
    let form = path(dir, "form.xlsx");
    let out = run(&["annex", &tender_file, "-o", &annex, "--form", &form]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read(&annex).unwrap().starts_with(b"%PDF"));
    assert!(std::fs::read(&form).unwrap().starts_with(b"PK"));
    let out = run(&[
        "annex",
        &tender_file,
        "-o",
        &annex,
        "--form",
        &path(dir, "f.ods"),
    ]);
    assert_eq!(out.status.code(), Some(2));

    // Two bidders fill the CSV form; one fails item 9 (clauses:CL-EXIT, a MUST).
    let csv_form = path(dir, "form.csv");
    let out = run(&["annex", &tender_file, "-o", &annex, "--form", &csv_form]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let blank = std::fs::read_to_string(&csv_form).unwrap();
    let tender = load_tender(Path::new(&tender_file)).unwrap();
    assert_eq!(tender.number_of("clauses:CL-EXIT"), Some(9));
    let twelve = tender.items[11].requirement.clone();
    let nordvik = path(dir, "nordvik.csv");
    let kanal = path(dir, "kanal.csv");
    std::fs::write(
        &nordvik,
        forms::fill_csv(
            &blank,
            "Nordvik Data AB",
            &[(12, "Meets by equivalent", "INSPIRE GML")],
        ),
    )
    .unwrap();
    std::fs::write(
        &kanal,
        forms::fill_csv(&blank, "Kanal Systems Oy", &[(9, "Does not meet", "")]),
    )
    .unwrap();
    let evaluation = path(dir, "evaluation.pdf");
    let out = run(&[
        "evaluate",
        &tender_file,
        &nordvik,
        &kanal,
        "-o",
        &evaluation,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    // Item 12 (mim2:R4.1, weight 20) waits for a decision: 80 points.
    assert!(
        stdout.contains(" 1  Nordvik Data AB: 80 of 100 points"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Kanal Systems Oy: 100 of 100 points — Excluded (fails item 9)"),
        "{stdout}"
    );
    assert!(std::fs::read(&evaluation).unwrap().starts_with(b"%PDF"));
    // Accepting the equivalence on the command line gives the full weight.
    let out = run(&[
        "evaluate",
        &tender_file,
        &nordvik,
        &kanal,
        "-o",
        &evaluation,
        "--accept",
        &format!("Nordvik Data AB#{twelve}"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Nordvik Data AB: 100 of 100 points"));

    // A broken form: exit 1, located, and no evaluation is written.
    std::fs::remove_file(&evaluation).unwrap();
    let broken = path(dir, "broken.csv");
    std::fs::write(
        &broken,
        forms::fill_csv(&blank, "Brightwater", &[(3, "Yes", "")]),
    )
    .unwrap();
    let out = run(&[
        "evaluate",
        &tender_file,
        &nordvik,
        &broken,
        "-o",
        &evaluation,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("broken.csv:{}:", 6 + 3)),
        "{stderr}"
    );
    assert!(!Path::new(&evaluation).exists());
}

#[test]
fn a_tender_naming_an_unknown_requirement_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let file = path(dir.path(), "t.mimtender.ron");
    assert_eq!(
        run(&["example", "tender", "-o", &file]).status.code(),
        Some(0)
    );
    let text_before = std::fs::read_to_string(&file).unwrap();
    let broken = text_before.replacen("\"mim6:R2\"", "\"mim6:R99\"", 1);
    let line = broken.lines().position(|l| l.contains("mim6:R99")).unwrap() + 1;
    std::fs::write(&file, broken).unwrap();
    for args in [
        vec!["validate", file.as_str()],
        vec!["annex", file.as_str(), "-o", "/nonexistent/never.pdf"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(&format!("t.mimtender.ron:{line}:")),
            "{stderr}"
        );
        assert!(stderr.contains("mim6:R99"), "{stderr}");
    }
}

#[test]
fn a_weight_over_100_is_located_and_the_sum_does_not_wrap() {
    let dir = tempfile::tempdir().unwrap();
    let file = path(dir.path(), "t.mimtender.ron");
    assert_eq!(
        run(&["example", "tender", "-o", &file]).status.code(),
        Some(0)
    );
    let text_before = std::fs::read_to_string(&file).unwrap();
    let broken = text_before
        .replacen("weight: 20", "weight: 4294967295", 1)
        .replacen("weight: 15", "weight: 101", 1);
    let line = broken
        .lines()
        .position(|l| l.contains("4294967295"))
        .unwrap()
        + 1;
    std::fs::write(&file, &broken).unwrap();
    let out = run(&["validate", &file]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("t.mimtender.ron:{line}:")),
        "{stderr}"
    );
    assert!(
        stderr.contains("weight 4294967295 is more than 100"),
        "{stderr}"
    );
    let tender = load_tender(Path::new(&file)).unwrap();
    assert_eq!(tender.weight_total(), u32::MAX);
}

#[test]
fn a_must_among_the_award_criteria_is_flagged() {
    let library = common::shipped();
    let mut tender = example_tender(&library);
    assert!(check_tender(&tender, &library).is_empty());
    tender.items[0].placement = Placement::AwardCriteria;
    assert_eq!(
        check_tender(&tender, &library),
        vec![TenderWarning::PlacementMismatch {
            number: 1,
            requirement: tender.items[0].requirement.clone()
        }]
    );
}

#[test]
fn a_decision_made_on_an_earlier_form_is_not_applied_to_a_new_one() {
    let library = common::shipped();
    let mut tender = example_tender(&library);
    let mut b = bid("B", &tender, &[("mim6:R4", ResponseCode::MeetsEquivalent)]);
    b.fingerprint = "sha-of-the-second-form".into();
    tender.decisions.push(EquivalenceDecision {
        bidder: "B".into(),
        requirement: "mim6:R4".into(),
        accepted: true,
        reason: String::new(),
        form_sha256: "sha-of-the-first-form".into(),
    });
    let number = tender.number_of("mim6:R4").unwrap();
    let undecided = evaluate(&tender, std::slice::from_ref(&b));
    assert_eq!(undecided.bids[0].points, 75);
    assert_eq!(
        undecided.bids[0].items[number - 1].equivalence,
        mim_assistant::procurement::Equivalence::Undecided
    );
    tender.decisions[0].form_sha256 = b.fingerprint.clone();
    assert_eq!(evaluate(&tender, &[b]).bids[0].points, 100);
}
