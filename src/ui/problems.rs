//! Problems the library reports, in the window's language: a sentence of the window's saying
//! what could not be done, around the library's located detail (a file's line and column, the
//! system's reason), and the output guard's refusals worded in full.

use std::fmt::Display;

use crate::output_guard::{FileKind, OutputRefused};
use crate::ui::i18n::{Arg, I18n};

/// The sentence `id` (one of the `problem-…` messages) around `detail`.
pub fn framed(i18n: &I18n, id: &str, detail: impl Display) -> String {
    i18n.tr_args(id, &[("detail", Arg::from(detail.to_string()))])
}

/// Why an output file was refused, in the window's language.
pub fn refused_text(i18n: &I18n, refused: &OutputRefused) -> String {
    match refused {
        OutputRefused::IsInput { output, input } => i18n.tr_args(
            "problem-refused-input",
            &[
                ("output", Arg::from(output.as_str())),
                ("input", Arg::from(input.as_str())),
            ],
        ),
        OutputRefused::OtherKind {
            output,
            found,
            writes,
        } => i18n.tr_args(
            "problem-refused-kind",
            &[
                ("output", Arg::from(output.as_str())),
                ("found", Arg::from(i18n.tr(kind_id(*found)))),
                ("writes", Arg::from(i18n.tr(kind_id(*writes)))),
            ],
        ),
    }
}

fn kind_id(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Pdf => "file-kind-pdf",
        FileKind::Spreadsheet => "file-kind-spreadsheet",
        FileKind::Document => "file-kind-document",
        FileKind::Assessment => "file-kind-assessment",
        FileKind::Tender => "file-kind-tender",
        FileKind::Part => "file-kind-part",
        FileKind::Catalog => "file-kind-catalog",
        FileKind::Other => "file-kind-other",
    }
}
