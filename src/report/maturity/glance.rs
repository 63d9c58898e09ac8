//! The one-page summary right after the cover, for a reader who reads nothing else: the
//! verdict in one sentence, the four headline figures the dashboard's cards show, a heat map of
//! the answers by framework and level, the five most urgent gaps with their roadmap phase, and
//! the change since the last round. Every figure is read from [`Insights`] (through
//! [`Headline`]); what would not fit one A4 page is cut with "and N more".

use super::super::blocks::{
    Block, Card, Column, HeatKind, HeatMap, Report, Table, TextStyle, Tone, count,
};
use super::roadmap::{phase_tags, requirement_title};
use crate::assessment::{Assessment, Headline, HeadlineVerdict, Insights, format_mean};
use crate::catalog::Library;

/// The heading of the summary page.
pub(super) const GLANCE_TITLE: &str = "At a glance";
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
        text: format!(
            "{GLANCE_TITLE} — {}, round {}, {}",
            a.organisation.name, a.round, a.date
        ),
        tone: Tone::Title,
    });
    report.paragraph(
        TextStyle::Lead,
        verdict_sentence(
            &shortened(&a.organisation.name, NAME_CHARS),
            &headline,
            judged,
        ),
    );
    report.push(Block::Cards(cards(&headline, range)));
    heat_map(report, a, library, insights, range);
    urgent_gaps(report, library, insights);
    since_last_round(report, insights);
    report.push(Block::PageBreak);
}

/// The verdict in one sentence, with what it rests on.
fn verdict_sentence(organisation: &str, h: &Headline, judged: bool) -> String {
    if !judged {
        return format!(
            "{organisation} reaches a mean level of {}; the scale or the target profile named in the assessment is not loaded, so no target can be judged.",
            format_mean(h.overall_mean)
        );
    }
    let below = if h.key_measures_below > 0 {
        format!(
            "{} below the minimum of {:.1}",
            count(h.key_measures_below, "key measure is", "key measures are"),
            h.key_measure_min
        )
    } else {
        format!(
            "the overall score of {} is below the {:.1} it asks",
            format_mean(h.overall_mean),
            h.overall_min
        )
    };
    match h.verdict {
        HeadlineVerdict::Reached => format!(
            "{organisation} reaches its target profile: every requirement is answered and every minimum is met."
        ),
        HeadlineVerdict::NotReached => {
            format!("{organisation} does not reach its target profile: {below}.")
        }
        HeadlineVerdict::NotReachedSoFar => format!(
            "{organisation} does not reach its target profile so far: {below}, and {} not yet answered.",
            open_part(h)
        ),
        HeadlineVerdict::Incomplete => format!(
            "Whether {organisation} reaches its target profile is not known yet: nothing is below a minimum so far, but {} not yet answered.",
            open_part(h)
        ),
    }
}

/// "12 requirements (3 key measures among them) are", to go before "not yet answered".
fn open_part(h: &Headline) -> String {
    match (h.unanswered, h.key_measures_open) {
        (open, 0) => count(open, "requirement is", "requirements are"),
        (1, _) => "1 requirement, a key measure, is".to_owned(),
        (open, key) => format!(
            "{open} requirements ({} among them) are",
            count(key, "key measure", "key measures")
        ),
    }
}

/// The dashboard's four cards, in its words.
fn cards(h: &Headline, range: (f64, f64)) -> Vec<Card> {
    let with_na = |text: String, na: usize| {
        if na == 0 {
            text
        } else {
            format!("{text}, {na} not applicable")
        }
    };
    let gaps = count(h.gaps, "gap to close", "gaps to close");
    let verdict_detail = match (h.unanswered, h.key_measures_open) {
        (0, _) => gaps,
        (open, 0) => format!(
            "{gaps}; {} not yet answered",
            count(open, "requirement", "requirements")
        ),
        (_, open) => format!(
            "{gaps}; {} not yet answered",
            count(open, "key measure", "key measures")
        ),
    };
    vec![
        Card {
            title: "Overall score".into(),
            value: format_mean(h.overall_mean),
            detail: format!(
                "mean level out of {}; the target profile asks for at least {:.1} overall",
                range.1, h.overall_min
            ),
            tone: Tone::Plain,
        },
        Card {
            title: "Completeness".into(),
            value: format!("{:.0} %", h.completeness * 100.0),
            detail: with_na(format!("{} of {} done", h.done, h.total), h.not_applicable),
            tone: Tone::Plain,
        },
        Card {
            title: "Key measures met".into(),
            value: format!("{} / {}", h.key_measures_met, h.key_measures_judged),
            detail: with_na(
                format!(
                    "{} below the minimum, {} unanswered",
                    h.key_measures_below, h.key_measures_open
                ),
                h.key_measures_not_applicable,
            ),
            tone: Tone::Plain,
        },
        Card {
            title: "Against the target".into(),
            value: h.verdict.label().into(),
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
    a: &Assessment,
    library: &Library,
    insights: &Insights,
    range: (f64, f64),
) {
    report.heading(3, "Answers by framework and level");
    let levels = heat_levels(a, library, insights);
    let span = (range.1 - range.0).max(1.0);
    let mut columns: Vec<(String, HeatKind)> = levels
        .iter()
        .map(|(value, _)| {
            let place = ((f64::from(*value) - range.0) / span) as f32;
            (format!("Level {value}"), HeatKind::Level(place))
        })
        .collect();
    columns.push(("N/A".into(), HeatKind::NotApplicable));
    columns.push(("Open".into(), HeatKind::Open));
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
            format!(
                "and {} more, together",
                count(all.len() - shown, "framework", "frameworks")
            ),
            rest,
        ));
    }
    report.push(Block::HeatMap(HeatMap {
        corner: "Framework".into(),
        columns,
        rows,
    }));
    let names = levels
        .iter()
        .filter(|(_, name)| !name.is_empty())
        .map(|(value, name)| format!("{value} {name}"))
        .collect::<Vec<_>>()
        .join(", ");
    let scale = if names.is_empty() {
        String::new()
    } else {
        format!("Levels: {}. ", shortened(&names, LEGEND_NAMES_CHARS))
    };
    report.paragraph(
        TextStyle::Note,
        format!(
            "{scale}Each cell counts a framework's requirements at that level. The bar under each heading is the level's colour (red for the lowest, through amber, to green for the highest); the deeper a cell's colour, the larger its share of the row. Grey: not applicable; blue-grey: not yet answered."
        ),
    );
}

/// The five gaps ranked first, with their roadmap phase as a tag.
fn urgent_gaps(report: &mut Report, library: &Library, insights: &Insights) {
    let found = &insights.gaps;
    report.heading(3, "The most urgent gaps");
    if found.is_empty() {
        report.paragraph(
            TextStyle::Body,
            "No answered requirement is below its target.",
        );
        return;
    }
    report.push(Block::Table(Table {
        columns: vec![
            Column::number("#", 0.05),
            Column::text("Requirement", 0.55),
            Column::number("Level → target", 0.16),
            Column::number("Priority", 0.09),
            Column::tag("Roadmap phase", 0.15, &phase_tags()),
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
                    g.phase.label().to_owned(),
                ]
            })
            .collect(),
    }));
    if found.len() > GLANCE_GAPS {
        report.paragraph(
            TextStyle::Note,
            format!(
                "…and {} more, ranked under “Gaps against target” and planned under “Roadmap”.",
                found.len() - GLANCE_GAPS
            ),
        );
    }
}

/// What changed since the last round, or that there is no earlier round.
fn since_last_round(report: &mut Report, insights: &Insights) {
    report.heading(3, "Since the last round");
    let Some(since) = &insights.since_last_round else {
        report.paragraph(
            TextStyle::Body,
            "This is the first round: there is no earlier round to compare with yet.",
        );
        return;
    };
    let change = &since.comparison;
    let first_time = match change.newly_answered.len() {
        0 => "no requirement was answered for the first time".to_owned(),
        n => format!(
            "{} answered for the first time",
            count(n, "requirement was", "requirements were")
        ),
    };
    let mut text = format!(
        "Compared with round {}: {} rose and {} fell; {first_time}",
        since.compared_with_round,
        count(change.rose.len(), "level", "levels"),
        change.fell.len(),
    );
    if change.no_longer_answered.is_empty() {
        text.push('.');
    } else {
        text.push_str(&format!(
            ", and {} no longer.",
            count(change.no_longer_answered.len(), "is", "are")
        ));
    }
    report.paragraph(TextStyle::Body, text);
    let mut lines = Vec::new();
    for (label, changes) in [("Rose most", &change.rose), ("Fell most", &change.fell)] {
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
        lines.push(format!("{label}: {named}."));
    }
    if !lines.is_empty() {
        report.paragraph(TextStyle::Note, lines.join("\n"));
    }
}
