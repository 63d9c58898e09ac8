//! What the fuzz targets share: an input as a source file (the readers take text; bytes that are
//! not UTF-8 are replaced rather than skipped, so that every input reaches the parser), and the
//! library and tender a response form is read against, built once per process.

use std::sync::OnceLock;

use mim_assistant::catalog::{self, Library, SourceFile};
use mim_assistant::procurement::{example_tender, import_response_bytes, FormFormat, Tender};

/// `data` as the text of a file named `fuzz-input`, as the readers get a file's text.
pub fn source_file(data: &[u8]) -> SourceFile {
    SourceFile {
        path: "fuzz-input".to_owned(),
        text: String::from_utf8_lossy(data).into_owned(),
    }
}

/// The shipped catalogs and the example tender, made on first use.
pub fn library_and_tender() -> &'static (Library, Tender) {
    static SHARED: OnceLock<(Library, Tender)> = OnceLock::new();
    SHARED.get_or_init(|| {
        let library = catalog::load_embedded().library;
        let tender = example_tender(&library);
        (library, tender)
    })
}

/// Reads `data` as a filled response form in `format` against the example tender, as
/// `evaluate` and the window's import do; the answer does not matter, only that there is one.
pub fn read_form(data: &[u8], format: FormFormat) {
    let (library, tender) = library_and_tender();
    let _ = import_response_bytes(data, format, "fuzz-input", tender, library);
}
