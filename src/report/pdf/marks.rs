//! How the writer draws tagged: every piece of page content is drawn either as content of a
//! structure element (a marked-content sequence with its id, recorded in [`Structure`]) or as
//! an artefact (rules, shading, repeated headers, page furniture), never both and never
//! neither. A drawing closure gets the fonts and a canvas but not the writer, so it cannot
//! start a page: one sequence never spans two pages.

use printpdf::Op;

use super::page::{Canvas, Fonts};
use super::structure::{Artifact, Role, artifact};
use super::writer::Writer;

/// Whose a piece of drawing is: an element's content or an artefact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Owner {
    /// Content of the element of this index.
    Element(usize),
    /// An artefact of this kind.
    Artifact(Artifact),
}

impl Writer {
    /// Draws `draw` on the current page for `owner`.
    pub(super) fn draw_for(&mut self, owner: Owner, draw: impl FnOnce(&Fonts, &mut Canvas)) {
        match owner {
            Owner::Element(element) => self.content_of(element, draw),
            Owner::Artifact(kind) => self.artifact(kind, draw),
        }
    }

    /// The index of the page being filled (a first one is made if there is none).
    pub(super) fn page_index(&mut self) -> usize {
        self.page();
        self.pages.len() - 1
    }

    /// Draws `draw` on the current page as content of `element`, in one marked-content
    /// sequence; nothing is recorded when it draws nothing.
    pub(super) fn content_of(&mut self, element: usize, draw: impl FnOnce(&Fonts, &mut Canvas)) {
        let mut scratch = Canvas::default();
        draw(&self.fonts, &mut scratch);
        if scratch.ops.is_empty() {
            return;
        }
        let page = self.page_index();
        let begin = self.structure.mark(element, page);
        let canvas = self.page();
        canvas.ops.push(begin);
        canvas.ops.append(&mut scratch.ops);
        canvas.ops.push(Op::EndMarkedContent);
    }

    /// [`Self::content_of`] the innermost open element.
    pub(super) fn content(&mut self, draw: impl FnOnce(&Fonts, &mut Canvas)) {
        let element = self.structure.current();
        self.content_of(element, draw);
    }

    /// Draws `draw` on the current page as an artefact of `kind`.
    pub(super) fn artifact(&mut self, kind: Artifact, draw: impl FnOnce(&Fonts, &mut Canvas)) {
        let mut scratch = Canvas::default();
        draw(&self.fonts, &mut scratch);
        if scratch.ops.is_empty() {
            return;
        }
        let canvas = self.page();
        canvas.ops.push(artifact(kind));
        canvas.ops.append(&mut scratch.ops);
        canvas.ops.push(Op::EndMarkedContent);
    }

    /// Draws `draw` as decoration: rules, boxes and shading that say nothing the text does not.
    pub(super) fn decoration(&mut self, draw: impl FnOnce(&Fonts, &mut Canvas)) {
        self.artifact(Artifact::Layout, draw);
    }

    /// Runs `body` inside a new element of `role`, opened inside the current one and closed
    /// after; `body` gets the element's index.
    pub(super) fn element<R>(&mut self, role: Role, body: impl FnOnce(&mut Self, usize) -> R) -> R {
        let element = self.structure.open(role);
        let result = body(self, element);
        self.structure.close();
        result
    }
}
