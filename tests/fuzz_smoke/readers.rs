//! The seven readers under test, each with its real seeds (files the program writes or ships)
//! and the way an input is made from them and fed to the reader as the program would.

use std::collections::BTreeMap;

use mim_assistant::assessment::{
    Answer, Assessment, Contributor, Evidence, PartForm, check, example_assessment, parse,
};
use mim_assistant::catalog::{self, Library, SourceFile};
use mim_assistant::procurement::{
    FormFormat, Tender, check_tender, example_tender, import_response_bytes,
    locate_tender_problems, parse_tender, response_form_csv, response_form_xlsx,
};
use mim_assistant::sharing::{
    Choice, MergeRow, Part, ReturnedPart, add_contributor, apply_merge, contributions, hand_out,
    plan_merge, progress, read_questionnaire, read_returned, write_questionnaire,
};
use mim_assistant::store::save_ron;

use super::mutate::{Rng, mutate_bytes, mutate_zip, unzip};
use crate::forms::fill_csv;
use crate::xlsx_edit::edit_xlsx;

/// A reader of untrusted files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// `.mimassess.ron`, as `load` reads it.
    Assessment,
    /// `.mimtender.ron`, with the checks the command line runs after reading.
    Tender,
    /// A checklist file (catalog, mappings, scale, profile).
    Catalog,
    /// A filled response form as CSV.
    CsvForm,
    /// A filled response form as XLSX.
    XlsxForm,
    /// A returned part file (`.mimpart.ron`), read as `merge` reads it and merged.
    Part,
    /// A returned questionnaire (`.xlsx`), read as `merge` reads it and merged.
    Questionnaire,
    /// A CISO Assistant library (YAML), converted as `import-catalog` converts it.
    ImportYaml,
    /// An OSCAL catalog (JSON), converted as `import-catalog` converts it.
    ImportJson,
}

impl Reader {
    /// Every reader, in the order the runs go.
    pub const ALL: [Reader; 9] = [
        Reader::Assessment,
        Reader::Tender,
        Reader::Catalog,
        Reader::CsvForm,
        Reader::XlsxForm,
        Reader::Part,
        Reader::Questionnaire,
        Reader::ImportYaml,
        Reader::ImportJson,
    ];

    /// The reader's name, as given to the child process.
    pub fn name(self) -> &'static str {
        match self {
            Reader::Assessment => "assessment",
            Reader::Tender => "tender",
            Reader::Catalog => "catalog",
            Reader::CsvForm => "csv-form",
            Reader::XlsxForm => "xlsx-form",
            Reader::Part => "part",
            Reader::Questionnaire => "questionnaire",
            Reader::ImportYaml => "import-yaml",
            Reader::ImportJson => "import-json",
        }
    }

    /// The reader called `name`.
    pub fn named(name: &str) -> Option<Reader> {
        Reader::ALL.into_iter().find(|r| r.name() == name)
    }
}

/// What the readers need besides the input, and the seeds to mutate.
pub struct Bench {
    reader: Reader,
    library: Library,
    tender: Tender,
    seeds: Vec<Vec<u8>>,
    /// For XLSX: each seed's parts, unzipped once.
    zip_parts: Vec<Vec<(String, Vec<u8>)>>,
    /// The coordinator's assessment the returned parts are merged into.
    coordinator: Assessment,
    /// Where a part file is written to be read, as `merge` reads it from a path.
    folder: tempfile::TempDir,
}

impl Bench {
    /// The library, the example tender and `reader`'s seeds.
    pub fn new(reader: Reader) -> Bench {
        let library = crate::common::shipped();
        let tender = example_tender(&library);
        let (coordinator, part_seeds, questionnaire_seeds) = shared(&library);
        let seeds = match reader {
            Reader::Part => part_seeds,
            Reader::Questionnaire => questionnaire_seeds,
            _ => seeds(reader, &library, &tender),
        };
        let zip_parts = if reader.is_zip() {
            seeds.iter().map(|s| unzip(s)).collect()
        } else {
            Vec::new()
        };
        Bench {
            reader,
            library,
            tender,
            seeds,
            zip_parts,
            coordinator,
            folder: tempfile::tempdir().expect("temp folder"),
        }
    }

    /// Input `index` of the run seeded with `seed`: a seed as it is now and then, mostly a
    /// mutated one; for XLSX mostly mutated inside the zip.
    pub fn input(&self, seed: u64, index: u64) -> Vec<u8> {
        let mut rng = Rng::for_input(seed, index);
        let which = rng.below(self.seeds.len());
        if rng.chance(2) {
            return self.seeds[which].clone();
        }
        if self.reader.is_zip() && rng.chance(75) {
            return mutate_zip(&mut rng, &self.zip_parts[which], &self.seeds);
        }
        mutate_bytes(&mut rng, &self.seeds[which], &self.seeds)
    }

    /// The reader's seeds, as the inputs start from them.
    pub fn seeds(&self) -> &[Vec<u8>] {
        &self.seeds
    }

    /// Feeds `input` to the reader; what it answers does not matter, only that it answers.
    pub fn read(&self, input: &[u8]) {
        let text = || SourceFile {
            path: "fuzz-input".to_owned(),
            text: String::from_utf8_lossy(input).into_owned(),
        };
        match self.reader {
            Reader::Assessment => {
                let _ = parse(&text());
            }
            Reader::Tender => {
                let file = text();
                if let Ok(tender) = parse_tender(&file) {
                    let _ = locate_tender_problems(&tender, &file, &self.library);
                    let _ = check_tender(&tender, &self.library);
                }
            }
            Reader::Catalog => {
                // A translation (the seeds hold the shipped ones) is checked against the
                // catalog it names too, as loading does.
                if let Ok(parsed) = catalog::parse(text())
                    && let catalog::Document::Translation(translation) = &parsed.document
                {
                    let _ = self
                        .library
                        .check_translation_file(&parsed.file, translation);
                }
            }
            Reader::CsvForm => self.read_form(input, FormFormat::Csv),
            Reader::XlsxForm => self.read_form(input, FormFormat::Xlsx),
            Reader::Part => {
                let path = self.folder.path().join("fuzz-input.mimpart.ron");
                std::fs::write(&path, text().text).expect("input written");
                if let Ok(part) = read_returned(&path, &self.coordinator, &self.library) {
                    self.merge(part);
                }
            }
            Reader::ImportYaml => self.import("fuzz-input.yaml", input),
            Reader::ImportJson => self.import("fuzz-input.json", input),
            Reader::Questionnaire => {
                let read =
                    read_questionnaire(input, "fuzz-input.xlsx", &self.coordinator, &self.library);
                if let Ok(part) = read {
                    self.merge(part);
                }
            }
        }
    }

    /// Merges `part` as the coordinator would, every conflict decided for the contributor,
    /// and holds the merge to its promise: what it writes is an assessment that opens (the
    /// check finds nothing wrong in it).
    fn merge(&self, part: ReturnedPart) {
        let plan = plan_merge(&self.coordinator, &self.library, vec![part]);
        let choices: BTreeMap<String, Choice> = plan
            .conflicts()
            .filter_map(|row| match row {
                MergeRow::Conflict { qid, theirs, .. } => Some((
                    qid.clone(),
                    theirs
                        .first()
                        .map_or(Choice::Keep, |s| Choice::Take(s.part)),
                )),
                _ => None,
            })
            .collect();
        let mut merged = self.coordinator.clone();
        if apply_merge(&mut merged, &plan, &choices, "2026-12-01").is_err() {
            return;
        }
        let _ = progress(&merged);
        let _ = contributions(&merged);
        let file = SourceFile {
            path: "merged.mimassess.ron".to_owned(),
            text: String::from_utf8(saved(&merged)).expect("RON is text"),
        };
        let report = check(&merged, &file, &self.library);
        assert!(
            report.problems.is_empty(),
            "the merge wrote an assessment that does not open: {:?}",
            report.problems
        );
    }

    fn read_form(&self, input: &[u8], format: FormFormat) {
        let _ = import_response_bytes(input, format, "fuzz-input", &self.tender, &self.library);
    }
}

impl Reader {
    /// Whether the reader's files are zip archives (workbooks), mostly mutated inside.
    fn is_zip(self) -> bool {
        matches!(self, Reader::XlsxForm | Reader::Questionnaire)
    }
}

/// The example assessment shared with Erik (a part file of Annex A.5, 37 requirements) and
/// Lena (a questionnaire of Annex A.6, 8 requirements), and the seeds of the two sharing
/// readers: each part as handed out and as its contributor answered it.
fn shared(library: &Library) -> (Assessment, Vec<Vec<u8>>, Vec<Vec<u8>>) {
    // As the command line makes it (README.md, "Fuzzing"), so that parts it hands out are
    // this assessment's too.
    let mut a = example_assessment(library);
    for (name, role) in [("Erik Holm", "IT operations"), ("Lena Berg", "HR")] {
        let contributor = Contributor {
            name: name.to_owned(),
            role: role.to_owned(),
            ..Contributor::default()
        };
        add_contributor(&mut a.team, contributor).expect("contributor");
    }
    a.team.instructions = "Answer for the platform as it runs today.".to_owned();
    let items = |id: &str| vec![id.to_owned()];
    let erik = hand_out(
        &mut a,
        library,
        "Erik Holm",
        &items("iso27001:A.5"),
        PartForm::PartFile,
        "2026-11-01",
    )
    .expect("Erik's part");
    let lena = hand_out(
        &mut a,
        library,
        "Lena Berg",
        &items("iso27001:A.6"),
        PartForm::Questionnaire,
        "2026-11-01",
    )
    .expect("Lena's part");

    let part = Part::for_handout(&a, &erik);
    let mut answered = part.clone();
    for (n, qid) in part.items.iter().enumerate().step_by(3) {
        let mut answer = part
            .assessment
            .answers
            .get(qid)
            .cloned()
            .unwrap_or_default();
        match n % 4 {
            0 => answer.current = Some(1 + (n % 5) as u8),
            1 => {
                answer.not_applicable = Some("Run by the region".to_owned());
                answer.current = None;
            }
            2 => answer.evidence.push(Evidence {
                title: "Audit report".to_owned(),
                link: "https://intranet.example/audit".to_owned(),
                date: "2026-11-02".to_owned(),
            }),
            _ => answer = Answer::default(),
        }
        answer.notes = format!("Checked on {n} November.");
        answer.changed = "2026-11-05".to_owned();
        answered.assessment.answers.insert(qid.clone(), answer);
    }
    answered.submitted = true;

    let blank = write_questionnaire(&a, library, &lena).expect("questionnaire");
    let filled = edit_xlsx(
        &blank,
        &[
            ("E7", "4 – Managed"),
            ("E8", "Not applicable"),
            ("F8", "Done by the region"),
            ("E9", "2"),
            ("F9", "Checked in November"),
            ("G10", "Audit report 2026\nAccess review"),
            ("E11", ""),
        ],
    );
    (a, vec![saved(&part), saved(&answered)], vec![blank, filled])
}

/// The good files each reader starts from.
fn seeds(reader: Reader, library: &Library, tender: &Tender) -> Vec<Vec<u8>> {
    match reader {
        Reader::Assessment => vec![
            saved(&example_assessment(library)),
            include_bytes!("../fixtures/assessment/v1.mimassess.ron").to_vec(),
        ],
        Reader::Tender => vec![saved(tender)],
        Reader::Catalog => catalog::embedded_files()
            .into_iter()
            .map(|f| f.text.into_bytes())
            .collect(),
        Reader::CsvForm => {
            let blank = response_form_csv(tender, library);
            let filled = fill_csv(&blank, "Nordvik Data AB", &[(1, "Does not meet", "")]);
            vec![blank.into_bytes(), filled.into_bytes()]
        }
        Reader::XlsxForm => {
            let blank = response_form_xlsx(tender, library).expect("blank form");
            let filled = fill_csv(&response_form_csv(tender, library), "Nordvik Data AB", &[]);
            vec![blank, workbook_from_csv(&filled)]
        }
        Reader::ImportYaml => vec![
            include_bytes!("../fixtures/ciso/harbour-basics.yaml").to_vec(),
            include_bytes!("../fixtures/ciso/harbour-basics-mappings.yaml").to_vec(),
            include_bytes!("../fixtures/import/bad/alias-bomb.yaml").to_vec(),
            include_bytes!("../fixtures/import/bad/deep.yaml").to_vec(),
        ],
        Reader::ImportJson => vec![
            include_bytes!("../fixtures/oscal/basic-catalog.json").to_vec(),
            include_bytes!("../fixtures/import/bad/no-title.json").to_vec(),
        ],
        Reader::Part | Reader::Questionnaire => unreachable!("seeded by shared()"),
    }
}

/// A workbook as another program would write it from a filled CSV form: one sheet "Response",
/// every cell as text.
fn workbook_from_csv(csv_text: &str) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Response").expect("sheet name");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    for (row, record) in reader.records().enumerate() {
        for (col, cell) in record.expect("filled form").iter().enumerate() {
            if !cell.is_empty() {
                sheet
                    .write_string(row as u32, col as u16, cell)
                    .expect("cell");
            }
        }
    }
    workbook.save_to_buffer().expect("workbook")
}

/// `value` as the program saves it (through `save_ron`, read back).
fn saved<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let dir = tempfile::tempdir().expect("temp folder");
    let path = dir.path().join("seed.ron");
    save_ron(value, &path).expect("seed saved");
    std::fs::read(&path).expect("seed read back")
}

impl Bench {
    /// Converts `input` as an imported file named `name` (into a folder nothing is written to).
    fn import(&self, name: &str, input: &[u8]) {
        let file = mim_assistant::import::InputFile {
            path: name.to_owned(),
            text: String::from_utf8_lossy(input).into_owned(),
        };
        let _ = mim_assistant::import::convert(
            &[file],
            &self.library,
            self.folder.path(),
            &mim_assistant::import::ImportOptions::default(),
        );
    }
}
