//! A requirement's evidence in the walk-through: each piece with its title, its link (typed,
//! or a file chosen with Browse…, kept relative to the assessment when it lies beside it, and
//! marked ⚠ when the file is not there) and its date (any real date the user types, kept as
//! ISO, shown in the language's words).

use std::path::Path;

use egui::{RichText, TextEdit};

use crate::assessment::{Edit, Evidence, EvidenceTarget, evidence_target, parse_date};
use crate::ui::command::Command;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::theme;

use super::view::typing;

/// One piece of evidence being drawn: which it is, and what it says now.
struct Piece<'a> {
    qid: &'a str,
    index: usize,
    item: &'a Evidence,
}

impl Piece<'_> {
    /// The edit that puts `changed` in this piece's place.
    fn set(&self, changed: Evidence) -> Edit {
        Edit::SetEvidence {
            qid: self.qid.to_owned(),
            index: self.index,
            evidence: changed,
        }
    }
}

/// Draws the evidence of `qid` and the button to add one.
pub(super) fn evidence_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    assessment_file: Option<&Path>,
    evidence: &[Evidence],
    qid: &str,
    commands: &mut Vec<Command>,
) {
    if evidence.is_empty() {
        ui.label(RichText::new(i18n.tr("walk-evidence-none")).weak());
    }
    for (index, item) in evidence.iter().enumerate() {
        let piece = Piece { qid, index, item };
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            egui::Grid::new(("evidence", qid, index))
                .num_columns(2)
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    let label = ui.label(i18n.tr("walk-evidence-title"));
                    let mut title = item.title.clone();
                    let response = ui
                        .add(TextEdit::singleline(&mut title).desired_width(f32::INFINITY))
                        .labelled_by(label.id);
                    typing(&response, commands, || {
                        piece.set(Evidence {
                            title: title.clone(),
                            ..item.clone()
                        })
                    });
                    ui.end_row();
                    let label = ui.label(i18n.tr("walk-evidence-link"));
                    ui.vertical(|ui| {
                        link_ui(ui, i18n, label.id, &piece, assessment_file, commands)
                    });
                    ui.end_row();
                    let label = ui.label(i18n.tr("walk-evidence-date"));
                    ui.vertical(|ui| date_ui(ui, i18n, label.id, &piece, commands));
                    ui.end_row();
                });
            let remove = i18n.tr_args("walk-evidence-remove", &[("number", (index + 1).into())]);
            if ui.button(remove).clicked() {
                commands.push(Command::Edit(Edit::RemoveEvidence {
                    qid: qid.to_owned(),
                    index,
                }));
            }
        });
    }
    if ui.button(i18n.tr("walk-evidence-add")).clicked() {
        commands.push(Command::Edit(Edit::AddEvidence {
            qid: qid.to_owned(),
        }));
    }
}

/// The link field with Browse… beside it, and a ⚠ under it when the file it names is missing.
fn link_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    label: egui::Id,
    piece: &Piece<'_>,
    assessment_file: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let item = piece.item;
    ui.horizontal(|ui| {
        let browse = i18n.tr("walk-evidence-browse");
        let button_width = ui.spacing().button_padding.x * 2.0 + theme::width::EVIDENCE_BROWSE;
        let mut link = item.link.clone();
        let response = ui
            .add(
                TextEdit::singleline(&mut link)
                    .desired_width((ui.available_width() - button_width).max(120.0)),
            )
            .labelled_by(label);
        typing(&response, commands, || {
            piece.set(Evidence {
                link: link.clone(),
                ..item.clone()
            })
        });
        if ui.button(browse).clicked() {
            commands.push(Command::BrowseEvidence {
                qid: piece.qid.to_owned(),
                index: piece.index,
            });
        }
    });
    match evidence_target(&item.link, assessment_file) {
        EvidenceTarget::File(path) if !path.exists() => {
            let text = i18n.tr_args(
                "walk-evidence-missing",
                &[("file", Arg::from(path.display().to_string()))],
            );
            ui.colored_label(theme::warning(ui.visuals()), format!("⚠ {text}"));
        }
        EvidenceTarget::BesideUnsavedAssessment => {
            ui.label(RichText::new(i18n.tr("walk-evidence-unsaved")).weak());
        }
        EvidenceTarget::File(_) | EvidenceTarget::Web | EvidenceTarget::Nothing => {}
    }
}

/// The date field: shows the stored date in the language's words; while typed in, keeps the
/// text as typed and stores it (as ISO) only once it is a real date, saying what it takes when
/// it is not.
fn date_ui(
    ui: &mut egui::Ui,
    i18n: &I18n,
    label: egui::Id,
    piece: &Piece<'_>,
    commands: &mut Vec<Command>,
) {
    let item = piece.item;
    let months = i18n.month_names();
    let draft_id = egui::Id::unique(("evidence-date-draft", piece.qid, piece.index));
    let draft: Option<String> = ui.data_mut(|d| d.get_temp(draft_id));
    let mut text = draft
        .clone()
        .unwrap_or_else(|| i18n.date_in_words(&item.date));
    let response = ui
        .add(TextEdit::singleline(&mut text).desired_width(theme::width::DATE_FIELD))
        .labelled_by(label);
    if response.changed() {
        ui.data_mut(|d| d.insert_temp(draft_id, text.clone()));
        let stored = if text.trim().is_empty() {
            Some(String::new())
        } else {
            parse_date(&text, &months)
        };
        if let Some(iso) = stored.filter(|iso| *iso != item.date) {
            commands.push(Command::Edit(piece.set(Evidence {
                date: iso,
                ..item.clone()
            })));
        }
    }
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(draft_id));
        commands.push(Command::FinishTyping);
    }
    let typed_wrong = draft
        .as_deref()
        .is_some_and(|typed| !typed.trim().is_empty() && parse_date(typed, &months).is_none());
    if typed_wrong && response.has_focus() {
        let example = i18n.date_in_words(&crate::assessment::today());
        ui.colored_label(
            theme::warning(ui.visuals()),
            i18n.tr_args(
                "walk-evidence-date-wrong",
                &[("example", Arg::from(example))],
            ),
        );
    } else if item.date.is_empty() {
        ui.label(RichText::new(i18n.tr("walk-evidence-date-hint")).weak());
    }
}
