//! A refused form's problems in the window's language: the sentence around them, where each is
//! (sheet and cell, or line and field), what is wrong and what was expected all come from
//! Fluent (what is wrong from the library's `problems.ftl` catalogue).

use crate::procurement::{FormProblem, ImportError, ProblemPlace, SheetSpot};
use crate::ui::i18n::{Arg, I18n};

/// Everything wrong with a refused form: one sentence saying nothing of it was used, then one
/// line per problem.
pub(super) fn refusal_text(i18n: &I18n, error: &ImportError) -> String {
    let mut text = i18n.tr_args(
        "tender-form-refused",
        &[
            ("file", Arg::from(error.path.as_str())),
            ("count", Arg::from(error.problems.len())),
        ],
    );
    text.push('\n');
    text.push_str(&problems_text(i18n, error));
    text
}

/// A form's problems, one a line (for a kept form set aside, under its own heading).
pub(super) fn problems_text(i18n: &I18n, error: &ImportError) -> String {
    let lines: Vec<String> = error
        .problems
        .iter()
        .map(|problem| problem_text(i18n, problem))
        .collect();
    lines.join("\n")
}

/// One problem: where it is, what is wrong, and what was expected.
fn problem_text(i18n: &I18n, problem: &FormProblem) -> String {
    let mut place = place_text(i18n, &problem.place());
    if let Some(column) = problem.column_name() {
        place = format!("{place} ({column})");
    }
    let what = i18n.word(&problem.message);
    match &problem.expected {
        Some(expected) => i18n.tr_args(
            "tender-problem-expected",
            &[
                ("place", Arg::from(place)),
                ("what", Arg::from(what)),
                ("expected", Arg::from(i18n.word(expected))),
            ],
        ),
        None => i18n.tr_args(
            "tender-problem",
            &[("place", Arg::from(place)), ("what", Arg::from(what))],
        ),
    }
}

/// Where a problem is, in words.
fn place_text(i18n: &I18n, place: &ProblemPlace<'_>) -> String {
    match place {
        ProblemPlace::WholeFile => i18n.tr("tender-place-file"),
        ProblemPlace::Sheet { sheet, spot } => {
            let sheet = Arg::from(*sheet);
            match spot {
                SheetSpot::Cell(cell) => i18n.tr_args(
                    "tender-place-cell",
                    &[("sheet", sheet), ("cell", Arg::from(cell.as_str()))],
                ),
                SheetSpot::Row(row) => i18n.tr_args(
                    "tender-place-row",
                    &[("sheet", sheet), ("row", Arg::from(*row as usize))],
                ),
                SheetSpot::Column(column) => i18n.tr_args(
                    "tender-place-column",
                    &[("sheet", sheet), ("column", Arg::from(column.as_str()))],
                ),
                SheetSpot::Sheet => i18n.tr_args("tender-place-sheet", &[("sheet", sheet)]),
            }
        }
        ProblemPlace::Line { line, field } => match field {
            Some(field) => i18n.tr_args(
                "tender-place-field",
                &[
                    ("line", Arg::from(*line as usize)),
                    ("field", Arg::from(*field)),
                ],
            ),
            None => i18n.tr_args("tender-place-line", &[("line", Arg::from(*line as usize))]),
        },
    }
}
