//! The OSCAL exports: every shipped catalog becomes a catalog with valid, distinct tokens and
//! the real ids in `label` props; every mapping names controls that the exported catalogs hold,
//! with relationships among the values OSCAL defines; the assessment results carry one finding
//! per requirement in scope with the levels the insights computed, the plan one item per gap;
//! the same input gives the same document; the command line refuses what it cannot write.
//! (Schema validation with NIST's schemas and compliance-trestle: tests/scripts/check-oscal.sh.)

// Test code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use mim_assistant::assessment::{Insights, example_assessment};
use mim_assistant::oscal::{
    CHECKLISTS_REVISED, OscalError, RELATIONSHIPS, assessment_results, catalog, mapping_collection,
    plan_of_action,
};
use serde_json::Value;

/// True for an OSCAL token (the schema's `^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$`).
fn is_token(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'))
}

fn label(item: &Value) -> String {
    item["props"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "label" && p.get("ns").is_none())
        .map(|p| p["value"].as_str().unwrap().to_owned())
        .unwrap()
}

/// Every control of a catalog document: its token and its label.
fn controls(document: &Value) -> Vec<(String, String)> {
    fn walk(groups: &[Value], out: &mut Vec<(String, String)>) {
        for group in groups {
            assert!(is_token(group["id"].as_str().unwrap()), "{}", group["id"]);
            for control in group["controls"].as_array().into_iter().flatten() {
                out.push((control["id"].as_str().unwrap().to_owned(), label(control)));
            }
            walk(group["groups"].as_array().map_or(&[], Vec::as_slice), out);
        }
    }
    let mut out = Vec::new();
    walk(document["catalog"]["groups"].as_array().unwrap(), &mut out);
    out
}

#[test]
fn every_shipped_catalog_exports_with_distinct_tokens_and_its_ids_as_labels() {
    let library = common::shipped();
    let mut all_tokens = BTreeSet::new();
    for loaded in library.frameworks() {
        let framework = &loaded.framework;
        let document = catalog(framework, CHECKLISTS_REVISED).unwrap();
        let found = controls(&document);
        let expected: Vec<String> = library
            .requirements()
            .filter(|v| v.framework.id == framework.id)
            .map(|v| v.requirement.id.clone())
            .collect();
        let mut labels: Vec<String> = found.iter().map(|(_, l)| l.clone()).collect();
        let mut sorted_expected = expected.clone();
        labels.sort();
        sorted_expected.sort();
        assert_eq!(labels, sorted_expected, "{}", framework.id);
        for (token, _) in &found {
            assert!(is_token(token), "{token}");
            assert!(all_tokens.insert(token.clone()), "{token} twice");
        }
        // The sources, with their licences, are in the back-matter.
        let resources = document["catalog"]["back-matter"]["resources"]
            .as_array()
            .unwrap();
        assert_eq!(resources.len(), framework.sources.len());
        assert_eq!(document, catalog(framework, CHECKLISTS_REVISED).unwrap());
    }
}

#[test]
fn mappings_use_oscal_relationships_and_name_controls_the_catalogs_hold() {
    let library = common::shipped();
    let tokens: BTreeMap<String, BTreeSet<String>> = library
        .frameworks()
        .iter()
        .map(|f| {
            let document = catalog(&f.framework, CHECKLISTS_REVISED).unwrap();
            let file = mim_assistant::oscal::catalog_file_name(&f.framework.id);
            (
                file,
                controls(&document).into_iter().map(|(t, _)| t).collect(),
            )
        })
        .collect();
    let mut maps = 0;
    for set in library.mapping_sets() {
        let document = mapping_collection(set, CHECKLISTS_REVISED);
        let collection = &document["mapping-collection"];
        assert!(
            ["syntactic", "semantic", "functional"].contains(
                &collection["provenance"]["matching-rationale"]
                    .as_str()
                    .unwrap()
            )
        );
        for mapping in collection["mappings"].as_array().unwrap() {
            let source = &tokens[mapping["source-resource"]["href"].as_str().unwrap()];
            let target = &tokens[mapping["target-resource"]["href"].as_str().unwrap()];
            for map in mapping["maps"].as_array().unwrap() {
                let relationship = map["relationship"].as_str().unwrap();
                assert!(RELATIONSHIPS.contains(&relationship), "{relationship}");
                assert!(source.contains(map["sources"][0]["id-ref"].as_str().unwrap()));
                assert!(target.contains(map["targets"][0]["id-ref"].as_str().unwrap()));
                maps += 1;
            }
        }
    }
    let pairs: usize = library
        .mapping_sets()
        .iter()
        .map(|s| s.mappings.len())
        .sum();
    assert_eq!(maps, pairs);
}

#[test]
fn results_have_a_finding_per_requirement_in_scope_with_the_computed_levels() {
    let library = common::shipped();
    let assessment = example_assessment(&library);
    let insights = Insights::compute(&assessment, &library);
    let document = assessment_results(&assessment, &library, &insights);
    let result = &document["assessment-results"]["results"][0];
    let findings = result["findings"].as_array().unwrap();
    assert_eq!(findings.len(), insights.statuses.len());
    let prop = |finding: &Value, name: &str| {
        finding["props"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["value"].as_str().unwrap().to_owned())
    };
    for (finding, status) in findings.iter().zip(&insights.statuses) {
        assert_eq!(prop(finding, "requirement").unwrap(), status.qid);
        let level = assessment
            .answers
            .get(&status.qid)
            .and_then(|a| a.applicable_level());
        assert_eq!(
            prop(finding, "maturity-level"),
            level.map(|l| l.to_string())
        );
        assert_eq!(
            prop(finding, "target-level"),
            status.target.map(|t| t.to_string())
        );
        let state = finding["target"]["status"]["state"].as_str().unwrap();
        let below = matches!(
            status.status,
            mim_assistant::assessment::Status::BelowTarget
                | mim_assistant::assessment::Status::Unanswered
        );
        assert_eq!(state, if below { "not-satisfied" } else { "satisfied" });
    }
    // Every observation a finding points to exists.
    let observations: BTreeSet<&str> = result["observations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["uuid"].as_str().unwrap())
        .collect();
    for finding in findings {
        for related in finding["related-observations"]
            .as_array()
            .into_iter()
            .flatten()
        {
            assert!(observations.contains(related["observation-uuid"].as_str().unwrap()));
        }
    }
    assert_eq!(
        document,
        assessment_results(&assessment, &library, &insights)
    );
}

#[test]
fn the_plan_has_an_item_per_gap_and_an_empty_roadmap_is_refused() {
    let library = common::shipped();
    let mut assessment = example_assessment(&library);
    let insights = Insights::compute(&assessment, &library);
    let document = plan_of_action(&assessment, &library, &insights).unwrap();
    let items = document["plan-of-action-and-milestones"]["poam-items"]
        .as_array()
        .unwrap();
    assert_eq!(items.len(), insights.gaps.len());
    let qids: BTreeSet<&str> = items
        .iter()
        .map(|i| i["props"][0]["value"].as_str().unwrap())
        .collect();
    assert_eq!(qids, insights.gaps.iter().map(|g| g.qid.as_str()).collect());
    // Every gap closed: nothing to plan.
    for answer in assessment.answers.values_mut() {
        if answer.current.is_some() {
            answer.current = Some(5);
        }
    }
    let closed = Insights::compute(&assessment, &library);
    assert!(closed.gaps.is_empty());
    assert!(matches!(
        plan_of_action(&assessment, &library, &closed),
        Err(OscalError::NoGaps)
    ));
}

#[test]
fn the_command_line_writes_the_four_exports_and_refuses_unknown_ids_and_bad_dates() {
    let dir = tempfile::tempdir().unwrap();
    let path = |name: &str| dir.path().join(name).display().to_string();
    let file = path("example.mimassess.ron");
    let run = common::run_cli;
    assert!(
        run(&["example", "assessment", "-o", &file])
            .status
            .success()
    );
    let out = run(&["oscal", "catalog", "mim6", "iso27001", "-o", &path("cat")]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
    assert!(dir.path().join("cat/mim6.catalog.json").is_file());
    assert!(dir.path().join("cat/iso27001.catalog.json").is_file());
    assert!(!dir.path().join("cat/nis2.catalog.json").exists());
    let out = run(&["oscal", "mapping", "mim6-iso27001", "-o", &path("map")]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
    for (what, name) in [("results", "ar.json"), ("poam", "poam.json")] {
        let out = run(&["oscal", what, &file, "-o", &path(name)]);
        assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
        let value: Value =
            serde_json::from_slice(&std::fs::read(dir.path().join(name)).unwrap()).unwrap();
        assert!(value.is_object());
    }
    let out = run(&["oscal", "catalog", "mim99", "-o", &path("x")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::text(&out.stderr).contains("mim99"),
        "{}",
        common::text(&out.stderr)
    );
    let out = run(&["oscal", "mapping", "-o", &path("y"), "--date", "2026-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::text(&out.stderr).contains("YYYY-MM-DD"));
    // The assessment itself is never overwritten by an export.
    let out = run(&["oscal", "results", &file, "-o", &file]);
    assert_eq!(out.status.code(), Some(2));
}
