//! The signature block: one column per signer, each field a small label over a line to write
//! on (with the value printed on the line where it is known), the signature line the tallest.

use super::page::{BODY_WIDTH, MARGIN_X, Pen, Weight, grey, ink, rgb};
use super::structure::Role;
use super::writer::{PARAGRAPH_GAP, Writer};
use crate::report::blocks::Signer;

/// Space between two signers' columns.
const COLUMN_GAP: f32 = 24.0;
/// Height of a field: its label, the room to write and the line.
const FIELD_HEIGHT: f32 = 30.0;
/// The signature's field is taller: a hand needs room.
const SIGNATURE_HEIGHT: f32 = 42.0;
/// Size and leading of the signer's role above the fields.
const ROLE_SIZE: f32 = 9.5;
const ROLE_LEADING: f32 = 13.0;
/// Size and leading of a value printed on its line.
const VALUE_SIZE: f32 = 9.5;
const VALUE_LEADING: f32 = 12.0;

impl Writer {
    fn signer_width(count: usize) -> f32 {
        let count = count.max(1) as f32;
        (BODY_WIDTH - COLUMN_GAP * (count - 1.0)) / count
    }

    /// The lines of a field's value and the field's height: the last field (the signature) is
    /// the tallest, and a value longer than the column adds a line for each line it wraps to.
    fn field(&self, signer: &Signer, index: usize, width: f32) -> (Vec<String>, f32) {
        let value = signer.fields.get(index).map_or("", |(_, v)| v.as_str());
        let lines = self.fonts.wrap(value, Weight::Regular, VALUE_SIZE, width);
        let base = if index + 1 == signer.fields.len() {
            SIGNATURE_HEIGHT
        } else {
            FIELD_HEIGHT
        };
        let extra = lines.len().saturating_sub(1) as f32 * VALUE_LEADING;
        (lines, base + extra)
    }

    /// The rows all columns share, so that their lines stand level: the roles' height, then
    /// each field's (the tallest of that field among the signers).
    fn signature_rows(&self, signers: &[Signer], width: f32) -> (f32, Vec<f32>) {
        let role_lines = signers
            .iter()
            .map(|s| {
                self.fonts
                    .wrap(&s.role, Weight::Bold, ROLE_SIZE, width)
                    .len()
            })
            .max()
            .unwrap_or(1)
            .max(1);
        let count = signers.iter().map(|s| s.fields.len()).max().unwrap_or(0);
        let fields = (0..count)
            .map(|i| {
                signers
                    .iter()
                    .filter(|s| i < s.fields.len())
                    .map(|s| self.field(s, i, width).1)
                    .fold(0.0, f32::max)
            })
            .collect();
        (role_lines as f32 * ROLE_LEADING + 4.0, fields)
    }

    /// The block's height: the roles, every row of fields and the gap under them.
    pub(super) fn signatures_height(&self, signers: &[Signer]) -> f32 {
        let (role, fields) = self.signature_rows(signers, Self::signer_width(signers.len()));
        role + fields.iter().sum::<f32>() + PARAGRAPH_GAP
    }

    /// Places the signers side by side, all on one page: each signer a Div with the role and
    /// each field's label and value as paragraphs; the lines to write on are decoration.
    pub(super) fn signatures(&mut self, signers: &[Signer]) {
        let height = self.signatures_height(signers);
        self.ensure(height);
        let width = Self::signer_width(signers.len());
        let (role, rows) = self.signature_rows(signers, width);
        let top = self.y;
        for (index, signer) in signers.iter().enumerate() {
            let x = MARGIN_X + index as f32 * (width + COLUMN_GAP);
            self.element(Role::Div, |w, _| {
                let role_lines = w.fonts.wrap(&signer.role, Weight::Bold, ROLE_SIZE, width);
                w.element(Role::P, |w, _| {
                    for (i, line) in role_lines.iter().enumerate() {
                        w.content(|fonts, canvas| {
                            canvas.text(
                                fonts,
                                &Pen::new(Weight::Bold, ROLE_SIZE, ink()),
                                x,
                                top + i as f32 * ROLE_LEADING + ROLE_SIZE,
                                line,
                            );
                        });
                    }
                });
                let mut y = top + role;
                for (i, (label, _)) in signer.fields.iter().enumerate() {
                    let field = rows.get(i).copied().unwrap_or(FIELD_HEIGHT);
                    w.signature_field(signer, i, (x, y, width), (label, field));
                    y += field;
                }
            });
        }
        self.y = top + height;
    }

    /// One field of a signer's column with its top at `y`: the label, the value known (if
    /// any) on the line, and the line.
    fn signature_field(
        &mut self,
        signer: &Signer,
        index: usize,
        (x, y, width): (f32, f32, f32),
        (label, field): (&str, f32),
    ) {
        let (lines, _) = self.field(signer, index, width);
        self.element(Role::P, |w, _| {
            w.content(|fonts, canvas| {
                canvas.text(
                    fonts,
                    &Pen::new(Weight::Regular, 7.5, grey()),
                    x,
                    y + 7.5,
                    label,
                );
            });
        });
        let rule = y + field - 6.0;
        let first = rule - 3.0 - lines.len().saturating_sub(1) as f32 * VALUE_LEADING;
        if lines.iter().any(|line| !line.is_empty()) {
            self.element(Role::P, |w, _| {
                for (n, line) in lines.iter().enumerate() {
                    w.content(|fonts, canvas| {
                        canvas.text(
                            fonts,
                            &Pen::new(Weight::Regular, VALUE_SIZE, ink()),
                            x,
                            first + n as f32 * VALUE_LEADING,
                            line,
                        );
                    });
                }
            });
        }
        self.decoration(|_, canvas| {
            canvas.line((x, rule), (x + width, rule), 0.6, rgb(0x55, 0x55, 0x55));
        });
    }
}
