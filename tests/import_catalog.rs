//! Catalogs in (`crate::import`, `import-catalog`): NIST's OSCAL example and a CISO
//! Assistant-style framework and mapping library import and load as custom catalogs; our own
//! OSCAL namespace is read back field by field; hostile and broken files are refused at their
//! place with nothing written.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use std::path::{Path, PathBuf};

use mim_assistant::catalog::{self, Library, Relationship};
use mim_assistant::import::{self, ImportOptions, InputFile};

mod common;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn library_with(dir: &Path) -> Library {
    let report = catalog::load_with_user_dir(Some(dir));
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    report.library
}

/// Plans and writes an import of `files` into `dir`; the problems when refused.
fn import_into(
    dir: &Path,
    files: &[PathBuf],
    options: &ImportOptions,
) -> Result<Vec<PathBuf>, Vec<String>> {
    let inputs: Vec<InputFile> = files.iter().map(|f| InputFile::read(f).unwrap()).collect();
    let library = catalog::load_with_user_dir(Some(dir)).library;
    let plan = import::plan(&inputs, &library, dir, options)
        .map_err(|ps| ps.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok(import::write(&plan, options.replace).unwrap())
}

#[test]
fn nist_basic_catalog_imports_and_loads_as_a_custom_catalog() {
    let dir = tempfile::tempdir().unwrap();
    let written = import_into(
        dir.path(),
        &[fixture("oscal/basic-catalog.json")],
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(written.len(), 1);
    let library = library_with(dir.path());
    let fw = library
        .framework("sample-security-catalog-for")
        .expect("the imported framework");
    assert_eq!(
        fw.name,
        "Sample Security Catalog *for Demonstration* and Testing"
    );
    assert!(library.is_custom(&fw.id));
    assert!(
        fw.sources[0].licence.contains("fair use"),
        "{}",
        fw.sources[0].licence
    );
    let r = library
        .requirement("sample-security-catalog-for:1.1.1")
        .expect("control 1.1.1 by its label");
    assert_eq!(
        r.requirement.title,
        "Information security roles and responsibilities"
    );
    assert!(
        r.requirement
            .statement
            .contains("A value has been assigned to [a choice from a selection]."),
        "{}",
        r.requirement.statement
    );
    assert!(!r.requirement.statement.contains("{{"));
    assert!(
        r.requirement
            .guidance
            .starts_with("Allocation of information security responsibilities")
    );
    assert!(r.requirement.strength_inferred);
    assert!(
        r.requirement
            .notes
            .iter()
            .any(|n| n.starts_with("Strength:"))
    );
    assert!(
        r.requirement
            .notes
            .iter()
            .any(|n| n.starts_with("Generated on import"))
    );
    assert_eq!(r.requirement.locator, "s1.1.1");
    // Nested groups as in the file: group 1 holds s1.1, which holds the control.
    assert_eq!(
        r.groups.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(),
        ["1", "s1.1"]
    );
    // validate --strict passes on the folder.
    let out = common::run_cli(&["validate", "--strict", &dir.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
}

#[test]
fn ciso_framework_scale_and_mappings_import_and_load() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        fixture("ciso/harbour-basics.yaml"),
        fixture("ciso/harbour-basics-mappings.yaml"),
    ];
    let written = import_into(dir.path(), &files, &ImportOptions::default()).unwrap();
    assert_eq!(written.len(), 3, "{written:?}");
    let library = library_with(dir.path());
    let fw = library.framework("harbour-basics").unwrap();
    let source = &fw.sources[0];
    assert_eq!(
        source.licence,
        "Written for the MIM Assistant tests; free to use under CC0 1.0."
    );
    assert!(
        source
            .attribution
            .contains("Harbour Town IT office (fictional)")
    );
    assert!(
        library
            .attributions()
            .contains(&source.attribution.as_str())
    );
    // Headings nest: GOV holds its own checks and the Suppliers heading.
    let exit = library.requirement("harbour-basics:GOV.S.1").unwrap();
    assert_eq!(
        exit.groups
            .iter()
            .map(|g| g.id.as_str())
            .collect::<Vec<_>>(),
        ["GOV", "GOV.S"]
    );
    // An assessable node under another follows it in the same group.
    let stand_in = library.requirement("harbour-basics:GOV.1.a").unwrap();
    assert_eq!(stand_in.group().unwrap().id, "GOV");
    assert!(
        stand_in
            .requirement
            .notes
            .iter()
            .any(|n| n == "Part of GOV.1 in the library.")
    );
    let owner = library
        .requirement("harbour-basics:GOV.1")
        .unwrap()
        .requirement;
    assert_eq!(
        owner.evidence,
        [
            "The data catalogue with an owner column",
            "Minutes of the meeting that named the owners"
        ]
    );
    assert_eq!(
        owner.guidance,
        "Keep the owner in the dataset's catalogue entry, not in a spreadsheet."
    );
    assert_eq!(
        owner.locator,
        "urn:example:risk:req_node:harbour-basics:gov.1"
    );
    assert!(
        owner
            .notes
            .iter()
            .any(|n| n == "Implementation groups: BASIC, FULL.")
    );
    assert!(
        fw.notes
            .iter()
            .any(|n| n == "Implementation group BASIC: Basic — What every department does first.")
    );
    // A node with no name takes its ref_id as title; the root-level check is in the framework's group.
    assert_eq!(
        library
            .requirement("harbour-basics:OPS.2")
            .unwrap()
            .requirement
            .title,
        "OPS.2"
    );
    assert_eq!(
        library
            .requirement("harbour-basics:TOP.1")
            .unwrap()
            .group()
            .unwrap()
            .title,
        "Harbour Town digital basics"
    );
    // The empty heading is left out.
    assert!(fw.groups.iter().all(|g| g.id != "NOTES"));
    // The scale from scores_definition.
    let scale = library.scale("harbour-basics-scores").unwrap();
    assert_eq!(scale.range(), (0, 3));
    assert_eq!(scale.level(2).unwrap().name, "In place");
    // The mapping set: not_related dropped, strengths as confidences.
    let set = library
        .mapping_sets()
        .iter()
        .find(|s| s.id == "harbour-basics-self")
        .unwrap();
    assert_eq!(set.mappings.len(), 2);
    assert_eq!(set.mappings[0].source, "harbour-basics:GOV.1.a");
    assert_eq!(set.mappings[0].relationship, Relationship::Subset);
    assert_eq!(set.mappings[0].confidence, catalog::Confidence::High);
    assert_eq!(set.mappings[1].confidence, catalog::Confidence::Low);
    assert!(!library.mappings_from("harbour-basics:OPS.2").is_empty());
    let out = common::run_cli(&["validate", "--strict", &dir.path().display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
}

#[test]
fn a_mapping_library_finds_a_framework_imported_earlier_by_its_urns() {
    let dir = tempfile::tempdir().unwrap();
    import_into(
        dir.path(),
        &[fixture("ciso/harbour-basics.yaml")],
        &ImportOptions::default(),
    )
    .unwrap();
    import_into(
        dir.path(),
        &[fixture("ciso/harbour-basics-mappings.yaml")],
        &ImportOptions::default(),
    )
    .unwrap();
    let library = library_with(dir.path());
    assert!(
        library
            .mapping_sets()
            .iter()
            .any(|s| s.id == "harbour-basics-self")
    );
}

#[test]
fn an_id_taken_is_refused_and_id_chooses_another() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = fixture("ciso/harbour-basics.yaml");
    import_into(
        dir.path(),
        std::slice::from_ref(&yaml),
        &ImportOptions::default(),
    )
    .unwrap();
    let again = import_into(
        dir.path(),
        std::slice::from_ref(&yaml),
        &ImportOptions::default(),
    )
    .unwrap_err();
    assert!(
        again[0].contains("the framework id `harbour-basics` is taken"),
        "{again:?}"
    );
    let options = ImportOptions {
        id: Some("harbour-copy".into()),
        replace: false,
    };
    import_into(dir.path(), std::slice::from_ref(&yaml), &options).unwrap();
    let library = library_with(dir.path());
    assert!(library.framework("harbour-copy").is_some());
    // A shipped id is never given.
    let shipped = ImportOptions {
        id: Some("iso27001".into()),
        replace: true,
    };
    let refused = import_into(dir.path(), std::slice::from_ref(&yaml), &shipped).unwrap_err();
    assert!(refused[0].contains("`iso27001` is taken"), "{refused:?}");
    // --replace writes over the earlier import of the same file.
    let replace = ImportOptions {
        id: None,
        replace: true,
    };
    import_into(dir.path(), &[yaml], &replace).unwrap();
    library_with(dir.path());
}

/// The round trip: every shipped catalog exported as OSCAL (`mim_assistant::oscal::catalog`,
/// what `oscal catalog` writes) and imported back gives the same framework — its names, kind
/// and sources, the same groups (with their notes) in the same nesting and every requirement
/// field for field (only the ways to meet a requirement, tied to mechanisms the export does not
/// carry, are not compared).
#[test]
fn every_shipped_catalog_exported_as_oscal_imports_back_the_same() {
    let library = common::shipped();
    assert!(library.frameworks().len() >= 4);
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        let json = mim_assistant::oscal::catalog(fw, "2026-12-04").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(format!("{}.catalog.json", fw.id));
        std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
        let out_dir = dir.path().join("out");
        let again_id = format!("{}-again", fw.id);
        let options = ImportOptions {
            id: Some(again_id.clone()),
            replace: false,
        };
        import_into(&out_dir, &[file], &options).unwrap();
        let again = library_with(&out_dir);
        let back = again.framework(&again_id).unwrap();
        assert_eq!(
            (&back.name, &back.short_name, back.kind, &back.version),
            (&fw.name, &fw.short_name, fw.kind, &fw.version),
            "{}",
            fw.id
        );
        let sources = |f: &catalog::Framework| {
            f.sources
                .iter()
                .map(|s| {
                    (
                        s.key.clone(),
                        s.kind,
                        s.licence.clone(),
                        s.attribution.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(sources(back), sources(fw), "{}", fw.id);
        assert_same_groups(&fw.id, &back.groups, &fw.groups);
    }
}

fn assert_same_groups(framework: &str, back: &[catalog::Group], original: &[catalog::Group]) {
    let outline = |groups: &[catalog::Group]| {
        groups
            .iter()
            .map(|g| {
                (
                    g.id.clone(),
                    g.kind,
                    g.title.clone(),
                    g.summary.trim().to_owned(),
                    g.notes.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(outline(back), outline(original), "{framework}");
    for (b, a) in back.iter().zip(original) {
        assert_eq!(
            b.requirements.len(),
            a.requirements.len(),
            "{framework} {}",
            a.id
        );
        for (b, a) in b.requirements.iter().zip(&a.requirements) {
            assert_same_requirement(framework, b, a);
        }
        assert_same_groups(framework, &b.groups, &a.groups);
    }
}

fn assert_same_requirement(framework: &str, b: &catalog::Requirement, a: &catalog::Requirement) {
    let at = format!("{framework}:{}", a.id);
    assert_eq!(
        (&b.id, &b.title, &b.statement, &b.obligations),
        (&a.id, &a.title, &a.statement, &a.obligations),
        "{at}"
    );
    assert_eq!(
        (b.strength, b.strength_inferred, b.confidence, b.proof),
        (a.strength, a.strength_inferred, a.confidence, a.proof),
        "{at}"
    );
    assert_eq!(
        (&b.why, &b.question, &b.tender_clause, &b.evidence),
        (&a.why, &a.question, &a.tender_clause, &a.evidence),
        "{at}"
    );
    assert_eq!(
        (&b.guidance, &b.source, &b.locator, &b.related, &b.notes),
        (&a.guidance, &a.source, &a.locator, &a.related, &a.notes),
        "{at}"
    );
}

#[test]
fn hostile_and_broken_files_are_refused_at_their_place_with_nothing_written() {
    let cases: [(&str, &str); 8] = [
        (
            "syntax.yaml",
            "syntax.yaml:8:1: the YAML is not well-formed",
        ),
        (
            "wrong-type.yaml",
            "wrong-type.yaml:8:24: the field `requirement_nodes` is a text; expected a list",
        ),
        (
            "alias-bomb.yaml",
            "alias-bomb.yaml:9:20: the file holds more than 4000000 values once its aliases are expanded",
        ),
        (
            "deep.yaml",
            "deep.yaml:67:129: lists and maps nest deeper than 64 levels",
        ),
        (
            "duplicate-urn.yaml",
            "duplicate-urn.yaml:13:12: the urn urn:example:risk:req_node:twice:1 is used by two nodes (first at line 9, column 12)",
        ),
        (
            "unknown-parent.yaml",
            "unknown-parent.yaml:13:19: the parent_urn urn:example:risk:req_node:orphan:missing is not the urn of any node",
        ),
        (
            "unknown-urn-mapping.yaml",
            "unknown-urn-mapping.yaml:11:31: the source_requirement_urn urn:example:risk:req_node:harbour-basics:gov.1 is no requirement",
        ),
        (
            "no-title.json",
            "no-title.json: catalog.groups[1].groups[0].controls[0]: a control needs a `title`",
        ),
    ];
    for (name, wanted) in cases {
        let dir = tempfile::tempdir().unwrap();
        let problems = import_into(
            dir.path(),
            &[fixture(&format!("import/bad/{name}"))],
            &ImportOptions::default(),
        )
        .unwrap_err();
        assert!(problems[0].contains(wanted), "{name}: {problems:?}");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "{name}: something was written"
        );
    }
}

#[test]
fn a_good_file_beside_a_bad_one_is_not_imported_either() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        fixture("ciso/harbour-basics.yaml"),
        fixture("import/bad/unknown-parent.yaml"),
    ];
    assert!(import_into(dir.path(), &files, &ImportOptions::default()).is_err());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn an_oversize_file_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.yaml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(import::MAX_IMPORT_BYTES + 1).unwrap();
    let err = InputFile::read(&path).unwrap_err();
    assert!(err.to_string().contains("larger than 50 MB"), "{err}");
    let out = common::run_cli(&[
        "import-catalog",
        &path.display().to_string(),
        "-o",
        &dir.path().join("out").display().to_string(),
    ]);
    assert_eq!(out.status.code(), Some(3));
    assert!(common::text(&out.stderr).contains("larger than 50 MB"));
}

#[test]
fn the_command_line_imports_refuses_and_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("catalogs");
    let out_arg = out_dir.display().to_string();
    let yaml = fixture("ciso/harbour-basics.yaml").display().to_string();
    let maps = fixture("ciso/harbour-basics-mappings.yaml")
        .display()
        .to_string();
    let out = common::run_cli(&["import-catalog", &yaml, &maps, "-o", &out_arg]);
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
    let stdout = common::text(&out.stdout);
    assert!(
        stdout
            .contains("`harbour-basics` Harbour Town digital basics, 4 group(s), 6 requirement(s)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("licence: Written for the MIM Assistant tests"),
        "{stdout}"
    );
    assert!(
        stdout.contains("left out: 1 pair(s) marked not_related"),
        "{stdout}"
    );
    assert!(
        stdout.contains("harbour-basics-scores.scale.ron"),
        "{stdout}"
    );
    // The same again: the id is taken now (exit 1, located); with --replace it is written over.
    let again = common::run_cli(&["import-catalog", &yaml, "-o", &out_arg]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        common::text(&again.stderr).contains("harbour-basics.yaml:"),
        "{}",
        common::text(&again.stderr)
    );
    let replaced = common::run_cli(&["import-catalog", &yaml, "-o", &out_arg, "--replace"]);
    assert_eq!(
        replaced.status.code(),
        Some(0),
        "{}",
        common::text(&replaced.stderr)
    );
    // An output that exists under another id: exit 2, nothing written.
    std::fs::write(out_dir.join("harbour-two.ron"), "not ours").unwrap();
    let exists = common::run_cli(&[
        "import-catalog",
        &yaml,
        "--id",
        "harbour-two",
        "-o",
        &out_arg,
    ]);
    assert_eq!(
        exists.status.code(),
        Some(2),
        "{}",
        common::text(&exists.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(out_dir.join("harbour-two.ron")).unwrap(),
        "not ours"
    );
    // A broken file: exit 1 with its place.
    let bad = fixture("import/bad/duplicate-urn.yaml")
        .display()
        .to_string();
    let refused = common::run_cli(&["import-catalog", &bad, "-o", &out_arg]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(common::text(&refused.stderr).contains("duplicate-urn.yaml:13:12:"));
    // Without -o the user catalog folder is used (here under MIM_ASSISTANT_HOME).
    let home = dir.path().join("home");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_mim-assistant"))
        .args(["import-catalog", &yaml])
        .env("MIM_ASSISTANT_HOME", &home)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", common::text(&out.stderr));
    assert!(home.join("catalogs/harbour-basics.ron").is_file());
}
