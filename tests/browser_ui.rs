//! Drives the catalog browser as a user would, with egui_kittest (no GPU): search, click, read.

// Test and benchmark code: a failed unwrap is a failed run, which is what it should be.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mim_assistant::catalog;
use mim_assistant::ui::screens::catalog::Selection;
use mim_assistant::ui::{MimApp, fonts};

mod window;

/// The catalog browser over the shipped catalogs; the folder holds the window's own files.
fn harness() -> (Harness<'static, MimApp>, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    (
        window::catalog_window(catalog::load_embedded(), home.path()),
        home,
    )
}

#[test]
fn searching_5_15_finds_the_control_and_shows_what_maps_to_it() {
    let (mut harness, _home) = harness();
    harness.get_by_label("Search").focus();
    harness.get_by_label("Search").type_text("5.15");
    harness.run();
    assert_eq!(harness.state().browser.query, "5.15");
    harness.get_by_label_contains("iso27001:A.5.15").click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Requirement("iso27001:A.5.15".into())
    );
    // The detail shows the mappings in both directions as clickable links.
    harness
        .get_by_role_and_label(
            Role::Link,
            "mim6:R1  Access control (ISO/IEC 27001:2022 A.5.15)",
        )
        .click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Requirement("mim6:R1".into())
    );
    harness.get_by_label("◀ Back").click();
    harness.run();
    let nis2_link = harness
        .get_all_by_role(Role::Link)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("nis2:21.2.i "))
        })
        .expect("a link to NIS2 Art. 21(2)(i)");
    nis2_link.click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Requirement("nis2:21.2.i".into())
    );
    harness.check_accessibility();
}

#[test]
fn the_tree_opens_a_framework_and_shows_a_requirement() {
    let (mut harness, _home) = harness();
    // The tree comes before the overview table, which names the framework too.
    harness
        .get_all_by_label("MIM6 Securing Data")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label_contains("Only entitled users").click();
    harness.run();
    harness
        .get_by_label_contains("R2  Identity management")
        .click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Requirement("mim6:R2".into())
    );
    assert!(harness.query_by_label_contains("Why it matters").is_some());
    harness.check_accessibility();
}

#[test]
fn a_search_with_no_hits_says_so() {
    let (mut harness, _home) = harness();
    harness.get_by_label("Search").focus();
    harness
        .get_by_label("Search")
        .type_text("no-such-thing-anywhere");
    harness.run();
    assert!(harness.query_by_label("no requirement matches").is_some());
    harness.get_by_label("Clear").click();
    harness.run();
    assert!(harness.state().browser.query.is_empty());
}

#[test]
fn swedish_polish_greek_and_cyrillic_letters_have_glyphs_in_dejavu_sans() {
    let mut definitions = fonts::font_definitions();
    let proportional = &definitions.families[&egui::FontFamily::Proportional];
    assert_eq!(proportional.first().map(String::as_str), Some("DejaVuSans"));
    // Keep DejaVu Sans alone, so that egui's fallback fonts cannot hide a missing glyph.
    definitions
        .families
        .insert(egui::FontFamily::Proportional, vec!["DejaVuSans".into()]);
    let harness = Harness::builder()
        .with_context_setup(move |ctx| ctx.set_fonts(definitions))
        .build_ui(|ui| {
            ui.label("Malmö");
        });
    let ctx = &harness.ctx;
    for text in [
        "Göteborg Malmö Åre",
        "Łódź Gdańsk Kraków",
        "Θεσσαλονίκη Ηράκλειο",
        "Київ",
    ] {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            let has = ctx.fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(14.0), c));
            assert!(has, "DejaVu Sans has no glyph for {c:?}");
        }
    }
}

#[test]
fn a_broken_user_catalog_is_reported_in_the_window_and_the_rest_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mine.ron"),
        "Catalog(\n  format_version: 1,\n  framework: 7,\n)",
    )
    .unwrap();
    let home = tempfile::tempdir().unwrap();
    let mut harness =
        window::catalog_window(catalog::load_with_user_dir(Some(dir.path())), home.path());
    assert!(
        harness
            .query_by_label_contains("1 problem in the catalog files")
            .is_some()
    );
    harness.get_by_label("Show details").click();
    harness.run();
    assert!(harness.query_by_label_contains("mine.ron:3:").is_some());
    assert!(
        harness
            .state()
            .library
            .requirement("iso27001:A.5.15")
            .is_some()
    );
    harness.check_accessibility();
}

#[test]
fn opening_mim7_in_the_tree_shows_the_statement_of_r5_1() {
    let (mut harness, _home) = harness();
    harness
        .get_all_by_label("MIM7 Geospatial Data")
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.get_by_label_contains("C5  ").click();
    harness.run();
    harness.get_by_label_contains("R5.1  ").click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Requirement("mim7:R5.1".into())
    );
    let statement = harness
        .state()
        .library
        .requirement("mim7:R5.1")
        .unwrap()
        .requirement
        .statement
        .clone();
    assert!(statement.contains("EPSG"), "R5.1 is about declared CRSs");
    assert!(harness.query_by_label(&statement).is_some());
    harness.check_accessibility();
}

#[test]
fn a_requirement_shows_the_ways_to_meet_it() {
    let (mut harness, _home) = harness();
    harness.get_by_label("Search").focus();
    harness.get_by_label("Search").type_text("mim7:R1.1");
    harness.run();
    harness.get_by_label_contains("mim7:R1.1  ").click();
    harness.run();
    assert!(harness.query_by_label("Ways to meet this").is_some());
    assert!(
        harness
            .get_all_by_label_contains("OGC API")
            .next()
            .is_some()
    );
}

#[test]
fn the_about_view_names_versions_sources_and_credits() {
    let (mut harness, _home) = harness();
    harness.get_by_label("About, sources and licences").click();
    harness.run();
    assert_eq!(harness.state().browser.selection, Selection::About);
    assert!(
        harness
            .query_by_label("Credits required by licences")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("© European Union Agency for Cybersecurity")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Open & Agile Smart Cities")
            .is_some()
    );
    // Each framework's version is shown, and its name links to its page.
    let mim4_version = harness
        .state()
        .library
        .framework("mim4")
        .unwrap()
        .version
        .clone();
    assert!(
        harness
            .query_by_label(&format!("Version: {mim4_version}"))
            .is_some()
    );
    harness
        .get_by_role_and_label(Role::Link, "MIM4 Personal Data")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Link, "MIM4 Personal Data")
        .click();
    harness.run();
    assert_eq!(
        harness.state().browser.selection,
        Selection::Framework("mim4".into())
    );
    harness.check_accessibility();
}

#[test]
fn a_requirement_known_from_a_secondary_source_only_says_so() {
    let (mut harness, _home) = harness();
    harness.get_by_label("Search").focus();
    harness.get_by_label("Search").type_text("mim3:RC4.1");
    harness.run();
    harness.get_by_label_contains("mim3:RC4.1  ").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Known from a secondary source only")
            .is_some()
    );
    // RC3.1 was checked against the OASC page and carries no such line.
    harness.state_mut().browser.selection = Selection::Requirement("mim3:RC3.1".into());
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Known from a secondary source only")
            .is_none()
    );
    // The About view counts, per MIM, the items that rest on a secondary source.
    let (mut harness, _home) = self::harness();
    harness.get_by_label("About, sources and licences").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Link, "MIM3 Exchanging Data")
        .scroll_to_me();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("13 from secondary sources")
            .is_some()
    );
}
