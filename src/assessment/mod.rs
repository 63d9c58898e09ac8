//! Self-assessment: the assessment file, scoring against a target profile, coverage carried
//! across mappings, gaps and roadmap, rounds, and the built-in example. Plain library code; the
//! window and the command line both call it.

mod check;
mod coverage;
mod date;
mod edit;
mod evidence;
mod example;
mod gaps;
mod headline;
mod history;
mod insights;
mod levels;
mod migrate;
mod model;
mod obligations;
mod recovery;
mod rounds;
mod scope;
mod scoring;
mod soa;
mod status;
mod store;
mod summary;
mod team;

pub use check::{CheckReport, check};
pub use coverage::{Coverage, DerivedItem, derived_coverage};
pub use date::{format_date, is_valid_date, is_valid_date_or_time, parse_date, today};
pub use edit::Edit;
pub use evidence::{EvidenceTarget, evidence_target, link_for_file};
pub use example::example_assessment;
pub use gaps::{Gap, Phase, ROADMAP_RULE, gaps, profile_target, strength_weight, target_for};
pub use headline::{Headline, HeadlineVerdict};
pub use history::History;
pub use insights::{
    AnnexAView, AnnexTheme, DerivedFramework, Insights, NIS2_ART21_PREFIX, Nis2Point,
    SinceLastRound, ThemeAnswers,
};
pub use levels::{FrameworkLevels, level_counts};
pub use model::{
    ASSESSMENT_FORMAT_VERSION, Answer, Assessment, Evidence, FrameworkChoice, Organisation,
    RoundRecord,
};
pub use obligations::{ObligationCheck, obligation_checks, obligations_met};
pub use recovery::{Recovered, RecoveryDir, RecoverySlot};
pub use rounds::{
    LevelChange, RoundComparison, compare, compare_with_last_round, current_levels, start_new_round,
};
pub use scope::{requirements_in_scope, unknown_answer_ids};
pub use scoring::{
    FrameworkScore, GroupScore, KeyMeasure, KeyMeasureStatus, Scorecard, Tally, Verdict,
    format_mean, is_key_measure, on_scale, score,
};
pub use soa::{
    SoaControl, SoaStatus, SoaTheme, SoaTotals, StatementOfApplicability,
    statement_of_applicability,
};
pub use status::{RequirementStatus, Status, statuses};
pub use store::{
    ASSESSMENT_EXTENSION, Autosave, Loaded, StoreError, load, parse, save, save_ron,
    write_bytes_safely, write_safely,
};
pub use summary::{Nis2PointSummary, SCORE_FORMAT, ScoreSummary, summarize, summary_of};
pub use team::{Contributor, Handout, PartForm, Team};
