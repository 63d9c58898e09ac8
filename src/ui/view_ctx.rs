//! What every view draws from besides its own state: the loaded catalogs and the words of the
//! current language. Sizes and colours come from [`crate::ui::theme`]. A view gets this, its own
//! state (and, for views over the open assessment, that assessment) — never the whole app.

use crate::catalog::Library;
use crate::ui::i18n::I18n;

/// The shared, read-only context of one frame's views.
#[derive(Clone, Copy)]
pub struct ViewCtx<'a> {
    /// The loaded catalogs.
    pub library: &'a Library,
    /// The translations of the current language.
    pub i18n: &'a I18n,
}
