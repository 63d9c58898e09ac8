//! OSCAL identifiers: our ids made into OSCAL tokens, and UUIDs that stay the same for the same
//! input, so that exporting twice gives the same file and a tool comparing two exports sees
//! only what changed.

use uuid::Uuid;

/// The namespace of every UUID this program writes into OSCAL (a random v4 UUID chosen once
/// for the project; changing it would change every exported UUID).
const NAMESPACE: Uuid = Uuid::from_u128(0x6f1d_2f5e_3c8a_4b7e_9d21_5a0c_7e4b_8f13);

/// An OSCAL token for the item `id` of framework `framework`: `mim6` and `R1` give `mim6-R1`,
/// `iso27001` and `A.5.15` give `iso27001-A.5.15`. Tokens allow letters, digits, `.`, `-` and
/// `_` and start with a letter or `_`; any other character becomes `_`. The framework prefix
/// keeps tokens of different catalogs apart (`R1` is in every MIM) in results and mappings
/// that name controls of several catalogs. The real id is kept in a `label` prop.
pub fn item_token(framework: &str, id: &str) -> String {
    token(&format!("{framework}-{id}"))
}

/// `text` as an OSCAL token (see [`item_token`]); ASCII only, a subset of what the pattern
/// `^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$` allows.
pub fn token(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !out
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
    {
        out.insert(0, '_');
    }
    out
}

/// Makes the UUIDs of one document: each is derived (UUID v5) from the document's seed (the
/// fingerprint of what is exported) and the path of the thing it names inside the document.
#[derive(Debug, Clone)]
pub struct Uuids {
    seed: String,
}

impl Uuids {
    /// UUIDs for the document whose content `seed` stands for.
    pub fn new(seed: &str) -> Self {
        Uuids {
            seed: seed.to_owned(),
        }
    }

    /// The UUID of the thing at `path` (`catalog`, `finding/mim6:R1` …).
    pub fn of(&self, path: &str) -> String {
        Uuid::new_v5(&NAMESPACE, format!("{}\n{path}", self.seed).as_bytes()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_start_with_a_letter_and_keep_only_allowed_characters() {
        assert_eq!(item_token("mim6", "R1"), "mim6-R1");
        assert_eq!(item_token("iso27001", "A.5.15"), "iso27001-A.5.15");
        assert_eq!(token("5.15"), "_5.15");
        assert_eq!(token("a:b c/ä"), "a_b_c__");
        assert_eq!(token(""), "_");
    }

    #[test]
    fn uuids_are_v5_and_depend_on_seed_and_path_only() {
        let a = Uuids::new("seed");
        assert_eq!(a.of("x"), Uuids::new("seed").of("x"));
        assert_ne!(a.of("x"), a.of("y"));
        assert_ne!(a.of("x"), Uuids::new("other").of("x"));
        let uuid = a.of("x");
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "5", "version 5: {uuid}");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "{uuid}");
    }
}
