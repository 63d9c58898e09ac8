//! The fields our catalogs require that other formats do not have — why a requirement
//! matters, the assessment question, the tender clause, evidence examples, a strength — made
//! from what the source does give and said to be so. Nothing here invents content: the texts
//! name the requirement by its title and say, in a note on every requirement, that they were
//! generated on import, so a reader never mistakes them for the source's words.

use crate::catalog::{Confidence, Proof, Requirement, Strength};

/// The strength every imported requirement gets: neither OSCAL nor CISO Assistant libraries
/// mark how binding an item is, and a recommendation is the reading that claims least.
pub const IMPORTED_STRENGTH: Strength = Strength::Should;

/// The means of proof every imported requirement gets; the sources name none.
pub const IMPORTED_PROOF: Proof = Proof::Documentation;

/// The key of the one source an imported framework cites.
pub const SOURCE_KEY: &str = "imported";

/// The note that says why the strength is what it is, as `validate --strict` asks of an
/// inferred strength (it starts with [`crate::catalog::STRENGTH_NOTE`]).
pub fn strength_note() -> String {
    format!(
        "{} the imported file has no field for how binding an item is; the import reads every requirement of this catalog as {} (a recommendation), whatever keyword its text uses.",
        crate::catalog::STRENGTH_NOTE,
        IMPORTED_STRENGTH.keyword()
    )
}

/// The note that says which fields were generated on import.
pub fn generated_note(evidence_generated: bool) -> String {
    let evidence = if evidence_generated {
        ", the evidence example"
    } else {
        ""
    };
    format!(
        "Generated on import: the reason, the question, the tender clause{evidence} and the means of proof ({}) are worded from the title, since the source has none; the statement and guidance are the source's.",
        IMPORTED_PROOF.label()
    )
}

/// What the importer knows of one requirement before the generated fields are added.
#[derive(Debug, Clone, Default)]
pub struct Imported {
    /// Our id for it.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What it requires (the source's text).
    pub statement: String,
    /// The source's guidance, if any.
    pub guidance: String,
    /// The source's evidence examples, if any.
    pub evidence: Vec<String>,
    /// Where it stands in the source (a URN, a control id).
    pub locator: String,
    /// Notes the importer adds (implementation groups, a changed id …).
    pub notes: Vec<String>,
}

/// The framework names the generated texts use.
#[derive(Debug, Clone, Copy)]
pub struct Names<'a> {
    /// The framework's full name.
    pub name: &'a str,
    /// Its short name.
    pub short_name: &'a str,
}

/// A complete requirement: the source's fields and the generated ones, with the notes that
/// say which are which.
pub fn requirement(item: Imported, names: Names) -> Requirement {
    let evidence_generated = item.evidence.is_empty();
    let evidence = if evidence_generated {
        vec![format!(
            "Records showing that this is in place: {}",
            item.title
        )]
    } else {
        item.evidence
    };
    let mut notes = vec![strength_note(), generated_note(evidence_generated)];
    notes.extend(item.notes);
    Requirement {
        why: format!(
            "{} lists this as {}; the source gives no reason of its own, so read its statement and guidance.",
            names.name, item.id
        ),
        question: format!("To what level is this in place: {}?", item.title),
        tender_clause: format!(
            "The supplier shall meet {} {} ({}).",
            names.short_name, item.id, item.title
        ),
        id: item.id,
        title: item.title,
        strength: IMPORTED_STRENGTH,
        strength_inferred: true,
        statement: item.statement,
        obligations: Vec::new(),
        guidance: item.guidance,
        evidence,
        proof: IMPORTED_PROOF,
        source: SOURCE_KEY.to_owned(),
        locator: item.locator,
        confidence: Confidence::High,
        related: Vec::new(),
        notes,
        ways_to_meet: Vec::new(),
    }
}

/// A title for an item that has only a description: its first line, cut at a word after
/// about 90 characters.
pub fn title_from(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    cut_at_word(line, 90)
}

/// `text` itself when it has at most `max` characters, else its first whole words and an
/// ellipsis, `max` characters at most in all.
pub fn cut_at_word(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        let spaced = usize::from(!out.is_empty());
        if out.chars().count() + spaced + word.chars().count() + 1 > max {
            break;
        }
        if spaced == 1 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}
