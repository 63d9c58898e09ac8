//! Older assessment file versions and how they become the current one.
//!
//! Version 1 kept the organisation as one name plus a city, frameworks as bare ids, answers with
//! `level` and `na_reason`, and evidence as plain titles. It had no rounds.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::model::{
    ASSESSMENT_FORMAT_VERSION, Answer, Assessment, Evidence, FrameworkChoice, Organisation,
};

/// An assessment as version 1 wrote it.
#[derive(Debug, Deserialize)]
#[serde(rename = "Assessment")]
#[serde(deny_unknown_fields)]
pub struct AssessmentV1 {
    #[allow(
        dead_code,
        reason = "read to reject unknown fields; the version is known here"
    )]
    format_version: u32,
    organisation: String,
    #[serde(default)]
    city: String,
    #[serde(default)]
    scope: String,
    #[serde(default)]
    assessor: String,
    #[serde(default)]
    date: String,
    frameworks: Vec<String>,
    scale: String,
    profile: String,
    #[serde(default, deserialize_with = "crate::catalog::unique_keys")]
    answers: BTreeMap<String, AnswerV1>,
}

/// An answer as version 1 wrote it.
#[derive(Debug, Deserialize)]
#[serde(rename = "Answer", deny_unknown_fields)]
struct AnswerV1 {
    #[serde(default)]
    level: Option<u8>,
    #[serde(default)]
    target: Option<u8>,
    #[serde(default)]
    na_reason: Option<String>,
    #[serde(default)]
    notes: String,
    #[serde(default)]
    evidence: Vec<String>,
}

impl From<AssessmentV1> for Assessment {
    fn from(old: AssessmentV1) -> Self {
        Assessment {
            format_version: ASSESSMENT_FORMAT_VERSION,
            organisation: Organisation {
                name: old.organisation,
                city: old.city,
                country: String::new(),
            },
            logo: None,
            language: "en".to_owned(),
            scope: old.scope,
            assessor: old.assessor,
            date: old.date,
            frameworks: old
                .frameworks
                .into_iter()
                .map(|framework| FrameworkChoice {
                    framework,
                    groups: Vec::new(),
                })
                .collect(),
            scale: old.scale,
            profile: old.profile,
            round: 1,
            earlier_rounds: Vec::new(),
            answers: old
                .answers
                .into_iter()
                .map(|(qid, a)| {
                    let answer = Answer {
                        current: a.level,
                        target: a.target,
                        not_applicable: a.na_reason,
                        notes: a.notes,
                        evidence: a
                            .evidence
                            .into_iter()
                            .map(|title| Evidence {
                                title,
                                ..Evidence::default()
                            })
                            .collect(),
                        obligations_met: Vec::new(),
                        changed: String::new(),
                        answered_by: None,
                    };
                    (qid, answer)
                })
                .collect(),
            team: Default::default(),
        }
    }
}
