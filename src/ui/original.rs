//! The English original beside a translation: the catalogs' English text is the binding one, so
//! a reader of a translated requirement can open it under the translation, in the walk-through
//! and the catalog browser alike.

use egui::RichText;

use crate::catalog::Library;
use crate::ui::i18n::I18n;
use crate::ui::theme;
use crate::ui::widgets;

/// The toggle, when `library` shows a translation; returns the new state when it was clicked.
/// Nothing is drawn for English.
pub fn original_toggle(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    shown: bool,
) -> Option<bool> {
    if library.language() == "en" {
        return None;
    }
    let mut on = shown;
    ui.checkbox(&mut on, i18n.tr("original-toggle"))
        .changed()
        .then_some(on)
}

/// The English text of requirement `qid`, framed under its heading; nothing for English or an
/// unknown id.
pub fn original_ui(ui: &mut egui::Ui, i18n: &I18n, library: &Library, qid: &str) {
    if library.language() == "en" {
        return;
    }
    let Some(view) = library.english().requirement(qid) else {
        return;
    };
    let r = view.requirement;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            RichText::new(i18n.tr("original-heading"))
                .font(theme::bold(theme::text::LABEL))
                .strong(),
        );
        ui.label(RichText::new(format!("{}  {}", view.qid, r.title)).strong());
        ui.add(egui::Label::new(&r.statement).selectable(true));
        widgets::bullet_section(ui, i18n, "original-obligations", &r.obligations);
        widgets::text_section(ui, i18n, "original-why", &r.why);
        widgets::text_section(ui, i18n, "original-question", &r.question);
        widgets::text_section(ui, i18n, "original-guidance", &r.guidance);
        widgets::bullet_section(ui, i18n, "original-evidence", &r.evidence);
        widgets::text_section(ui, i18n, "original-tender-clause", &r.tender_clause);
    });
}
