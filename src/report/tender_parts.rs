//! What the tender documents — the annex ([`super::annex`]) and the evaluation report
//! ([`super::evaluation`]) — share: the metadata and running header, the title block and the
//! item summary, in the tender's language (`annex-…` messages of the document words).

use super::blocks::{Block, Report, ReportInfo, TextStyle};
use crate::procurement::Tender;
use crate::words::{WordArg, Words};

/// What sets one tender document apart in its metadata, in the tender's language.
pub(super) struct Document<'a> {
    /// The title before " — {tender title}": "Tender annex".
    pub name: &'a str,
    /// The subject before " the tender “…”" (`annex-doc-subject-of`): "Evaluation of 3 bids
    /// for".
    pub subject: &'a str,
    /// Keywords; the tender's reference is added when it has one.
    pub keywords: &'a [&'a str],
    /// The date the document refers to, `YYYY-MM-DD`.
    pub date: &'a str,
    /// The running header after "{buyer} — {tender title} — ".
    pub header: &'a str,
}

/// An empty report about `tender`, with the metadata and running header of `document`.
pub(super) fn tender_report(tender: &Tender, document: &Document<'_>) -> Report {
    let reference = if tender.reference.is_empty() {
        String::new()
    } else {
        format!(" ({})", tender.reference)
    };
    let mut keywords: Vec<String> = document.keywords.iter().map(|k| (*k).to_owned()).collect();
    if !tender.reference.is_empty() {
        keywords.push(tender.reference.clone());
    }
    let words = Words::for_language(&tender.language);
    Report {
        info: ReportInfo {
            title: format!("{} — {}", document.name, tender.title),
            author: tender.buyer.clone(),
            subject: words.with(
                "annex-doc-subject-of",
                &[
                    ("subject", document.subject.into()),
                    ("title", WordArg::from(&tender.title)),
                    ("reference", reference.as_str().into()),
                ],
            ),
            keywords,
            date: document.date.to_owned(),
            header: format!(
                "{} — {}{reference} — {}",
                tender.buyer, tender.title, document.header
            ),
            language: tender.language.clone(),
        },
        blocks: Vec::new(),
    }
}

/// The title block: `kicker` above the `title`, the tender's name, then the buyer, the
/// reference and `facts`; facts with no value are left out.
pub(super) fn title_block(
    report: &mut Report,
    tender: &Tender,
    kicker: &str,
    title: &str,
    facts: Vec<(&str, String)>,
) {
    let words = Words::for_language(&tender.language);
    report.push(Block::Space(40.0));
    report.paragraph(TextStyle::Note, format!("{kicker} · {}", tender.buyer));
    report.heading(0, title);
    report.paragraph(
        TextStyle::Lead,
        words.with(
            "annex-tender-line",
            &[("title", WordArg::from(&tender.title))],
        ),
    );
    let (buyer, reference) = (
        words.get("annex-fact-buyer"),
        words.get("annex-fact-reference"),
    );
    let facts = [
        (buyer.as_str(), tender.buyer.clone()),
        (reference.as_str(), tender.reference.clone()),
    ]
    .into_iter()
    .chain(facts)
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    report.push(Block::Space(6.0));
    report.push(Block::Facts(facts));
    report.push(Block::Space(10.0));
}

/// "16 items: 10 MUST (pass/fail) and 6 SHOULD (weighted, 100 points in total)", in the
/// tender's language.
pub(super) fn item_summary(tender: &Tender) -> String {
    let musts = tender.must_count();
    Words::for_language(&tender.language).with(
        "annex-item-summary",
        &[
            ("items", tender.items.len().into()),
            ("musts", musts.into()),
            ("shoulds", (tender.items.len() - musts).into()),
            ("points", tender.weight_total().into()),
        ],
    )
}

/// A date of a tender document as its language writes it: the ISO date an English document
/// has always printed, the words of other languages ("1 mars 2026", "1. März 2026").
pub(super) fn document_date(words: &Words, iso: &str) -> String {
    if words.language() == "en" {
        iso.to_owned()
    } else {
        words.date(iso)
    }
}
