//! Every MIM capability and requirement id the reference lists (shared/reference/mims.md) is in
//! the shipped catalogs, with nothing extra; versions and sources are stated honestly; mechanisms,
//! cross-MIM mappings, the NIS2 implementing regulation and the tender clauses are there; no
//! statement is longer than one maturity level can answer.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::collections::BTreeSet;

mod common;

use common::shipped;
use mim_assistant::catalog::{FrameworkKind, Library, Relationship, SourceKind, Strength};

/// Requirement ids per framework as listed in mims.md (current format, plus the 2022 MIM4, MIM5
/// and MIM7 Part 1 sets and the alternative MIM6 numbering). MIM0's best practices and its C4
/// rule have no ids in the source; the keys follow the reference's suggestion.
fn expected_requirements() -> Vec<(&'static str, Vec<String>)> {
    fn ids(list: &str) -> Vec<String> {
        list.split_whitespace().map(str::to_owned).collect()
    }
    let mim0_best_practice = (1..=12).map(|n| format!("C2.BP{n}")).collect::<Vec<_>>();
    let mut mim0 = ids("R1.1 R1.2 R1.3 R1.4 R2.1 R2.2");
    mim0.extend(mim0_best_practice);
    mim0.extend(ids("R3.1 R3.2 C4.rule"));
    vec![
        ("mim0", mim0),
        ("mim1", ids("R1.1 R1.2 R1.3 R1.4 R1.5 R2.1 R2.2 R3.1 R3.2")),
        (
            "mim2",
            ids("R1.1 R1.2a R1.2b R1.3 R2.1 R3.1 R3.2 R3.3 R3.4 R4.1 R4.2"),
        ),
        (
            "mim3",
            ids(
                "RC1.1 RC1.2 RC1.3 RC2.1 RC2.2 RC2.3 RC2.4 RC3.1 RC3.2 RC3.3 RC4.1 RC4.2 \
                 RC4.3 RC5.1 RC5.2 RC5.3 RC5.4 RC5.5 RC6.1 RC6.2 RC6.3 RC7.1 RC7.2",
            ),
        ),
        (
            "mim4",
            ids(
                "Cit-1 Cit-2 Cit-3 Cit-4 Cit-5 Cit-6 Cit-7 Cit-8 City-1 City-2 City-3 City-4 \
                 City-5",
            ),
        ),
        ("mim5", ids("T1 T2 T3 T4 T5 T6")),
        ("mim6", ids("R1 R2 R3 R4 R5 R6")),
        ("mim6alt", ids("R1.1 R1.2 R1.3 R2.1 R3.1 P.8.15")),
        ("mim7", ids("R1.1 R2.1 R3.1 R4.1 R5.1")),
        ("mim7_2022", ids("Req1 Req2 Rec1 Rec2")),
        (
            "mim8",
            ids("R1.1 R1.2 R3.1 R3.2 R3.3 R3.4 R3.5 R4.1 R4.2 R4.3 R4.4 R5.1 R5.2 R6.1"),
        ),
    ]
}

fn requirement_ids(library: &Library, framework: &str) -> Vec<String> {
    library
        .requirements()
        .filter(|v| v.framework.id == framework)
        .map(|v| v.requirement.id.clone())
        .collect()
}

#[test]
fn every_mim_requirement_id_of_the_reference_is_in_the_catalog_and_nothing_else() {
    let library = shipped();
    for (framework, expected) in expected_requirements() {
        let found = requirement_ids(&library, framework);
        let expected_set: BTreeSet<&String> = expected.iter().collect();
        let found_set: BTreeSet<&String> = found.iter().collect();
        let missing: Vec<_> = expected_set.difference(&found_set).collect();
        let extra: Vec<_> = found_set.difference(&expected_set).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{framework}: missing {missing:?}, not in the reference {extra:?}"
        );
        assert_eq!(found.len(), expected.len(), "{framework} repeats an id");
    }
}

#[test]
fn mim_capabilities_are_as_the_reference_numbers_them() {
    let library = shipped();
    for (framework, count) in [
        ("mim0", 4),
        ("mim1", 3),
        ("mim2", 4),
        ("mim3", 7),
        ("mim6", 3),
        ("mim7", 5),
        ("mim8", 6),
    ] {
        let fw = library.framework(framework).expect(framework);
        let ids: Vec<String> = fw.groups.iter().map(|g| g.id.clone()).collect();
        let expected: Vec<String> = (1..=count).map(|n| format!("C{n}")).collect();
        assert_eq!(ids, expected, "{framework} capabilities");
    }
    // MIM8 C2 has no requirements of its own: the catalog says where they live.
    let c2 = library
        .framework("mim8")
        .and_then(|f| f.find_group("C2"))
        .expect("mim8 C2");
    assert!(c2.requirements.is_empty());
    assert!(c2.notes.iter().any(|n| n.contains("MIM3")));
}

#[test]
fn frameworks_are_listed_mims_first_in_number_order() {
    let library = shipped();
    let ids = library.framework_ids();
    let mims: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| library.framework(id).map(|f| f.kind) == Some(FrameworkKind::Mim))
        .collect();
    assert_eq!(
        mims,
        [
            "mim0",
            "mim1",
            "mim2",
            "mim3",
            "mim4",
            "mim5",
            "mim6",
            "mim6alt",
            "mim7",
            "mim7_2022",
            "mim8"
        ]
    );
    assert_eq!(ids[..mims.len()], mims[..], "MIMs come first");
}

#[test]
fn each_mim_states_its_version_and_how_it_is_sourced() {
    let library = shipped();
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        assert!(!fw.version.trim().is_empty(), "{} has no version", fw.id);
        let standing = fw.source_standing();
        assert_eq!(
            standing.primary + standing.secondary + standing.general_knowledge,
            fw.requirement_count(),
            "{}: every requirement cites a known source",
            fw.id
        );
    }
    // Items known only from a secondary copy are labelled so.
    for (framework, id) in [("mim3", "RC5.1"), ("mim8", "R4.1"), ("mim6alt", "R1.1")] {
        let fw = library.framework(framework).expect(framework);
        let view = library.requirement(&format!("{framework}:{id}")).expect(id);
        let source = fw
            .sources
            .iter()
            .find(|s| s.key == view.requirement.source)
            .expect("source");
        assert_eq!(source.kind, SourceKind::Secondary, "{framework}:{id}");
    }
    // The 2022-only MIMs say so in their version.
    for framework in ["mim4", "mim5", "mim7_2022"] {
        let version = &library.framework(framework).expect(framework).version;
        assert!(version.contains("2022"), "{framework}: {version}");
    }
}

#[test]
fn mims_that_name_mechanisms_offer_ways_to_meet_them() {
    let library = shipped();
    let r11 = library.requirement("mim7:R1.1").expect("mim7:R1.1");
    let ways = r11.ways_to_meet();
    let specs: Vec<&str> = ways
        .iter()
        .flat_map(|w| w.specifications().iter().map(String::as_str))
        .collect();
    assert!(
        specs.iter().any(|s| s.contains("OGC API")),
        "MIM7 R1.1 is met through OGC API – Features: {specs:?}"
    );
    for framework in ["mim0", "mim1", "mim2", "mim6", "mim7", "mim8"] {
        let fw = library.framework(framework).expect(framework);
        assert!(!fw.mechanisms.is_empty(), "{framework} names mechanisms");
        let with_ways = library
            .requirements()
            .filter(|v| v.framework.id == framework)
            .filter(|v| !v.ways_to_meet().is_empty())
            .count();
        assert!(
            with_ways > 0,
            "{framework}: no requirement shows a way to meet it"
        );
    }
    // MIM3 publishes no mechanisms; none are invented.
    assert!(
        library
            .framework("mim3")
            .expect("mim3")
            .mechanisms
            .is_empty()
    );
}

#[test]
fn mims_refer_to_each_other_through_mappings() {
    let library = shipped();
    let targets_of = |qid: &str| -> Vec<String> { library.mapped_with(qid) };
    let c4 = targets_of("mim0:C4.rule");
    assert!(c4.iter().any(|t| t.starts_with("mim3:")), "MIM0 C4 → MIM3");
    assert!(c4.iter().any(|t| t.starts_with("mim6:")), "MIM0 C4 → MIM6");
    assert!(
        targets_of("mim7:R4.1").contains(&"mim1:R1.5".to_owned()),
        "MIM7 R4.1 ↔ MIM1 R1.5"
    );
    assert!(
        library
            .requirements()
            .filter(|v| v.framework.id == "mim2")
            .any(|v| targets_of(v.qid).iter().any(|t| t.starts_with("mim7:"))),
        "MIM2 → MIM7"
    );
    let alt = library.mappings_from("mim6alt:R1.1");
    assert!(
        alt.iter()
            .any(|m| m.mapping.target == "mim6:R1" && m.mapping.relationship == Relationship::Equal),
        "the alternative numbering equals the primary one"
    );
}

#[test]
fn nis2_implementing_regulation_ties_each_sub_section_to_an_article_21_2_point() {
    let library = shipped();
    let cir = library.framework("nis2cir").expect("nis2cir");
    assert_eq!(cir.groups.len(), 13, "13 sections");
    assert_eq!(
        cir.requirement_count(),
        53,
        "47 sub-sections and 6 untitled points"
    );
    let scope = format!("{} {}", cir.summary, cir.notes.join(" ")).to_lowercase();
    assert!(
        scope.contains("digital") && scope.contains("guidance"),
        "the text says whom the regulation binds and that it guides the rest"
    );
    for view in library
        .requirements()
        .filter(|v| v.framework.id == "nis2cir")
    {
        let points: Vec<String> = library
            .mappings_from(view.qid)
            .iter()
            .filter(|m| m.mapping.target.starts_with("nis2:21.2."))
            .map(|m| m.mapping.target.clone())
            .collect();
        assert!(
            !points.is_empty(),
            "{} implements no Art. 21(2) point",
            view.qid
        );
    }
    let mfa: Vec<String> = library
        .mappings_from("nis2cir:11.7")
        .iter()
        .map(|m| m.mapping.target.clone())
        .collect();
    assert!(mfa.contains(&"nis2:21.2.j".to_owned()));
    assert!(
        mfa.contains(&"iso27001:A.8.5".to_owned()),
        "ENISA: 11.7 ↔ A.8.5"
    );
}

#[test]
fn tender_clauses_each_have_a_default_strength_a_reason_and_a_proof() {
    let library = shipped();
    let clauses = library.framework("clauses").expect("clause library");
    assert_eq!(clauses.kind, FrameworkKind::ClauseLibrary);
    let views: Vec<_> = library
        .requirements()
        .filter(|v| v.framework.id == "clauses")
        .collect();
    for id in [
        "CL-EXIT",
        "CL-DATA",
        "CL-API",
        "CL-FEES",
        "CL-CHANGE",
        "CL-DOCS",
        "CL-TRAIN",
    ] {
        assert!(
            views.iter().any(|v| v.requirement.id == id),
            "clause {id} is missing"
        );
    }
    assert!(
        views
            .iter()
            .any(|v| v.requirement.strength == Strength::Shall)
            && views
                .iter()
                .any(|v| v.requirement.strength == Strength::Should),
        "defaults use both MUST and SHOULD"
    );
}

#[test]
fn licences_that_ask_for_credit_get_it() {
    let library = shipped();
    let credits = library.attributions().join("\n");
    for who in [
        "ENISA",
        "Open & Agile Smart Cities",
        "Marek Mráz",
        "ISO/IEC",
    ] {
        assert!(
            credits.contains(who),
            "no credit line for {who}:\n{credits}"
        );
    }
}

/// Longest statement a requirement may have: past this, one maturity level is asked to answer
/// several duties at once, and the sub-section's duties belong in its obligations (issue 16,
/// item 11).
const STATEMENT_WORDS_MAX: usize = 70;

/// Longest statement of a requirement that lists its obligations: the statement then says only
/// what the requirement is about as a whole.
const STATEMENT_WITH_OBLIGATIONS_WORDS_MAX: usize = 45;

/// Every requirement in `library` whose statement is longer than its limit, as
/// `framework:id (words > limit)`.
fn statements_over_their_word_limit(library: &Library) -> Vec<String> {
    library
        .requirements()
        .filter_map(|v| {
            let requirement = &v.requirement;
            let words = requirement.statement.split_whitespace().count();
            let limit = if requirement.obligations.is_empty() {
                STATEMENT_WORDS_MAX
            } else {
                STATEMENT_WITH_OBLIGATIONS_WORDS_MAX
            };
            (words > limit).then(|| {
                format!(
                    "{}:{} ({words} words > {limit})",
                    v.framework.id, requirement.id
                )
            })
        })
        .collect()
}

#[test]
fn no_statement_is_longer_than_its_word_limit() {
    let too_long = statements_over_their_word_limit(&shipped());
    assert!(
        too_long.is_empty(),
        "statements over their word limit ({STATEMENT_WORDS_MAX}; {STATEMENT_WITH_OBLIGATIONS_WORDS_MAX} \
         for one that lists obligations): {too_long:#?}"
    );
}

#[test]
fn the_word_limit_check_finds_statements_just_past_the_limits() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/wordy/statement-lengths.ron");
    let report = mim_assistant::catalog::load_paths(&[path]);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(
        statements_over_their_word_limit(&report.library),
        ["wordy:R1 (71 words > 70)", "wordy:R3 (46 words > 45)"]
    );
}

#[test]
fn items_resting_on_a_secondary_source_are_known_per_item_and_per_mim() {
    let library = shipped();
    let secondary = |qid: &str| {
        library
            .requirement(qid)
            .unwrap_or_else(|| panic!("{qid}"))
            .rests_on_secondary_source()
    };
    // RC3.1–RC3.3 were checked against the OASC page (issue 16); C4 on still rests on the booklet.
    for qid in [
        "mim3:RC3.1",
        "mim3:RC3.2",
        "mim3:RC3.3",
        "mim6:R4",
        "mim8:R3.4",
    ] {
        assert!(!secondary(qid), "{qid}");
    }
    for qid in [
        "mim3:RC4.1",
        "mim3:RC7.2",
        "mim8:R3.5",
        "mim8:R6.1",
        "mim6alt:R1.1",
    ] {
        assert!(secondary(qid), "{qid}");
    }
    let counts: Vec<(&str, usize)> = library
        .secondary_source_counts()
        .into_iter()
        .map(|(fw, n)| (fw.id.as_str(), n))
        .collect();
    assert!(counts.contains(&("mim3", 13)), "{counts:?}");
    assert!(counts.contains(&("mim6", 0)), "{counts:?}");
    // Every MIM is listed; another framework only when it has such items (NIS2's articles
    // are read from a third-party copy of the Directive's text).
    let mims = library
        .frameworks()
        .iter()
        .filter(|f| f.framework.kind == FrameworkKind::Mim)
        .count();
    let others: Vec<&(&str, usize)> = counts
        .iter()
        .filter(|(id, _)| library.framework(id).map(|f| f.kind) != Some(FrameworkKind::Mim))
        .collect();
    assert_eq!(counts.len(), mims + others.len());
    assert!(others.iter().all(|(_, n)| *n > 0), "{others:?}");
    assert!(counts.contains(&("nis2", 25)), "{counts:?}");
}
