//! Pictures in the document: the charts rasterised to PNG from the same SVG the HTML report
//! inlines (so from the same [`crate::charts`] geometry as the PDF's), with DejaVu Sans loaded
//! from the program itself so the labels look as in the PDF on any machine; the logo as the
//! file it was read from; and the inline drawing that places a picture with its alt text.

use resvg::{tiny_skia, usvg};

use super::DocxError;
use crate::report::blocks::Chart;
use crate::report::svg::chart_svg;

/// Pixels per SVG unit: charts are drawn at three times their size, sharp when printed.
const RASTER_SCALE: f32 = 3.0;
/// English Metric Units per point (Word's unit for pictures).
pub(super) const EMU_PER_POINT: f32 = 12_700.0;

/// A picture stored in the document's `word/media/`.
#[derive(Debug, Clone)]
pub(super) struct Media {
    /// The file's name in `word/media/` (`image3.png`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// A chart as a PNG and its size in points.
pub(super) struct Raster {
    /// The PNG file.
    pub png: Vec<u8>,
    /// Width and height in points (one SVG unit is one point, as in the HTML report).
    pub size: (f32, f32),
}

/// Draws charts with the document's font.
pub(super) struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    /// A rasteriser with DejaVu Sans (regular and bold) as its only fonts.
    pub fn new() -> Self {
        let mut options = usvg::Options {
            font_family: "DejaVu Sans".to_owned(),
            ..usvg::Options::default()
        };
        let fonts = options.fontdb_mut();
        fonts.load_font_data(dejavu::sans::regular().to_vec());
        fonts.load_font_data(dejavu::sans::bold().to_vec());
        fonts.set_sans_serif_family("DejaVu Sans");
        Rasteriser { options }
    }

    /// `chart` as a PNG on white.
    pub fn chart(&self, chart: &Chart) -> Result<Raster, DocxError> {
        let svg = chart_svg(chart);
        let tree = usvg::Tree::from_str(&svg, &self.options)
            .map_err(|e| DocxError::Chart(e.to_string()))?;
        let size = tree.size();
        let width = (size.width() * RASTER_SCALE).ceil().max(1.0) as u32;
        let height = (size.height() * RASTER_SCALE).ceil().max(1.0) as u32;
        let mut pixmap = tiny_skia::Pixmap::new(width, height)
            .ok_or_else(|| DocxError::Chart(format!("no picture of {width}×{height} pixels")))?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(RASTER_SCALE, RASTER_SCALE),
            &mut pixmap.as_mut(),
        );
        let png = pixmap
            .encode_png()
            .map_err(|e| DocxError::Chart(e.to_string()))?;
        Ok(Raster {
            png,
            size: (size.width(), size.height()),
        })
    }
}

/// An inline picture: relationship `rel`, `id` unique in the document, size in points, and its
/// alt text (`descr`, what screen readers and Word's Alt Text show).
pub(super) fn inline(rel: &str, id: u32, size: (f32, f32), alt: &str) -> String {
    let cx = (size.0 * EMU_PER_POINT).round() as u64;
    let cy = (size.1 * EMU_PER_POINT).round() as u64;
    let alt = crate::report::html::escape(alt);
    format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">\
         <wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>\
         <wp:docPr id=\"{id}\" name=\"Picture {id}\" descr=\"{alt}\"/>\
         <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
         <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
         <pic:pic><pic:nvPicPr><pic:cNvPr id=\"{id}\" name=\"Picture {id}\" descr=\"{alt}\"/><pic:cNvPicPr/></pic:nvPicPr>\
         <pic:blipFill><a:blip r:embed=\"{rel}\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
         <pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm>\
         <a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>\
         </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )
}
