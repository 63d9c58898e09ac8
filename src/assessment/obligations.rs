//! The obligations a bundled requirement covers, each with whether the assessor ticked it as
//! met: the one list the walk-through draws as a checklist and the report prints, with the one
//! count both show.

use crate::catalog::Requirement;

use super::model::Answer;

/// One listed obligation and whether it is ticked as met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObligationCheck<'a> {
    /// Its number in the catalog's list, from 1 (what the answer stores).
    pub number: u16,
    /// The obligation, in the catalog's words.
    pub text: &'a str,
    /// True when the assessor ticked it as met.
    pub met: bool,
}

/// The requirement's obligations with the answer's ticks; empty when it lists none.
pub fn obligation_checks<'a>(
    requirement: &'a Requirement,
    answer: Option<&Answer>,
) -> Vec<ObligationCheck<'a>> {
    let ticked = answer.map_or(&[][..], |a| a.obligations_met.as_slice());
    (1u16..)
        .zip(&requirement.obligations)
        .map(|(number, text)| ObligationCheck {
            number,
            text,
            met: ticked.contains(&number),
        })
        .collect()
}

/// How many of `checks` are met.
pub fn obligations_met(checks: &[ObligationCheck<'_>]) -> usize {
    checks.iter().filter(|c| c.met).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_matched_by_number_and_counted() {
        let library = crate::catalog::load_embedded().library;
        let mut requirement = library.requirement("mim6:R1").unwrap().requirement.clone();
        assert!(obligation_checks(&requirement, None).is_empty());
        requirement.obligations = vec!["keep a list".into(), "review it".into(), "act".into()];
        let answer = Answer {
            obligations_met: vec![1, 3, 9],
            ..Answer::default()
        };
        let checks = obligation_checks(&requirement, Some(&answer));
        let met: Vec<(u16, bool)> = checks.iter().map(|c| (c.number, c.met)).collect();
        assert_eq!(met, [(1, true), (2, false), (3, true)]);
        assert_eq!(checks[1].text, "review it");
        assert_eq!(obligations_met(&checks), 2);
    }
}
