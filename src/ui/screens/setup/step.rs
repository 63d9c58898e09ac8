//! The six steps of the new-assessment setup, in the order the user goes through them, with
//! the names the step row and the step heading show.

/// One step of the setup; the form shows one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub enum SetupStep {
    /// Who is assessed, and by whom.
    #[default]
    Organisation,
    /// Whether NIS2 applies.
    Nis2,
    /// What to assess against.
    Frameworks,
    /// The maturity scale.
    Scale,
    /// The target profile.
    Target,
    /// Where the file goes, and a summary of every choice before Create.
    Summary,
}

impl SetupStep {
    /// Every step, in the order they are taken.
    pub const ALL: [SetupStep; 6] = [
        SetupStep::Organisation,
        SetupStep::Nis2,
        SetupStep::Frameworks,
        SetupStep::Scale,
        SetupStep::Target,
        SetupStep::Summary,
    ];

    /// The step's number as the user reads it, from 1.
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step after this one; none after the last.
    pub fn next(self) -> Option<SetupStep> {
        Self::ALL.get(self.number()).copied()
    }

    /// The step before this one; none before the first.
    pub fn previous(self) -> Option<SetupStep> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Self::ALL.get(i))
            .copied()
    }

    /// The message id of the step's short name, as the step row shows it.
    pub fn name_id(self) -> &'static str {
        match self {
            SetupStep::Organisation => "setup-step-organisation-name",
            SetupStep::Nis2 => "setup-step-nis2-name",
            SetupStep::Frameworks => "setup-step-frameworks-name",
            SetupStep::Scale => "setup-step-scale-name",
            SetupStep::Target => "setup-step-profile-name",
            SetupStep::Summary => "setup-step-file-name",
        }
    }

    /// The message id of the step's heading, a short question or instruction.
    pub fn heading_id(self) -> &'static str {
        match self {
            SetupStep::Organisation => "setup-step-organisation",
            SetupStep::Nis2 => "setup-step-nis2",
            SetupStep::Frameworks => "setup-step-frameworks",
            SetupStep::Scale => "setup-step-scale",
            SetupStep::Target => "setup-step-profile",
            SetupStep::Summary => "setup-step-file",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_steps_are_numbered_from_one_and_chain_both_ways() {
        assert_eq!(SetupStep::Organisation.number(), 1);
        assert_eq!(SetupStep::Summary.number(), 6);
        assert_eq!(SetupStep::Organisation.previous(), None);
        assert_eq!(SetupStep::Summary.next(), None);
        for pair in SetupStep::ALL.windows(2) {
            assert_eq!(pair[0].next(), Some(pair[1]));
            assert_eq!(pair[1].previous(), Some(pair[0]));
        }
    }
}
