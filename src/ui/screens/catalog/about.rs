//! The About view: what the program is, which version of each source its content reflects, how
//! well each framework is sourced, every source with its licence, and the credits that licences
//! such as CC BY 4.0 require. Everything shown comes from the loaded catalogs, so a city's own
//! catalog appears here with its sources too.

use egui::{CollapsingHeader, RichText};

use crate::catalog::Library;
use crate::ui::i18n::I18n;
use crate::ui::language_pick::language_label;
use crate::ui::screens::catalog::{
    BrowserCommand, Selection, kind_label, source_ui, standing_label,
};
use crate::ui::theme;
use crate::ui::widgets;

/// Draws the About view; a framework name is a link to that framework's page.
pub fn about_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    library: &Library,
    commands: &mut Vec<BrowserCommand>,
) {
    ui.heading(i18n.tr("about-heading"));
    ui.label(i18n.tr_args(
        "about-intro",
        &[("version", env!("CARGO_PKG_VERSION").into())],
    ));
    ui.label(i18n.tr("about-own-words"));

    widgets::section_heading(ui, i18n, "about-frameworks-heading");
    ui.label(RichText::new(i18n.tr("about-source-kinds")).weak());
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        ui.add_space(theme::space::SMALL);
        ui.horizontal_wrapped(|ui| {
            if ui.link(&fw.name).clicked() {
                commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
            }
            ui.label(RichText::new(kind_label(i18n, fw.kind)).weak());
        });
        ui.add(
            egui::Label::new(
                i18n.tr_args("about-version", &[("version", fw.version.as_str().into())]),
            )
            .wrap(),
        );
        if library.is_custom(&fw.id) {
            let licences: Vec<&str> = fw.sources.iter().map(|s| s.licence.as_str()).collect();
            ui.add(
                egui::Label::new(i18n.tr_args(
                    "about-custom-catalog",
                    &[("licence", licences.join(" · ").into())],
                ))
                .wrap(),
            );
        }
        let standing = standing_label(i18n, &fw.source_standing());
        ui.label(
            RichText::new(i18n.tr_args(
                "about-requirements-standing",
                &[("standing", standing.into())],
            ))
            .weak(),
        );
    }

    languages_ui(ui, i18n, library);

    widgets::section_heading(ui, i18n, "about-credits-heading");
    let attributions = library.attributions();
    if attributions.is_empty() {
        ui.label(i18n.tr("about-no-credits"));
    }
    for line in attributions {
        widgets::bullet(ui, line);
    }
    widgets::bullet(ui, &i18n.tr("about-credit-font"));
    widgets::bullet(ui, &i18n.tr("about-credit-code"));

    widgets::section_heading(ui, i18n, "about-sources-heading");
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        let title = i18n.tr_args(
            "about-framework-sources",
            &[
                ("name", fw.name.as_str().into()),
                ("count", fw.sources.len().into()),
            ],
        );
        CollapsingHeader::new(title)
            .id_salt(("about-sources", &fw.id))
            .show(ui, |ui| {
                for source in &fw.sources {
                    source_ui(ui, i18n, source);
                    ui.add_space(theme::space::TIGHT);
                }
                let origin = i18n.tr_args(
                    "about-loaded-from",
                    &[("origin", loaded.origin.as_str().into())],
                );
                ui.label(RichText::new(origin).weak());
            });
    }

    widgets::section_heading(ui, i18n, "about-mapping-sets-heading");
    for set in library.mapping_sets() {
        let title = i18n.tr_args(
            "about-mapping-set",
            &[
                ("title", set.title.as_str().into()),
                ("count", set.mappings.len().into()),
            ],
        );
        CollapsingHeader::new(title)
            .id_salt(("about-mappings", &set.id))
            .show(ui, |ui| {
                ui.add(egui::Label::new(&set.summary).wrap());
                if set.derived {
                    ui.label(RichText::new(i18n.tr("about-derived")).strong());
                }
                source_ui(ui, i18n, &set.origin);
            });
    }
}

/// Every loaded language with the share of the checklist texts it has, and per catalog how many
/// (the rest is shown in English), as `mim-assistant translations` prints it.
fn languages_ui(ui: &mut egui::Ui, i18n: &I18n, library: &Library) {
    widgets::section_heading(ui, i18n, "about-languages-heading");
    ui.label(RichText::new(i18n.tr("about-languages-intro")).weak());
    let english = library.english();
    for code in english.languages() {
        let share = english.language_share(&code);
        let title = i18n.tr_args(
            "about-language",
            &[
                ("language", language_label(library, &code).into()),
                ("translated", share.translated.into()),
                ("total", share.total.into()),
            ],
        );
        CollapsingHeader::new(title)
            .id_salt(("about-language", &code))
            .show(ui, |ui| {
                egui::Grid::new(("about-language-rows", &code))
                    .num_columns(2)
                    .striped(true)
                    .show(ui, |ui| {
                        for row in english.kept_coverage(&code) {
                            let name = english
                                .framework(&row.catalog)
                                .map_or(row.catalog.as_str(), |f| f.short_name.as_str());
                            ui.label(name);
                            ui.label(format!(
                                "{} %  ({} / {})",
                                row.coverage.percent(),
                                row.coverage.translated,
                                row.coverage.total
                            ));
                            ui.end_row();
                        }
                    });
            });
    }
}
