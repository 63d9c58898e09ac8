//! A clause worded for the modality the buyer chose. The catalogs word most tender clauses
//! with "shall", also for requirements the sources only recommend; when the buyer keeps such
//! an item as SHOULD (an award criterion), the annex and the form must read as a
//! recommendation, and when the buyer makes a recommended item MUST, as an obligation. Only the
//! modal verbs change, in any of their cases: in English "shall"/"must" and "should"; in a
//! translated clause the pairs of its language's glossary (Swedish "ska" and "bör", German
//! "muss" and "sollte", "müssen" and "sollten"). "May" and its kin are left as they are, since
//! they grant an option rather than set a strength.

use crate::catalog::Glossary;

use super::model::Modality;

/// The English modal verbs in pairs, obligation first: "shall" and "must" become "should" in a
/// SHOULD item, "should" becomes "shall" (the first pair's) in a MUST item.
const ENGLISH: [(&str, &str); 2] = [("shall", "should"), ("must", "should")];

/// `clause` with its modal verbs following `modality`: the recommendation for a SHOULD item,
/// the obligation for a MUST item. `glossary` is the clause's language's, whose `modal_verbs`
/// pairs are used; none means an English clause ("should", "shall").
pub fn worded_for(clause: &str, modality: Modality, glossary: Option<&Glossary>) -> String {
    let pairs: Vec<(&str, &str)> = match glossary {
        Some(g) => g
            .modal_verbs
            .iter()
            .map(|p| (p.must.as_str(), p.should.as_str()))
            .collect(),
        None => ENGLISH.to_vec(),
    };
    let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    match modality {
        Modality::Must => replace_words(clause, |word| {
            pairs
                .iter()
                .find(|(_, should)| same(should, word))
                .map(|(must, _)| *must)
        }),
        Modality::Should { .. } => replace_words(clause, |word| {
            pairs
                .iter()
                .find(|(must, _)| same(must, word))
                .map(|(_, should)| *should)
        }),
    }
}

/// `text` with every whole word that `replacement` names a replacement for (ignoring case)
/// replaced, written in the found word's case: `shall` → `should`, `Shall` → `Should`,
/// `SHALL` → `SHOULD`.
fn replace_words<'a>(text: &str, replacement: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphanumeric()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        match replacement(word) {
            Some(new) => out.push_str(&in_case_of(word, new)),
            None => out.push_str(word),
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
                SHOULD,
                None
            ),
            "The supplier should log access and should not share keys; Shall-level rules should hold."
        );
        assert_eq!(
            worded_for("Shall the supplier? It SHALL.", SHOULD, None),
            "Should the supplier? It SHOULD."
        );
    }

    #[test]
    fn a_must_item_reads_as_an_obligation() {
        assert_eq!(
            worded_for(
                "The supplier should document the API and should use shared models.",
                Modality::Must,
                None
            ),
            "The supplier shall document the API and shall use shared models."
        );
        // "may" grants an option and stays; an obligation stays an obligation.
        assert_eq!(
            worded_for(
                "The solution may offer it; if offered, the supplier shall document it.",
                Modality::Must,
                None
            ),
            "The solution may offer it; if offered, the supplier shall document it."
        );
    }

    #[test]
    fn only_whole_words_change() {
        assert_eq!(
            worded_for("marshall mustard shallow shoulder", SHOULD, None),
            "marshall mustard shallow shoulder"
        );
        assert_eq!(
            worded_for("shouldered, should.", Modality::Must, None),
            "shouldered, shall."
        );
        assert_eq!(worded_for("", SHOULD, None), "");
        assert_eq!(worded_for("— shall —", SHOULD, None), "— should —");
    }

    fn glossary(pairs: &[(&str, &str)]) -> Glossary {
        Glossary {
            modal_verbs: pairs
                .iter()
                .map(|(must, should)| crate::catalog::ModalPair {
                    must: (*must).to_owned(),
                    should: (*should).to_owned(),
                })
                .collect(),
            may_verbs: vec!["får".into(), "kann".into()],
            ..Glossary::default()
        }
    }

    #[test]
    fn a_translated_clause_follows_its_glossary() {
        let swedish = glossary(&[("ska", "bör")]);
        assert_eq!(
            worded_for(
                "Leverantören ska logga åtkomst. Ska det ske? Lösningen får erbjuda mer.",
                SHOULD,
                Some(&swedish)
            ),
            "Leverantören bör logga åtkomst. Bör det ske? Lösningen får erbjuda mer."
        );
        assert_eq!(
            worded_for(
                "Leverantören bör dokumentera API:et.",
                Modality::Must,
                Some(&swedish)
            ),
            "Leverantören ska dokumentera API:et."
        );
        let german = glossary(&[("muss", "sollte"), ("müssen", "sollten")]);
        assert_eq!(
            worded_for(
                "Der Auftragnehmer muss protokollieren; die Schlüssel müssen geschützt sein. MÜSSEN sie?",
                SHOULD,
                Some(&german)
            ),
            "Der Auftragnehmer sollte protokollieren; die Schlüssel sollten geschützt sein. SOLLTEN sie?"
        );
        assert_eq!(
            worded_for(
                "Die Lösung sollte es bieten, die Daten sollten offen sein; sie kann mehr.",
                Modality::Must,
                Some(&german)
            ),
            "Die Lösung muss es bieten, die Daten müssen offen sein; sie kann mehr."
        );
        // The English verbs are not the glossary's: a word that happens to be one stays.
        assert_eq!(
            worded_for("Muss-Kriterium, shall", SHOULD, Some(&german)),
            "Muss-Kriterium, shall"
        );
    }
}
