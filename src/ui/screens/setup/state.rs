//! The new-assessment form's state and the rules that fill it in: the NIS2 question proposes
//! a target profile, the organisation's name proposes a file, and the form moves one step at a
//! time, on only when the step has what it needs.

use std::path::{Path, PathBuf};

use crate::assessment::{ASSESSMENT_EXTENSION, Assessment, Organisation, today};
use crate::catalog::Library;

use super::step::SetupStep;

/// The answer to "does NIS2 apply to you?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Nis2Answer {
    /// Not answered yet.
    #[default]
    NotAsked,
    /// Named an essential entity by the national law.
    Essential,
    /// Named an important entity, or local government brought into scope.
    Important,
    /// Not in scope, or not known yet.
    NotInScope,
}

impl Nis2Answer {
    /// The choices in the order shown, with their message ids.
    pub const CHOICES: [(Nis2Answer, &'static str); 3] = [
        (Nis2Answer::Essential, "setup-nis2-essential"),
        (Nis2Answer::Important, "setup-nis2-important"),
        (Nis2Answer::NotInScope, "setup-nis2-no"),
    ];

    /// The target profile this answer suggests.
    fn profile(self) -> Option<&'static str> {
        match self {
            Nis2Answer::NotAsked => None,
            Nis2Answer::Essential => Some("nis2-essential"),
            Nis2Answer::Important => Some("nis2-important"),
            Nis2Answer::NotInScope => Some("mim-baseline"),
        }
    }
}

/// A text field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupField {
    /// Organisation name.
    Name,
    /// City.
    City,
    /// Country.
    Country,
    /// What is assessed.
    Scope,
    /// Who assesses.
    Assessor,
    /// Where the file goes.
    Path,
}

/// A change to the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupCommand {
    /// Type into a field.
    SetText(SetupField, String),
    /// Answer the NIS2 question.
    SetNis2(Nis2Answer),
    /// Add or remove a framework.
    ToggleFramework(String),
    /// Choose the scale.
    SetScale(String),
    /// Choose the target profile.
    SetProfile(String),
    /// Choose the language of the assessment's documents.
    SetLanguage(String),
    /// Move on to the next step, when this one has what it needs.
    Next,
    /// Go back one step.
    Back,
    /// Go to a step already reached (the step row, a summary's "Change").
    GoTo(SetupStep),
}

/// The form's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SetupForm {
    /// Organisation name (required).
    pub name: String,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// What is assessed.
    pub scope: String,
    /// Who assesses.
    pub assessor: String,
    /// The NIS2 answer.
    pub nis2: Nis2Answer,
    /// Chosen framework ids, in the library's order.
    pub frameworks: Vec<String>,
    /// Chosen scale id.
    pub scale: String,
    /// Chosen profile id.
    pub profile: String,
    /// The language of the assessment's documents (report, export).
    pub language: String,
    /// Where the file goes.
    pub path: String,
    /// Why the last try to create the assessment failed.
    pub problem: Option<String>,
    /// The step shown.
    pub step: SetupStep,
    /// The furthest step the user has reached; the steps up to it can be gone back to.
    pub reached: SetupStep,
    path_edited: bool,
    profile_chosen: bool,
    nis2_ticked_by_answer: bool,
    documents_dir: PathBuf,
}

/// A file name for an organisation: its name with characters a file system may refuse
/// replaced, and the assessment ending.
pub fn file_name_for(name: &str) -> String {
    let cleaned: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches('-');
    let stem = if cleaned.is_empty() {
        "assessment"
    } else {
        cleaned
    };
    format!("{stem}{ASSESSMENT_EXTENSION}")
}

impl SetupForm {
    /// A fresh form: MIM6 chosen, the first scale, no profile until NIS2 is answered.
    pub fn new(library: &Library, documents_dir: &Path) -> Self {
        let mut form = SetupForm {
            frameworks: library
                .framework("mim6")
                .map(|f| vec![f.id.clone()])
                .unwrap_or_default(),
            scale: library
                .scale("city-0-5")
                .or(library.scales().first())
                .map(|s| s.id.clone())
                .unwrap_or_default(),
            documents_dir: documents_dir.to_path_buf(),
            // The window's language, which is what the user reads; changed on the first step.
            language: library.language().to_owned(),
            ..SetupForm::default()
        };
        form.propose_path();
        form
    }

    /// Proposes a file in the documents folder named after the organisation, never one that
    /// exists already (last year's assessment stays untouched: `-2`, `-3` … are added).
    fn propose_path(&mut self) {
        if self.path_edited {
            return;
        }
        let name = file_name_for(&self.name);
        let stem = name.trim_end_matches(ASSESSMENT_EXTENSION);
        let free = crate::ui::places::free_file(&self.documents_dir, stem, ASSESSMENT_EXTENSION);
        self.path = free.display().to_string();
    }

    /// Applies one change.
    pub fn apply(&mut self, command: SetupCommand, library: &Library) {
        self.problem = None;
        match command {
            SetupCommand::SetText(field, text) => {
                match field {
                    SetupField::Name => self.name = text,
                    SetupField::City => self.city = text,
                    SetupField::Country => self.country = text,
                    SetupField::Scope => self.scope = text,
                    SetupField::Assessor => self.assessor = text,
                    SetupField::Path => {
                        self.path = text;
                        self.path_edited = true;
                    }
                }
                self.propose_path();
            }
            SetupCommand::SetNis2(answer) => {
                self.nis2 = answer;
                if !self.profile_chosen
                    && let Some(profile) = answer.profile()
                {
                    self.profile = profile.to_owned();
                }
                let wants_nis2 = matches!(answer, Nis2Answer::Essential | Nis2Answer::Important);
                let has_nis2 = self.frameworks.iter().any(|f| f == "nis2");
                if wants_nis2 && !has_nis2 && library.framework("nis2").is_some() {
                    self.toggle("nis2", library);
                    self.nis2_ticked_by_answer = true;
                } else if !wants_nis2 && has_nis2 && self.nis2_ticked_by_answer {
                    self.toggle("nis2", library);
                    self.nis2_ticked_by_answer = false;
                }
            }
            SetupCommand::ToggleFramework(id) => {
                if id == "nis2" {
                    self.nis2_ticked_by_answer = false;
                }
                self.toggle(&id, library);
            }
            SetupCommand::SetScale(id) => self.scale = id,
            SetupCommand::SetLanguage(code) => self.language = code,
            SetupCommand::SetProfile(id) => {
                self.profile = id;
                self.profile_chosen = true;
            }
            SetupCommand::Next => {
                if let Some(next) = self.step.next()
                    && self.missing_in(self.step).is_empty()
                {
                    self.show(next);
                }
            }
            SetupCommand::Back => {
                if let Some(previous) = self.step.previous() {
                    self.show(previous);
                }
            }
            SetupCommand::GoTo(step) => {
                if self.can_visit(step) {
                    self.show(step);
                }
            }
        }
    }

    fn show(&mut self, step: SetupStep) {
        self.step = step;
        self.reached = self.reached.max(step);
    }

    /// True when the user may go straight to `step`: they have reached it before and every
    /// step before it still has what it needs.
    pub fn can_visit(&self, step: SetupStep) -> bool {
        step <= self.reached
            && SetupStep::ALL
                .iter()
                .take_while(|s| **s < step)
                .all(|s| self.missing_in(*s).is_empty())
    }

    fn toggle(&mut self, id: &str, library: &Library) {
        if self.frameworks.iter().any(|f| f == id) {
            self.frameworks.retain(|f| f != id);
        } else {
            self.frameworks.push(id.to_owned());
            let order = library.framework_ids();
            self.frameworks
                .sort_by_key(|f| order.iter().position(|o| o == f).unwrap_or(usize::MAX));
        }
    }

    /// Message ids of what is still missing before the assessment can be created.
    pub fn missing(&self) -> Vec<&'static str> {
        SetupStep::ALL
            .iter()
            .flat_map(|step| self.missing_in(*step))
            .collect()
    }

    /// Message ids of what `step` still needs before the user can move on from it.
    pub fn missing_in(&self, step: SetupStep) -> Vec<&'static str> {
        let lacking = match step {
            SetupStep::Organisation => self.name.trim().is_empty().then_some("setup-missing-name"),
            SetupStep::Nis2 => (self.nis2 == Nis2Answer::NotAsked).then_some("setup-missing-nis2"),
            SetupStep::Frameworks => self
                .frameworks
                .is_empty()
                .then_some("setup-missing-frameworks"),
            SetupStep::Scale => self.scale.is_empty().then_some("setup-missing-scale"),
            SetupStep::Target => self.profile.is_empty().then_some("setup-missing-profile"),
            SetupStep::Summary => self.path.trim().is_empty().then_some("setup-missing-path"),
        };
        lacking.into_iter().collect()
    }

    /// The assessment the form describes, dated today.
    pub fn to_assessment(&self) -> Assessment {
        let frameworks: Vec<&str> = self.frameworks.iter().map(String::as_str).collect();
        let mut assessment = Assessment::new(
            Organisation {
                name: self.name.trim().to_owned(),
                city: self.city.trim().to_owned(),
                country: self.country.trim().to_owned(),
            },
            &frameworks,
            &self.scale,
            &self.profile,
        );
        assessment.scope = self.scope.trim().to_owned();
        assessment.assessor = self.assessor.trim().to_owned();
        assessment.date = today();
        assessment.language.clone_from(&self.language);
        assessment
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nis2_answer_ticks_nis2_and_the_name_proposes_the_file() {
        let library = crate::catalog::load_with_user_dir(None).library;
        let dir = tempfile::tempdir().unwrap();
        let mut form = SetupForm::new(&library, dir.path());
        form.apply(
            SetupCommand::SetText(SetupField::Name, "Sjöbacka kommun".to_owned()),
            &library,
        );
        assert!(form.path.ends_with(ASSESSMENT_EXTENSION), "{}", form.path);
        assert!(form.path.starts_with(&dir.path().display().to_string()));
        form.frameworks.retain(|f| f != "nis2");
        form.apply(SetupCommand::SetNis2(Nis2Answer::Essential), &library);
        assert!(form.frameworks.iter().any(|f| f == "nis2"));
        // Taking the answer back takes back only the tick the answer made.
        form.apply(SetupCommand::SetNis2(Nis2Answer::NotInScope), &library);
        assert!(!form.frameworks.iter().any(|f| f == "nis2"));
        // A path the user typed is kept when the name changes.
        form.apply(
            SetupCommand::SetText(SetupField::Path, "/x/mine".to_owned()),
            &library,
        );
        form.apply(
            SetupCommand::SetText(SetupField::Name, "Other".to_owned()),
            &library,
        );
        assert_eq!(form.path, "/x/mine");
    }

    #[test]
    fn the_form_moves_on_only_when_the_step_has_what_it_needs() {
        let library = crate::catalog::load_with_user_dir(None).library;
        let dir = tempfile::tempdir().unwrap();
        let mut form = SetupForm::new(&library, dir.path());
        assert_eq!(form.step, SetupStep::Organisation);
        form.apply(SetupCommand::Next, &library);
        assert_eq!(form.step, SetupStep::Organisation, "no name yet");
        assert_eq!(form.missing_in(form.step), ["setup-missing-name"]);
        form.apply(
            SetupCommand::SetText(SetupField::Name, "Ångby kommun".to_owned()),
            &library,
        );
        form.apply(SetupCommand::Next, &library);
        assert_eq!(form.step, SetupStep::Nis2);
        form.apply(SetupCommand::Next, &library);
        assert_eq!(form.step, SetupStep::Nis2, "NIS2 not answered yet");
        assert!(!form.can_visit(SetupStep::Frameworks), "not reached");
        form.apply(SetupCommand::SetNis2(Nis2Answer::Important), &library);
        for _ in 0..10 {
            form.apply(SetupCommand::Next, &library);
        }
        assert_eq!(form.step, SetupStep::Summary, "Next stops at the last step");
        assert!(form.missing().is_empty());

        // From the summary back to the first step; the typed name is kept.
        form.apply(SetupCommand::GoTo(SetupStep::Organisation), &library);
        assert_eq!(form.step, SetupStep::Organisation);
        assert_eq!(form.name, "Ångby kommun");
        assert!(
            form.can_visit(SetupStep::Summary),
            "reached, and all is there"
        );
        // Emptying the name closes the way to the later steps until it is typed again.
        form.apply(
            SetupCommand::SetText(SetupField::Name, " ".to_owned()),
            &library,
        );
        form.apply(SetupCommand::GoTo(SetupStep::Summary), &library);
        assert_eq!(form.step, SetupStep::Organisation);
        form.apply(SetupCommand::Back, &library);
        assert_eq!(
            form.step,
            SetupStep::Organisation,
            "nothing before the first"
        );
        form.apply(
            SetupCommand::SetText(SetupField::Name, "Ångby".to_owned()),
            &library,
        );
        form.apply(SetupCommand::GoTo(SetupStep::Summary), &library);
        assert_eq!(form.step, SetupStep::Summary);
        form.apply(SetupCommand::Back, &library);
        assert_eq!(form.step, SetupStep::Target);
    }

    #[test]
    fn each_missing_thing_belongs_to_one_step() {
        let library = crate::catalog::load_with_user_dir(None).library;
        let dir = tempfile::tempdir().unwrap();
        let mut form = SetupForm::new(&library, dir.path());
        form.frameworks.clear();
        form.scale.clear();
        form.path.clear();
        let by_step: Vec<Vec<&str>> = SetupStep::ALL.iter().map(|s| form.missing_in(*s)).collect();
        assert_eq!(
            by_step,
            [
                vec!["setup-missing-name"],
                vec!["setup-missing-nis2"],
                vec!["setup-missing-frameworks"],
                vec!["setup-missing-scale"],
                vec!["setup-missing-profile"],
                vec!["setup-missing-path"],
            ]
        );
        assert_eq!(form.missing(), by_step.concat());
    }
}
