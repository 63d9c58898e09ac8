//! Turning the identifiers of other formats into ours: requirement and group ids must be
//! letters, digits, `.`, `_` or `-` and unique in their framework (see
//! [`crate::catalog::is_valid_local_id`]); framework, scale and mapping-set ids are lower-case
//! tokens ([`crate::catalog::is_valid_framework_id`]).

use std::collections::HashSet;

/// `raw` as a requirement or group id: runs of characters an id may not hold become one `_`,
/// and `_` at either end is dropped; `None` when nothing is left.
pub fn local_id(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut gap = false;
    for c in raw.trim().chars() {
        if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    let out = out.trim_matches('_').to_owned();
    (!out.is_empty()).then_some(out)
}

/// `raw` as a lower-case token: ASCII letters and digits kept (lower-cased), `_` kept, every
/// other run of characters one `-`; `None` when nothing is left.
pub fn token(raw: &str) -> Option<String> {
    let mut out = String::new();
    for c in raw.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_owned();
    // A long title makes a long id; ids are typed and shown in tight places.
    while out.len() > 40 {
        match out.rfind('-') {
            Some(cut) if cut > 0 => out.truncate(cut),
            _ => out.truncate(40),
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The last segment of a URN (`urn:intuitem:risk:req_node:x:1.2` → `1.2`).
pub fn urn_tail(urn: &str) -> &str {
    urn.rsplit(':').next().unwrap_or(urn)
}

/// The ids already used in one framework, handing out unique ones.
#[derive(Debug, Default)]
pub struct UniqueIds {
    used: HashSet<String>,
}

impl UniqueIds {
    /// `base` if it is free, else `base-2`, `base-3` …; the id returned is taken.
    pub fn claim(&mut self, base: &str) -> String {
        let mut candidate = base.to_owned();
        let mut n = 2;
        while self.used.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_keep_what_they_may() {
        assert_eq!(local_id(" A.5.15 ").as_deref(), Some("A.5.15"));
        assert_eq!(local_id("1.1 (a)").as_deref(), Some("1.1_a"));
        assert_eq!(local_id("§ 3").as_deref(), Some("3"));
        assert_eq!(local_id(" : "), None);
        assert_eq!(token("CISA-CPG-2.0").as_deref(), Some("cisa-cpg-2-0"));
        assert_eq!(
            token("Sample Security Catalog *for Demonstration*").as_deref(),
            Some("sample-security-catalog-for")
        );
        assert_eq!(urn_tail("urn:a:b:1.2"), "1.2");
    }

    #[test]
    fn claims_are_unique() {
        let mut ids = UniqueIds::default();
        assert_eq!(ids.claim("R1"), "R1");
        assert_eq!(ids.claim("R1"), "R1-2");
        assert_eq!(ids.claim("R1"), "R1-3");
    }
}
