//! The About view: what the program is, which version of each source its content reflects, how
//! well each framework is sourced, every source with its licence, and the credits that licences
//! such as CC BY 4.0 require. Everything shown comes from the loaded catalogs, so a city's own
//! catalog appears here with its sources too.

use egui::{CollapsingHeader, RichText};

use super::browser::{BrowserCommand, Selection, bullet, kind_label, section_heading, source_ui};
use crate::catalog::Library;

/// Draws the About view; a framework name is a link to that framework's page.
pub fn about_ui(ui: &mut egui::Ui, library: &Library, commands: &mut Vec<BrowserCommand>) {
    ui.heading("About MIM Assistant");
    ui.label(format!(
        "Version {}. MIM Assistant helps a city assess its data platform against the OASC Minimal \
         Interoperability Mechanisms (MIMs), ISO/IEC 27001:2022 and NIS2, and turn their \
         requirements into tender documents. It works offline; nothing leaves this computer.",
        env!("CARGO_PKG_VERSION")
    ));
    ui.label(
        "Every statement, question and tender clause in the checklists is written by the MIM \
         Assistant project in its own words; identifiers, titles and numbers come from the sources \
         below. Where a source and this program differ, the source governs. This is not legal \
         advice: have tender documents checked by your procurement lawyer.",
    );

    section_heading(ui, "Frameworks, versions and how they are sourced");
    ui.label(
        RichText::new(
            "Primary: the publisher's own text or an official act. Secondary: a third-party copy \
             or summary, used only where the publisher's text was not available.",
        )
        .weak(),
    );
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.link(&fw.name).clicked() {
                commands.push(BrowserCommand::Select(Selection::Framework(fw.id.clone())));
            }
            ui.label(RichText::new(kind_label(fw.kind)).weak());
        });
        ui.add(egui::Label::new(format!("Version: {}", fw.version)).wrap());
        ui.label(
            RichText::new(format!("Requirements: {}", fw.source_standing().describe())).weak(),
        );
    }

    section_heading(ui, "Credits required by licences");
    let attributions = library.attributions();
    if attributions.is_empty() {
        ui.label("No loaded source asks for a credit line.");
    }
    for line in attributions {
        bullet(ui, line);
    }
    bullet(
        ui,
        "DejaVu Sans font: Bitstream Vera and Arev licences; DejaVu changes are in the public \
         domain.",
    );
    bullet(ui, "Program code: MIT or Apache-2.0, at your choice.");

    section_heading(ui, "Sources and licences, framework by framework");
    for loaded in library.frameworks() {
        let fw = &loaded.framework;
        CollapsingHeader::new(format!("{} ({} sources)", fw.name, fw.sources.len()))
            .id_salt(("about-sources", &fw.id))
            .show(ui, |ui| {
                for source in &fw.sources {
                    source_ui(ui, source);
                    ui.add_space(4.0);
                }
                ui.label(RichText::new(format!("Loaded from {}", loaded.origin)).weak());
            });
    }

    section_heading(ui, "Mapping sets");
    for set in library.mapping_sets() {
        CollapsingHeader::new(format!("{} ({} pairs)", set.title, set.mappings.len()))
            .id_salt(("about-mappings", &set.id))
            .show(ui, |ui| {
                ui.add(egui::Label::new(&set.summary).wrap());
                if set.derived {
                    ui.label(
                        RichText::new("Derived: inferred through a third framework.").strong(),
                    );
                }
                source_ui(ui, &set.origin);
            });
    }
}
