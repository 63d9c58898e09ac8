//! Choosing a document's language: every language the catalogs are loaded in (a drop-in
//! translation appears here too), each with the share of the checklist texts it has, since
//! what a language lacks is printed in English.

use crate::catalog::Library;

/// A language's name as the list shows it: its own name and its share of the checklist texts.
pub fn language_label(library: &Library, code: &str) -> String {
    let english = library.english();
    let name = if code == "en" {
        "English".to_owned()
    } else {
        english
            .glossary(code)
            .map_or_else(|| code.to_owned(), |g| g.native_name.clone())
    };
    format!("{name} ({} %)", english.language_share(code).percent())
}

/// A drop-down of the loaded languages with `current` chosen, named by the label `label`;
/// returns the language picked when it differs from `current`.
pub fn language_combo(
    ui: &mut egui::Ui,
    id_salt: &str,
    label: &egui::Response,
    library: &Library,
    current: &str,
) -> Option<String> {
    let mut picked = None;
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(language_label(library, current))
        .show_ui(ui, |ui| {
            for code in library.english().languages() {
                let chosen = code.as_str() == current;
                if ui
                    .selectable_label(chosen, language_label(library, &code))
                    .clicked()
                    && !chosen
                {
                    picked = Some(code);
                }
            }
        })
        .response
        .labelled_by(label.id);
    picked
}
