//! The self-assessment engine on small hand-computed cases: scoring with N/A and unanswered
//! requirements, thresholds, carrying answers across each mapping relationship, gaps and phases,
//! rounds, and the file store (round trip, migration, corrupt files, failed saves).

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::Path;

use mim_assistant::assessment::{
    self, Answer, Assessment, Coverage, KeyMeasureStatus, Organisation, Phase, StoreError, Verdict,
    compare, current_levels, derived_coverage, gaps, score, start_new_round,
};
use mim_assistant::catalog::{Library, ParsedFile, SourceFile, parse};

/// A framework `t` with two SHALL, one SHOULD and one MAY requirement in two groups, a framework
/// `u` mapped from `t` with each relationship, a 0–5 and a 1–5 scale, and two profiles.
const CATALOG_T: &str = r#"Catalog(format_version: 1, framework: Framework(
    id: "t", name: "Test T", short_name: "T", kind: Mim, version: "1", summary: "Test.",
    sources: [Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary)],
    groups: [
        Group(id: "G1", kind: Capability, title: "One", requirements: [
            Requirement(id: "A", title: "A", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
            Requirement(id: "B", title: "B", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        ]),
        Group(id: "G2", kind: Capability, title: "Two", requirements: [
            Requirement(id: "C", title: "C", strength: Should, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
            Requirement(id: "D", title: "D", strength: May, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        ]),
    ],
))"#;

const CATALOG_U: &str = r#"Catalog(format_version: 1, framework: Framework(
    id: "u", name: "Test U", short_name: "U", kind: Standard, version: "1", summary: "Test.",
    sources: [Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary)],
    groups: [Group(id: "G", kind: Section, title: "All", requirements: [
        Requirement(id: "eq", title: "eq", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "sup", title: "sup", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "sub", title: "sub", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "int", title: "int", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "none", title: "none", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "back", title: "back", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
        Requirement(id: "wide", title: "wide", strength: Shall, statement: "S", why: "W", question: "Q", evidence: ["E"], tender_clause: "C", proof: Test, source: "s", confidence: High),
    ])],
))"#;

/// `t:A` (level 3) is equal to `u:eq` and a superset of `u:sup`; `t:D` (level 1) is a subset of
/// `u:sub`; `t:A` overlaps `u:int`; `t:B` (N/A) equals `u:none`; `u:back` is a subset and
/// `u:wide` a superset of `t:A`, written from the other side; `t:C` (unanswered) covers `u:eq` too.
const MAPPINGS: &str = r#"MappingSet(format_version: 1, id: "t-u", title: "T to U", summary: "Test.", derived: false, rationale: Semantic,
    origin: Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary),
    mappings: [
        Mapping(source: "t:A", target: "u:eq", relationship: Equal, provenance: "p", confidence: High),
        Mapping(source: "t:A", target: "u:sup", relationship: Superset, provenance: "p", confidence: High),
        Mapping(source: "t:D", target: "u:sub", relationship: Subset, provenance: "p", confidence: High),
        Mapping(source: "t:A", target: "u:int", relationship: Intersects, provenance: "p", confidence: High),
        Mapping(source: "t:B", target: "u:none", relationship: Equal, provenance: "p", confidence: High),
        Mapping(source: "u:back", target: "t:A", relationship: Subset, provenance: "p", confidence: High),
        Mapping(source: "u:wide", target: "t:A", relationship: Superset, provenance: "p", confidence: High),
        Mapping(source: "t:C", target: "u:eq", relationship: Superset, provenance: "p", confidence: High),
    ])"#;

const SCALE_0_5: &str = r#"Scale(format_version: 1, id: "zero-five", name: "0–5", summary: "Test.",
    origin: Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary),
    levels: [Level(value: 0, name: "a", meaning: "m"), Level(value: 1, name: "b", meaning: "m"), Level(value: 2, name: "c", meaning: "m"),
             Level(value: 3, name: "d", meaning: "m"), Level(value: 4, name: "e", meaning: "m"), Level(value: 5, name: "f", meaning: "m")])"#;

const SCALE_1_5: &str = r#"Scale(format_version: 1, id: "one-five", name: "1–5", summary: "Test.",
    origin: Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary),
    levels: [Level(value: 1, name: "a", meaning: "m"), Level(value: 2, name: "b", meaning: "m"), Level(value: 3, name: "c", meaning: "m"),
             Level(value: 4, name: "d", meaning: "m"), Level(value: 5, name: "e", meaning: "m")])"#;

/// Every key measure (the SHALL items) ≥ 3 and overall ≥ 2.5, written on the 0–5 scale.
const PROFILE_SAME_SCALE: &str = r#"Profile(format_version: 1, id: "p05", name: "P05", summary: "Test.",
    origin: Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary),
    scale: "zero-five", targets: StrengthTargets(shall: 4, should: 3, may: 2), key_measure_min: 3.0, overall_min: 2.5)"#;

/// Key measure ≥ 3 and overall ≥ 3.5 on the 1–5 scale: 2.5 and 3.125 on the 0–5 scale.
const PROFILE_OTHER_SCALE: &str = r#"Profile(format_version: 1, id: "p15", name: "P15", summary: "Test.",
    origin: Source(key: "s", document: "D", version: "1", url: "https://example.org", licence: "CC0", kind: Primary),
    scale: "one-five", targets: StrengthTargets(shall: 5, should: 4, may: 1), key_measure_min: 3.0, overall_min: 3.5)"#;

fn library() -> Library {
    let files: Vec<ParsedFile> = [
        CATALOG_T,
        CATALOG_U,
        MAPPINGS,
        SCALE_0_5,
        SCALE_1_5,
        PROFILE_SAME_SCALE,
        PROFILE_OTHER_SCALE,
    ]
    .iter()
    .enumerate()
    .map(|(i, text)| {
        parse(SourceFile {
            path: format!("test{i}.ron"),
            text: (*text).to_owned(),
        })
        .unwrap_or_else(|p| panic!("fixture {i}: {p:?}"))
    })
    .collect();
    let (library, problems) = Library::build(files);
    assert!(problems.is_empty(), "{problems:?}");
    library
}

/// Checks an assessment as it would be read back from its file.
fn check_as_written(a: &Assessment, library: &Library) -> assessment::CheckReport {
    let text = ron::ser::to_string_pretty(a, ron::ser::PrettyConfig::new()).unwrap();
    let file = SourceFile {
        path: "checked.mimassess.ron".into(),
        text,
    };
    assessment::check(a, &file, library)
}

fn level(current: u8) -> Answer {
    Answer {
        current: Some(current),
        ..Answer::default()
    }
}

fn not_applicable() -> Answer {
    Answer {
        not_applicable: Some("Not used here".to_owned()),
        ..Answer::default()
    }
}

/// A = 3, B = N/A, C unanswered, D = 1.
fn assessment(profile: &str) -> Assessment {
    let mut a = Assessment::new(Organisation::default(), &["t"], "zero-five", profile);
    a.answers.insert("t:A".into(), level(3));
    a.answers.insert("t:B".into(), not_applicable());
    a.answers.insert("t:D".into(), level(1));
    a
}

#[test]
fn scores_leave_out_not_applicable_and_count_unanswered_without_taking_them_as_zero() {
    let library = library();
    let card = score(&assessment("p05"), &library);
    let t = &card.frameworks[0];
    // Mean over answered, applicable requirements: (3 + 1) / 2.
    assert_eq!(t.tally.mean(), Some(2.0));
    assert_eq!(
        (t.tally.answered, t.tally.unanswered, t.tally.not_applicable),
        (2, 1, 1)
    );
    assert_eq!(t.tally.completeness(), 0.75);
    // Per group: G1 holds A (3) and B (N/A); G2 holds C (unanswered) and D (1).
    assert_eq!(t.groups[0].tally.mean(), Some(3.0));
    assert_eq!(t.groups[1].tally.mean(), Some(1.0));
    assert_eq!(t.groups[1].tally.unanswered, 1);
    assert_eq!(card.overall.mean(), Some(2.0));
}

#[test]
fn key_measures_and_the_overall_score_are_judged_against_the_profile() {
    let library = library();
    let card = score(&assessment("p05"), &library);
    let statuses: Vec<(&str, KeyMeasureStatus)> = card
        .key_measures
        .iter()
        .map(|k| (k.qid.as_str(), k.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("t:A", KeyMeasureStatus::Met),
            ("t:B", KeyMeasureStatus::NotApplicable)
        ]
    );
    // Every key measure is met, but the overall 2.0 is below 2.5.
    assert_eq!(card.verdict, Verdict::NotReached);

    let mut better = assessment("p05");
    better.answers.insert("t:D".into(), level(2));
    better.answers.insert("t:C".into(), level(3));
    // (3 + 3 + 2) / 3 = 2.67 ≥ 2.5, A = 3 ≥ 3.
    assert_eq!(score(&better, &library).verdict, Verdict::Reached);

    let mut open = better.clone();
    open.answers.remove("t:A");
    // Nothing below a minimum, but a key measure is unanswered.
    assert_eq!(score(&open, &library).verdict, Verdict::Incomplete);
    let mut open = better.clone();
    open.answers.remove("t:D");
    // Every key measure met and the mean of the rest 3.0, but a MAY item is unanswered.
    assert_eq!(score(&open, &library).verdict, Verdict::Incomplete);

    // Exactly at the minimum is enough: (3 + 3 + 2 + 2) / 4 = 2.5.
    let mut at_minimum = better.clone();
    at_minimum.answers.insert("t:B".into(), level(3));
    at_minimum.answers.insert("t:C".into(), level(2));
    at_minimum.answers.insert("t:D".into(), level(2));
    let card = score(&at_minimum, &library);
    assert_eq!(card.overall.mean(), Some(2.5));
    assert_eq!(card.verdict, Verdict::Reached);

    // Without its profile, nothing is judged.
    let mut unknown = better.clone();
    unknown.profile = "no-such-profile".into();
    assert_eq!(score(&unknown, &library).verdict, Verdict::Incomplete);
}

#[test]
fn thresholds_of_a_profile_on_another_scale_are_converted_linearly() {
    let library = library();
    let card = score(&assessment("p15"), &library);
    // 3 on 1–5 is 0 + (3 − 1) / 4 × 5 = 2.5 on 0–5; 3.5 is 3.125.
    assert_eq!(card.key_measure_min, 2.5);
    assert_eq!(card.overall_min, 3.125);
    // Default targets convert too: SHALL 5 → 5, SHOULD 4 → 3.75 → 4 (rounded), MAY 1 → 0.
    let mut a = assessment("p15");
    a.answers.insert("t:C".into(), level(2));
    let found = gaps(&a, &library);
    let target = |qid: &str| found.iter().find(|g| g.qid == qid).map(|g| g.target);
    assert_eq!(target("t:A"), Some(5));
    assert_eq!(target("t:C"), Some(4), "3.75 rounds to 4, not down to 3");
    assert_eq!(target("t:D"), None, "MAY target 0: no gap");
}

#[test]
fn answers_carry_across_each_relationship_type_and_are_labelled_derived() {
    let library = library();
    let items = derived_coverage(&assessment("p05"), &library, "u");
    let by_id = |id: &str| {
        items
            .iter()
            .find(|i| i.qid == format!("u:{id}"))
            .unwrap_or_else(|| panic!("u:{id}"))
    };
    // Equal and superset carry the level.
    assert_eq!(
        (by_id("eq").coverage, by_id("eq").level),
        (Coverage::Covered, Some(3))
    );
    assert_eq!(
        (by_id("sup").coverage, by_id("sup").level),
        (Coverage::Covered, Some(3))
    );
    // Subset and intersects give at most "partly covered", with no level.
    assert_eq!(
        (by_id("sub").coverage, by_id("sub").level),
        (Coverage::Partly, None)
    );
    assert_eq!(
        (by_id("int").coverage, by_id("int").level),
        (Coverage::Partly, None)
    );
    // A not-applicable source carries nothing.
    assert_eq!(by_id("none").coverage, Coverage::NotCovered);
    // Read from the other side: u:back ⊂ t:A means t:A covers all of u:back.
    assert_eq!(
        (by_id("back").coverage, by_id("back").level),
        (Coverage::Covered, Some(3))
    );
    assert!(Coverage::Partly.label().contains("derived"));
    assert!(Coverage::Covered.label().contains("derived"));

    // Read from the other side: u:wide ⊃ t:A means t:A covers only part of u:wide.
    assert_eq!(
        (by_id("wide").coverage, by_id("wide").level),
        (Coverage::Partly, None)
    );

    // Several full sources: the lowest level carries (t:A = 3 equals u:eq, t:C = 2 covers it).
    let mut two = assessment("p05");
    two.answers.insert("t:C".into(), level(2));
    let items = derived_coverage(&two, &library, "u");
    let eq = items.iter().find(|i| i.qid == "u:eq").unwrap();
    assert_eq!((eq.coverage, eq.level), (Coverage::Covered, Some(2)));
    assert_eq!(eq.sources.len(), 2);
}

#[test]
fn gaps_are_ranked_by_distance_weighted_by_strength_and_phased_by_the_stated_rule() {
    let library = library();
    let mut a = assessment("p05");
    // Targets (p05): SHALL 4, SHOULD 3, MAY 2.
    a.answers.insert("t:B".into(), level(1)); // SHALL gap 3 → priority 9
    a.answers.insert("t:C".into(), level(2)); // SHOULD gap 1 → priority 2
    // t:A: SHALL 3 → 4, gap 1, priority 3; t:D: MAY 1 → 2, gap 1, priority 1.
    let found = gaps(&a, &library);
    let ranked: Vec<(&str, u8, u32, Phase)> = found
        .iter()
        .map(|g| (g.qid.as_str(), g.gap, g.priority, g.phase))
        .collect();
    assert_eq!(
        ranked,
        [
            ("t:B", 3, 9, Phase::FirstThreeMonths),
            ("t:A", 1, 3, Phase::ThreeToTwelveMonths),
            ("t:C", 1, 2, Phase::AfterTwelveMonths),
            ("t:D", 1, 1, Phase::AfterTwelveMonths),
        ]
    );
    // An answer's own target wins over the profile's default.
    a.answers.get_mut("t:A").unwrap().target = Some(3);
    assert!(gaps(&a, &library).iter().all(|g| g.qid != "t:A"));
}

#[test]
fn a_new_round_keeps_the_old_levels_and_comparison_lists_what_rose_and_fell() {
    let mut a = assessment("p05");
    start_new_round(&mut a, "2027-01-01");
    assert_eq!(a.round, 2);
    assert_eq!(
        a.earlier_rounds[0].levels,
        current_levels(&assessment("p05"))
    );
    a.answers.insert("t:A".into(), level(4));
    a.answers.insert("t:D".into(), level(0));
    a.answers.insert("t:C".into(), level(2));
    let c = compare(&a.earlier_rounds[0].levels, &current_levels(&a));
    assert_eq!(c.rose.len(), 1);
    assert_eq!(
        (c.rose[0].qid.as_str(), c.rose[0].before, c.rose[0].after),
        ("t:A", 3, 4)
    );
    assert_eq!(
        (c.fell[0].qid.as_str(), c.fell[0].before, c.fell[0].after),
        ("t:D", 1, 0)
    );
    assert_eq!(c.newly_answered, ["t:C"]);
}

#[test]
fn save_and_load_round_trip_keeps_everything_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("city.mimassess.ron");
    let mut a = assessment("p05");
    a.organisation.name = "Łódź – Gdańsk – Θεσσαλονίκη".into();
    a.answers.get_mut("t:A").unwrap().notes = "Quoted \"text\" and a\nnew line".into();
    a.answers.insert("x:gone".into(), level(2));
    assessment::save(&a, &path).unwrap();
    let loaded = assessment::load(&path).unwrap();
    assert_eq!(loaded.assessment, a);
    assert_eq!(loaded.migrated_from, None);
    assert!(!dir.path().join("city.mimassess.ron.bak").exists());

    let first = std::fs::read(&path).unwrap();
    a.scope = "Second save".into();
    assessment::save(&a, &path).unwrap();
    let backup = std::fs::read(dir.path().join("city.mimassess.ron.bak")).unwrap();
    assert_eq!(backup, first, "the previous version is kept as .bak");
    assert!(!dir.path().join("city.mimassess.ron.tmp").exists());
}

#[test]
fn an_id_no_longer_in_the_catalog_is_kept_and_reported() {
    let library = library();
    let mut a = assessment("p05");
    a.answers.insert("t:Z".into(), level(2));
    let report = check_as_written(&a, &library);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.notices.len(), 1);
    assert!(report.notices[0].to_string().contains("t:Z"));
    // Saved and loaded again, the unknown answer is still there.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.mimassess.ron");
    assessment::save(&a, &path).unwrap();
    assert!(
        assessment::load(&path)
            .unwrap()
            .assessment
            .answers
            .contains_key("t:Z")
    );
    // Scores ignore it rather than fail.
    assert_eq!(score(&a, &library).overall.answered, 2);
}

#[test]
fn version_1_files_migrate_on_load() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assessment/v1.mimassess.ron");
    let loaded = assessment::load(&path).unwrap();
    assert_eq!(loaded.migrated_from, Some(1));
    let a = loaded.assessment;
    assert_eq!(a.format_version, assessment::ASSESSMENT_FORMAT_VERSION);
    assert_eq!(a.organisation.name, "Gmina Złotów Północ");
    assert_eq!(a.organisation.city, "Złotów Północ");
    assert_eq!(a.frameworks[0].framework, "mim6");
    assert_eq!(a.answers["mim6:R1"].current, Some(2));
    assert_eq!(
        a.answers["mim6:R1"].evidence[0].title,
        "Polityka dostępu (projekt)"
    );
    assert!(a.answers["mim6:R2"].is_not_applicable());
    assert_eq!(a.answers["mim6:R5"].target, Some(5));
    assert_eq!(a.round, 1);
}

#[test]
fn a_corrupt_file_is_rejected_at_its_location_and_left_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.mimassess.ron");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/assessment/truncated.mimassess.ron");
    std::fs::copy(&fixture, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = assessment::load(&path).unwrap_err();
    let StoreError::Invalid(problem) = &err else {
        panic!("expected a located problem, got {err}");
    };
    let shown = problem.to_string();
    let location = format!("{}:12:", path.display());
    assert!(shown.starts_with(&location), "{shown}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("broken.mimassess.ron.bak").exists());
}

#[test]
fn a_failed_save_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("city.mimassess.ron");
    let a = assessment("p05");
    assessment::save(&a, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    // A non-empty folder where the backup goes makes the save fail, even for root.
    let backup = dir.path().join("city.mimassess.ron.bak");
    std::fs::create_dir(&backup).unwrap();
    std::fs::write(backup.join("keep"), "x").unwrap();
    let mut changed = a.clone();
    changed.scope = "Never written".into();
    let err = assessment::save(&changed, &path).unwrap_err();
    assert!(matches!(err, StoreError::Backup { .. }), "{err}");
    assert!(err.to_string().contains("nothing was saved"), "{err}");
    assert!(
        err.to_string().contains("city.mimassess.ron.bak"),
        "names the backup: {err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // No temp files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn autosave_waits_for_a_quiet_moment() {
    use std::time::{Duration, Instant};
    let mut autosave = assessment::Autosave::new(Duration::from_secs(2));
    let start = Instant::now();
    assert!(!autosave.due(start));
    autosave.changed(start);
    assert!(!autosave.due(start + Duration::from_secs(1)));
    autosave.changed(start + Duration::from_secs(1));
    assert!(
        !autosave.due(start + Duration::from_secs(2)),
        "a new change restarts the wait"
    );
    assert!(autosave.due(start + Duration::from_secs(3)));
    // A change made while a save was running stays pending.
    autosave.changed(start + Duration::from_secs(4));
    autosave.saved(start + Duration::from_secs(3));
    assert!(autosave.pending());
    autosave.saved(start + Duration::from_secs(5));
    assert!(!autosave.pending());
    assert!(!autosave.due(start + Duration::from_secs(10)));
    // A failed save keeps the changes and waits before the next try.
    autosave.changed(start + Duration::from_secs(10));
    autosave.failed(start + Duration::from_secs(12));
    assert!(!autosave.due(start + Duration::from_secs(13)));
    assert!(autosave.due(start + Duration::from_secs(14)));
}

#[test]
fn a_misspelt_field_is_an_error_at_its_place_not_a_silent_loss() {
    let text = "Assessment(\n    format_version: 2,\n    organisation: Organisation(name: \"N\", city: \"C\", country: \"K\"),\n    scope: \"\", assessor: \"\", date: \"\",\n    frameworks: [], scale: \"zero-five\", profile: \"p05\",\n    answers: {\n        \"t:A\": Answer(curent: Some(3)),\n    },\n)\n";
    let file = SourceFile {
        path: "typo.mimassess.ron".into(),
        text: text.into(),
    };
    let err = assessment::parse(&file).unwrap_err();
    let shown = err.to_string();
    assert!(shown.starts_with("typo.mimassess.ron:7:"), "{shown}");
    assert!(shown.contains("curent"), "{shown}");
    assert!(
        shown.contains("current"),
        "names the fields it knows: {shown}"
    );
}

#[test]
fn answers_that_cannot_count_are_reported_as_notices() {
    let library = library();
    let mut a = assessment("p05");
    // Both N/A and a level: N/A wins, and the user is told.
    a.answers.get_mut("t:B").unwrap().current = Some(4);
    // A loaded requirement outside the chosen frameworks.
    a.answers.insert("u:eq".into(), level(2));
    let report = check_as_written(&a, &library);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    let notices: Vec<String> = report.notices.iter().map(ToString::to_string).collect();
    assert_eq!(notices.len(), 2, "{notices:?}");
    assert!(
        notices
            .iter()
            .any(|n| n.contains("t:B is marked not applicable and also has a level"))
    );
    assert!(
        notices
            .iter()
            .any(|n| n.contains("u:eq is outside the chosen frameworks"))
    );
    let card = score(&a, &library);
    assert_eq!(card.overall.not_applicable, 1, "N/A wins over the level");
    assert_eq!(card.overall.answered, 2, "u:eq is not scored");
}
