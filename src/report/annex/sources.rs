//! The annex's last chapter: the sources of the requirements and their credits.

use super::super::blocks::{Block, Column, Report, TextStyle, bullets};

use super::*;

impl Annex<'_> {
    pub(super) fn sources(&self, report: &mut Report) {
        let section = self.award_section + 1;
        self.chapter(report, section, "annex-h-sources");
        let frameworks = self.frameworks(&self.tender.items);
        if frameworks.is_empty() {
            report.paragraph(TextStyle::Body, self.word("annex-none"));
            return;
        }
        report.paragraph(TextStyle::Body, self.word("annex-sources-intro"));
        let mut rows = Vec::new();
        for f in &frameworks {
            // Only the sources the chosen items cite.
            let cited: Vec<&str> = self
                .tender
                .items
                .iter()
                .filter_map(|i| self.library.requirement(&i.requirement))
                .filter(|v| v.framework.id == f.id)
                .map(|v| v.requirement.source.as_str())
                .collect();
            for source in f.sources.iter().filter(|s| cited.contains(&s.key.as_str())) {
                rows.push(vec![
                    f.short_name.clone(),
                    format!("{} ({})", source.document, source.version),
                    source.url.clone(),
                    source.licence.clone(),
                ]);
            }
        }
        report.table(
            vec![
                Column::text(&self.word("annex-col-catalog"), 0.12),
                Column::text(&self.word("annex-col-document"), 0.38),
                Column::text(&self.word("annex-col-where"), 0.25),
                Column::text(&self.word("annex-col-licence"), 0.25),
            ],
            rows,
        );
        let secondary: Vec<&str> = self
            .tender
            .items
            .iter()
            .filter(|i| {
                self.library
                    .requirement(&i.requirement)
                    .is_some_and(|v| v.rests_on_secondary_source())
            })
            .map(|i| i.requirement.as_str())
            .collect();
        if !secondary.is_empty() {
            report.paragraph(
                TextStyle::Note,
                self.with(
                    "annex-secondary-list",
                    &[("ids", secondary.join(", ").into())],
                ),
            );
        }
        let mut credits: Vec<&str> = Vec::new();
        for f in &frameworks {
            for source in &f.sources {
                let line = source.attribution.trim();
                if !line.is_empty() && !credits.contains(&line) {
                    credits.push(line);
                }
            }
        }
        // The credits and the closing note stay together, so no line is left alone on a page.
        let mut closing = Vec::new();
        if !credits.is_empty() {
            closing.push(Block::Heading {
                level: 2,
                text: self.word("annex-h-credits"),
            });
            closing.push(Block::Paragraph {
                style: TextStyle::Note,
                text: bullets(&credits),
            });
        }
        closing.push(Block::Paragraph {
            style: TextStyle::Note,
            text: self.with(
                "annex-worded-by",
                &[("version", env!("CARGO_PKG_VERSION").into())],
            ),
        });
        let custom: Vec<&str> = frameworks
            .iter()
            .filter(|f| self.library.is_custom(&f.id))
            .map(|f| f.short_name.as_str())
            .collect();
        if !custom.is_empty() {
            closing.push(Block::Paragraph {
                style: TextStyle::Note,
                text: self.with(
                    "annex-custom-words",
                    &[("frameworks", custom.join(", ").into())],
                ),
            });
        }
        report.push(Block::KeepTogether(closing));
    }
}
