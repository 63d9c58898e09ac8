//! Benchmark (run with `cargo bench --bench import`): importing a large CISO Assistant library
//! — a generated framework of over 5 MB of YAML (120 headings in two levels, 7,440 assessable
//! nodes with description, annotation, typical evidence and implementation groups, a scale of
//! six scores) and a mapping library of 3,000 pairs onto it — as `import-catalog` does it:
//! read, convert, and check every file it would write against the shipped catalogs. Prints the
//! median and fastest of several runs. The target is the 5 MB library under a second. Not a
//! test: it asserts what the import gives, nothing about time.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::fmt::Write as _;

use mim_assistant::catalog;
use mim_assistant::import::{self, ImportOptions, InputFile};

#[path = "common/timing.rs"]
mod timing;

const RUNS: usize = 5;
const SECTIONS: usize = 12;
const SUBSECTIONS: usize = 10;
const PER_SUBSECTION: usize = 62;

/// A framework library of `SECTIONS × SUBSECTIONS` headings with `PER_SUBSECTION` checks each.
fn framework_yaml() -> String {
    let mut y = String::new();
    y.push_str(
        "urn: urn:example:risk:library:bench\nref_id: BENCH\nname: Generated benchmark framework\n",
    );
    y.push_str("description: A framework generated for the import benchmark.\ncopyright: Generated; no rights reserved.\n");
    y.push_str("version: 1\nprovider: MIM Assistant benchmark\npackager: MIM Assistant benchmark\nobjects:\n  framework:\n");
    y.push_str("    urn: urn:example:risk:framework:bench\n    ref_id: BENCH\n    name: Generated benchmark framework\n");
    y.push_str("    scores_definition:\n");
    for s in 0..6 {
        let _ = writeln!(
            y,
            "    - score: {s}\n      name: Level {s}\n      description: The generated meaning of level {s}."
        );
    }
    y.push_str("    implementation_groups_definition:\n    - ref_id: IG1\n      name: First\n    - ref_id: IG2\n      name: Second\n");
    y.push_str("    requirement_nodes:\n");
    for s in 0..SECTIONS {
        let section = format!("urn:example:risk:req_node:bench:s{s}");
        let _ = writeln!(
            y,
            "    - urn: {section}\n      assessable: false\n      depth: 1\n      ref_id: S{s}\n      name: Section {s} of the generated framework"
        );
        for t in 0..SUBSECTIONS {
            let sub = format!("{section}.{t}");
            let _ = writeln!(
                y,
                "    - urn: {sub}\n      assessable: false\n      depth: 2\n      parent_urn: {section}\n      ref_id: S{s}.{t}\n      name: Subsection {t} of section {s}"
            );
            for r in 0..PER_SUBSECTION {
                let _ = writeln!(
                    y,
                    "    - urn: {sub}.{r}\n      assessable: true\n      depth: 3\n      parent_urn: {sub}\n      ref_id: S{s}.{t}.{r}\n      name: Generated check {r} of subsection {s}.{t}\n      description: The organisation keeps generated control number {r} of subsection {s}.{t} in place, reviews it once a year and records who did so.\n      annotation: |-\n        Guidance for generated check {r}: write down who owns it, how it is tested,\n        and where the records of each test are kept for the auditors.\n      typical_evidence: |-\n        - A register naming the owner of check {r}\n        - The last test report of check {r}\n      implementation_groups:\n      - IG{}",
                    1 + r % 2
                );
            }
        }
    }
    y
}

/// A mapping library of pairs between checks of the generated framework.
fn mapping_yaml(pairs: usize) -> String {
    let mut y = String::new();
    y.push_str("urn: urn:example:risk:library:bench-mapping\nname: Generated mappings\ncopyright: Generated.\nobjects:\n");
    y.push_str("  requirement_mapping_set:\n    urn: urn:example:risk:requirement_mapping_set:bench\n    ref_id: bench-self\n    name: Generated mappings\n");
    y.push_str("    source_framework_urn: urn:example:risk:framework:bench\n    target_framework_urn: urn:example:risk:framework:bench\n    requirement_mappings:\n");
    let per_section = SUBSECTIONS * PER_SUBSECTION;
    for i in 0..pairs {
        let (s, rest) = (i / per_section % SECTIONS, i % per_section);
        let (t, r) = (rest / PER_SUBSECTION, rest % PER_SUBSECTION);
        let target = (s + 1) % SECTIONS;
        let _ = writeln!(
            y,
            "    - source_requirement_urn: urn:example:risk:req_node:bench:s{s}.{t}.{r}\n      target_requirement_urn: urn:example:risk:req_node:bench:s{target}.{t}.{r}\n      relationship: intersect\n      rationale: semantic\n      strength_of_relationship: {}",
            i % 11
        );
    }
    y
}

fn main() {
    let framework = framework_yaml();
    let mapping = mapping_yaml(3_000);
    println!(
        "framework library: {:.1} MB of YAML, {} requirements; mapping library: {:.1} MB, 3,000 pairs",
        framework.len() as f64 / 1e6,
        SECTIONS * SUBSECTIONS * PER_SUBSECTION,
        mapping.len() as f64 / 1e6
    );
    let dir = tempfile::tempdir().unwrap();
    let library = catalog::load_with_user_dir(Some(dir.path())).library;
    let inputs = [
        InputFile {
            path: "bench.yaml".into(),
            text: framework.clone(),
        },
        InputFile {
            path: "bench-mapping.yaml".into(),
            text: mapping,
        },
    ];
    let options = ImportOptions::default();
    let one = &inputs[..1];
    timing::measure(
        "convert the framework library (read YAML, build catalog)",
        RUNS,
        62,
        || import::convert(one, &library, dir.path(), &options).unwrap(),
    );
    let plan = timing::measure(
        "plan the framework library (convert + check outputs)",
        RUNS,
        62,
        || import::plan(one, &library, dir.path(), &options).unwrap(),
    );
    assert_eq!(
        plan.summaries[0].requirements,
        SECTIONS * SUBSECTIONS * PER_SUBSECTION
    );
    let both = timing::measure(
        "plan framework + mapping library together",
        RUNS,
        62,
        || import::plan(&inputs, &library, dir.path(), &options).unwrap(),
    );
    assert_eq!(both.summaries[1].mappings, 3_000);
    timing::measure("plan and write both (safe writes)", RUNS, 62, || {
        let out = tempfile::tempdir().unwrap();
        let plan = import::plan(&inputs, &library, out.path(), &options).unwrap();
        import::write(&plan, false).unwrap()
    });
}
