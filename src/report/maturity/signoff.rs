//! The maturity report's last section: who signs it off. A report that goes to a council is
//! signed by the assessor and by whoever approves it; the fields are lines to write on, with the
//! assessor's name filled in where the assessment names one.

use super::super::blocks::{Block, Report, Signer, TextStyle};
use super::date;
use crate::assessment::Assessment;
use crate::words::Words;

/// The sign-off: a heading, one sentence on what signing means, and the two signers' fields
/// (name, role, date, signature).
pub(super) fn signoff(report: &mut Report, w: &Words, a: &Assessment) {
    let fields = |name: &str| {
        vec![
            (w.get("report-signoff-name"), name.to_owned()),
            (w.get("report-signoff-role"), String::new()),
            (w.get("report-signoff-date"), String::new()),
            (w.get("report-signoff-signature"), String::new()),
        ]
    };
    report.heading(1, w.get("report-signoff"));
    report.paragraph(
        TextStyle::Body,
        w.with("report-signoff-intro", &[("date", date(w, &a.date).into())]),
    );
    report.push(Block::Signatures(vec![
        Signer {
            role: w.get("report-signoff-assessor"),
            fields: fields(&a.assessor),
        },
        Signer {
            role: w.get("report-signoff-approver"),
            fields: fields(""),
        },
    ]));
}
