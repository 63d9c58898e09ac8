//! The assessment as OSCAL assessment results: one result for the current round, a finding per
//! requirement in scope (its status against the target, with the maturity level, target and gap
//! as props in our namespace), and the notes and evidence of each answer as an observation.
//! Every figure is read from [`Insights`]; nothing is computed here.

use serde_json::{Map, Value, json};

use super::common::{date_time, is_uri, line, metadata, non_empty, prop, put_list};
use super::ids::{Uuids, item_token};
use crate::assessment::{Answer, Assessment, Insights, RequirementStatus, Status};
use crate::catalog::Library;
use crate::report::fingerprint;
use crate::words::{WordArg, Words};

/// The people and the organisation an OSCAL document names, with their UUIDs.
pub(super) struct Parties {
    /// The metadata entries (`roles`, `parties`, `responsible-parties`).
    pub entries: Map<String, Value>,
    /// The assessor's party, when the assessment names one.
    pub assessor: Option<String>,
}

/// The organisation and the assessor as parties; the assessor in the role `assessor`.
pub(super) fn parties(assessment: &Assessment, w: &Words, uuids: &Uuids) -> Parties {
    let mut entries = Map::new();
    let mut list = Vec::new();
    let organisation = non_empty(&assessment.organisation.name, "");
    let organisation_uuid = uuids.of("party/organisation");
    if !organisation.is_empty() {
        list.push(
            json!({ "uuid": organisation_uuid, "type": "organization", "name": organisation }),
        );
    }
    let assessor = (!assessment.assessor.trim().is_empty()).then(|| uuids.of("party/assessor"));
    if let Some(uuid) = &assessor {
        let mut person = Map::new();
        person.insert("uuid".into(), uuid.clone().into());
        person.insert("type".into(), "person".into());
        person.insert("name".into(), assessment.assessor.trim().into());
        if !organisation.is_empty() {
            person.insert("member-of-organizations".into(), json!([organisation_uuid]));
        }
        list.push(Value::Object(person));
        entries.insert(
            "roles".into(),
            json!([{ "id": "assessor", "title": w.get("oscal-assessor") }]),
        );
        entries.insert(
            "responsible-parties".into(),
            json!([{ "role-id": "assessor", "party-uuids": [uuid] }]),
        );
    }
    put_list(&mut entries, "parties", list);
    // The order OSCAL lists them in: roles, parties, responsible parties.
    let mut ordered = Map::new();
    for key in ["roles", "parties", "responsible-parties"] {
        if let Some(value) = entries.remove(key) {
            ordered.insert(key.to_owned(), value);
        }
    }
    Parties {
        entries: ordered,
        assessor,
    }
}

/// The assessment's props: its fingerprint, scale, profile, round and language.
pub(super) fn assessment_props(assessment: &Assessment) -> Value {
    let mut props = vec![prop("assessment-fingerprint", fingerprint(assessment))];
    for (name, value) in [
        ("scale", &assessment.scale),
        ("profile", &assessment.profile),
        ("language", &assessment.language),
    ] {
        if !value.trim().is_empty() {
            props.push(prop(name, value.trim()));
        }
    }
    props.push(prop("round", assessment.round.to_string()));
    Value::Array(props)
}

/// The OSCAL token of the requirement `qid` (`mim6:R1` → `mim6-R1`).
pub(super) fn control_token(qid: &str) -> String {
    let (framework, id) = qid.split_once(':').unwrap_or(("", qid));
    item_token(framework, id)
}

/// `qid` with its title, as a line names a requirement.
pub(super) fn requirement_name(library: &Library, qid: &str) -> String {
    match library.requirement(qid) {
        Some(view) if !view.requirement.title.trim().is_empty() => {
            line(&format!("{qid} {}", view.requirement.title), qid)
        }
        _ => qid.to_owned(),
    }
}

/// The assessment results of `assessment`, with its insights computed once by the caller.
pub fn assessment_results(
    assessment: &Assessment,
    library: &Library,
    insights: &Insights,
) -> Value {
    let w = Words::for_language(&assessment.language);
    let uuids = Uuids::new(&fingerprint(assessment));
    let date = date_time(&assessment.date, "1970-01-01");
    let parties = parties(assessment, &w, &uuids);
    let organisation = WordArg::Text(non_empty(&assessment.organisation.name, "—"));
    let mut extra = parties.entries.clone();
    extra.insert("props".into(), assessment_props(assessment));
    let plan_uuid = uuids.of("assessment-plan");
    let mut result = Map::new();
    result.insert("uuid".into(), uuids.of("result").into());
    result.insert(
        "title".into(),
        w.with(
            "oscal-result-title",
            &[
                ("round", assessment.round.to_string().into()),
                ("date", w.date(&assessment.date).into()),
            ],
        )
        .into(),
    );
    result.insert(
        "description".into(),
        result_description(assessment, library, &w).into(),
    );
    result.insert("start".into(), date.clone().into());
    result.insert(
        "reviewed-controls".into(),
        json!({ "control-selections": [{ "include-controls": insights.statuses.iter()
            .map(|s| json!({ "control-id": control_token(&s.qid) })).collect::<Vec<_>>() }] }),
    );
    let mut observations = Vec::new();
    let mut findings = Vec::new();
    for status in &insights.statuses {
        let answer = assessment.answers.get(&status.qid);
        let observation = answer.and_then(|a| observation(a, status, library, &w, &uuids, &date));
        let related = observation.as_ref().map(|o| o["uuid"].clone());
        observations.extend(observation);
        findings.push(finding(
            status,
            answer,
            library,
            &w,
            &uuids,
            related,
            parties.assessor.as_deref(),
        ));
    }
    if insights.statuses.is_empty() {
        // OSCAL wants at least one selection; an empty scope selects nothing by name.
        result.insert(
            "reviewed-controls".into(),
            json!({ "control-selections": [{ "description": w.get("oscal-no-scope") }] }),
        );
    }
    put_list(&mut result, "observations", observations);
    put_list(&mut result, "findings", findings);
    json!({ "assessment-results": {
        "uuid": uuids.of("assessment-results"),
        "metadata": metadata(
            &w.with("oscal-results-title", &[("organisation", organisation)]),
            &date,
            &assessment.round.to_string(),
            extra,
        ),
        "import-ap": { "href": format!("#{plan_uuid}") },
        "results": [result],
        "back-matter": { "resources": [{
            "uuid": plan_uuid,
            "title": w.get("oscal-plan-title"),
            "description": w.get("oscal-plan-description"),
        }] },
    } })
}

fn result_description(assessment: &Assessment, library: &Library, w: &Words) -> String {
    let frameworks: Vec<String> = assessment
        .frameworks
        .iter()
        .map(|choice| {
            library
                .framework(&choice.framework)
                .map_or_else(|| choice.framework.clone(), |f| f.name.clone())
        })
        .collect();
    let scale = library
        .scale(&assessment.scale)
        .map_or_else(|| assessment.scale.clone(), |s| s.name.clone());
    let scope = if assessment.scope.trim().is_empty() {
        w.get("oscal-no-scope")
    } else {
        assessment.scope.trim().to_owned()
    };
    w.with(
        "oscal-result-description",
        &[
            (
                "organisation",
                non_empty(&assessment.organisation.name, "—").into(),
            ),
            ("frameworks", WordArg::Text(w.and_list(&frameworks))),
            ("scale", scale.into()),
            ("scope", scope.into()),
        ],
    )
}

/// What the finding says of the answer, and its OSCAL states.
struct FindingState {
    text: String,
    state: &'static str,
    reason: &'static str,
    implementation: &'static str,
    status: &'static str,
}

fn verdict(status: &RequirementStatus, answer: Option<&Answer>, w: &Words) -> FindingState {
    let level = answer.and_then(Answer::applicable_level);
    let target = status.target;
    let text = |id: &str, gap: Option<u8>| {
        let mut args: Vec<(&str, WordArg)> = vec![
            ("level", level.unwrap_or(0).to_string().into()),
            ("target", target.unwrap_or(0).to_string().into()),
        ];
        if let Some(gap) = gap {
            args.push(("gap", usize::from(gap).into()));
        }
        w.with(id, &args)
    };
    match status.status {
        Status::OnTarget => FindingState {
            text: text(
                if target.is_some() {
                    "oscal-finding-on-target"
                } else {
                    "oscal-finding-no-target"
                },
                None,
            ),
            state: "satisfied",
            reason: "pass",
            implementation: "implemented",
            status: "on-target",
        },
        Status::BelowTarget => FindingState {
            text: text(
                "oscal-finding-below",
                Some(target.unwrap_or(0).saturating_sub(level.unwrap_or(0))),
            ),
            state: "not-satisfied",
            reason: "fail",
            implementation: if level.unwrap_or(0) > 0 {
                "partial"
            } else {
                "planned"
            },
            status: "below-target",
        },
        Status::NotApplicable => FindingState {
            text: w.with(
                "oscal-finding-not-applicable",
                &[(
                    "reason",
                    answer
                        .and_then(|a| a.not_applicable.clone())
                        .unwrap_or_default()
                        .into(),
                )],
            ),
            state: "satisfied",
            reason: "other",
            implementation: "not-applicable",
            status: "not-applicable",
        },
        Status::Unanswered => FindingState {
            text: w.get("oscal-finding-open"),
            state: "not-satisfied",
            reason: "other",
            implementation: "planned",
            status: "unanswered",
        },
    }
}

fn finding(
    status: &RequirementStatus,
    answer: Option<&Answer>,
    library: &Library,
    w: &Words,
    uuids: &Uuids,
    observation: Option<Value>,
    assessor: Option<&str>,
) -> Value {
    let verdict = verdict(status, answer, w);
    let token = control_token(&status.qid);
    let level = answer.and_then(Answer::applicable_level);
    let mut props = vec![
        prop("requirement", &status.qid),
        prop("status", verdict.status),
    ];
    if let Some(level) = level {
        props.push(prop("maturity-level", level.to_string()));
    }
    if let Some(target) = status.target {
        props.push(prop("target-level", target.to_string()));
        if let Some(level) = level {
            props.push(prop("gap", target.saturating_sub(level).to_string()));
        }
    }
    if let Some(by) = answer.and_then(|a| a.answered_by.as_deref()) {
        props.push(prop("answered-by", by));
    }
    let mut finding = Map::new();
    finding.insert(
        "uuid".into(),
        uuids.of(&format!("finding/{}", status.qid)).into(),
    );
    finding.insert(
        "title".into(),
        requirement_name(library, &status.qid).into(),
    );
    // `description` is multi-line text: kept as written.
    finding.insert("description".into(), verdict.text.clone().into());
    finding.insert("props".into(), Value::Array(props));
    if let Some(assessor) = assessor {
        finding.insert(
            "origins".into(),
            json!([{ "actors": [{ "type": "party", "actor-uuid": assessor, "role-id": "assessor" }] }]),
        );
    }
    finding.insert(
        "target".into(),
        json!({
            "type": "objective-id",
            "target-id": format!("{token}_obj"),
            "status": { "state": verdict.state, "reason": verdict.reason },
            "implementation-status": { "state": verdict.implementation },
        }),
    );
    if let Some(uuid) = observation {
        finding.insert(
            "related-observations".into(),
            json!([{ "observation-uuid": uuid }]),
        );
    }
    Value::Object(finding)
}

/// The answer's notes and evidence as an observation, when it has any.
fn observation(
    answer: &Answer,
    status: &RequirementStatus,
    library: &Library,
    w: &Words,
    uuids: &Uuids,
    assessment_date: &str,
) -> Option<Value> {
    if answer.notes.trim().is_empty() && answer.evidence.is_empty() {
        return None;
    }
    let mut description: Vec<String> = Vec::new();
    if !answer.notes.trim().is_empty() {
        description.push(answer.notes.trim().to_owned());
    }
    for evidence in &answer.evidence {
        description.push(w.with(
            "oscal-observation-evidence",
            &[("evidence", evidence.describe().into())],
        ));
    }
    let mut observation = Map::new();
    observation.insert(
        "uuid".into(),
        uuids.of(&format!("observation/{}", status.qid)).into(),
    );
    observation.insert(
        "title".into(),
        line(
            &w.with(
                "oscal-observation-title",
                &[("requirement", requirement_name(library, &status.qid).into())],
            ),
            &status.qid,
        )
        .into(),
    );
    observation.insert("description".into(), description.join("\n\n").into());
    observation.insert("methods".into(), json!(["EXAMINE"]));
    let evidence: Vec<Value> = answer
        .evidence
        .iter()
        .map(|e| {
            let mut item = Map::new();
            if is_uri(&e.link) {
                item.insert("href".into(), e.link.trim().into());
            }
            item.insert("description".into(), non_empty(&e.describe(), "—").into());
            Value::Object(item)
        })
        .collect();
    put_list(&mut observation, "relevant-evidence", evidence);
    observation.insert(
        "collected".into(),
        date_time(
            &answer.changed,
            assessment_date.get(..10).unwrap_or("1970-01-01"),
        )
        .into(),
    );
    Some(Value::Object(observation))
}
