//! The roadmap as an OSCAL plan of action and milestones: one item per gap, in the roadmap's
//! order, with its phase, priority, levels and strength as props in our namespace. The gaps
//! and their phases are read from [`Insights`].

use serde_json::{Map, Value, json};

use super::OscalError;
use super::common::{date_time, line, metadata, non_empty, prop, put_list};
use super::ids::Uuids;
use super::results::{assessment_props, control_token, parties, requirement_name};
use crate::assessment::{Assessment, Gap, Insights, Phase};
use crate::catalog::Library;
use crate::report::fingerprint;
use crate::words::{WordArg, Words};

/// The phase as a token in our namespace.
fn phase_token(phase: Phase) -> &'static str {
    match phase {
        Phase::FirstThreeMonths => "0-3-months",
        Phase::ThreeToTwelveMonths => "3-12-months",
        Phase::AfterTwelveMonths => "12-months-and-later",
    }
}

fn phase_words(w: &Words, phase: Phase) -> String {
    w.get(match phase {
        Phase::FirstThreeMonths => "report-phase-first",
        Phase::ThreeToTwelveMonths => "report-phase-second",
        Phase::AfterTwelveMonths => "report-phase-later",
    })
}

/// The plan of action and milestones of `assessment`'s roadmap; refused when the roadmap is
/// empty (OSCAL needs at least one item, and an item saying "nothing to do" would be read as
/// work to plan).
pub fn plan_of_action(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
) -> Result<Value, OscalError> {
    if insights.gaps.is_empty() {
        return Err(OscalError::NoGaps);
    }
    let w = Words::for_language(&assessment.language);
    let uuids = Uuids::new(&format!("poam\n{}", fingerprint(assessment)));
    let date = date_time(&assessment.date, "1970-01-01");
    let mut extra = parties(assessment, &w, &uuids).entries;
    extra.insert("props".into(), assessment_props(assessment));
    let mut ordered: Vec<&Gap> = insights.gaps.iter().collect();
    // The roadmap's order: phase by phase, the highest priority first within a phase.
    ordered.sort_by_key(|g| (g.phase, std::cmp::Reverse(g.priority)));
    let items: Vec<Value> = ordered
        .into_iter()
        .map(|gap| item(gap, library, &w, &uuids))
        .collect();
    let title = w.with(
        "oscal-poam-title",
        &[(
            "organisation",
            non_empty(&assessment.organisation.name, "—").into(),
        )],
    );
    let mut poam = Map::new();
    poam.insert(
        "uuid".into(),
        uuids.of("plan-of-action-and-milestones").into(),
    );
    poam.insert(
        "metadata".into(),
        metadata(&title, &date, &assessment.round.to_string(), extra),
    );
    put_list(&mut poam, "poam-items", items);
    Ok(json!({ "plan-of-action-and-milestones": poam }))
}

fn item(gap: &Gap, library: &Library, w: &Words, uuids: &Uuids) -> Value {
    let name = requirement_name(library, &gap.qid);
    let levels = |id: &str, extra: Vec<(&str, WordArg)>| {
        let mut args: Vec<(&str, WordArg)> = vec![
            ("requirement", gap.qid.clone().into()),
            ("current", gap.current.to_string().into()),
            ("target", gap.target.to_string().into()),
        ];
        args.extend(extra);
        w.with(id, &args)
    };
    let title = line(&levels("oscal-poam-item-title", Vec::new()), &gap.qid);
    let description = levels(
        "oscal-poam-item-description",
        vec![
            ("title", name.into()),
            ("strength", gap.strength.keyword().into()),
            ("phase", phase_words(w, gap.phase).into()),
            ("priority", gap.priority.into()),
        ],
    );
    json!({
        "uuid": uuids.of(&format!("poam-item/{}", gap.qid)),
        "title": title,
        "description": description,
        "props": [
            prop("requirement", &gap.qid),
            prop("control-id", control_token(&gap.qid)),
            prop("phase", phase_token(gap.phase)),
            prop("priority", gap.priority.to_string()),
            prop("current-level", gap.current.to_string()),
            prop("target-level", gap.target.to_string()),
            prop("gap", gap.gap.to_string()),
            prop("strength", gap.strength.keyword()),
        ],
    })
}
