//! The report's colours with a meaning — tones for tags, bands and cards, the heat map's
//! cells — in one place for every writer (the PDF's and the DOCX's), so a phase or a level has
//! the same colour in both. Every use also says its meaning in words.

use super::blocks::{HeatKind, Tone};

/// Black text (as the PDF's ink).
const INK: [u8; 3] = [0x11, 0x11, 0x11];

/// The fill and the text colour of a tone at full strength (bands, card stripes).
pub(crate) fn strong(tone: Tone) -> ([u8; 3], [u8; 3]) {
    match tone {
        Tone::Urgent => ([0xb3, 0x26, 0x1e], [0xff, 0xff, 0xff]),
        Tone::Soon => ([0xf2, 0xa9, 0x00], INK),
        Tone::Later => ([0x2b, 0x5f, 0x8e], [0xff, 0xff, 0xff]),
        Tone::Good => ([0x2e, 0x7d, 0x32], [0xff, 0xff, 0xff]),
        Tone::Plain => ([0x9e, 0x9e, 0x9e], INK),
        Tone::Title => ([0x26, 0x32, 0x38], [0xff, 0xff, 0xff]),
    }
}

/// The fill and the text colour of a tone as a light tag in running text.
pub(crate) fn light(tone: Tone) -> ([u8; 3], [u8; 3]) {
    match tone {
        Tone::Urgent => ([0xfb, 0xdc, 0xd7], [0x8a, 0x1c, 0x14]),
        Tone::Soon => ([0xff, 0xec, 0xb8], [0x5e, 0x42, 0x00]),
        Tone::Later => ([0xdb, 0xe8, 0xf5], [0x14, 0x3d, 0x66]),
        Tone::Good => ([0xda, 0xef, 0xdb], [0x1b, 0x4d, 0x1e]),
        Tone::Plain | Tone::Title => ([0xe8, 0xe8, 0xe8], INK),
    }
}

/// A heat map cell's base colour: red for the lowest level through amber to green for the
/// highest; grey for not applicable; blue-grey for not answered.
pub(crate) fn heat_base(kind: HeatKind) -> (f32, f32, f32) {
    match kind {
        HeatKind::Level(t) => {
            let red = (0.78, 0.16, 0.16);
            let amber = (0.96, 0.66, 0.10);
            let green = (0.18, 0.49, 0.20);
            let mix = |a: (f32, f32, f32), b: (f32, f32, f32), s: f32| {
                (
                    a.0 + (b.0 - a.0) * s,
                    a.1 + (b.1 - a.1) * s,
                    a.2 + (b.2 - a.2) * s,
                )
            };
            let t = t.clamp(0.0, 1.0);
            if t < 0.5 {
                mix(red, amber, t * 2.0)
            } else {
                mix(amber, green, (t - 0.5) * 2.0)
            }
        }
        HeatKind::NotApplicable => (0.45, 0.45, 0.45),
        HeatKind::Open => (0.45, 0.55, 0.62),
    }
}

/// The colour of a cell holding `share` (0 to 1) of its row, and whether its text is white.
pub(crate) fn heat_fill(kind: HeatKind, share: f32) -> ((f32, f32, f32), bool) {
    let (r, g, b) = heat_base(kind);
    let strength = 0.22 + 0.78 * share.clamp(0.0, 1.0).sqrt();
    let tint = |c: f32| 1.0 - (1.0 - c) * strength;
    let (r, g, b) = (tint(r), tint(g), tint(b));
    let luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    ((r, g, b), luminance < 0.55)
}
