//! The alternative texts of the report's pictures — what a screen reader says for a chart or
//! the logo — in the document's language, one source for the PDF's Figures and the DOCX's
//! pictures.

use super::blocks::{Chart, Masthead};
use crate::words::Words;

/// What a screen reader says for `chart`: the kind of chart, every axis with its value, and
/// the target.
pub(crate) fn chart_alt(words: &Words, chart: &Chart) -> String {
    let values = |axes: &[crate::report::blocks::Axis]| {
        axes.iter()
            .map(|a| format!("{} {}", a.label, a.shown))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match chart {
        Chart::Radar {
            title,
            axes,
            target,
            ..
        } => words.with(
            "doc-chart-radar-alt",
            &[
                ("title", title.into()),
                ("values", values(axes).into()),
                ("target", words.number(*target, 1).into()),
            ],
        ),
        Chart::Bars { axes, target, .. } => words.with(
            "doc-chart-bars-alt",
            &[
                ("values", values(axes).into()),
                ("target", words.number(*target, 1).into()),
            ],
        ),
    }
}

/// What a screen reader says for the organisation's logo on the cover.
pub(crate) fn logo_alt(words: &Words, masthead: &Masthead) -> String {
    words.with("doc-logo-alt", &[("organisation", (&masthead.name).into())])
}
