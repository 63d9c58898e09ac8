//! Chapter 1 of the annex and the title block before it: the introduction with the frameworks
//! used.

use super::super::blocks::{Column, Report, TextStyle};
use super::super::tender_parts::{item_summary, title_block};
use crate::catalog::framework_of;
use crate::procurement::{RESPONSE_SHEET, number_ranges};

use super::*;

impl Annex<'_> {
    pub(super) fn title_block(&self, report: &mut Report) {
        let t = self.tender;
        title_block(
            report,
            t,
            "Annex to the tender documents",
            "Requirements and response instructions",
            vec![
                ("Date of issue", t.date.clone()),
                ("Questions to", t.contact.clone()),
                ("Items", item_summary(t)),
                (
                    "Answer in",
                    format!("the response form, sheet “{RESPONSE_SHEET}” (see section 2)"),
                ),
            ],
        );
    }

    pub(super) fn introduction(&self, report: &mut Report) {
        let t = self.tender;
        report.heading(1, "1. Introduction");
        let reference = if t.reference.is_empty() {
            String::new()
        } else {
            format!(", reference {}", t.reference)
        };
        report.paragraph(
            TextStyle::Body,
            format!(
                "This annex is part of the documents for the tender “{}” of {}{reference}. It states what the solution offered, and in some cases the bidder, must or should fulfil, how to answer in the response form, and how the answers are evaluated.",
                t.title, t.buyer
            ),
        );
        if t.items.is_empty() {
            report.paragraph(TextStyle::Body, "The tender has no items yet.");
            return;
        }
        report.paragraph(
            TextStyle::Body,
            format!(
                "The annex has {} numbered items; the response form and the evaluation use the same numbers. The {} MUST items are pass/fail: a bid that fails one of them is excluded. The {} SHOULD items are award criteria that earn points, {} in total.",
                t.items.len(),
                t.must_count(),
                self.shoulds().len(),
                t.weight_total()
            ),
        );
        report.paragraph(
            TextStyle::Body,
            "The items are taken from the published frameworks below, in the versions shown. The requirement texts are worded for this tender; the identifiers (such as mim6:R1) are those of the frameworks.",
        );
        let mut order: Vec<&str> = Vec::new();
        for item in &t.items {
            let id = framework_of(&item.requirement);
            if !order.contains(&id) {
                order.push(id);
            }
        }
        let rows = order
            .iter()
            .map(|id| {
                let numbers = self.numbers(|i| framework_of(&i.requirement) == *id);
                let (name, version) = match self.library.framework(id) {
                    Some(f) => (f.name.clone(), f.version.clone()),
                    None => (
                        format!("{id} (not in the loaded catalogs)"),
                        "unknown".to_owned(),
                    ),
                };
                vec![name, version, number_ranges(&numbers)]
            })
            .collect();
        report.table(
            vec![
                Column::text("Framework", 0.28),
                Column::text("Version used", 0.54),
                Column::text("Items", 0.18),
            ],
            rows,
        );
    }
}
