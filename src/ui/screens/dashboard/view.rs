//! The dashboard: where the city stands. Overall and per-framework scores with completeness,
//! radar charts across frameworks and across each framework's capabilities, NIS2 Art. 21(2)
//! coverage through the mappings (derived values marked), and the top gaps, each a click away
//! from its requirement.

use egui::{RichText, ScrollArea};

use crate::assessment::{
    Coverage, KeyMeasureStatus, Nis2Point, Phase, Tally, Verdict, format_mean,
};
use crate::ui::a11y;
use crate::ui::chart_ui::{bar_ui, radar_ui};
use crate::ui::command::Command;
use crate::ui::document::OpenAssessment;
use crate::ui::i18n::{Arg, I18n};
use crate::ui::theme;
use crate::ui::view_ctx::ViewCtx;
use crate::ui::widgets;

/// How many gaps the dashboard lists.
const TOP_GAPS: usize = 10;
/// A framework needs this many groups for a radar of its own.
const RADAR_MIN_AXES: usize = 3;
/// Width of a summary card.
const CARD_WIDTH: f32 = 220.0;
/// The room inside a summary card's frame around its text.
const CARD_MARGIN: f32 = 10.0;
/// Height of a radar chart; its width is 1.6 times that, for the labels.
const RADAR_SIZE: f32 = 230.0;

/// Draws the dashboard.
pub fn dashboard_ui(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, doc: &OpenAssessment) -> Vec<Command> {
    let mut commands = Vec::new();
    let range = ctx
        .library
        .scale(&doc.assessment.scale)
        .map_or((0.0, 5.0), |s| {
            let (low, high) = s.range();
            (f64::from(low), f64::from(high))
        });
    egui::CentralPanel::default().show(ui, |ui| {
        let area = ScrollArea::vertical()
            .id_salt("dashboard-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(theme::space::MEDIUM);
                widgets::screen_title(ui, ctx.i18n.tr("dash-title"));
                ui.label(
                    RichText::new(format!(
                        "{} — {}",
                        doc.assessment.organisation.name, doc.assessment.scope
                    ))
                    .weak(),
                );
                ui.add_space(theme::space::SECTION);
                cards_ui(ui, ctx.i18n, doc, range);
                team_ui(ui, ctx, doc, &mut commands);
                ui.add_space(theme::space::XLARGE);
                frameworks_ui(ui, ctx.i18n, doc, range);
                ui.add_space(theme::space::XLARGE);
                radars_ui(ui, ctx.i18n, doc, range);
                ui.add_space(theme::space::XLARGE);
                gaps_ui(ui, ctx, doc, &mut commands);
                ui.add_space(theme::space::XLARGE);
                nis2_ui(ui, ctx, doc, &mut commands);
                ui.add_space(theme::space::PAGE);
            });
        a11y::name_scroll_bars(ui, area.id, &ctx.i18n.tr("a11y-scroll-page"));
    });
    commands
}

fn heading(ui: &mut egui::Ui, text: &str) {
    widgets::heading(ui, text, theme::text::HEADING);
    ui.add_space(theme::space::TIGHT);
}

fn card(ui: &mut egui::Ui, title: &str, value: &str, detail: &str) {
    // A frame is laid out where the cursor stands, so the row is ended before a card that would
    // pass the window's edge (large text, a narrow window).
    if ui.available_size_before_wrap().x < CARD_WIDTH + 2.0 * (CARD_MARGIN + 1.0) {
        ui.end_row();
    }
    egui::Frame::group(ui.style())
        .inner_margin(CARD_MARGIN)
        .show(ui, |ui| {
            ui.vertical(|ui| {
                ui.set_width(CARD_WIDTH);
                ui.set_min_height(84.0);
                ui.label(RichText::new(title).weak());
                widgets::heading(ui, value, theme::text::FIGURE);
                ui.label(RichText::new(detail).small());
            });
        });
}

fn cards_ui(ui: &mut egui::Ui, i18n: &I18n, doc: &OpenAssessment, range: (f64, f64)) {
    let card_data = &doc.insights.scorecard;
    let overall = card_data.overall;
    ui.horizontal_wrapped(|ui| {
        card(
            ui,
            &i18n.tr("dash-overall"),
            &i18n.decimal(&format_mean(overall.mean())),
            &i18n.tr_args(
                "dash-overall-detail",
                &[
                    ("high", Arg::from(format!("{}", range.1))),
                    (
                        "min",
                        Arg::from(i18n.decimal(&format!("{:.1}", card_data.overall_min))),
                    ),
                ],
            ),
        );
        card(
            ui,
            &i18n.tr("dash-completeness"),
            &format!("{:.0} %", overall.completeness() * 100.0),
            &completeness_text(i18n, &overall),
        );
        let not_applicable = card_data.count(KeyMeasureStatus::NotApplicable);
        card(
            ui,
            &i18n.tr("dash-key-measures"),
            &format!(
                "{} / {}",
                card_data.count(KeyMeasureStatus::Met),
                card_data.key_measures.len() - not_applicable
            ),
            &i18n.tr_args(
                "dash-key-measures-detail",
                &[
                    ("below", card_data.key_measures_not_met().into()),
                    ("open", card_data.key_measures_unanswered().into()),
                    ("na", not_applicable.into()),
                ],
            ),
        );
        // "Not reached" on a half-done assessment would read as final: say that answers are
        // still to come, and how many key measures they include.
        let unanswered = overall.unanswered;
        let verdict = match card_data.verdict {
            Verdict::Reached => "verdict-reached",
            Verdict::NotReached if unanswered > 0 => "verdict-not-reached-so-far",
            Verdict::NotReached => "verdict-not-reached",
            Verdict::Incomplete => "verdict-incomplete",
        };
        let gaps = doc.insights.gaps.len();
        let detail = match (unanswered, card_data.key_measures_unanswered()) {
            (0, _) => i18n.tr_args("dash-gaps-count", &[("count", gaps.into())]),
            (_, 0) => i18n.tr_args(
                "dash-gaps-open-requirements",
                &[("count", gaps.into()), ("open", unanswered.into())],
            ),
            (_, open) => i18n.tr_args(
                "dash-gaps-open-key-measures",
                &[("count", gaps.into()), ("open", open.into())],
            ),
        };
        card(ui, &i18n.tr("dash-verdict"), &i18n.tr(verdict), &detail);
    });
}

fn completeness_text(i18n: &I18n, tally: &Tally) -> String {
    i18n.tr_args(
        "dash-completeness-detail",
        &[
            ("done", (tally.answered + tally.not_applicable).into()),
            ("total", tally.total().into()),
            ("na", tally.not_applicable.into()),
        ],
    )
}

fn frameworks_ui(ui: &mut egui::Ui, i18n: &I18n, doc: &OpenAssessment, range: (f64, f64)) {
    heading(ui, &i18n.tr("dash-per-framework"));
    let scorecard = &doc.insights.scorecard;
    egui::Grid::new("dash-frameworks")
        .num_columns(4)
        .spacing([16.0, 8.0])
        .striped(true)
        .show(ui, |ui| {
            ui.label(RichText::new(i18n.tr("dash-col-framework")).strong());
            ui.label(RichText::new(i18n.tr("dash-col-level")).strong());
            ui.label(RichText::new(i18n.tr("dash-col-mean")).strong());
            ui.label(RichText::new(i18n.tr("dash-col-done")).strong());
            ui.end_row();
            for framework in &scorecard.frameworks {
                ui.label(&framework.name);
                bar_ui(
                    ui,
                    framework.tally.mean(),
                    Some(scorecard.overall_min),
                    range,
                    260.0,
                );
                ui.label(i18n.decimal(&format_mean(framework.tally.mean())));
                ui.label(completeness_text(i18n, &framework.tally));
                ui.end_row();
            }
        });
    ui.label(
        RichText::new(i18n.tr_args(
            "dash-bar-legend",
            &[(
                "min",
                Arg::from(i18n.decimal(&format!("{:.1}", scorecard.overall_min))),
            )],
        ))
        .small()
        .weak(),
    );
}

fn radars_ui(ui: &mut egui::Ui, i18n: &I18n, doc: &OpenAssessment, range: (f64, f64)) {
    heading(ui, &i18n.tr("dash-radar"));
    let scorecard = &doc.insights.scorecard;
    let target = scorecard.overall_min;
    let mut charts: Vec<(String, Vec<String>, Vec<Option<f64>>)> = Vec::new();
    if scorecard.frameworks.len() >= RADAR_MIN_AXES {
        charts.push((
            i18n.tr("dash-radar-frameworks"),
            scorecard
                .frameworks
                .iter()
                .map(|f| f.id.to_uppercase())
                .collect(),
            scorecard
                .frameworks
                .iter()
                .map(|f| f.tally.mean())
                .collect(),
        ));
    }
    for framework in &scorecard.frameworks {
        if framework.groups.len() >= RADAR_MIN_AXES {
            charts.push((
                framework.name.clone(),
                framework.groups.iter().map(|g| g.id.clone()).collect(),
                framework.groups.iter().map(|g| g.tally.mean()).collect(),
            ));
        }
    }
    if charts.is_empty() {
        ui.label(RichText::new(i18n.tr("dash-radar-none")).weak());
        return;
    }
    let chart_width = RADAR_SIZE * 1.6 + 24.0;
    let columns = ((ui.available_width() / chart_width).floor() as usize).max(1);
    egui::Grid::new("dash-radars")
        .spacing([8.0, 8.0])
        .show(ui, |ui| {
            for (index, (title, axes, values)) in charts.iter().enumerate() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.label(RichText::new(title).strong());
                        let description = axes
                            .iter()
                            .zip(values)
                            .map(|(a, v)| format!("{a} {}", i18n.decimal(&format_mean(*v))))
                            .collect::<Vec<_>>()
                            .join(", ");
                        let targets = vec![target; axes.len()];
                        radar_ui(
                            ui,
                            axes,
                            values,
                            &targets,
                            range,
                            RADAR_SIZE,
                            &format!("{title}: {description}"),
                        );
                    });
                });
                if (index + 1) % columns == 0 {
                    ui.end_row();
                }
            }
        });
    ui.label(RichText::new(i18n.tr("dash-radar-legend")).small().weak());
}

fn nis2_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let i18n = ctx.i18n;
    heading(ui, &i18n.tr("dash-nis2"));
    if doc.insights.nis2.is_empty() {
        let why = if ctx.library.framework("nis2").is_some() {
            "dash-nis2-unreached"
        } else {
            "dash-nis2-none"
        };
        ui.label(RichText::new(i18n.tr(why)).weak());
        return;
    }
    let derived = doc.insights.nis2.iter().filter(|p| p.derived.is_some());
    let intro = match (derived.count(), doc.insights.nis2.len()) {
        (0, _) => "dash-nis2-assessed-intro",
        (d, all) if d == all => "dash-nis2-derived-intro",
        _ => "dash-nis2-mixed-intro",
    };
    ui.label(RichText::new(i18n.tr(intro)).small().weak());
    egui::Grid::new("dash-nis2")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for point in &doc.insights.nis2 {
                let title = ctx
                    .library
                    .requirement(&point.qid)
                    .map(|v| format!("{}  {}", v.requirement.id, v.requirement.title))
                    .unwrap_or_else(|| point.qid.clone());
                if point.derived.is_some() {
                    ui.label(&title);
                } else if ui.link(&title).clicked() {
                    commands.push(Command::GoToRequirement(point.qid.clone()));
                }
                ui.label(nis2_value(i18n, point));
                ui.end_row();
            }
        });
}

fn nis2_value(i18n: &I18n, point: &Nis2Point) -> String {
    if point.not_applicable {
        return i18n.tr("status-not-applicable");
    }
    let level = point
        .level
        .map_or_else(|| "–".to_owned(), |l| l.to_string());
    match point.derived {
        None => i18n.tr_args("dash-nis2-assessed", &[("level", Arg::from(level))]),
        Some(Coverage::Covered) => {
            i18n.tr_args("dash-nis2-covered", &[("level", Arg::from(level))])
        }
        Some(Coverage::Partly) => i18n.tr("dash-nis2-partly"),
        Some(Coverage::NotCovered) => i18n.tr("dash-nis2-not-covered"),
    }
}

fn gaps_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let i18n = ctx.i18n;
    heading(ui, &i18n.tr("dash-gaps"));
    if doc.insights.gaps.is_empty() {
        ui.label(RichText::new(i18n.tr("dash-gaps-none")).weak());
        return;
    }
    egui::Grid::new("dash-gaps")
        .num_columns(3)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for gap in doc.insights.gaps.iter().take(TOP_GAPS) {
                let title = ctx
                    .library
                    .requirement(&gap.qid)
                    .map_or_else(String::new, |v| v.requirement.title.clone());
                if ui
                    .link(format!("{}  {title}", gap.qid))
                    .on_hover_text(i18n.tr("dash-gap-open"))
                    .clicked()
                {
                    commands.push(Command::GoToRequirement(gap.qid.clone()));
                }
                ui.label(i18n.tr_args(
                    "dash-gap-detail",
                    &[
                        ("strength", Arg::from(gap.strength.keyword())),
                        ("current", Arg::from(gap.current.to_string())),
                        ("target", Arg::from(gap.target.to_string())),
                    ],
                ));
                ui.label(i18n.tr(phase_id(gap.phase)));
                ui.end_row();
            }
        });
}

/// The message id of a roadmap phase.
fn phase_id(phase: Phase) -> &'static str {
    match phase {
        Phase::FirstThreeMonths => "phase-first",
        Phase::ThreeToTwelveMonths => "phase-second",
        Phase::AfterTwelveMonths => "phase-later",
    }
}

/// Per colleague, how far their part has come, when the assessment is shared.
fn team_ui(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    doc: &OpenAssessment,
    commands: &mut Vec<Command>,
) {
    let rows = crate::sharing::progress(&doc.assessment);
    if rows.is_empty() {
        return;
    }
    ui.add_space(theme::space::XLARGE);
    heading(ui, &ctx.i18n.tr("dash-team"));
    crate::ui::screens::team::progress_grid(ui, ctx.i18n, "dash-team", &rows, None, |_, _| {});
    if ui.button(ctx.i18n.tr("dash-team-open")).clicked() {
        commands.push(Command::Show(crate::ui::command::Screen::Team));
    }
}
