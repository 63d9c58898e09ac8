//! Tests of the annex report.

use super::*;
use crate::catalog;
use crate::procurement::example_tender;
use crate::procurement::{EQUIVALENT_SENTENCE, FORM_COLUMNS, ResponseCode};
use crate::report::blocks::Table;

/// The item tables: first column "No.", with a "Means of proof" column.
fn item_tables(report: &Report) -> Vec<&Table> {
    report
        .tables_with("Means of proof")
        .into_iter()
        .filter(|t| t.columns.first().is_some_and(|c| c.title == "No."))
        .collect()
}

#[test]
fn every_item_number_appears_once_in_order_within_each_table() {
    let library = catalog::load_embedded().library;
    let tender = example_tender(&library);
    let report = tender_annex(&tender, &library);
    let tables = item_tables(&report);
    let rows: Vec<&Vec<String>> = tables.iter().flat_map(|t| &t.rows).collect();
    let mut numbers: Vec<usize> = rows.iter().map(|r| r[0].parse().unwrap()).collect();
    assert_eq!(numbers.len(), tender.items.len());
    for table in &tables {
        let n: Vec<usize> = table.rows.iter().map(|r| r[0].parse().unwrap()).collect();
        assert!(n.windows(2).all(|w| w[0] < w[1]), "{n:?}");
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=tender.items.len()).collect::<Vec<_>>());
    // The number and the id agree with the form's numbering.
    for row in &rows {
        let number: usize = row[0].parse().unwrap();
        assert_eq!(tender.items[number - 1].requirement, row[1]);
    }
}

#[test]
fn clauses_are_apart_from_the_requirements() {
    let library = catalog::load_embedded().library;
    let tender = example_tender(&library);
    let report = tender_annex(&tender, &library);
    let all = report.texts();
    assert!(all.iter().any(|t| t.ends_with("Common clauses")));
    let requirement_table = report.tables_with("Where it belongs")[0];
    assert!(
        requirement_table
            .rows
            .iter()
            .all(|r| !r[1].starts_with("clauses:"))
    );
    assert!(
        requirement_table
            .rows
            .iter()
            .all(|r| !r[6].is_empty() && r[6].contains("Art.") || r[6] == "Acceptance test")
    );
}

#[test]
fn the_form_columns_and_codes_are_explained() {
    let library = catalog::load_embedded().library;
    let tender = example_tender(&library);
    let all = tender_annex(&tender, &library).texts().join("\n");
    for column in FORM_COLUMNS {
        assert!(all.contains(column.title), "{}", column.title);
        assert!(
            all.contains(&column.explanation_in(&crate::words::Words::english())),
            "{}",
            column.title
        );
    }
    for code in ResponseCode::ALL {
        assert!(all.contains(code.label()));
    }
    assert!(all.contains("cell B2"));
    assert!(all.contains(EQUIVALENT_SENTENCE));
    assert!(all.contains("Art. 42") || all.contains("Article 42"));
    assert!(all.contains("upphandling@sjobacka.example"));
}

#[test]
fn weights_total_and_frameworks_are_printed() {
    let library = catalog::load_embedded().library;
    let tender = example_tender(&library);
    let report = tender_annex(&tender, &library);
    let all = report.texts();
    assert_eq!(tender.weight_total(), 100);
    let award = report.tables_with("Award criterion")[0];
    assert_eq!(award.rows.last().unwrap()[2], "Total");
    assert_eq!(award.rows.last().unwrap()[3], "100");
    // The five SHOULD items of the example and the total.
    assert_eq!(award.rows.len(), 6);
    let mim6 = library.framework("mim6").unwrap();
    assert!(all.contains(&mim6.version));
    assert!(all.iter().any(|t| t.contains("Marek Mráz")));
    assert!(!all.iter().any(|t| t.contains("legal advice")));
    assert_eq!(report.info.author, tender.buyer);
    assert_eq!(report.info.date, tender.date);
}

#[test]
fn unknown_ids_print_as_such() {
    let library = catalog::load_embedded().library;
    let mut tender = example_tender(&library);
    let mut item = tender.items[0].clone();
    item.requirement = "mimx:R9".to_owned();
    tender.items.push(item);
    let all = tender_annex(&tender, &library).texts().join("\n");
    assert!(all.contains("mimx (not in the loaded catalogs)"));
    assert!(all.contains("(requirement mimx:R9 is not in the loaded catalogs)"));
}

#[test]
fn an_empty_tender_still_lays_out() {
    let library = catalog::load_embedded().library;
    let tender = Tender::new("Town", "Nothing yet", "");
    let pdf = crate::report::render(&tender_annex(&tender, &library)).unwrap();
    assert!(pdf.pages > 0);
}

#[test]
fn the_annex_lays_out() {
    let library = catalog::load_embedded().library;
    let tender = example_tender(&library);
    let pdf = crate::report::render(&tender_annex(&tender, &library)).unwrap();
    assert!(pdf.pages > 1);
}

#[test]
fn items_known_from_a_secondary_source_only_are_marked_as_such() {
    let library = catalog::load_embedded().library;
    let mut tender = example_tender(&library);
    let mut booklet_only = tender.items[0].clone();
    booklet_only.requirement = "mim3:RC4.1".into();
    tender.items.push(booklet_only);
    let report = tender_annex(&tender, &library);
    let rows: Vec<&Vec<String>> = item_tables(&report)
        .into_iter()
        .flat_map(|t| &t.rows)
        .collect();
    let marked = |id: &str| {
        rows.iter()
            .find(|r| r[1] == id)
            .is_some_and(|r| r[2].contains("secondary source only"))
    };
    assert!(marked("mim3:RC4.1"), "the booklet-only item is marked");
    assert!(!marked("mim6:R1"), "an item from the OASC page is not");
    let texts = report.texts();
    assert!(
        texts.iter().any(
            |t| t.starts_with("Known from a secondary source only") && t.contains("mim3:RC4.1")
        ),
        "the sources chapter names it"
    );
}
