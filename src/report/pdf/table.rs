//! Tables: columns sized by their shares of the body width, cells wrapped, numbers set right,
//! a header that repeats after a page break and never stands alone at the foot of a page, and
//! rows taller than a page split across pages.

use super::figures::light;
use super::marks::Owner;
use super::page::{BODY_BOTTOM, BODY_TOP, BODY_WIDTH, MARGIN_X, Pen, Weight, ink, rgb};
use super::structure::{Artifact, Role, Scope};
use super::writer::{PARAGRAPH_GAP, Writer};
use crate::report::blocks::Table;

/// Text size in table cells.
const TABLE_SIZE: f32 = 8.3;
/// Line height in table cells.
const TABLE_LEADING: f32 = 10.6;
/// Space between a cell's text and its edges.
const CELL_PAD: f32 = 3.0;

impl Writer {
    /// Column widths in points, from the columns' shares.
    pub(super) fn widths(table: &Table) -> Vec<f32> {
        table.shares().into_iter().map(|s| s * BODY_WIDTH).collect()
    }

    fn cell_lines(&self, text: &str, width: f32, weight: Weight) -> Vec<String> {
        self.fonts
            .wrap(text, weight, TABLE_SIZE, (width - 2.0 * CELL_PAD).max(10.0))
    }

    /// The header's cells wrapped in bold, and the header's height.
    pub(super) fn header_cells(&self, table: &Table, widths: &[f32]) -> (Vec<Vec<String>>, f32) {
        let wrapped: Vec<Vec<String>> = table
            .columns
            .iter()
            .zip(widths)
            .map(|(c, w)| self.cell_lines(&c.title, *w, Weight::Bold))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LEADING
            + 2.0 * CELL_PAD;
        (wrapped, height)
    }

    /// Height of a body row, its cells wrapped to `widths`.
    pub(super) fn row_height(&self, row: &[String], widths: &[f32]) -> f32 {
        row.iter()
            .zip(widths)
            .map(|(cell, w)| self.cell_lines(cell, *w, Weight::Regular).len())
            .max()
            .unwrap_or(1)
            .max(1) as f32
            * TABLE_LEADING
            + 2.0 * CELL_PAD
    }

    /// The header row: the first time as the table's row of TH cells (heading their
    /// columns), on a following page as an artefact, since it repeats what was read.
    fn table_header(&mut self, table: &Table, widths: &[f32], header: Option<&[usize]>) {
        let (wrapped, height) = self.header_cells(table, widths);
        let top = self.y;
        let look = match header {
            Some(_) => Owner::Artifact(Artifact::Layout),
            None => Owner::Artifact(Artifact::Repeated),
        };
        self.draw_for(look, |_, canvas| {
            canvas.fill_rect(MARGIN_X, top, BODY_WIDTH, height, rgb(0xe4, 0xe4, 0xe4));
        });
        self.draw_cells(&wrapped, table, widths, top, Weight::Bold, header);
        let bottom = top + height;
        self.draw_for(look, |_, canvas| {
            canvas.line(
                (MARGIN_X, bottom),
                (MARGIN_X + BODY_WIDTH, bottom),
                0.8,
                rgb(0x33, 0x33, 0x33),
            );
        });
        self.y = bottom;
    }

    /// Draws a row's cells with their tops at `top`, each cell's text as content of its
    /// element in `cells` (a repeated header row, `None`, as an artefact). Header cells are
    /// bold, body cells regular (a tag bold on its box).
    fn draw_cells(
        &mut self,
        lines_of: &[Vec<String>],
        table: &Table,
        widths: &[f32],
        top: f32,
        weight: Weight,
        cells: Option<&[usize]>,
    ) {
        let header = weight == Weight::Bold;
        let mut x = MARGIN_X;
        for (index, ((lines, width), column)) in
            lines_of.iter().zip(widths).zip(&table.columns).enumerate()
        {
            let owner = match cells.and_then(|ids| ids.get(index)) {
                Some(id) => Owner::Element(*id),
                None => Owner::Artifact(Artifact::Repeated),
            };
            // A tag: its text on a tinted box in the tag's tone, bold (never in the header).
            let tag = (!header)
                .then(|| column.tone_of(&lines.join(" ")))
                .flatten();
            let (weight, colour) = match tag {
                Some(tone) => {
                    let (fill, text) = light(tone);
                    let widest = lines
                        .iter()
                        .map(|l| self.fonts.face(Weight::Bold).width(l, TABLE_SIZE))
                        .fold(0.0, f32::max);
                    self.decoration(|_, canvas| {
                        canvas.fill_rect(
                            x + CELL_PAD - 2.0,
                            top + CELL_PAD - 1.5,
                            widest + 4.0,
                            lines.len() as f32 * TABLE_LEADING + 1.5,
                            fill,
                        );
                    });
                    (Weight::Bold, text)
                }
                None => (weight, ink()),
            };
            let numeric = column.numeric;
            // A line a sequence: readers take each as its own run of text, so words at the
            // ends of wrapped lines stay apart.
            for (i, line) in lines.iter().enumerate() {
                self.draw_for(owner, |fonts, canvas| {
                    let baseline = top + CELL_PAD + TABLE_SIZE + i as f32 * TABLE_LEADING;
                    let left = if numeric {
                        x + width - CELL_PAD - fonts.face(weight).width(line, TABLE_SIZE)
                    } else {
                        x + CELL_PAD
                    };
                    canvas.text(
                        fonts,
                        &Pen::new(weight, TABLE_SIZE, colour.clone()),
                        left,
                        baseline,
                        line,
                    );
                });
            }
            x += width;
        }
    }

    /// A row element of `roles` cells in the table element `table`, not opened: a row split
    /// across pages draws into the same cells on both.
    fn row_element(&mut self, table: usize, roles: impl Iterator<Item = Role>) -> Vec<usize> {
        let row = self.structure.add(table, Role::TR);
        roles.map(|role| self.structure.add(row, role)).collect()
    }

    /// Places `table`: the header with its first row, rows that move to the next page whole
    /// when they can, the header repeated on every continuation page.
    pub(super) fn table(&mut self, table: &Table) {
        let widths = Self::widths(table);
        let rows: Vec<Vec<Vec<String>>> = table
            .rows
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&widths)
                    .map(|(cell, w)| self.cell_lines(cell, *w, Weight::Regular))
                    .collect()
            })
            .collect();
        let row_height = |cells: &Vec<Vec<String>>| {
            cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * TABLE_LEADING
                + 2.0 * CELL_PAD
        };
        // The header never stands alone at the foot of a page: it goes with the first row.
        let (_, header_height) = self.header_cells(table, &widths);
        let first = rows.first().map_or(0.0, &row_height);
        self.ensure(header_height + first.min(BODY_BOTTOM - BODY_TOP - header_height));
        let element = self.structure.open(Role::Table);
        let header = self.row_element(
            element,
            table.columns.iter().map(|_| Role::TH(Scope::Column)),
        );
        for (cell, column) in header.iter().zip(&table.columns) {
            self.structure.keep_words_whole(*cell, &column.title);
        }
        self.table_header(table, &widths, Some(&header));
        // Rows placed on the current page, and whether continuation pages repeat the header
        // (not when the header alone would leave no room for a line).
        let mut rows_on_page = 0;
        let mut repeat_header = BODY_BOTTOM - BODY_TOP - header_height >= TABLE_LEADING * 3.0;
        for (cells, texts) in rows.iter().zip(&table.rows) {
            let ids = self.row_element(element, cells.iter().map(|_| Role::TD));
            for (cell, text) in ids.iter().zip(texts) {
                self.structure.keep_words_whole(*cell, text);
            }
            let mut remaining: Vec<&[String]> = cells.iter().map(Vec::as_slice).collect();
            loop {
                let lines = remaining.iter().map(|l| l.len()).max().unwrap_or(1).max(1);
                let height = lines as f32 * TABLE_LEADING + 2.0 * CELL_PAD;
                if height <= self.room() {
                    let owned: Vec<Vec<String>> = remaining.iter().map(|l| l.to_vec()).collect();
                    let top = self.y;
                    self.draw_cells(&owned, table, &widths, top, Weight::Regular, Some(&ids));
                    self.y += height;
                    let y = self.y;
                    self.decoration(|_, canvas| {
                        canvas.line(
                            (MARGIN_X, y),
                            (MARGIN_X + BODY_WIDTH, y),
                            0.3,
                            rgb(0xbb, 0xbb, 0xbb),
                        );
                    });
                    rows_on_page += 1;
                    break;
                }
                let fit = ((self.room() - 2.0 * CELL_PAD) / TABLE_LEADING)
                    .floor()
                    .max(0.0) as usize;
                if rows_on_page > 0 || fit == 0 {
                    // Start the row on the next page; it is split there only if it must be.
                    if rows_on_page == 0 {
                        repeat_header = false;
                    }
                    self.new_page();
                    if repeat_header {
                        self.table_header(table, &widths, None);
                    }
                    rows_on_page = 0;
                    continue;
                }
                // A row taller than a whole page: as many of its lines as fit, the rest on
                // the following pages.
                let (now, later): (Vec<Vec<String>>, Vec<&[String]>) = remaining
                    .iter()
                    .map(|lines| {
                        let cut = fit.min(lines.len());
                        (lines[..cut].to_vec(), &lines[cut..])
                    })
                    .unzip();
                let top = self.y;
                self.draw_cells(&now, table, &widths, top, Weight::Regular, Some(&ids));
                self.new_page();
                if repeat_header {
                    self.table_header(table, &widths, None);
                }
                rows_on_page = 0;
                remaining = later;
            }
        }
        self.structure.close();
        self.y += PARAGRAPH_GAP + 2.0;
    }

    /// Height of the whole table on one page, as if it fitted.
    pub(super) fn table_height(&self, table: &Table) -> f32 {
        let widths = Self::widths(table);
        let (_, header) = self.header_cells(table, &widths);
        header
            + table
                .rows
                .iter()
                .map(|row| self.row_height(row, &widths))
                .sum::<f32>()
            + PARAGRAPH_GAP
            + 2.0
    }
}
