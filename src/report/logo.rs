//! The organisation's logo for the maturity report's cover: where the file is (beside the
//! assessment when its path is relative), and reading it without trusting it — PNG or JPEG
//! only, at most [`MAX_LOGO_BYTES`] and [`MAX_LOGO_SIDE`] pixels a side, decoded with limits —
//! so a bad file gets a located message and never a panic. The window calls [`check_logo`] to
//! say why a chosen file cannot be used before the report is made.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageFormat, ImageReader, Limits};

use super::blocks::Picture;
use crate::assessment::Assessment;
use crate::input::{InputError, check_input_file, read_input_file};

/// The largest logo file read: a logo is a few hundred kilobytes at most.
pub const MAX_LOGO_BYTES: u64 = 10 * 1024 * 1024;
/// The most pixels a logo may have on either side; the cover's box is a few centimetres wide.
pub const MAX_LOGO_SIDE: u32 = 4000;
/// The most pixels kept for the PDF: the cover's 150 × 60 pt box at about 300 dpi. A larger
/// logo is scaled down (keeping its aspect ratio) so it does not swell the report.
const PRINT_PIXELS: (u32, u32) = (625, 250);

/// Why a logo cannot be used; each message starts with the file's path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LogoError {
    /// The file could not be read (missing, a folder, no permission).
    #[error("{}: the logo cannot be read: {reason}", path.display())]
    Unreadable {
        /// The logo's path.
        path: PathBuf,
        /// Why, in plain words.
        reason: String,
    },
    /// The file is larger than [`MAX_LOGO_BYTES`].
    #[error(
        "{}: the logo is {:.1} MB; a logo of at most {} MB is expected",
        path.display(),
        *bytes as f64 / (1024.0 * 1024.0),
        MAX_LOGO_BYTES / (1024 * 1024)
    )]
    TooLarge {
        /// The logo's path.
        path: PathBuf,
        /// Its size in bytes.
        bytes: u64,
    },
    /// The file is neither a PNG nor a JPEG.
    #[error(
        "{}: the logo is neither a PNG nor a JPEG image; a .png or .jpg file is expected",
        path.display()
    )]
    NotPngOrJpeg {
        /// The logo's path.
        path: PathBuf,
    },
    /// The image has more than [`MAX_LOGO_SIDE`] pixels on a side.
    #[error(
        "{}: the logo is {width} × {height} pixels; at most {MAX_LOGO_SIDE} pixels a side is expected",
        path.display()
    )]
    TooManyPixels {
        /// The logo's path.
        path: PathBuf,
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// The file starts like a PNG or JPEG but cannot be decoded.
    #[error(
        "{}: the logo could not be decoded ({reason}); a valid PNG or JPEG image is expected",
        path.display()
    )]
    Broken {
        /// The logo's path.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
}

impl LogoError {
    /// True when the file could not be read at all (an I/O failure, not a wrong file).
    pub fn is_unreadable(&self) -> bool {
        matches!(self, LogoError::Unreadable { .. })
    }
}

/// Where the logo named in an assessment is: `logo` itself when absolute, else beside the
/// assessment file (or relative to the working folder when the assessment has no file yet).
pub fn resolve_logo_path(assessment_file: Option<&Path>, logo: &str) -> PathBuf {
    let logo = Path::new(logo);
    match assessment_file.and_then(Path::parent) {
        Some(folder) if logo.is_relative() => folder.join(logo),
        _ => logo.to_path_buf(),
    }
}

/// The logo the assessment names, read and checked; `None` when it names none.
pub fn assessment_logo(
    assessment: &Assessment,
    assessment_file: Option<&Path>,
) -> Result<Option<Picture>, LogoError> {
    match assessment.logo.as_deref().map(str::trim) {
        Some(logo) if !logo.is_empty() => {
            load_logo(&resolve_logo_path(assessment_file, logo)).map(Some)
        }
        _ => Ok(None),
    }
}

/// Checks that `path` is a logo the report can use, and gives its size in pixels as the report
/// prints it (a large logo scaled down); the error says why not. For the window, before a
/// chosen file is kept.
pub fn check_logo(path: &Path) -> Result<(u32, u32), LogoError> {
    load_logo(path).map(|picture| (picture.width, picture.height))
}

/// Reads and decodes the logo at `path`, scaled down to print resolution when larger.
pub fn load_logo(path: &Path) -> Result<Picture, LogoError> {
    let unreadable = |e: InputError| LogoError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    check_input_file(path).map_err(unreadable)?;
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    if size > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge {
            path: path.to_path_buf(),
            bytes: size,
        });
    }
    let source = read_input_file(path).map_err(unreadable)?;
    if source.len() as u64 > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge {
            path: path.to_path_buf(),
            bytes: source.len() as u64,
        });
    }
    decode(path, source)
}

/// The format by the file's first bytes (its name may say anything).
fn sniff(bytes: &[u8]) -> Option<(ImageFormat, &'static str)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some((ImageFormat::Png, "image/png"))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some((ImageFormat::Jpeg, "image/jpeg"))
    } else {
        None
    }
}

fn decode(path: &Path, source: Vec<u8>) -> Result<Picture, LogoError> {
    let Some((format, mime)) = sniff(&source) else {
        return Err(LogoError::NotPngOrJpeg {
            path: path.to_path_buf(),
        });
    };
    let broken = |e: image::ImageError| LogoError::Broken {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let (width, height) = ImageReader::with_format(Cursor::new(&source), format)
        .into_dimensions()
        .map_err(broken)?;
    if width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(LogoError::TooManyPixels {
            path: path.to_path_buf(),
            width,
            height,
        });
    }
    let mut reader = ImageReader::with_format(Cursor::new(&source), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_LOGO_SIDE);
    limits.max_image_height = Some(MAX_LOGO_SIDE);
    limits.max_alloc = Some(u64::from(MAX_LOGO_SIDE) * u64::from(MAX_LOGO_SIDE) * 8);
    reader.limits(limits);
    let mut image = reader.decode().map_err(broken)?;
    if image.width() > PRINT_PIXELS.0 || image.height() > PRINT_PIXELS.1 {
        image = image.resize(
            PRINT_PIXELS.0,
            PRINT_PIXELS.1,
            image::imageops::FilterType::Triangle,
        );
    }
    let has_alpha = image.color().has_alpha();
    let pixels = if has_alpha {
        image.to_rgba8().into_raw()
    } else {
        image.to_rgb8().into_raw()
    };
    Ok(Picture {
        width: image.width(),
        height: image.height(),
        pixels,
        has_alpha,
        source,
        mime,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = Vec::new();
        image::RgbaImage::from_pixel(width, height, image::Rgba([10, 80, 160, 255]))
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        bytes
    }

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_small_png_is_read_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "logo.png", &png(40, 20));
        let picture = load_logo(&path).unwrap();
        assert_eq!((picture.width, picture.height), (40, 20));
        assert_eq!(picture.mime, "image/png");
        let channels = if picture.has_alpha { 4 } else { 3 };
        assert_eq!(picture.pixels.len(), 40 * 20 * channels);
        assert_eq!(check_logo(&path).unwrap(), (40, 20));
    }

    #[test]
    fn a_large_logo_is_scaled_down_for_print_keeping_its_aspect() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "big.png", &png(2500, 500));
        let picture = load_logo(&path).unwrap();
        assert_eq!((picture.width, picture.height), (625, 125));
        assert_eq!(picture.pixels.len(), 625 * 125 * 4);
        // The file itself is kept as it was (for the HTML form).
        assert_eq!(picture.source, std::fs::read(&path).unwrap());
    }

    #[test]
    fn a_jpeg_is_read_without_alpha() {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = Vec::new();
        image::RgbImage::from_pixel(30, 60, image::Rgb([200, 30, 30]))
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Jpeg)
            .unwrap();
        let path = write(dir.path(), "logo.jpg", &bytes);
        let picture = load_logo(&path).unwrap();
        assert_eq!(
            (picture.width, picture.height, picture.mime),
            (30, 60, "image/jpeg")
        );
        assert!(!picture.has_alpha);
        assert_eq!(picture.pixels.len(), 30 * 60 * 3);
    }

    #[test]
    fn the_fixtures_are_a_good_logo_and_a_bad_one() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/logo");
        assert!(load_logo(&fixtures.join("sjobacka-logo.png")).is_ok());
        assert!(matches!(
            load_logo(&fixtures.join("not-an-image.png")),
            Err(LogoError::NotPngOrJpeg { .. })
        ));
    }

    #[test]
    fn a_file_that_is_no_image_is_refused_with_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "logo.png", b"GIF89a not really a logo");
        let e = load_logo(&path).unwrap_err();
        assert!(matches!(e, LogoError::NotPngOrJpeg { .. }), "{e}");
        assert!(e.to_string().starts_with(&path.display().to_string()));
        assert!(!e.is_unreadable());
    }

    #[test]
    fn a_truncated_png_is_broken_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let whole = png(64, 64);
        let path = write(dir.path(), "cut.png", &whole[..whole.len() / 2]);
        let e = load_logo(&path).unwrap_err();
        assert!(matches!(e, LogoError::Broken { .. }), "{e}");
    }

    #[test]
    fn too_many_pixels_and_too_many_bytes_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wide.png", &png(MAX_LOGO_SIDE + 1, 1));
        let e = load_logo(&path).unwrap_err();
        assert!(
            matches!(e, LogoError::TooManyPixels { width, .. } if width == MAX_LOGO_SIDE + 1),
            "{e}"
        );
        let mut big = png(8, 8);
        big.resize(usize::try_from(MAX_LOGO_BYTES).unwrap() + 1, 0);
        let path = write(dir.path(), "big.png", &big);
        assert!(matches!(
            load_logo(&path).unwrap_err(),
            LogoError::TooLarge { .. }
        ));
    }

    #[test]
    fn a_missing_file_or_a_folder_is_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        assert!(
            load_logo(&dir.path().join("none.png"))
                .unwrap_err()
                .is_unreadable()
        );
        assert!(load_logo(dir.path()).unwrap_err().is_unreadable());
    }

    #[test]
    fn a_relative_logo_lies_beside_the_assessment() {
        let file = Path::new("/data/city/sjobacka.mimassess.ron");
        assert_eq!(
            resolve_logo_path(Some(file), "logo.png"),
            Path::new("/data/city/logo.png")
        );
        assert_eq!(
            resolve_logo_path(Some(file), "/srv/logo.png"),
            Path::new("/srv/logo.png")
        );
        assert_eq!(resolve_logo_path(None, "logo.png"), Path::new("logo.png"));
    }
}
