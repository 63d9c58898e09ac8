//! The same report blocks as one HTML page with print CSS (A4, running header, "Page X of Y"
//! footers, table headers repeated), charts as inline SVG from the same geometry. The project
//! uses it to compare its PDF writer with HTML-to-PDF engines on identical content.

use std::fmt::Write as _;

use base64::Engine as _;

use super::blocks::{
    Block, Card, HeatKind, HeatMap, Masthead, Report, Signer, Table, TextStyle, Tone,
};
use super::svg::chart_svg;
use crate::words::Words;

/// Escapes text for HTML, SVG and the DOCX's XML: markup characters escaped, and the characters
/// XML 1.0 cannot carry at all (control characters other than tab and line ends, U+FFFE and
/// U+FFFF) left out, so a hostile text cannot make the file unreadable.
pub(crate) fn escape(text: &str) -> String {
    let allowed = |c: &char| !matches!(*c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    text.chars()
        .filter(allowed)
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Text for a CSS string literal (between double quotes).
fn css_string(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('<', "\\3c ")
        .replace(['\n', '\r'], "\\a ")
}

const STYLE: &str = r#"
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "HEADER"; font-size: 8pt; color: #555; }
  @bottom-right { content: FOOTER; font-size: 8pt; color: #555; } }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.35; color: #111; }
h1 { font-size: 16pt; margin: 14pt 0 6pt; page-break-after: avoid; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt; page-break-after: avoid; }
h3 { font-size: 10pt; margin: 8pt 0 2pt; page-break-after: avoid; }
p { margin: 0 0 5pt; white-space: pre-line; }
p.note { font-size: 8pt; color: #444; }
p.lead { font-size: 12pt; }
p.strong { font-weight: bold; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
th { text-align: left; font-weight: bold; background: #e6e6e6; border-bottom: 0.8pt solid #333; padding: 2pt 3pt; }
td { border-bottom: 0.4pt solid #bbb; padding: 2pt 3pt; vertical-align: top; }
td.num, th.num { text-align: right; }
tr { page-break-inside: avoid; }
dl { display: grid; grid-template-columns: 35mm auto; gap: 2pt 6pt; }
dt { font-weight: bold; }
.keep { page-break-inside: avoid; }
.charts { display: flex; gap: 6mm; page-break-inside: avoid; }
.break { page-break-after: always; }
.masthead { display: flex; align-items: center; gap: 6mm; border-bottom: 0.6pt solid #999; padding-bottom: 4mm; }
.masthead img { max-width: 53mm; max-height: 21mm; }
.masthead .name { font-size: 15pt; font-weight: bold; }
.cards { display: flex; gap: 3mm; page-break-inside: avoid; }
.card { flex: 1; background: #f6f6f6; border-top: 3pt solid #9e9e9e; padding: 2mm; font-size: 7.5pt; }
.card .value { font-size: 16pt; font-weight: bold; }
.urgent { border-color: #b3261e; } .soon { border-color: #f2a900; } .later { border-color: #2b5f8e; }
.good { border-color: #2e7d32; }
.band { font-weight: bold; padding: 1.5mm 3mm; margin: 6pt 0 4pt; page-break-after: avoid; }
.band.urgent { background: #b3261e; color: #fff; } .band.soon { background: #f2a900; }
.band.later { background: #2b5f8e; color: #fff; } .band.plain { background: #9e9e9e; }
.band.title { background: #263238; color: #fff; font-size: 14pt; }
table.heat td { text-align: center; font-weight: bold; }
table.heat td:first-child { text-align: left; font-weight: normal; }
.signatures { display: flex; gap: 8mm; page-break-inside: avoid; }
.signer { flex: 1; } .field { margin-top: 3mm; }
.field .line { border-bottom: 0.6pt solid #555; min-height: 12pt; }
.field:last-child .line { min-height: 24pt; }
"#;

/// The footer's "Page X of Y" in `words`, as CSS content with the page counters.
fn footer_css(words: &Words) -> String {
    let text = words.with(
        "doc-page-of",
        &[("page", "\u{1}".into()), ("pages", "\u{2}".into())],
    );
    let content = format!(
        "\"{}\"",
        css_string(&text)
            .replace('\u{1}', "\" counter(page) \"")
            .replace('\u{2}', "\" counter(pages) \"")
    );
    // No empty strings around a counter at either end.
    let content = content.strip_suffix(" \"\"").unwrap_or(&content);
    content.strip_prefix("\"\" ").unwrap_or(content).to_owned()
}

/// The report as a complete HTML document, in the words of its language.
pub fn to_html(report: &Report) -> String {
    let words = Words::for_language(&report.info.language);
    let lang = if report.info.language.is_empty() {
        "en"
    } else {
        report.info.language.as_str()
    };
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title>\
         <meta name=\"author\" content=\"{}\"><meta name=\"description\" content=\"{}\">\
         <style>{}</style></head><body>\n",
        escape(lang),
        escape(&report.info.title),
        escape(&report.info.author),
        escape(&report.info.subject),
        STYLE
            .replace("FOOTER", &footer_css(&words))
            .replace("HEADER", &css_string(&report.info.header))
    );
    for block in &report.blocks {
        block_html(&mut html, block, &words);
    }
    html.push_str("</body></html>\n");
    html
}

fn block_html(html: &mut String, block: &Block, words: &Words) {
    match block {
        Block::Heading { level, text } => {
            let level = (*level).clamp(1, 3);
            let _ = writeln!(html, "<h{level}>{}</h{level}>", escape(text));
        }
        Block::Paragraph { style, text } => {
            let class = match style {
                TextStyle::Body => "",
                TextStyle::Note => " class=\"note\"",
                TextStyle::Lead => " class=\"lead\"",
                TextStyle::Strong => " class=\"strong\"",
            };
            let _ = writeln!(html, "<p{class}>{}</p>", escape(text));
        }
        Block::Facts(facts) => {
            html.push_str("<dl>");
            for (label, value) in facts {
                let _ = write!(html, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
            }
            html.push_str("</dl>\n");
        }
        Block::Table(table) => table_html(html, table),
        Block::Charts(charts) => {
            html.push_str("<div class=\"charts\">");
            for chart in charts {
                html.push_str(&chart_svg(chart));
            }
            html.push_str("</div>\n");
        }
        Block::KeepTogether(blocks) => {
            html.push_str("<div class=\"keep\">");
            for block in blocks {
                block_html(html, block, words);
            }
            html.push_str("</div>\n");
        }
        Block::Masthead(masthead) => masthead_html(html, masthead, words),
        Block::Cards(cards) => cards_html(html, cards),
        Block::HeatMap(map) => heat_map_html(html, map),
        Block::Band { text, tone } => {
            let _ = writeln!(
                html,
                "<h3 class=\"band {}\">{}</h3>",
                tone_class(*tone),
                escape(text)
            );
        }
        Block::Signatures(signers) => signatures_html(html, signers),
        Block::Space(points) => {
            let _ = writeln!(html, "<div style=\"height:{points}pt\"></div>");
        }
        Block::PageBreak => html.push_str("<div class=\"break\"></div>\n"),
    }
}

/// The signers side by side, each field a label over a line to write on.
fn signatures_html(html: &mut String, signers: &[Signer]) {
    html.push_str("<div class=\"signatures\">");
    for signer in signers {
        let _ = write!(
            html,
            "<div class=\"signer\"><b>{}</b>",
            escape(&signer.role)
        );
        for (label, value) in &signer.fields {
            let _ = write!(
                html,
                "<div class=\"field\"><span class=\"note\">{}</span><div class=\"line\">{}</div></div>",
                escape(label),
                escape(value)
            );
        }
        html.push_str("</div>");
    }
    html.push_str("</div>\n");
}

fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Urgent => "urgent",
        Tone::Soon => "soon",
        Tone::Later => "later",
        Tone::Good => "good",
        Tone::Plain => "plain",
        Tone::Title => "title",
    }
}

fn masthead_html(html: &mut String, masthead: &Masthead, words: &Words) {
    html.push_str("<div class=\"masthead\">");
    if let Some(logo) = &masthead.logo {
        let _ = write!(
            html,
            "<img alt=\"{}\" src=\"data:{};base64,{}\">",
            escape(&crate::report::alt_text::logo_alt(words, masthead)),
            logo.mime,
            base64::engine::general_purpose::STANDARD.encode(&logo.source)
        );
    }
    let _ = writeln!(
        html,
        "<div><div class=\"name\">{}</div><div class=\"note\">{}</div></div></div>",
        escape(&masthead.name),
        escape(&masthead.detail)
    );
}

fn cards_html(html: &mut String, cards: &[Card]) {
    html.push_str("<div class=\"cards\">");
    for card in cards {
        let _ = write!(
            html,
            "<div class=\"card {}\"><b>{}</b><div class=\"value\">{}</div>{}</div>",
            tone_class(card.tone),
            escape(&card.title),
            escape(&card.value),
            escape(&card.detail)
        );
    }
    html.push_str("</div>\n");
}

/// The heat map as a table whose cells are shaded by their share of the row (the count is
/// always printed).
fn heat_map_html(html: &mut String, map: &HeatMap) {
    let _ = write!(
        html,
        "<table class=\"heat\"><thead><tr><th>{}</th>",
        escape(&map.corner)
    );
    for (label, _) in &map.columns {
        let _ = write!(html, "<th>{}</th>", escape(label));
    }
    html.push_str("</tr></thead><tbody>");
    for (label, counts) in &map.rows {
        let total: usize = counts.iter().sum();
        let _ = write!(html, "<tr><td>{}</td>", escape(label));
        for ((_, kind), count) in map.columns.iter().zip(counts) {
            let hue = match kind {
                HeatKind::Level(t) => format!("hsl({:.0},70%,45%)", t.clamp(0.0, 1.0) * 120.0),
                HeatKind::NotApplicable => "rgb(115,115,115)".to_owned(),
                HeatKind::Open => "rgb(115,140,158)".to_owned(),
            };
            let share = *count as f32 / total.max(1) as f32;
            let alpha = if *count == 0 {
                0.0
            } else {
                0.22 + 0.78 * share.sqrt()
            };
            let _ = write!(
                html,
                "<td style=\"background:color-mix(in srgb,{hue} {:.0}%,white)\">{count}</td>",
                alpha * 100.0
            );
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>\n");
}

fn table_html(html: &mut String, table: &Table) {
    html.push_str("<table><thead><tr>");
    for (column, share) in table.columns.iter().zip(table.shares()) {
        let class = if column.numeric { " class=\"num\"" } else { "" };
        let _ = write!(
            html,
            "<th{class} style=\"width:{:.1}%\">{}</th>",
            share * 100.0,
            escape(&column.title)
        );
    }
    html.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        html.push_str("<tr>");
        for (cell, column) in row.iter().zip(&table.columns) {
            let class = if column.numeric { " class=\"num\"" } else { "" };
            let _ = write!(html, "<td{class}>{}</td>", escape(cell));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table>\n");
}
