//! The five readers under test, each with its real seeds (files the program writes or ships)
//! and the way an input is made from them and fed to the reader as the program would.

use mim_assistant::assessment::{example_assessment, parse};
use mim_assistant::catalog::{self, Library, SourceFile};
use mim_assistant::procurement::{
    FormFormat, Tender, check_tender, example_tender, import_response_bytes,
    locate_tender_problems, parse_tender, response_form_csv, response_form_xlsx,
};
use mim_assistant::store::save_ron;

use super::mutate::{Rng, mutate_bytes, mutate_zip, unzip};
use crate::forms::fill_csv;

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
}

impl Reader {
    /// Every reader, in the order the runs go.
    pub const ALL: [Reader; 5] = [
        Reader::Assessment,
        Reader::Tender,
        Reader::Catalog,
        Reader::CsvForm,
        Reader::XlsxForm,
    ];

    /// The reader's name, as given to the child process.
    pub fn name(self) -> &'static str {
        match self {
            Reader::Assessment => "assessment",
            Reader::Tender => "tender",
            Reader::Catalog => "catalog",
            Reader::CsvForm => "csv-form",
            Reader::XlsxForm => "xlsx-form",
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
}

impl Bench {
    /// The library, the example tender and `reader`'s seeds.
    pub fn new(reader: Reader) -> Bench {
        let library = crate::common::shipped();
        let tender = example_tender(&library);
        let seeds = seeds(reader, &library, &tender);
        let zip_parts = if reader == Reader::XlsxForm {
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
        if self.reader == Reader::XlsxForm && rng.chance(75) {
            return mutate_zip(&mut rng, &self.zip_parts[which], &self.seeds);
        }
        mutate_bytes(&mut rng, &self.seeds[which], &self.seeds)
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
        }
    }

    fn read_form(&self, input: &[u8], format: FormFormat) {
        let _ = import_response_bytes(input, format, "fuzz-input", &self.tender, &self.library);
    }
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
