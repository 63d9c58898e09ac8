//! Filling the CSV response form the way a bidder would, for tests that need filled forms.

use mim_assistant::procurement::{
    BIDDER_ROW, COMMENT_COLUMN, EVIDENCE_COLUMN, HEADER_ROW, RESPONSE_COLUMN,
};

/// The CSV form `form` filled in for `bidder`: every item "Meets" with an evidence link, except
/// the items listed in `answers` as (item number, response, comment).
pub fn fill_csv(form: &str, bidder: &str, answers: &[(usize, &str, &str)]) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(form.trim_start_matches('\u{feff}').as_bytes());
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let bidder_row = &mut rows[BIDDER_ROW as usize - 1];
    bidder_row.resize(bidder_row.len().max(2), String::new());
    bidder_row[1] = bidder.to_owned();
    for (index, row) in rows.iter_mut().enumerate().skip(HEADER_ROW as usize) {
        let number = index + 1 - HEADER_ROW as usize;
        row.resize(COMMENT_COLUMN + 1, String::new());
        let (code, comment) = answers
            .iter()
            .find(|(n, _, _)| *n == number)
            .map_or(("Meets", ""), |(_, code, comment)| (*code, *comment));
        row[RESPONSE_COLUMN] = code.to_owned();
        row[EVIDENCE_COLUMN] = format!("https://bid.example/proof/{number}");
        row[COMMENT_COLUMN] = comment.to_owned();
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(row).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}
