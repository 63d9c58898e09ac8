//! A report as a list of blocks — headings, paragraphs, tables, charts — independent of the
//! output. The PDF writer lays them out on A4 pages; the HTML writer turns the same blocks into
//! one web page (used to compare with HTML-to-PDF engines).

/// How a paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextStyle {
    /// Running text.
    Body,
    /// Smaller, grey: notes, sources, legends.
    Note,
    /// Larger lead text (the cover, the summary's first line).
    Lead,
    /// Bold running text.
    Strong,
}

/// A colour with a meaning, for tags, bands and cards; every use also says it in words, so
/// nothing is told by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Act first (the roadmap's first phase, a verdict not reached).
    Urgent,
    /// Act soon (the second phase).
    Soon,
    /// Plan for later (the last phase).
    Later,
    /// Good news (a verdict reached).
    Good,
    /// No judgement (figures).
    Plain,
    /// A page's own title (the summary's).
    Title,
}

/// A table column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The heading.
    pub title: String,
    /// Share of the table's width (the shares of a table are normalised).
    pub width: f32,
    /// Right-aligned (figures).
    pub numeric: bool,
    /// Cell texts drawn as a coloured tag, with their tone (a cell with another text is
    /// plain).
    pub tags: Vec<(String, Tone)>,
}

impl Column {
    /// A text column of relative `width`.
    pub fn text(title: &str, width: f32) -> Self {
        Column {
            title: title.to_owned(),
            width,
            numeric: false,
            tags: Vec::new(),
        }
    }

    /// A column whose cells are tags: a cell reading one of `tags` is drawn in its tone.
    pub fn tag(title: &str, width: f32, tags: &[(&str, Tone)]) -> Self {
        Column {
            tags: tags
                .iter()
                .map(|(t, tone)| ((*t).to_owned(), *tone))
                .collect(),
            ..Column::text(title, width)
        }
    }

    /// The tone of a cell reading `text`, when it is one of the column's tags.
    pub fn tone_of(&self, text: &str) -> Option<Tone> {
        self.tags
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, tone)| *tone)
    }

    /// A right-aligned figure column of relative `width`.
    pub fn number(title: &str, width: f32) -> Self {
        Column {
            title: title.to_owned(),
            width,
            numeric: true,
            tags: Vec::new(),
        }
    }
}

/// A table: the header row repeats on every page the table runs onto.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, one string per column (wrapped as needed).
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Each column's share of the table's width, summing to 1.
    pub fn shares(&self) -> Vec<f32> {
        let total: f32 = self
            .columns
            .iter()
            .map(|c| c.width)
            .sum::<f32>()
            .max(f32::EPSILON);
        self.columns.iter().map(|c| c.width / total).collect()
    }
}

/// One series of a chart axis: a label and a value (none when nothing is answered).
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// Short label.
    pub label: String,
    /// The mean level, if any.
    pub value: Option<f64>,
    /// The value as the report writes it ("2.35", "2,35", "–").
    pub shown: String,
}

/// A chart drawn from [`crate::charts`] geometry.
#[derive(Debug, Clone, PartialEq)]
pub enum Chart {
    /// A radar across `axes`, with the target drawn dashed.
    Radar {
        /// Title above the chart.
        title: String,
        /// The axes.
        axes: Vec<Axis>,
        /// The target on every axis.
        target: f64,
        /// The scale's range.
        range: (f64, f64),
    },
    /// Horizontal bars, one per axis, with the target marked.
    Bars {
        /// The bars.
        axes: Vec<Axis>,
        /// The target mark.
        target: f64,
        /// The scale's range.
        range: (f64, f64),
    },
}

/// A decoded image (the organisation's logo): its pixels for the PDF and its file for HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct Picture {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The pixels, row by row: RGBA when `has_alpha`, else RGB, 8 bits a channel.
    pub pixels: Vec<u8>,
    /// Whether `pixels` carry an alpha channel.
    pub has_alpha: bool,
    /// The file as read, PNG or JPEG.
    pub source: Vec<u8>,
    /// The file's media type (`image/png`, `image/jpeg`).
    pub mime: &'static str,
}

/// The top of the cover: the organisation's logo (when there is one) beside its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Masthead {
    /// The logo, scaled into a fixed box keeping its aspect ratio.
    pub logo: Option<Picture>,
    /// The organisation's name, large.
    pub name: String,
    /// The place under the name.
    pub detail: String,
}

/// One headline figure in a box: what it is, the figure, and a line saying more.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// What the figure is ("Overall score").
    pub title: String,
    /// The figure ("2.31").
    pub value: String,
    /// A line under it.
    pub detail: String,
    /// The box's tone.
    pub tone: Tone,
}

/// What a heat map column counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HeatKind {
    /// Answers at a level; the value is its place on the scale, 0 (lowest) to 1 (highest).
    Level(f32),
    /// Requirements marked not applicable.
    NotApplicable,
    /// Requirements not answered yet.
    Open,
}

/// A heat map: rows × columns of counts, each cell coloured by its column and shaded by its
/// share of the row, with the count printed so that it reads in greyscale.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatMap {
    /// The heading of the row labels.
    pub corner: String,
    /// The column headings and what each counts.
    pub columns: Vec<(String, HeatKind)>,
    /// Each row's label and its count per column.
    pub rows: Vec<(String, Vec<usize>)>,
}

/// One person who signs the report, with the fields to fill in by hand.
#[derive(Debug, Clone, PartialEq)]
pub struct Signer {
    /// What they sign for ("Assessed by", "Approved by").
    pub role: String,
    /// Each field's label and what is already known of it (the assessor's name); an empty
    /// value is a line to write on.
    pub fields: Vec<(String, String)>,
}

/// One piece of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; levels 0 to 2 become bookmarks.
    Heading {
        /// 0 (the title), 1 (chapter) to 3.
        level: u8,
        /// The text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// How it is set.
        style: TextStyle,
        /// The text; `\n` starts a new line.
        text: String,
    },
    /// Label–value lines (the cover, facts).
    Facts(Vec<(String, String)>),
    /// A table.
    Table(Table),
    /// Charts side by side (one or two).
    Charts(Vec<Chart>),
    /// The cover's top: logo and organisation.
    Masthead(Masthead),
    /// Headline figures in boxes side by side.
    Cards(Vec<Card>),
    /// A heat map with its legend.
    HeatMap(HeatMap),
    /// A full-width coloured band with a heading in it (a roadmap phase).
    Band {
        /// The text in the band.
        text: String,
        /// Its colour's meaning.
        tone: Tone,
    },
    /// Blocks that must stay on one page together (a short detail entry).
    KeepTogether(Vec<Block>),
    /// Signature fields side by side, one column per signer: a printed report is signed off
    /// by hand (the assessor, then whoever approves it).
    Signatures(Vec<Signer>),
    /// Empty space of this many points (the cover's top).
    Space(f32),
    /// Start a new page.
    PageBreak,
}

/// What a report says about itself: the PDF's metadata and the running header.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportInfo {
    /// Document title.
    pub title: String,
    /// Author (the assessor, or the organisation).
    pub author: String,
    /// Subject line.
    pub subject: String,
    /// Keywords.
    pub keywords: Vec<String>,
    /// The date the content refers to, `YYYY-MM-DD`.
    pub date: String,
    /// Running header text on every page but the cover.
    pub header: String,
    /// The document's language tag (`en`, `sv`, `de`): the footer's words and the HTML's
    /// `lang`; empty means English.
    pub language: String,
}

/// A report: its metadata and its blocks, in reading order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// Metadata.
    pub info: ReportInfo,
    /// The content.
    pub blocks: Vec<Block>,
}

impl Report {
    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// Adds a heading.
    pub fn heading(&mut self, level: u8, text: impl Into<String>) {
        self.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    /// Adds a paragraph.
    pub fn paragraph(&mut self, style: TextStyle, text: impl Into<String>) {
        self.push(Block::Paragraph {
            style,
            text: text.into(),
        });
    }

    /// Adds a table.
    pub fn table(&mut self, columns: Vec<Column>, rows: Vec<Vec<String>>) {
        self.push(Block::Table(Table { columns, rows }));
    }
}

/// Lines as a bulleted list in one paragraph: "•  A\n•  B".
pub(crate) fn bullets<S: AsRef<str>>(lines: impl IntoIterator<Item = S>) -> String {
    lines
        .into_iter()
        .map(|line| format!("•  {}", line.as_ref()))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
impl Report {
    /// Every text of the report in reading order: headings, paragraphs, facts as "label:
    /// value", table headings and cells.
    pub(crate) fn texts(&self) -> Vec<String> {
        fn walk(blocks: &[Block], out: &mut Vec<String>) {
            for block in blocks {
                match block {
                    Block::Heading { text, .. }
                    | Block::Paragraph { text, .. }
                    | Block::Band { text, .. } => {
                        out.push(text.clone());
                    }
                    Block::Facts(facts) => {
                        out.extend(facts.iter().map(|(k, v)| format!("{k}: {v}")));
                    }
                    Block::Table(t) => {
                        out.extend(t.columns.iter().map(|c| c.title.clone()));
                        out.extend(t.rows.iter().flatten().cloned());
                    }
                    Block::KeepTogether(inner) => walk(inner, out),
                    Block::Masthead(m) => out.extend([m.name.clone(), m.detail.clone()]),
                    Block::Cards(cards) => out.extend(
                        cards
                            .iter()
                            .flat_map(|c| [c.title.clone(), c.value.clone(), c.detail.clone()]),
                    ),
                    Block::HeatMap(map) => {
                        out.extend(map.columns.iter().map(|c| c.0.clone()));
                        out.extend(map.rows.iter().map(|r| r.0.clone()));
                    }
                    Block::Signatures(signers) => {
                        for signer in signers {
                            out.push(signer.role.clone());
                            out.extend(signer.fields.iter().map(|(k, v)| format!("{k}: {v}")));
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut out);
        out
    }

    /// The top-level tables that have a column titled `column`.
    pub(crate) fn tables_with(&self, column: &str) -> Vec<&Table> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) if t.columns.iter().any(|c| c.title == column) => Some(t),
                _ => None,
            })
            .collect()
    }
}
