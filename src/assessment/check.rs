//! Checks an assessment against the loaded library: the scale, profile, frameworks and groups
//! exist, levels lie on the scale (in earlier rounds too), dates are real dates, rounds are
//! numbered from 1 with earlier ones before the current one, and every not-applicable mark gives
//! a reason. Answers for ids the catalog no longer has are reported as notices and kept.

use std::collections::HashSet;

use crate::catalog::{Library, Locator, Position, Problem, Scale, SourceFile};

use super::date::{is_valid_date, is_valid_date_or_time};
use super::model::Assessment;
use super::scope::{requirements_in_scope, unknown_answer_ids};

/// What the check found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckReport {
    /// Problems that make the file wrong.
    pub problems: Vec<Problem>,
    /// Things the user should know that do not make the file wrong (answers for ids the catalog
    /// no longer has, which are kept as they are).
    pub notices: Vec<Problem>,
}

/// Checks `assessment`, read from `file`, against `library`.
pub fn check(assessment: &Assessment, file: &SourceFile, library: &Library) -> CheckReport {
    let mut checker = Checker::new(file);
    let scale = library.scale(&assessment.scale);
    checker.library_references(assessment, library, scale.is_some());
    if let Some(scale) = scale {
        checker.levels(assessment, scale);
    }
    checker.not_applicable_reasons(assessment);
    checker.obligations(assessment, library);
    checker.dates(assessment);
    checker.rounds(assessment);
    checker.team(assessment);
    checker.notices(assessment, library);
    checker.report
}

/// The file being checked, where things sit in it, and what was found so far.
struct Checker<'a> {
    file: &'a SourceFile,
    locator: Locator<'a>,
    /// Where the answers start: they come after the earlier rounds, which name the same ids.
    answers_at: usize,
    /// Where the earlier rounds start.
    rounds_at: usize,
    report: CheckReport,
}

impl<'a> Checker<'a> {
    fn new(file: &'a SourceFile) -> Self {
        let locator = Locator::new(&file.text);
        let answers_at = locator.find_field("answers", 0).unwrap_or(0);
        let rounds_at = locator.find_field("earlier_rounds", 0).unwrap_or(0);
        Checker {
            file,
            locator,
            answers_at,
            rounds_at,
            report: CheckReport::default(),
        }
    }

    fn problem(&mut self, position: Position, message: String, expected: String) {
        self.report
            .problems
            .push(Problem::at(&self.file.path, position, message, expected));
    }

    fn at_field(&self, field: &str) -> Position {
        self.locator
            .position(self.locator.find_field(field, 0).unwrap_or(0))
    }

    fn at_string(&self, value: &str) -> Position {
        self.locator
            .position(self.locator.find_string(value, 0).unwrap_or(0))
    }

    /// Byte offset of an answer's key.
    fn answer_offset(&self, qid: &str) -> usize {
        self.locator
            .find_string(qid, self.answers_at)
            .unwrap_or(self.answers_at)
    }

    fn at_answer(&self, qid: &str) -> Position {
        self.locator.position(self.answer_offset(qid))
    }

    /// The team is consistent: contributors have unique, non-empty names; every assignment
    /// and hand-out names one of them; hand-out ids are unique.
    fn team(&mut self, assessment: &Assessment) {
        let team = &assessment.team;
        let team_at = self
            .locator
            .find_field("team", self.answers_at)
            .unwrap_or(0);
        let at_value = |field: &str, value: &str| {
            self.locator.position(
                self.locator
                    .find_value(field, value, team_at)
                    .unwrap_or(team_at),
            )
        };
        let mut problems = Vec::new();
        // Contributors stand in order, so each name is searched for after the one before.
        let mut cursor = team_at;
        for (index, contributor) in team.contributors.iter().enumerate() {
            let at = self
                .locator
                .find_value("name", &contributor.name, cursor)
                .unwrap_or(cursor);
            cursor = at + 1;
            let here = self.locator.position(at);
            if contributor.name.trim().is_empty() {
                problems.push((
                    here,
                    "a contributor has no name".to_owned(),
                    "a name for every contributor".to_owned(),
                ));
            } else if team.contributors[..index]
                .iter()
                .any(|c| c.name == contributor.name)
            {
                problems.push((
                    here,
                    format!("two contributors are called “{}”", contributor.name),
                    "a different name for each contributor".to_owned(),
                ));
            }
        }
        let known = || {
            team.contributors
                .iter()
                .map(|c| format!("“{}”", c.name))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let assignments_at = self
            .locator
            .find_field("assignments", team_at)
            .unwrap_or(team_at);
        for (qid, name) in &team.assignments {
            if team.contributor(name).is_none() {
                let at = self
                    .locator
                    .find_string(qid, assignments_at)
                    .unwrap_or(assignments_at);
                problems.push((
                    self.locator.position(at),
                    format!("{qid} is assigned to “{name}”, who is not one of the contributors"),
                    format!("one of the contributors: {}", known()),
                ));
            }
        }
        for (index, handout) in team.handouts.iter().enumerate() {
            if team.contributor(&handout.contributor).is_none() {
                problems.push((
                    at_value("id", &handout.id),
                    format!(
                        "part “{}” was handed out to “{}”, who is not one of the contributors",
                        handout.id, handout.contributor
                    ),
                    format!("one of the contributors: {}", known()),
                ));
            }
            if team.handouts[..index].iter().any(|h| h.id == handout.id) {
                problems.push((
                    at_value("id", &handout.id),
                    format!("two parts have the id “{}”", handout.id),
                    "a different id for each part handed out".to_owned(),
                ));
            }
        }
        for (position, message, expected) in problems {
            self.problem(position, message, expected);
        }
    }

    /// The scale, the profile, the frameworks and their groups are loaded.
    fn library_references(&mut self, assessment: &Assessment, library: &Library, scale: bool) {
        if !scale {
            let known: Vec<&str> = library.scales().iter().map(|s| s.id.as_str()).collect();
            self.problem(
                self.at_field("scale"),
                format!("scale `{}` is not loaded", assessment.scale),
                format!("one of: {}", known.join(", ")),
            );
        }
        if library.profile(&assessment.profile).is_none() {
            let known: Vec<&str> = library.profiles().iter().map(|p| p.id.as_str()).collect();
            self.problem(
                self.at_field("profile"),
                format!("target profile `{}` is not loaded", assessment.profile),
                format!("one of: {}", known.join(", ")),
            );
        }
        for (index, choice) in assessment.frameworks.iter().enumerate() {
            if assessment.frameworks[..index]
                .iter()
                .any(|c| c.framework == choice.framework)
            {
                self.problem(
                    self.at_string(&choice.framework),
                    format!("framework `{}` is chosen twice", choice.framework),
                    "each framework once; list all the groups wanted in one choice".to_owned(),
                );
                continue;
            }
            let Some(framework) = library.framework(&choice.framework) else {
                self.problem(
                    self.at_string(&choice.framework),
                    format!("framework `{}` is not loaded", choice.framework),
                    format!("one of: {}", library.framework_ids().join(", ")),
                );
                continue;
            };
            for group in &choice.groups {
                if framework.find_group(group).is_none() {
                    self.problem(
                        self.at_string(group),
                        format!("framework `{}` has no group `{group}`", framework.id),
                        "the id of one of its groups, as `mim-assistant list` shows them"
                            .to_owned(),
                    );
                }
            }
        }
    }

    /// Current and target levels, and the levels of earlier rounds, lie on the scale.
    fn levels(&mut self, assessment: &Assessment, scale: &Scale) {
        let (low, high) = scale.range();
        let off_scale = |level: &u8| *level < low || *level > high;
        for (qid, answer) in &assessment.answers {
            for (what, level) in [("current", answer.current), ("target", answer.target)] {
                if let Some(level) = level.filter(off_scale) {
                    self.problem(
                        self.at_answer(qid),
                        format!(
                            "{qid}: {what} level {level} is not on the scale `{}`",
                            scale.id
                        ),
                        format!("a level from {low} to {high}"),
                    );
                }
            }
        }
        let mut cursor = self.rounds_at;
        for record in &assessment.earlier_rounds {
            let round_at = self.round_offset(record.round, cursor);
            cursor = round_at + 1;
            for (qid, level) in record.levels.iter().filter(|(_, l)| off_scale(l)) {
                let at = self.locator.find_string(qid, round_at).unwrap_or(round_at);
                self.problem(
                    self.locator.position(at),
                    format!(
                        "round {}: {qid} has level {level}, which is not on the scale `{}`",
                        record.round, scale.id
                    ),
                    format!("a level from {low} to {high}"),
                );
            }
        }
    }

    /// Byte offset of the earlier round numbered `round`, searching from `from`.
    fn round_offset(&self, round: u32, from: usize) -> usize {
        let mut at = from;
        while let Some(found) = self.locator.find_field("round", at) {
            let value = self.file.text[found + "round".len()..]
                .trim_start()
                .trim_start_matches(':')
                .trim_start();
            if value.starts_with(&round.to_string()) {
                return found;
            }
            at = found + 1;
        }
        from
    }

    fn not_applicable_reasons(&mut self, assessment: &Assessment) {
        for (qid, answer) in &assessment.answers {
            if answer
                .not_applicable
                .as_deref()
                .is_some_and(|reason| reason.trim().is_empty())
            {
                self.problem(
                    self.at_answer(qid),
                    format!("{qid} is marked not applicable without a reason"),
                    "a reason in `not_applicable: Some(\"…\")`".to_owned(),
                );
            }
        }
    }

    /// Each obligation ticked as met is one the requirement lists, and is ticked once.
    fn obligations(&mut self, assessment: &Assessment, library: &Library) {
        for (qid, answer) in &assessment.answers {
            if answer.obligations_met.is_empty() {
                continue;
            }
            let listed = library
                .requirement(qid)
                .map_or(0, |v| v.requirement.obligations.len());
            let mut seen = std::collections::BTreeSet::new();
            for &number in &answer.obligations_met {
                let known = (1..=listed).contains(&usize::from(number));
                if !known || !seen.insert(number) {
                    let at = self
                        .locator
                        .find_field("obligations_met", self.answer_offset(qid));
                    let position =
                        at.map_or_else(|| self.at_answer(qid), |at| self.locator.position(at));
                    self.problem(
                        position,
                        format!(
                            "{qid}: obligation {number} is ticked twice or is not one it lists"
                        ),
                        format!("numbers from 1 to {listed}, each once"),
                    );
                }
            }
        }
    }

    /// The assessment's date, the earlier rounds' dates, the answers' `changed` and the
    /// evidence dates are real dates (empty means not given).
    fn dates(&mut self, assessment: &Assessment) {
        const DATE: &str = "a real date written YYYY-MM-DD, such as 2026-03-01";
        if !assessment.date.is_empty() && !is_valid_date(&assessment.date) {
            let at = self.locator.find_value("date", &assessment.date, 0);
            self.bad_date(at, "the assessment's date", &assessment.date, DATE);
        }
        let mut cursor = self.rounds_at;
        for record in &assessment.earlier_rounds {
            let round_at = self.round_offset(record.round, cursor);
            cursor = round_at + 1;
            if !record.date.is_empty() && !is_valid_date(&record.date) {
                let at = self.locator.find_value("date", &record.date, round_at);
                let what = format!("round {}'s date", record.round);
                self.bad_date(at, &what, &record.date, DATE);
            }
        }
        for (qid, answer) in &assessment.answers {
            // Searching the text for an answer costs a pass over the file: only for a bad date,
            // so that checking stays linear in the number of answers.
            if !answer.changed.is_empty() && !is_valid_date_or_time(&answer.changed) {
                let answer_at = self.answer_offset(qid);
                let at = self
                    .locator
                    .find_value("changed", &answer.changed, answer_at);
                let what = format!("{qid}: the date it changed");
                self.bad_date(
                    at,
                    &what,
                    &answer.changed,
                    "a real date written YYYY-MM-DD, or an RFC 3339 time such as 2026-03-01T09:30:00Z",
                );
            }
            for evidence in &answer.evidence {
                if !evidence.date.is_empty() && !is_valid_date(&evidence.date) {
                    let answer_at = self.answer_offset(qid);
                    let at = self.locator.find_value("date", &evidence.date, answer_at);
                    let what = format!("{qid}: the date of evidence “{}”", evidence.title);
                    self.bad_date(at, &what, &evidence.date, DATE);
                }
            }
        }
    }

    fn bad_date(&mut self, at: Option<usize>, what: &str, value: &str, expected: &str) {
        let position = self.locator.position(at.unwrap_or(0));
        self.problem(
            position,
            format!("{what}, “{value}”, is not a real date"),
            expected.to_owned(),
        );
    }

    /// Rounds count from 1, and every earlier round is numbered before the current one.
    fn rounds(&mut self, assessment: &Assessment) {
        if assessment.round == 0 {
            self.problem(
                self.at_field("round"),
                "round 0: rounds are counted from 1".to_owned(),
                "`round: 1` for a first assessment".to_owned(),
            );
        }
        let mut cursor = self.rounds_at;
        for record in &assessment.earlier_rounds {
            let round_at = self.round_offset(record.round, cursor);
            cursor = round_at + 1;
            let position = self.locator.position(round_at);
            if record.round == 0 {
                self.problem(
                    position,
                    "an earlier round is numbered 0; rounds are counted from 1".to_owned(),
                    "a round number from 1".to_owned(),
                );
            } else if record.round >= assessment.round {
                self.problem(
                    position,
                    format!(
                        "earlier round {} is not before the current round {}",
                        record.round, assessment.round
                    ),
                    format!(
                        "earlier rounds numbered below {}, the current round",
                        assessment.round
                    ),
                );
            }
        }
    }

    fn notice(&mut self, qid: &str, message: String, expected: &str) {
        let position = self.at_answer(qid);
        self.report
            .notices
            .push(Problem::at(&self.file.path, position, message, expected));
    }

    fn notices(&mut self, assessment: &Assessment, library: &Library) {
        for qid in unknown_answer_ids(assessment, library) {
            self.notice(
                qid,
                format!("{qid} is not in the loaded catalogs; its answer is kept as it is"),
                "a requirement id that `mim-assistant list --ids` shows (or load the catalog it comes from)",
            );
        }
        let in_scope: HashSet<&str> = requirements_in_scope(assessment, library)
            .iter()
            .map(|v| v.qid)
            .collect();
        for (qid, answer) in &assessment.answers {
            if answer.is_not_applicable() && answer.current.is_some() {
                self.notice(
                    qid,
                    format!(
                        "{qid} is marked not applicable and also has a level; the level is ignored"
                    ),
                    "either a level or a not-applicable reason",
                );
            }
            if library.requirement(qid).is_some() && !in_scope.contains(qid.as_str()) {
                self.notice(
                    qid,
                    format!(
                        "{qid} is outside the chosen frameworks and groups; its answer is kept but not scored"
                    ),
                    "its framework or group in `frameworks`, or no answer",
                );
            }
        }
    }
}
