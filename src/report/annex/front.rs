//! Chapter 1 of the annex and the title block before it: the introduction with the frameworks
//! used.

use super::super::blocks::{Column, Report, TextStyle};
use super::super::tender_parts::{document_date, item_summary, title_block};
use crate::catalog::framework_of;
use crate::procurement::{number_ranges, response_sheet};

use super::*;

impl Annex<'_> {
    pub(super) fn title_block(&self, report: &mut Report) {
        let t = self.tender;
        let sheet = response_sheet(&self.words);
        let (date, questions, items, answer) = (
            self.word("annex-fact-date"),
            self.word("annex-fact-questions"),
            self.word("annex-fact-items"),
            self.word("annex-fact-answer"),
        );
        title_block(
            report,
            t,
            &self.word("annex-kicker"),
            &self.word("annex-title"),
            vec![
                (date.as_str(), document_date(&self.words, &t.date)),
                (questions.as_str(), t.contact.clone()),
                (items.as_str(), item_summary(t)),
                (
                    answer.as_str(),
                    self.with("annex-fact-answer-value", &[("sheet", sheet.into())]),
                ),
            ],
        );
    }

    pub(super) fn introduction(&self, report: &mut Report) {
        let t = self.tender;
        self.chapter(report, 1, "annex-h-introduction");
        let mut args = vec![
            ("title", WordArg::from(&t.title)),
            ("buyer", WordArg::from(&t.buyer)),
        ];
        let intro = if t.reference.is_empty() {
            self.with("annex-intro", &args)
        } else {
            args.push(("reference", WordArg::from(&t.reference)));
            self.with("annex-intro-reference", &args)
        };
        report.paragraph(TextStyle::Body, intro);
        if t.items.is_empty() {
            report.paragraph(TextStyle::Body, self.word("annex-no-items"));
            self.binding_notice(report);
            return;
        }
        report.paragraph(
            TextStyle::Body,
            self.with(
                "annex-intro-counts",
                &[
                    ("items", t.items.len().into()),
                    ("musts", t.must_count().into()),
                    ("shoulds", self.shoulds().len().into()),
                    ("points", t.weight_total().into()),
                ],
            ),
        );
        report.paragraph(TextStyle::Body, self.word("annex-intro-frameworks"));
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
                        self.with("annex-not-loaded", &[("id", (*id).into())]),
                        self.word("annex-unknown-version"),
                    ),
                };
                vec![name, version, number_ranges(&numbers)]
            })
            .collect();
        report.table(
            vec![
                Column::text(&self.word("annex-col-framework"), 0.28),
                Column::text(&self.word("annex-col-version"), 0.54),
                Column::text(&self.word("annex-col-items"), 0.18),
            ],
            rows,
        );
        self.binding_notice(report);
    }

    /// Which texts are binding, in a translated annex (an English one needs no such notice).
    fn binding_notice(&self, report: &mut Report) {
        if self.tender.language != "en" {
            report.paragraph(TextStyle::Note, self.word("annex-binding-notice"));
        }
    }
}
