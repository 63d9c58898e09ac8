//! The one-page summary right after the cover, for a reader who reads nothing else: the
//! verdict in one sentence, the four headline figures the dashboard's cards show, a heat map of
//! the answers by framework and level, the five most urgent gaps with their roadmap phase, and
//! the change since the last round. Every figure is read from [`Insights`] (through
//! [`Headline`]); what would not fit one A4 page is cut with "and N more".

use super::super::blocks::{
    Block, Card, Column, HeatKind, HeatMap, Report, Table, TextStyle, Tone,
};
use super::roadmap::{phase_column, requirement_title};
use super::{date, mean, one_decimal, phase_label, plain};
use crate::assessment::{Assessment, Headline, HeadlineVerdict, Insights};
use crate::catalog::Library;
use crate::words::Words;

/// How many gaps the page names.
const GLANCE_GAPS: usize = 5;
/// The most heat map rows on the page; beyond that the last row sums the rest.
const HEAT_ROWS: usize = 16;
/// How many of the largest rises (and falls) the page names.
const CHANGES_NAMED: usize = 3;
/// The longest requirement (id and title) in the gap list, in characters, so each gap takes
/// one line (the rest is cut with "…").
const GAP_TEXT_CHARS: usize = 54;

/// The longest organisation name in the verdict sentence (the cover has it whole).
const NAME_CHARS: usize = 90;
/// The longest list of level names in the legend (a scale of many long names is cut).
const LEGEND_NAMES_CHARS: usize = 240;

/// `text` cut to `most` characters with "…".
fn shortened(text: &str, most: usize) -> String {
    if text.chars().count() <= most {
        return text.to_owned();
    }
    let cut: String = text.chars().take(most.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The one-page summary, ending with a page break.
pub(super) fn at_a_glance(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    insights: &Insights,
    range: (f64, f64),
) {
    let headline = Headline::of(insights);
    let judged = library.scale(&a.scale).is_some() && library.profile(&a.profile).is_some();
    // A band rather than a chapter heading: in the bookmarks the summary sits under the
    // report's title, and the chapters start with the executive summary.
    report.push(Block::Band {
        text: w.with(
            "report-glance-band",
            &[
                ("organisation", (&a.organisation.name).into()),
                ("round", a.round.to_string().into()),
                ("date", date(w, &a.date).into()),
            ],
        ),
        tone: Tone::Title,
    });
    report.paragraph(
        TextStyle::Lead,
        verdict_sentence(
            w,
            &shortened(&a.organisation.name, NAME_CHARS),
            &headline,
            judged,
        ),
    );
    report.push(Block::Cards(cards(w, &headline, range)));
    heat_map(report, w, a, library, insights, range);
    urgent_gaps(report, w, library, insights);
    since_last_round(report, w, insights);
    report.push(Block::PageBreak);
}

/// The verdict in one sentence, with what it rests on.
fn verdict_sentence(w: &Words, organisation: &str, h: &Headline, judged: bool) -> String {
    let name = || ("organisation", organisation.into());
    if !judged {
        return w.with(
            "report-glance-unjudged",
            &[name(), ("mean", mean(w, h.overall_mean).into())],
        );
    }
    let below = if h.key_measures_below > 0 {
        w.with(
            "report-glance-below-key",
            &[
                ("count", h.key_measures_below.into()),
                ("min", one_decimal(w, h.key_measure_min).into()),
            ],
        )
    } else {
        w.with(
            "report-glance-below-overall",
            &[
                ("mean", mean(w, h.overall_mean).into()),
                ("min", one_decimal(w, h.overall_min).into()),
            ],
        )
    };
    match h.verdict {
        HeadlineVerdict::Reached => w.with("report-glance-reached", &[name()]),
        HeadlineVerdict::NotReached => w.with(
            "report-glance-not-reached",
            &[name(), ("below", below.into())],
        ),
        HeadlineVerdict::NotReachedSoFar => w.with(
            "report-glance-not-reached-so-far",
            &[
                name(),
                ("below", below.into()),
                ("open", open_part(w, h).into()),
            ],
        ),
        HeadlineVerdict::Incomplete => w.with(
            "report-glance-incomplete",
            &[name(), ("open", open_part(w, h).into())],
        ),
    }
}

/// "12 requirements (3 key measures among them) are", to go before "not yet answered".
fn open_part(w: &Words, h: &Headline) -> String {
    match (h.unanswered, h.key_measures_open) {
        (open, 0) => w.with("report-glance-open", &[("count", open.into())]),
        (1, _) => w.get("report-glance-open-one-key"),
        (open, key) => w.with(
            "report-glance-open-with-key",
            &[("count", open.into()), ("key", key.into())],
        ),
    }
}

/// The verdict's label, as the dashboard's card says it.
pub(super) fn verdict_label(w: &Words, verdict: HeadlineVerdict) -> String {
    w.get(match verdict {
        HeadlineVerdict::Reached => "report-verdict-reached",
        HeadlineVerdict::NotReachedSoFar => "report-verdict-not-reached-so-far",
        HeadlineVerdict::NotReached => "report-verdict-not-reached",
        HeadlineVerdict::Incomplete => "report-verdict-incomplete",
    })
}

/// The dashboard's four cards, in its words.
fn cards(w: &Words, h: &Headline, range: (f64, f64)) -> Vec<Card> {
    let with_na = |text: String, na: usize| {
        if na == 0 {
            text
        } else {
            w.with(
                "report-card-with-na",
                &[("text", text.into()), ("na", na.into())],
            )
        }
    };
    let gaps = w.with("report-card-gaps", &[("count", h.gaps.into())]);
    let verdict_detail = match (h.unanswered, h.key_measures_open) {
        (0, _) => gaps,
        (open, 0) => w.with(
            "report-card-gaps-open-requirements",
            &[("gaps", gaps.into()), ("open", open.into())],
        ),
        (_, open) => w.with(
            "report-card-gaps-open-key",
            &[("gaps", gaps.into()), ("open", open.into())],
        ),
    };
    vec![
        Card {
            title: w.get("report-card-overall"),
            value: mean(w, h.overall_mean),
            detail: w.with(
                "report-card-overall-detail",
                &[
                    ("high", plain(w, range.1).into()),
                    ("min", one_decimal(w, h.overall_min).into()),
                ],
            ),
            tone: Tone::Plain,
        },
        Card {
            title: w.get("report-card-completeness"),
            value: format!("{:.0} %", h.completeness * 100.0),
            detail: with_na(
                w.with(
                    "report-card-done",
                    &[("done", h.done.into()), ("total", h.total.into())],
                ),
                h.not_applicable,
            ),
            tone: Tone::Plain,
        },
        Card {
            title: w.get("report-card-key"),
            value: format!("{} / {}", h.key_measures_met, h.key_measures_judged),
            detail: with_na(
                w.with(
                    "report-card-key-detail",
                    &[
                        ("below", h.key_measures_below.into()),
                        ("open", h.key_measures_open.into()),
                    ],
                ),
                h.key_measures_not_applicable,
            ),
            tone: Tone::Plain,
        },
        Card {
            title: w.get("report-card-verdict"),
            value: verdict_label(w, h.verdict),
            detail: verdict_detail,
            tone: match h.verdict {
                HeadlineVerdict::Reached => Tone::Good,
                HeadlineVerdict::NotReached | HeadlineVerdict::NotReachedSoFar => Tone::Urgent,
                HeadlineVerdict::Incomplete => Tone::Soon,
            },
        },
    ]
}

/// The levels the heat map has columns for: the scale's, or 0 to the highest answered.
fn heat_levels(a: &Assessment, library: &Library, insights: &Insights) -> Vec<(u8, String)> {
    match library.scale(&a.scale) {
        Some(scale) => scale
            .levels
            .iter()
            .map(|l| (l.value, l.name.clone()))
            .collect(),
        None => {
            let high = insights
                .levels
                .iter()
                .filter_map(|r| r.at_level.keys().next_back().copied())
                .max()
                .unwrap_or(0);
            (0..=high).map(|l| (l, String::new())).collect()
        }
    }
}

/// The heat map of answers by framework and level, with its legend.
fn heat_map(
    report: &mut Report,
    w: &Words,
    a: &Assessment,
    library: &Library,
    insights: &Insights,
    range: (f64, f64),
) {
    report.heading(3, w.get("report-heat-heading"));
    let levels = heat_levels(a, library, insights);
    let span = (range.1 - range.0).max(1.0);
    let mut columns: Vec<(String, HeatKind)> = levels
        .iter()
        .map(|(value, _)| {
            let place = ((f64::from(*value) - range.0) / span) as f32;
            (
                w.with("report-heat-level", &[("level", value.to_string().into())]),
                HeatKind::Level(place),
            )
        })
        .collect();
    columns.push((w.get("report-heat-na"), HeatKind::NotApplicable));
    columns.push((w.get("report-heat-open"), HeatKind::Open));
    let row_of = |row: &crate::assessment::FrameworkLevels| -> Vec<usize> {
        let mut counts: Vec<usize> = levels.iter().map(|(v, _)| row.at(*v)).collect();
        counts.push(row.not_applicable);
        counts.push(row.unanswered);
        counts
    };
    let all = &insights.levels;
    let shown = if all.len() > HEAT_ROWS {
        HEAT_ROWS - 1
    } else {
        all.len()
    };
    let mut rows: Vec<(String, Vec<usize>)> = all[..shown]
        .iter()
        .map(|row| (row.name.clone(), row_of(row)))
        .collect();
    if all.len() > shown {
        let mut rest = vec![0; columns.len()];
        for row in &all[shown..] {
            for (sum, n) in rest.iter_mut().zip(row_of(row)) {
                *sum += n;
            }
        }
        rows.push((
            w.with("report-heat-rest", &[("count", (all.len() - shown).into())]),
            rest,
        ));
    }
    report.push(Block::HeatMap(HeatMap {
        corner: w.get("report-heat-corner"),
        columns,
        rows,
    }));
    let names = levels
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .map(|(value, name)| format!("{value} {name}"))
        .collect::<Vec<_>>()
        .join(", ");
    let legend = w.get("report-heat-legend");
    let text = if names.is_empty() {
        legend
    } else {
        let names = shortened(&names, LEGEND_NAMES_CHARS);
        format!(
            "{} {legend}",
            w.with("report-heat-levels", &[("names", names.into())])
        )
    };
    report.paragraph(TextStyle::Note, text);
}

/// The five gaps ranked first, with their roadmap phase as a tag.
fn urgent_gaps(report: &mut Report, w: &Words, library: &Library, insights: &Insights) {
    let found = &insights.gaps;
    report.heading(3, w.get("report-urgent-heading"));
    if found.is_empty() {
        report.paragraph(TextStyle::Body, w.get("report-no-gaps"));
        return;
    }
    report.push(Block::Table(Table {
        columns: vec![
            Column::number(&w.get("report-col-number"), 0.05),
            Column::text(&w.get("report-col-requirement"), 0.55),
            Column::number(&w.get("report-col-level-target"), 0.16),
            Column::number(&w.get("report-col-priority"), 0.09),
            phase_column(w, &w.get("report-col-phase"), 0.15),
        ],
        rows: found
            .iter()
            .take(GLANCE_GAPS)
            .enumerate()
            .map(|(i, g)| {
                let text = shortened(
                    &format!("{}  {}", g.qid, requirement_title(library, &g.qid)),
                    GAP_TEXT_CHARS,
                );
                vec![
                    (i + 1).to_string(),
                    text,
                    format!("{} → {}", g.current, g.target),
                    g.priority.to_string(),
                    phase_label(w, g.phase),
                ]
            })
            .collect(),
    }));
    if found.len() > GLANCE_GAPS {
        report.paragraph(
            TextStyle::Note,
            w.with(
                "report-urgent-more",
                &[
                    ("count", (found.len() - GLANCE_GAPS).into()),
                    ("gaps", w.get("report-gaps").into()),
                    ("roadmap", w.get("report-roadmap").into()),
                ],
            ),
        );
    }
}

/// What changed since the last round, or that there is no earlier round.
fn since_last_round(report: &mut Report, w: &Words, insights: &Insights) {
    report.heading(3, w.get("report-since-heading"));
    let Some(since) = &insights.since_last_round else {
        report.paragraph(TextStyle::Body, w.get("report-since-first"));
        return;
    };
    let change = &since.comparison;
    let first_time = match change.newly_answered.len() {
        0 => w.get("report-since-no-new"),
        n => w.with("report-since-new", &[("count", n.into())]),
    };
    let mut args = vec![
        ("round", since.compared_with_round.to_string().into()),
        ("rose", change.rose.len().into()),
        ("fell", change.fell.len().into()),
        ("new", first_time.into()),
    ];
    let id = if change.no_longer_answered.is_empty() {
        "report-since"
    } else {
        args.push(("lost", change.no_longer_answered.len().into()));
        "report-since-with-lost"
    };
    report.paragraph(TextStyle::Body, w.with(id, &args));
    let mut lines = Vec::new();
    for (id, changes) in [
        ("report-rose-most", &change.rose),
        ("report-fell-most", &change.fell),
    ] {
        let mut largest: Vec<_> = changes.iter().collect();
        largest.sort_by_key(|c| std::cmp::Reverse(c.after.abs_diff(c.before)));
        if largest.is_empty() {
            continue;
        }
        let named = largest
            .iter()
            .take(CHANGES_NAMED)
            .map(|c| format!("{} ({} → {})", c.qid, c.before, c.after))
            .collect::<Vec<_>>()
            .join(", ");
        lines.push(w.with(id, &[("list", named.into())]));
    }
    if !lines.is_empty() {
        report.paragraph(TextStyle::Note, lines.join("\n"));
    }
}
