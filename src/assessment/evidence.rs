//! Where a piece of evidence points: a web address, a file (kept relative to the assessment
//! when it lies in the assessment's folder, so the two can be moved together), or nothing. The
//! window marks a listed file that is not there, so a broken reference is seen before an
//! auditor finds it.

use std::path::{Component, Path, PathBuf};

/// What an evidence link names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EvidenceTarget {
    /// No link.
    Nothing,
    /// A web address (`https://…`, `mailto:…`).
    Web,
    /// A file on this computer, resolved against the assessment's folder.
    File(PathBuf),
    /// A relative path while the assessment has no file yet: it will be read against the
    /// folder the assessment is saved in, so it cannot be checked before.
    BesideUnsavedAssessment,
}

/// What `link` names; a relative path is read against the folder of `assessment_file`.
pub fn evidence_target(link: &str, assessment_file: Option<&Path>) -> EvidenceTarget {
    let link = link.trim();
    if link.is_empty() {
        return EvidenceTarget::Nothing;
    }
    if link.contains("://") || link.starts_with("mailto:") || link.starts_with("www.") {
        return EvidenceTarget::Web;
    }
    let path = Path::new(link);
    if path.is_absolute() {
        return EvidenceTarget::File(path.to_path_buf());
    }
    match assessment_file.and_then(Path::parent) {
        Some(folder) => EvidenceTarget::File(folder.join(path)),
        None => EvidenceTarget::BesideUnsavedAssessment,
    }
}

/// The link to keep for `file`: relative to the assessment's folder when the file lies in it
/// (or below), written with `/` so it reads the same on every system; the full path otherwise.
pub fn link_for_file(file: &Path, assessment_file: Option<&Path>) -> String {
    let relative = assessment_file
        .and_then(Path::parent)
        .and_then(|folder| file.strip_prefix(folder).ok())
        .filter(|rest| rest.components().all(|c| matches!(c, Component::Normal(_))));
    match relative {
        Some(rest) => rest
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/"),
        None => file.display().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_name_the_web_a_file_beside_the_assessment_or_nothing() {
        let assessment = Path::new("/city/isms/2026.mimassess.ron");
        assert_eq!(
            evidence_target(" ", Some(assessment)),
            EvidenceTarget::Nothing
        );
        assert_eq!(
            evidence_target("https://intra.example/policy", Some(assessment)),
            EvidenceTarget::Web
        );
        assert_eq!(
            evidence_target("evidence/policy.pdf", Some(assessment)),
            EvidenceTarget::File(PathBuf::from("/city/isms/evidence/policy.pdf"))
        );
        assert_eq!(
            evidence_target("/srv/audit.pdf", Some(assessment)),
            EvidenceTarget::File(PathBuf::from("/srv/audit.pdf"))
        );
        assert_eq!(
            evidence_target("evidence/policy.pdf", None),
            EvidenceTarget::BesideUnsavedAssessment
        );
    }

    #[test]
    fn a_file_beside_the_assessment_is_kept_relative() {
        let assessment = Path::new("/city/isms/2026.mimassess.ron");
        assert_eq!(
            link_for_file(
                Path::new("/city/isms/evidence/policy.pdf"),
                Some(assessment)
            ),
            "evidence/policy.pdf"
        );
        assert_eq!(
            link_for_file(Path::new("/srv/audit.pdf"), Some(assessment)),
            "/srv/audit.pdf"
        );
        assert_eq!(
            link_for_file(Path::new("/srv/audit.pdf"), None),
            "/srv/audit.pdf"
        );
    }
}
