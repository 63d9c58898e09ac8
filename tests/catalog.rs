//! The shipped catalogs load cleanly, hold what the sources say, and every bad file is rejected
//! with its path, line and column.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::{Path, PathBuf};

mod common;

use common::shipped;
use mim_assistant::catalog::{self, Document, EMBEDDED, Framework, Library, parse};

fn framework<'a>(library: &'a Library, id: &str) -> &'a Framework {
    library
        .framework(id)
        .unwrap_or_else(|| panic!("framework {id} is not loaded"))
}

#[test]
fn every_checklist_file_is_embedded() {
    fn walk(dir: &Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "ron") {
                let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap();
                found.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut on_disk = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("checklists"),
        &mut on_disk,
    );
    let embedded: Vec<&str> = EMBEDDED.iter().map(|(name, _)| *name).collect();
    for file in &on_disk {
        assert!(
            embedded.contains(&file.as_str()),
            "{file} is not in EMBEDDED"
        );
    }
    assert_eq!(on_disk.len(), embedded.len());
}

#[test]
fn iso27001_has_93_annex_a_controls_in_4_themes() {
    let library = shipped();
    let iso = framework(&library, "iso27001");
    let annex = iso.find_group("A").expect("Annex A group");
    let themes: Vec<(&str, usize)> = annex
        .groups
        .iter()
        .map(|g| (g.id.as_str(), g.requirements.len()))
        .collect();
    assert_eq!(
        themes,
        vec![("A.5", 37), ("A.6", 8), ("A.7", 14), ("A.8", 34)]
    );
    assert_eq!(annex.requirement_count(), 93);
    let clauses = iso.find_group("clauses").expect("clauses group");
    assert_eq!(clauses.groups.len(), 7, "clauses 4 to 10");
    assert_eq!(
        clauses.requirement_count(),
        30,
        "leaf sub-clauses 4.1 … 10.2"
    );
    for id in [
        "iso27001:A.5.15",
        "iso27001:A.8.34",
        "iso27001:6.1.2",
        "iso27001:10.2",
    ] {
        assert!(library.requirement(id).is_some(), "{id} missing");
    }
}

#[test]
fn nis2_article_21_2_has_ten_points() {
    let library = shipped();
    let nis2 = framework(&library, "nis2");
    let points = nis2.find_group("21.2").expect("Art. 21(2) group");
    let ids: Vec<&str> = points.requirements.iter().map(|r| r.id.as_str()).collect();
    let expected: Vec<String> = "abcdefghij".chars().map(|c| format!("21.2.{c}")).collect();
    assert_eq!(ids, expected);
    for id in ["nis2:20.1.a", "nis2:21.1", "nis2:23.4.a", "nis2:23.4.d"] {
        assert!(library.requirement(id).is_some(), "{id} missing");
    }
}

#[test]
fn mim6_has_3_capabilities_and_6_requirements() {
    let library = shipped();
    let mim6 = framework(&library, "mim6");
    let caps: Vec<&str> = mim6.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(caps, vec!["C1", "C2", "C3"]);
    assert_eq!(mim6.requirement_count(), 6);
    let reqs: Vec<String> = library
        .requirements()
        .filter(|v| v.framework.id == "mim6")
        .map(|v| v.qid.to_owned())
        .collect();
    assert_eq!(
        reqs,
        [
            "mim6:R1", "mim6:R2", "mim6:R3", "mim6:R4", "mim6:R5", "mim6:R6"
        ]
    );
}

#[test]
fn every_mapping_endpoint_resolves_and_no_pair_is_dropped() {
    let library = shipped();
    for (name, text) in EMBEDDED {
        let parsed = parse(catalog::SourceFile {
            path: (*name).into(),
            text: (*text).into(),
        })
        .unwrap();
        if let Document::MappingSet(set) = parsed.document {
            let loaded = library
                .mapping_sets()
                .iter()
                .find(|s| s.id == set.id)
                .unwrap();
            assert_eq!(
                loaded.mappings.len(),
                set.mappings.len(),
                "pairs dropped from {name}"
            );
            for m in &set.mappings {
                assert!(
                    library.requirement(&m.source).is_some(),
                    "{name}: {} unresolved",
                    m.source
                );
                assert!(
                    library.requirement(&m.target).is_some(),
                    "{name}: {} unresolved",
                    m.target
                );
            }
        }
    }
    assert_eq!(library.mapping_sets().len(), 9);
    let mim6_nis2 = library
        .mapping_sets()
        .iter()
        .find(|s| s.id == "mim6-nis2")
        .unwrap();
    assert!(
        mim6_nis2.derived,
        "MIM6 → NIS2 is derived through ISO and must say so"
    );
}

#[test]
fn searching_5_15_finds_the_iso_control_and_its_mappings() {
    let library = shipped();
    let hits = library.search("5.15");
    assert_eq!(hits.first().map(|v| v.qid), Some("iso27001:A.5.15"));
    let incoming: Vec<&str> = library
        .mappings_to("iso27001:A.5.15")
        .iter()
        .map(|m| m.mapping.source.as_str())
        .collect();
    assert!(incoming.contains(&"mim6:R1"), "{incoming:?}");
    assert!(incoming.contains(&"nis2:21.2.i"), "{incoming:?}");
}

#[test]
fn search_matches_words_in_any_order_and_ignores_case() {
    let library = shipped();
    let hits = library.search("CRYPTOGRAPHY use");
    assert!(hits.iter().any(|v| v.qid == "iso27001:A.8.24"));
    assert!(library.search("   ").is_empty());
    assert!(library.search("zzzz-no-such-word").is_empty());
}

#[test]
fn both_maturity_scales_are_shipped() {
    let library = shipped();
    let default = library.scale("city-0-5").expect("default scale");
    let values: Vec<u8> = default.levels.iter().map(|l| l.value).collect();
    assert_eq!(values, [0, 1, 2, 3, 4, 5]);
    let cyfun = library
        .scale("cyfun-1-5")
        .expect("CyberFundamentals-style scale");
    assert_eq!(cyfun.levels.first().map(|l| l.value), Some(1));
    assert_eq!(cyfun.levels.len(), 5);
}

/// Each bad fixture starts with `// expect: LINE:COL text`; loading it must report a problem
/// naming the file at exactly that place, and containing the text.
#[test]
fn every_bad_fixture_is_rejected_at_its_place() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 10, "at least ten bad fixtures");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let first = String::from_utf8_lossy(&bytes)
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned();
        let expect = first
            .strip_prefix("// expect: ")
            .unwrap_or_else(|| panic!("{} lacks an `// expect:` line", path.display()));
        let (place, text) = expect.split_once(' ').unwrap();
        let report = catalog::load_paths(std::slice::from_ref(&path));
        assert!(report.unreadable.is_empty());
        let wanted = format!("{}:{place}: ", path.display());
        let messages: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with(&wanted) && m.contains(text)),
            "{}: expected a problem at {place} mentioning {text:?}, got {messages:#?}",
            path.display()
        );
    }
}

#[test]
fn a_good_user_catalog_loads_beside_the_shipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/city-extra.ron"),
        dir.path().join("city-extra.ron"),
    )
    .unwrap();
    std::fs::write(dir.path().join("broken.ron"), "Catalog(").unwrap();
    let report = catalog::load_with_user_dir(Some(dir.path()));
    assert!(report.library.requirement("cityextra:K1").is_some());
    assert!(report.library.requirement("iso27001:A.5.15").is_some());
    assert_eq!(report.problems.len(), 1, "{:#?}", report.problems);
    assert!(report.problems[0].to_string().contains("broken.ron:1:"));
}

/// Cutting any shipped file short anywhere must give a located problem, never a panic and never a
/// silently accepted file.
#[test]
fn truncated_catalog_files_are_rejected_with_a_place_inside_the_file() {
    for (name, text) in EMBEDDED {
        let cuts = 40;
        for i in 1..cuts {
            let mut at = text.len() * i / cuts;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let truncated = &text[..at];
            let result = parse(catalog::SourceFile {
                path: (*name).into(),
                text: truncated.into(),
            });
            let problems = result
                .err()
                .unwrap_or_else(|| panic!("{name} cut at {at} was accepted"));
            let lines = truncated.lines().count().max(1);
            for p in problems {
                let position = p.position.unwrap_or_else(|| panic!("{p} has no position"));
                assert!(
                    position.line <= lines + 1,
                    "{p}: line past the end of {lines} lines"
                );
            }
        }
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    let scale = "Scale(format_version: 1, id: \"bom\", name: \"B\", summary: \"s\", \
        origin: Source(key: \"s\", document: \"D\", version: \"1\", url: \"u\", licence: \"l\", kind: Primary), \
        levels: [Level(value: 0, name: \"a\", meaning: \"a\"), Level(value: 1, name: \"b\", meaning: \"b\")])";
    std::fs::write(&path, format!("\u{feff}{scale}")).unwrap();
    let report = catalog::load_paths(&[path]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(report.library.scale("bom").is_some());
}

#[test]
fn requirements_come_in_reading_order_even_where_groups_and_items_mix() {
    let library = shipped();
    let clause7: Vec<&str> = library
        .requirements()
        .filter(|v| v.qid.starts_with("iso27001:7."))
        .map(|v| v.qid)
        .collect();
    assert_eq!(
        clause7,
        [
            "iso27001:7.1",
            "iso27001:7.2",
            "iso27001:7.3",
            "iso27001:7.4",
            "iso27001:7.5.1",
            "iso27001:7.5.2",
            "iso27001:7.5.3"
        ]
    );
    let art21: Vec<&str> = library
        .requirements()
        .filter(|v| v.qid.starts_with("nis2:21."))
        .map(|v| v.qid)
        .collect();
    assert_eq!(art21.first(), Some(&"nis2:21.1"));
    assert_eq!(art21.get(1), Some(&"nis2:21.2.a"));
    assert_eq!(art21.last(), Some(&"nis2:21.4"));
}
