//! The Statement of Applicability as words and as a report: the texts of each control's row
//! (applicable, justification, implementation), shared by the PDF here and the workbook in
//! [`crate::export`], and the PDF's blocks — the totals, then one table per Annex A theme.
//! Every figure is read from [`StatementOfApplicability`].

use super::blocks::{Block, Column, Report, ReportInfo, Table, TextStyle};
use crate::assessment::Coverage;
use crate::assessment::{Assessment, SoaControl, SoaStatus, StatementOfApplicability};
use crate::words::{WordArg, Words};

/// How many mapped requirements a justification names before "and N more".
const NAMED: usize = 5;

/// "Yes" or "No", in the statement's words.
pub fn applicable_text(w: &Words, control: &SoaControl) -> String {
    w.get(if control.included {
        "soa-yes"
    } else {
        "soa-no"
    })
}

/// Why the control is included (assessed, and what leads to it through the mappings) or
/// excluded (the not-applicable reason).
pub fn justification_text(w: &Words, control: &SoaControl) -> String {
    if let Some(reason) = control.exclusion.as_ref().filter(|_| !control.included) {
        return w.with("soa-excluded", &[("reason", reason.into())]);
    }
    let derived = matches!(control.status, SoaStatus::Derived(_));
    let named: Vec<String> = control.led_to_by.iter().take(NAMED).cloned().collect();
    let more = control.led_to_by.len().saturating_sub(NAMED);
    let list = if more > 0 {
        w.with(
            "soa-more",
            &[
                ("list", WordArg::Text(w.and_list(&named))),
                ("count", more.into()),
            ],
        )
    } else {
        w.and_list(&named)
    };
    let id = match (derived, named.is_empty()) {
        (false, true) => return w.get("soa-included"),
        (false, false) => "soa-included-by",
        (true, true) => return w.get("soa-included-derived-none"),
        (true, false) => "soa-included-derived",
    };
    w.with(id, &[("requirements", WordArg::Text(list))])
}

/// How far the control is implemented, in plain words with the level and target.
pub fn implementation_text(w: &Words, control: &SoaControl) -> String {
    let level = || {
        WordArg::Text(
            control
                .level
                .map_or_else(|| "–".to_owned(), |l| l.to_string()),
        )
    };
    let target = || {
        WordArg::Text(
            control
                .target
                .map_or_else(|| "–".to_owned(), |t| t.to_string()),
        )
    };
    let with_target = |id: &str| {
        if control.target.is_some() {
            w.with(id, &[("level", level()), ("target", target())])
        } else {
            w.with("soa-status-level", &[("level", level())])
        }
    };
    match control.status {
        SoaStatus::Implemented => with_target("soa-status-implemented"),
        SoaStatus::PartlyImplemented => with_target("soa-status-partly"),
        SoaStatus::NotImplemented => with_target("soa-status-not"),
        SoaStatus::NotAnswered => w.get("soa-status-open"),
        SoaStatus::Excluded => w.get("soa-status-excluded"),
        SoaStatus::Derived(Coverage::Covered) => {
            w.with("soa-status-covered", &[("level", level())])
        }
        SoaStatus::Derived(Coverage::Partly) => w.get("soa-status-partly-covered"),
        SoaStatus::Derived(Coverage::NotCovered) => w.get("soa-status-not-covered"),
    }
}

/// The totals as (label, count) rows, in the order the statement shows them.
pub fn totals_rows(w: &Words, soa: &StatementOfApplicability) -> Vec<(String, usize)> {
    let t = &soa.totals;
    [
        ("soa-total-controls", t.controls),
        ("soa-total-included", t.included),
        ("soa-total-excluded", t.excluded),
        ("soa-total-implemented", t.implemented),
        ("soa-total-below", t.below_target),
        ("soa-total-open", t.not_answered),
        ("soa-total-derived", t.derived),
    ]
    .into_iter()
    .map(|(id, n)| (w.get(id), n))
    .collect()
}

/// The statement of `assessment` as a report (the words in the assessment's language).
pub fn soa_report(assessment: &Assessment, soa: &StatementOfApplicability) -> Report {
    let w = Words::for_language(&assessment.language);
    let org = &assessment.organisation;
    let when = w.date(&assessment.date);
    let mut report = Report {
        info: ReportInfo {
            title: w.with("soa-title", &[("organisation", (&org.name).into())]),
            author: assessment.author(),
            subject: w.with("soa-subject", &[("date", (&when).into())]),
            keywords: vec!["ISO/IEC 27001".into(), "Statement of Applicability".into()],
            date: assessment.date.clone(),
            header: w.with(
                "soa-header",
                &[
                    ("organisation", (&org.name).into()),
                    ("date", (&when).into()),
                ],
            ),
            language: assessment.language.clone(),
        },
        blocks: Vec::new(),
    };
    report.heading(1, report.info.title.clone());
    report.paragraph(TextStyle::Note, report.info.subject.clone());
    report.paragraph(TextStyle::Body, w.get("soa-intro"));
    report.push(Block::Table(Table {
        columns: vec![
            Column::text(&w.get("soa-totals"), 0.7),
            Column {
                numeric: true,
                ..Column::text("", 0.3)
            },
        ],
        rows: totals_rows(&w, soa)
            .into_iter()
            .map(|(label, n)| vec![label, w.number(n as f64, 0)])
            .collect(),
    }));
    for theme in &soa.themes {
        report.heading(2, format!("{} {}", theme.id, theme.title));
        let rows = theme
            .controls
            .iter()
            .map(|c| {
                vec![
                    format!("{} {}", c.control, c.title),
                    applicable_text(&w, c),
                    justification_text(&w, c),
                    implementation_text(&w, c),
                    c.evidence.join("\n"),
                    // The table keeps the date short: YYYY-MM-DD, as auditors file it.
                    c.date.get(..10).unwrap_or(&c.date).to_owned(),
                ]
            })
            .collect();
        report.push(Block::Table(Table {
            columns: vec![
                Column::text(&w.get("soa-col-control"), 0.22),
                Column::text(&w.get("soa-col-applicable"), 0.13),
                Column::text(&w.get("soa-col-justification"), 0.23),
                Column::text(&w.get("soa-col-status"), 0.17),
                Column::text(&w.get("soa-col-evidence"), 0.12),
                Column::text(&w.get("soa-col-date"), 0.13),
            ],
            rows,
        }));
    }
    report
}
