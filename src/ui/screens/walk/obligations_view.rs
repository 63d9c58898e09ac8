//! The duties a bundled requirement covers, drawn as a checklist the assessor ticks: each tick
//! is kept with the answer (and printed in the report), so the one level the requirement gets
//! does not hide which of its duties are met.

use egui::RichText;

use crate::assessment::{Edit, ObligationCheck, obligations_met};
use crate::ui::command::Command;
use crate::ui::i18n::I18n;

use super::view::section;

/// Draws the checklist of `checks` for `qid`; nothing when the requirement lists none.
pub(super) fn obligations_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    checks: &[ObligationCheck<'_>],
    qid: &str,
    commands: &mut Vec<Command>,
) {
    if checks.is_empty() {
        return;
    }
    section(ui, &i18n.tr("walk-obligations"));
    let count = i18n.tr_args(
        "walk-obligations-count",
        &[
            ("met", obligations_met(checks).into()),
            ("total", checks.len().into()),
        ],
    );
    ui.label(RichText::new(format!("{count} {}", i18n.tr("walk-obligations-hint"))).weak());
    for check in checks {
        let mut met = check.met;
        if ui.checkbox(&mut met, check.text).changed() {
            commands.push(Command::Edit(Edit::SetObligationMet {
                qid: qid.to_owned(),
                number: check.number,
                met,
            }));
        }
    }
}
