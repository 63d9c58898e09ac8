//! The tender being built in the window, and every change to it as a [`TenderCommand`]:
//! header fields, items added from the catalog or a preset, reordered, made MUST or SHOULD,
//! weighted; the annex and form written; bidders' forms imported; equivalences decided; the
//! evaluation written. Plain state without egui, so tests drive it exactly as the view does.
//! The tender is saved to its file a moment after each change (it always has one).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::catalog::{Library, Proof};
use crate::procurement::{
    EquivalenceDecision, Evaluation, FormFormat, Modality, Placement, Preset, ResponseFile,
    TENDER_EXTENSION, Tender, TenderItem, TenderWarning, check_tender, default_item, evaluate,
    import_response, response_form, save_tender, spread_weights,
};
use crate::report::{evaluation_report, render, tender_annex};
use crate::store::{StoreError, write_bytes_safely};

use crate::ui::screens::tender::bids::{BidForms, entry_for, resolve};

/// How many steps undo remembers.
const UNDO_DEPTH: usize = 200;

/// The parts of the tender screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TenderTab {
    /// Choose and set up the items.
    #[default]
    Items,
    /// The annex's text as bidders will read it, and the export.
    Annex,
    /// Import bidders' forms, decide equivalences, compare and export the evaluation.
    Bids,
}

/// Which header field a text change is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenderField {
    /// The contracting authority.
    Buyer,
    /// The tender's title.
    Title,
    /// The buyer's reference number.
    Reference,
    /// Where bidders send questions.
    Contact,
    /// Date of issue.
    Date,
}

/// The text field being typed into, so that typing in one field is one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typing {
    Field(TenderField),
    FillIn(usize, usize),
    /// Dragging or typing a weight: one drag is one step.
    Weight(usize),
}

/// One change to the tender screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenderCommand {
    /// Change a header field.
    SetField(TenderField, String),
    /// Add a requirement by id (at the end).
    Add(String),
    /// Add every requirement of a preset that is not in the tender yet.
    AddPreset(String),
    /// Remove the item at this index.
    Remove(usize),
    /// Move the item at this index one place up.
    MoveUp(usize),
    /// Move the item at this index one place down.
    MoveDown(usize),
    /// Make the item MUST (true) or SHOULD (false).
    SetMust(usize, bool),
    /// Set a SHOULD item's weight.
    SetWeight(usize, u32),
    /// Set the means of proof.
    SetProof(usize, Proof),
    /// Set where the item belongs.
    SetPlacement(usize, Placement),
    /// Print the "or equivalent" wording with the item or not.
    SetOrEquivalent(usize, bool),
    /// Fill in a placeholder of the item's clause: item index, placeholder index, value.
    SetFillIn(usize, usize, String),
    /// Share 100 points evenly among the SHOULD items.
    SpreadWeights,
    /// Change the catalog search.
    Search(String),
    /// Show another part of the screen.
    Tab(TenderTab),
    /// Undo the last change to the tender.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// The user left a text field: the next typing is a new undo step.
    FinishTyping,
    /// Save the tender to its file now (Ctrl+S), not after the usual delay.
    Save,
    /// Change the path typed to save the tender elsewhere (when its own file cannot be written).
    SetSaveAsPath(String),
    /// Make the typed path the tender's file and save there; an existing file is never replaced.
    SaveAs,
    /// Change where the annex PDF goes.
    SetAnnexPath(String),
    /// Change where the response form goes.
    SetFormPath(String),
    /// Write the annex PDF and the response form.
    ExportAnnex,
    /// Change the path of the form to import.
    SetImportPath(String),
    /// Import the filled form at the import path.
    Import,
    /// Import this filled form (picked from the list of forms found, or from a dialog).
    ImportFile(PathBuf),
    /// Take a form off the tender's list (by its entry in the list); undo brings it back.
    RemoveForm(String),
    /// Decide a bidder's equivalence: accepted, rejected, or undecided (`None`).
    Decide {
        /// The bidder.
        bidder: String,
        /// The item's requirement id.
        requirement: String,
        /// The decision.
        accepted: Option<bool>,
    },
    /// Change where the evaluation PDF goes.
    SetEvaluationPath(String),
    /// Write the evaluation PDF.
    ExportEvaluation,
}

/// What an export or an import did, for the screen to say in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The annex and the form were written.
    AnnexWritten {
        /// The annex file.
        annex: String,
        /// Its page count.
        pages: usize,
        /// The form file.
        form: String,
    },
    /// A bidder's form was imported.
    Imported {
        /// The bidder.
        bidder: String,
        /// The file.
        file: String,
    },
    /// A bidder's form replaced the one imported before.
    Replaced {
        /// The bidder.
        bidder: String,
        /// The file.
        file: String,
    },
    /// The evaluation was written.
    EvaluationWritten {
        /// The file.
        file: String,
        /// Its page count.
        pages: usize,
    },
    /// A path field is empty.
    NeedPaths,
    /// The form's file name ends in neither `.xlsx` nor `.csv`.
    FormEnding,
    /// The tender has problems that would make the annex or the form wrong (see the warnings).
    TenderHasErrors,
    /// No bid is imported yet.
    NoBids,
    /// A problem as the library words it (located, one a line).
    Problem(String),
}

/// The result of the last export or import, shown beside its button.
pub type Outcome = Option<Result<Message, Message>>;

/// The open tender and everything the tender screen remembers about it.
#[derive(Debug)]
pub struct TenderWorkspace {
    /// The tender.
    pub tender: Tender,
    /// Its file; every change is saved there.
    pub path: PathBuf,
    /// The part of the screen shown.
    pub tab: TenderTab,
    /// The catalog search.
    pub search: String,
    /// Where the annex PDF goes.
    pub annex_path: String,
    /// Where the response form goes (`.xlsx`).
    pub form_path: String,
    /// What the last annex export did.
    pub annex_outcome: Outcome,
    /// The filled form to import next.
    pub import_path: String,
    /// What the last import did (its problems, one a line, on failure).
    pub import_outcome: Outcome,
    /// The bidders' forms kept with the tender, as they read now.
    pub forms: BidForms,
    /// Spreadsheets found in the import folder, offered for import with one click.
    pub found_forms: Vec<PathBuf>,
    /// Where to save instead, typed when the tender's own file cannot be written.
    pub save_as_path: String,
    /// The file that is already where the user asked to save instead (never replaced).
    pub save_as_exists: Option<PathBuf>,
    /// Where the evaluation PDF goes.
    pub evaluation_path: String,
    /// What the last evaluation export did.
    pub evaluation_outcome: Outcome,
    undo: Vec<Tender>,
    redo: Vec<Tender>,
    typing: Option<Typing>,
    changed_at: Option<Instant>,
    save_problem: Option<String>,
}

impl TenderWorkspace {
    /// A workspace for `tender` kept in `path`; export paths are proposed beside it.
    pub fn new(tender: Tender, path: PathBuf) -> Self {
        // Absolute, so that forms listed relative to its folder are found whatever the
        // working folder of a later start.
        let path = std::path::absolute(&path).unwrap_or(path);
        let mut ws = TenderWorkspace {
            annex_path: String::new(),
            form_path: String::new(),
            evaluation_path: String::new(),
            import_path: String::new(),
            tender,
            path,
            tab: TenderTab::Items,
            search: String::new(),
            annex_outcome: None,
            import_outcome: None,
            forms: BidForms::unread(),
            found_forms: Vec::new(),
            save_as_path: String::new(),
            save_as_exists: None,
            evaluation_outcome: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing: None,
            changed_at: None,
            save_problem: None,
        };
        ws.propose_paths();
        ws
    }

    /// Proposes the annex, form and evaluation files beside the tender's file, and its folder
    /// for importing forms.
    fn propose_paths(&mut self) {
        let stem = self
            .path
            .file_name()
            .map(|n| {
                n.to_string_lossy()
                    .trim_end_matches(TENDER_EXTENSION)
                    .to_owned()
            })
            .unwrap_or_else(|| "tender".to_owned());
        let beside = |suffix: &str| {
            self.path
                .with_file_name(format!("{stem}{suffix}"))
                .display()
                .to_string()
        };
        self.annex_path = beside("-annex.pdf");
        self.form_path = beside("-response-form.xlsx");
        self.evaluation_path = beside("-evaluation.pdf");
        self.import_path = format!("{}{}", self.folder().display(), std::path::MAIN_SEPARATOR);
    }

    /// The tender's folder: forms inside it are listed relative to it.
    pub fn folder(&self) -> PathBuf {
        self.path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    /// The file's name, for the top bar.
    pub fn display_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// True while a change has not reached the file yet.
    pub fn has_unsaved_changes(&self) -> bool {
        self.changed_at.is_some()
    }

    /// Why the last save failed, if it did.
    pub fn save_problem(&self) -> Option<&str> {
        self.save_problem.as_deref()
    }

    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a step to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The evaluation of the bids under the current decisions.
    pub fn evaluation(&self) -> Evaluation {
        evaluate(&self.tender, &self.forms.bids)
    }

    /// Carries out one command. When it changes what the forms are read against (items,
    /// reference) or which forms are kept, they are read again before the bids are next shown,
    /// so an evaluation never rests on forms made for another tender.
    pub fn apply(&mut self, command: TenderCommand, library: &Library, now: Instant) {
        let before = bid_key(&self.tender);
        self.apply_one(command, library, now);
        if bid_key(&self.tender) != before {
            self.forms.mark_stale();
        }
        if self.forms.is_stale() && self.tab == TenderTab::Bids {
            self.refresh_forms(library);
        }
    }

    /// Reads the kept forms again now.
    pub fn refresh_forms(&mut self, library: &Library) {
        let folder = self.folder();
        self.forms.refresh(&self.tender, &folder, library);
    }

    fn apply_one(&mut self, command: TenderCommand, library: &Library, now: Instant) {
        match command {
            TenderCommand::SetField(field, text) => {
                let joins = self.typing == Some(Typing::Field(field));
                self.change(now, joins, |t| *field_mut(t, field) = text);
                self.typing = Some(Typing::Field(field));
            }
            TenderCommand::SetFillIn(index, slot, text) => {
                if index >= self.tender.items.len() {
                    return;
                }
                let joins = self.typing == Some(Typing::FillIn(index, slot));
                self.change(now, joins, |t| {
                    let values = &mut t.items[index].fill_ins;
                    if values.len() <= slot {
                        values.resize(slot + 1, String::new());
                    }
                    values[slot] = text;
                });
                self.typing = Some(Typing::FillIn(index, slot));
            }
            TenderCommand::FinishTyping => self.typing = None,
            TenderCommand::Save => {
                self.typing = None;
                self.save_now();
            }
            TenderCommand::SetSaveAsPath(path) => self.save_as_path = path,
            TenderCommand::SaveAs => self.save_as(),
            TenderCommand::Add(qid) => {
                if self.tender.item(&qid).is_none()
                    && let Some(view) = library.requirement(&qid)
                {
                    let item = default_item(&view);
                    self.change(now, false, |t| t.items.push(item));
                }
            }
            TenderCommand::AddPreset(id) => {
                let Some(preset) = Preset::find(&id) else {
                    return;
                };
                let new: Vec<_> = preset
                    .requirements(library)
                    .iter()
                    .filter(|v| self.tender.item(v.qid).is_none())
                    .map(default_item)
                    .collect();
                if !new.is_empty() {
                    self.change(now, false, |t| {
                        t.items.extend(new);
                        if t.weight_total() == 0 {
                            spread_weights(&mut t.items);
                        }
                    });
                }
            }
            TenderCommand::Remove(index) => {
                if index < self.tender.items.len() {
                    self.change(now, false, |t| {
                        t.items.remove(index);
                    });
                }
            }
            TenderCommand::MoveUp(index) => {
                if index > 0 && index < self.tender.items.len() {
                    self.change(now, false, |t| t.items.swap(index - 1, index));
                }
            }
            TenderCommand::MoveDown(index) => {
                if index + 1 < self.tender.items.len() {
                    self.change(now, false, |t| t.items.swap(index, index + 1));
                }
            }
            TenderCommand::SetMust(index, must) => self.change_item(now, index, |item| {
                item.modality = if must {
                    Modality::Must
                } else {
                    Modality::Should {
                        weight: item.modality.weight().unwrap_or(0),
                    }
                };
                // Weighted items are award criteria; pass/fail items are not (Art. 67).
                if !must {
                    item.placement = Placement::AwardCriteria;
                } else if item.placement == Placement::AwardCriteria {
                    item.placement = Placement::TechnicalSpecification;
                }
            }),
            TenderCommand::SetWeight(index, weight) => {
                if self
                    .tender
                    .items
                    .get(index)
                    .is_none_or(|i| i.modality == Modality::Must)
                {
                    return;
                }
                let joins = self.typing == Some(Typing::Weight(index));
                self.change(now, joins, |t| {
                    t.items[index].modality = Modality::Should {
                        weight: weight.min(100),
                    };
                });
                self.typing = Some(Typing::Weight(index));
            }
            TenderCommand::SetProof(index, proof) => {
                self.change_item(now, index, |item| item.proof = proof);
            }
            TenderCommand::SetPlacement(index, placement) => {
                self.change_item(now, index, |item| item.placement = placement);
            }
            TenderCommand::SetOrEquivalent(index, on) => {
                self.change_item(now, index, |item| item.or_equivalent = on);
            }
            TenderCommand::SpreadWeights => {
                self.change(now, false, |t| spread_weights(&mut t.items))
            }
            TenderCommand::Search(text) => self.search = text,
            TenderCommand::Tab(tab) => {
                self.tab = tab;
                if tab == TenderTab::Bids {
                    self.find_forms();
                }
            }
            TenderCommand::Undo => {
                if let Some(previous) = self.undo.pop() {
                    let replaced = self.restore(previous, now);
                    self.redo.push(replaced);
                }
            }
            TenderCommand::Redo => {
                if let Some(next) = self.redo.pop() {
                    let replaced = self.restore(next, now);
                    self.undo.push(replaced);
                }
            }
            TenderCommand::SetAnnexPath(path) => {
                self.annex_path = path;
                self.annex_outcome = None;
            }
            TenderCommand::SetFormPath(path) => {
                self.form_path = path;
                self.annex_outcome = None;
            }
            TenderCommand::ExportAnnex => self.annex_outcome = Some(self.export_annex(library)),
            TenderCommand::SetImportPath(path) => {
                self.import_path = path;
                self.import_outcome = None;
                self.find_forms();
            }
            TenderCommand::Import => self.import_outcome = Some(self.import(library, now)),
            TenderCommand::ImportFile(path) => {
                self.import_path = path.display().to_string();
                self.import_outcome = Some(self.import(library, now));
                self.find_forms();
            }
            TenderCommand::RemoveForm(entry) => {
                self.change(now, false, |t| t.responses.retain(|r| r.path != entry));
                self.find_forms();
            }
            TenderCommand::Decide {
                bidder,
                requirement,
                accepted,
            } => {
                // A decision holds for the form it was made on; a new form is decided anew.
                let form_sha256 = self
                    .forms
                    .bids
                    .iter()
                    .find(|b| b.bidder == bidder)
                    .map(|b| b.fingerprint.clone())
                    .unwrap_or_default();
                self.change(now, false, |t| {
                    t.decisions
                        .retain(|d| !(d.bidder == bidder && d.requirement == requirement));
                    if let Some(accepted) = accepted {
                        t.decisions.push(EquivalenceDecision {
                            bidder,
                            requirement,
                            accepted,
                            reason: String::new(),
                            form_sha256,
                        });
                    }
                });
            }
            TenderCommand::SetEvaluationPath(path) => {
                self.evaluation_path = path;
                self.evaluation_outcome = None;
            }
            TenderCommand::ExportEvaluation => {
                if self.forms.is_stale() {
                    self.refresh_forms(library);
                }
                self.evaluation_outcome = Some(self.export_evaluation(library));
            }
        }
    }

    /// Puts `state` in place of the tender (undo, redo) and returns the state replaced.
    fn restore(&mut self, state: Tender, now: Instant) -> Tender {
        self.typing = None;
        self.changed_at = Some(now);
        std::mem::replace(&mut self.tender, state)
    }

    /// Changes the tender through `edit`, remembering the state before for undo (unless the
    /// change continues the typing of the last one).
    fn change(&mut self, now: Instant, joins_last: bool, edit: impl FnOnce(&mut Tender)) {
        let before = self.tender.clone();
        edit(&mut self.tender);
        if self.tender == before {
            return;
        }
        if !joins_last {
            self.typing = None;
            self.undo.push(before);
            if self.undo.len() > UNDO_DEPTH {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.changed_at = Some(now);
    }

    fn change_item(
        &mut self,
        now: Instant,
        index: usize,
        edit: impl FnOnce(&mut crate::procurement::TenderItem),
    ) {
        if index < self.tender.items.len() {
            self.change(now, false, |t| edit(&mut t.items[index]));
        }
    }

    /// Saves the tender when a change is `delay` old; returns true while a save is waiting.
    pub fn autosave(&mut self, now: Instant, delay: Duration) -> bool {
        match self.changed_at {
            Some(at) if now.duration_since(at) >= delay => {
                self.save_now();
                self.changed_at.is_some()
            }
            Some(_) => true,
            None => false,
        }
    }

    /// Saves the tender to its file now; on failure the change stays pending and the problem is
    /// kept for the screen.
    pub fn save_now(&mut self) {
        if self.changed_at.is_none() {
            return;
        }
        match save_tender(&self.tender, &self.path) {
            Ok(()) => {
                self.changed_at = None;
                self.save_problem = None;
            }
            Err(e) => {
                self.save_problem = Some(e.to_string());
                // Try again after the next delay rather than on every frame.
                self.changed_at = Some(Instant::now());
            }
        }
    }

    /// Moves the tender to the typed path and saves it there, unless a file is there already;
    /// forms listed relative to the old folder are listed again from the new one, and the
    /// export paths are proposed beside the new file.
    fn save_as(&mut self) {
        let typed = self.save_as_path.trim();
        if typed.is_empty() {
            return;
        }
        let mut path = PathBuf::from(typed);
        if !typed.ends_with(TENDER_EXTENSION) {
            path = PathBuf::from(format!("{typed}{TENDER_EXTENSION}"));
        }
        let path = std::path::absolute(&path).unwrap_or(path);
        if path.exists() {
            self.save_as_exists = Some(path);
            return;
        }
        self.save_as_exists = None;
        if let Err(e) = crate::store::create_parent(&path) {
            self.save_problem = Some(e.to_string());
            return;
        }
        let old_folder = self.folder();
        self.path = path;
        let new_folder = self.folder();
        for kept in &mut self.tender.responses {
            kept.path = entry_for(&new_folder, &resolve(&old_folder, &kept.path));
        }
        self.propose_paths();
        self.changed_at = Some(Instant::now());
        self.save_now();
    }

    fn export_annex(&self, library: &Library) -> Result<Message, Message> {
        let annex = PathBuf::from(self.annex_path.trim());
        let form = PathBuf::from(self.form_path.trim());
        if annex.as_os_str().is_empty() || form.as_os_str().is_empty() {
            return Err(Message::NeedPaths);
        }
        let format = FormFormat::from_path(&form).ok_or(Message::FormEnding)?;
        if check_tender(&self.tender, library)
            .iter()
            .any(TenderWarning::blocks_export)
        {
            return Err(Message::TenderHasErrors);
        }
        let problem = |e: String| Message::Problem(e);
        let pdf =
            render(&tender_annex(&self.tender, library)).map_err(|e| problem(e.to_string()))?;
        let sheet = response_form(&self.tender, library, format)
            .map_err(|e| problem(format!("{}: {e}", form.display())))?;
        write_new(&annex, &pdf.bytes).map_err(|e| problem(e.to_string()))?;
        write_new(&form, &sheet).map_err(|e| problem(e.to_string()))?;
        Ok(Message::AnnexWritten {
            annex: annex.display().to_string(),
            pages: pdf.pages,
            form: form.display().to_string(),
        })
    }

    /// The folder the import field points into.
    pub fn import_folder(&self) -> PathBuf {
        let typed = PathBuf::from(self.import_path.trim());
        if typed.is_dir() {
            return typed;
        }
        match typed.parent() {
            Some(parent) if parent.is_dir() => parent.to_path_buf(),
            _ => self
                .path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
        }
    }

    /// Lists the spreadsheets (`.xlsx`, `.csv`) in the import folder, leaving out the blank form
    /// this tender wrote; an unreadable folder lists nothing.
    fn find_forms(&mut self) {
        let blank = PathBuf::from(self.form_path.trim());
        let mut found: Vec<PathBuf> = std::fs::read_dir(self.import_folder())
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && *p != blank)
                    .filter(|p| FormFormat::from_path(p).is_some())
                    .collect()
            })
            .unwrap_or_default();
        found.sort();
        self.found_forms = found;
    }

    /// Reads the form at the import path; if it fits the tender, lists it with the tender (in
    /// place of the same bidder's earlier form, or of the same file), as one undo step.
    fn import(&mut self, library: &Library, now: Instant) -> Result<Message, Message> {
        let path = PathBuf::from(self.import_path.trim());
        let response = import_response(&path, &self.tender, library)
            .map_err(|e| Message::Problem(e.to_string()))?;
        let entry = entry_for(&self.folder(), &path);
        let earlier = self.forms.entry_of(&response.bidder).map(str::to_owned);
        let replaced = earlier.is_some();
        let kept = ResponseFile {
            path: entry.clone(),
            sha256: response.fingerprint.clone(),
        };
        self.change(now, false, |t| {
            t.responses
                .retain(|r| r.path != entry && Some(&r.path) != earlier.as_ref());
            t.responses.push(kept);
        });
        let bidder = response.bidder;
        let file = path.display().to_string();
        Ok(if replaced {
            Message::Replaced { bidder, file }
        } else {
            Message::Imported { bidder, file }
        })
    }

    fn export_evaluation(&self, library: &Library) -> Result<Message, Message> {
        if self.forms.bids.is_empty() {
            return Err(Message::NoBids);
        }
        let path = PathBuf::from(self.evaluation_path.trim());
        if path.as_os_str().is_empty() {
            return Err(Message::NeedPaths);
        }
        let evaluation = self.evaluation();
        let report = evaluation_report(&self.tender, library, &self.forms.bids, &evaluation);
        let pdf = render(&report).map_err(|e| Message::Problem(e.to_string()))?;
        write_new(&path, &pdf.bytes).map_err(|e| Message::Problem(e.to_string()))?;
        Ok(Message::EvaluationWritten {
            file: path.display().to_string(),
            pages: pdf.pages,
        })
    }

    /// The buyer's warnings for the tender as it stands.
    pub fn warnings(&self, library: &Library) -> Vec<TenderWarning> {
        check_tender(&self.tender, library)
    }
}

/// Writes `bytes` to `path` safely, making its folder first.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_bytes_safely(path, bytes)
}

/// What the forms are read against and which forms are kept: when it changes, they are read
/// again.
fn bid_key(tender: &Tender) -> (Vec<TenderItem>, String, Vec<ResponseFile>) {
    (
        tender.items.clone(),
        tender.reference.clone(),
        tender.responses.clone(),
    )
}

fn field_mut(tender: &mut Tender, field: TenderField) -> &mut String {
    match field {
        TenderField::Buyer => &mut tender.buyer,
        TenderField::Title => &mut tender.title,
        TenderField::Reference => &mut tender.reference,
        TenderField::Contact => &mut tender.contact,
        TenderField::Date => &mut tender.date,
    }
}
