//! A clause worded for the modality the buyer chose. The catalogs word most tender clauses
//! with "shall", also for requirements the sources only recommend; when the buyer keeps such
//! an item as SHOULD (an award criterion), the annex and the form must read as a
//! recommendation, and when the buyer makes a recommended item MUST, as an obligation. Only the
//! modal verbs change ("shall"/"must" and "should", in any of their cases); "may" is left as
//! it is, since it grants an option rather than setting a strength.

use super::model::Modality;

/// The modal verbs of an obligation, replaced by "should" in a SHOULD item.
const OBLIGATION: [&str; 2] = ["shall", "must"];
/// The modal verb of a recommendation, replaced by "shall" in a MUST item.
const RECOMMENDATION: [&str; 1] = ["should"];

/// `clause` with its modal verbs following `modality`: "should" for a SHOULD item, "shall" for
/// a MUST item.
pub fn worded_for(clause: &str, modality: Modality) -> String {
    match modality {
        Modality::Must => replace_words(clause, &RECOMMENDATION, "shall"),
        Modality::Should { .. } => replace_words(clause, &OBLIGATION, "should"),
    }
}

/// `text` with every whole word equal (ignoring case) to one of `words` replaced by
/// `replacement`, written in the found word's case: `shall` → `should`, `Shall` → `Should`,
/// `SHALL` → `SHOULD`.
fn replace_words(text: &str, words: &[&str], replacement: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        if words.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            out.push_str(&in_case_of(word, replacement));
        } else {
            out.push_str(word);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `replacement` in the case of `found`: all capitals, a capital first letter, or lower case.
fn in_case_of(found: &str, replacement: &str) -> String {
    let mut letters = found.chars();
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    if first_upper && found.chars().count() > 1 && found.chars().all(char::is_uppercase) {
        replacement.to_uppercase()
    } else if first_upper {
        let mut chars = replacement.chars();
        chars.next().map_or_else(String::new, |c| {
            c.to_uppercase().chain(chars).collect::<String>()
        })
    } else {
        replacement.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOULD: Modality = Modality::Should { weight: 5 };

    #[test]
    fn a_should_item_reads_as_a_recommendation() {
        assert_eq!(
            worded_for(
                "The supplier shall log access and shall not share keys; Shall-level rules must hold.",
                SHOULD
            ),
            "The supplier should log access and should not share keys; Shall-level rules should hold."
        );
        assert_eq!(
            worded_for("Shall the supplier? It SHALL.", SHOULD),
            "Should the supplier? It SHOULD."
        );
    }

    #[test]
    fn a_must_item_reads_as_an_obligation() {
        assert_eq!(
            worded_for(
                "The supplier should document the API and should use shared models.",
                Modality::Must
            ),
            "The supplier shall document the API and shall use shared models."
        );
        // "may" grants an option and stays; an obligation stays an obligation.
        assert_eq!(
            worded_for(
                "The solution may offer it; if offered, the supplier shall document it.",
                Modality::Must
            ),
            "The solution may offer it; if offered, the supplier shall document it."
        );
    }

    #[test]
    fn only_whole_words_change() {
        assert_eq!(
            worded_for("marshall mustard shallow shoulder", SHOULD),
            "marshall mustard shallow shoulder"
        );
        assert_eq!(
            worded_for("shouldered, should.", Modality::Must),
            "shouldered, shall."
        );
        assert_eq!(worded_for("", SHOULD), "");
        assert_eq!(worded_for("— shall —", SHOULD), "— should —");
    }
}
