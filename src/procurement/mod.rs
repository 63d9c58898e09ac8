//! Procurement: the tender file, presets and item defaults, the checks a buyer sees before
//! publishing, every edit with its undo, bidders' answers and their evaluation. Plain library
//! code; the window, the command line and the reports all call it.

mod bids;
mod check;
mod edit;
mod evaluate;
mod example;
mod form;
mod history;
mod import;
mod layout;
mod modal_wording;
mod model;
mod presets;
mod response;
mod store;

pub use bids::{
    BidForms, BidReadError, ImportedForm, entry_for, forms_in_folder, read_bids, relocate_forms,
    resolve,
};
pub use check::{TenderWarning, check_tender};
pub use edit::{TenderEdit, TenderField, placement_for};
pub use evaluate::{
    BidResult, BidStatus, Equivalence, Evaluation, ItemResult, Outcome, evaluate, item_list,
    number_ranges,
};
pub use example::example_tender;
pub use form::{FormError, FormFormat, response_form, response_form_csv, response_form_xlsx};
pub use history::TenderHistory;
pub use import::{
    FormProblem, ImportError, ProblemPlace, SheetSpot, import_response, import_response_bytes,
};
pub(crate) use layout::item_text_in;
pub use layout::{
    BIDDER_LABEL, BIDDER_ROW, COMMENT_COLUMN, EQUIVALENT_SENTENCE, EVIDENCE_COLUMN, FORM_COLUMNS,
    FormColumn, HEADER_ROW, INSTRUCTIONS_SHEET, REFERENCE_LABEL, REFERENCE_ROW, REQUIREMENT_COLUMN,
    RESPONSE_COLUMN, RESPONSE_SHEET, TENDER_LABEL, TENDER_ROW, TITLE_ROW, bidder_label,
    column_letter, description_cells, instructions_sheet, item_text, item_title, modality_keyword,
    placeholders, proof_label, response_sheet, weight_label,
};
pub use model::{
    EquivalenceDecision, Modality, PROOFS, Placement, ResponseFile, TENDER_FORMAT_VERSION, Tender,
    TenderItem,
};
pub use presets::{
    PRESETS, Preset, default_item, names_standard, says_or_equivalent, spread_weights,
};
pub use response::{BidResponse, ItemResponse, ResponseCode};
pub use store::{TENDER_EXTENSION, load_tender, locate_tender_problems, parse_tender, save_tender};
