//! The built-in example: a fictional Swedish municipality, Sjöbacka kommun, in the second round
//! of assessing its city data platform against MIM6, ISO/IEC 27001:2022, NIS2, MIM0 and MIM7.
//! Partly complete on purpose, so that every screen and report has something to show: levels,
//! gaps, not-applicable marks with reasons, unanswered items, evidence and a change since the
//! last round.

use std::collections::BTreeMap;

use crate::catalog::Library;

use super::model::{Answer, Assessment, Evidence, Organisation, RoundRecord};
use super::scope::requirements_in_scope;

/// Hand-written answers: (qid, level, notes, evidence title, evidence link).
const WRITTEN: &[(&str, u8, &str, &str, &str)] = &[
    (
        "mim6:R1",
        3,
        "Access rules per dataset are approved by the data owners; the IoT hub still uses one shared service account.",
        "Åtkomstpolicy för dataplattformen v2.1",
        "docs/atkomstpolicy-v2.1.pdf",
    ),
    (
        "mim6:R2",
        2,
        "Leavers are removed within a week by HR's list; technical accounts have no named owner yet.",
        "Identity life-cycle procedure (draft)",
        "docs/identity-lifecycle-draft.docx",
    ),
    (
        "mim6:R3",
        3,
        "Password manager for administrators; API keys rotated yearly.",
        "Rutin för lösenord och nycklar",
        "docs/rutin-losenord.pdf",
    ),
    (
        "mim6:R4",
        2,
        "Quarterly review of access rights started this spring; two reviews done.",
        "Access review Q2 2026",
        "docs/access-review-2026-q2.xlsx",
    ),
    (
        "mim6:R5",
        4,
        "TLS 1.3 on all public endpoints; keys in the supplier's HSM service.",
        "TLS scan report, September 2026",
        "https://example.org/sjobacka/tls-scan-2026-09",
    ),
    (
        "mim6:R6",
        3,
        "Staff sign in with the municipal IdP and MFA; two legacy sensor gateways still use static tokens.",
        "MFA coverage report",
        "docs/mfa-coverage.pdf",
    ),
    (
        "nis2:21.2.a",
        3,
        "Information security policy adopted by the municipal board in 2025.",
        "Informationssäkerhetspolicy (KF 2025-03-12)",
        "docs/policy-kf-2025.pdf",
    ),
    (
        "nis2:21.2.b",
        2,
        "Incident process exists on paper; first exercise planned.",
        "Incidenthanteringsrutin",
        "docs/incidentrutin.pdf",
    ),
    (
        "nis2:21.2.c",
        2,
        "Backups tested for the data platform only; no crisis exercise yet.",
        "Restore test protocol",
        "docs/restore-test-2026.pdf",
    ),
    (
        "nis2:21.2.d",
        1,
        "Supplier security requirements differ per contract; no supplier register.",
        "",
        "",
    ),
    (
        "nis2:21.2.e",
        2,
        "Patch windows agreed with the platform supplier; no vulnerability disclosure policy.",
        "",
        "",
    ),
    (
        "nis2:21.2.g",
        3,
        "Yearly awareness course for all staff, phishing exercise twice a year.",
        "Utbildningsstatistik 2026",
        "docs/utbildning-2026.xlsx",
    ),
    (
        "nis2:21.2.h",
        3,
        "",
        "Kryptografipolicy",
        "docs/kryptopolicy.pdf",
    ),
    ("nis2:21.2.i", 2, "", "", ""),
    (
        "nis2:21.2.j",
        3,
        "MFA for all staff accounts; secure messaging for the crisis team is still under procurement.",
        "",
        "",
    ),
    (
        "mim0:R1.1",
        4,
        "Open data portal serves JSON, GeoJSON and CSV.",
        "Öppna data-portalen",
        "https://example.org/sjobacka/oppnadata",
    ),
    (
        "mim0:R1.3",
        3,
        "OpenAPI descriptions for the portal; the IoT hub has none yet.",
        "",
        "",
    ),
    (
        "mim7:R1.1",
        4,
        "Map services via OGC API – Features and WFS 2.0.",
        "Kartans tjänstekatalog",
        "https://example.org/sjobacka/geodata",
    ),
    (
        "mim7:R5.1",
        3,
        "SWEREF 99 TM (EPSG:3006) declared for all datasets; WGS 84 on request.",
        "",
        "",
    ),
];

/// Requirements the example marks as not applicable, with the reason.
const NOT_APPLICABLE: &[(&str, &str)] = &[
    (
        "iso27001:A.7.5",
        "The platform runs in the supplier's certified data centre; its physical protection is covered by the supplier's ISO/IEC 27001 certificate.",
    ),
    (
        "iso27001:A.7.8",
        "No equipment of the platform is sited on municipal premises.",
    ),
    (
        "iso27001:A.8.30",
        "No development is outsourced for this platform; the supplier's own development is covered under A.5.20.",
    ),
];

/// The example assessment, built against `library` so that it always names loaded requirements.
pub fn example_assessment(library: &Library) -> Assessment {
    let mut assessment = Assessment::new(
        Organisation {
            name: "Sjöbacka kommun".to_owned(),
            city: "Sjöbacka".to_owned(),
            country: "Sverige".to_owned(),
        },
        &["mim6", "iso27001", "nis2", "mim0", "mim7"],
        "cyfun-1-5",
        "nis2-important",
    );
    assessment.scope =
        "The city data platform of Sjöbacka kommun (open data portal, IoT sensor hub \
                        and integration layer) and the suppliers that run it. A fictional example."
            .to_owned();
    assessment.assessor = "Åsa Lindqvist, information security coordinator".to_owned();
    assessment.date = "2026-10-15".to_owned();
    for view in requirements_in_scope(&assessment, library) {
        let qid = view.qid;
        let answer = if let Some(&(_, level, notes, title, link)) =
            WRITTEN.iter().find(|(id, ..)| *id == qid)
        {
            Answer {
                current: Some(level),
                notes: notes.to_owned(),
                evidence: (!title.is_empty())
                    .then(|| Evidence {
                        title: title.to_owned(),
                        link: link.to_owned(),
                        date: "2026-09-30".to_owned(),
                    })
                    .into_iter()
                    .collect(),
                changed: "2026-10-15".to_owned(),
                ..Answer::default()
            }
        } else if let Some(&(_, reason)) = NOT_APPLICABLE.iter().find(|(id, _)| *id == qid) {
            Answer {
                not_applicable: Some(reason.to_owned()),
                changed: "2026-10-15".to_owned(),
                ..Answer::default()
            }
        } else if let Some(level) = generated_level(qid) {
            Answer {
                current: Some(level),
                changed: "2026-10-14".to_owned(),
                ..Answer::default()
            }
        } else {
            // Left unanswered on purpose: the example is partly complete.
            continue;
        };
        assessment.answers.insert(qid.to_owned(), answer);
    }
    // A raised target where the city wants more than the profile asks.
    if let Some(answer) = assessment.answers.get_mut("mim6:R6") {
        answer.target = Some(4);
    }
    assessment.round = 2;
    assessment.earlier_rounds.push(first_round(&assessment));
    assessment
}

/// A stable, varied level for requirements without a written answer, or `None` for roughly one
/// in six, which stay unanswered. The mix leans on levels 2 and 3, as in a city early on.
fn generated_level(qid: &str) -> Option<u8> {
    let hash = qid.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    match hash % 12 {
        0 | 1 => None,
        2 | 3 => Some(1),
        4..=7 => Some(2),
        8..=10 => Some(3),
        _ => Some(4),
    }
}

/// The first round, a year earlier: three in five levels one lower, one in five the same and
/// one in five higher (where a supplier change set the city back).
fn first_round(assessment: &Assessment) -> RoundRecord {
    let mut levels = BTreeMap::new();
    for (index, (qid, answer)) in assessment.answers.iter().enumerate() {
        let Some(level) = answer.applicable_level() else {
            continue;
        };
        let before = match index % 5 {
            0..=2 => level.saturating_sub(1).max(1),
            3 => level,
            _ => (level + 1).min(5),
        };
        levels.insert(qid.clone(), before);
    }
    RoundRecord {
        round: 1,
        date: "2025-10-20".to_owned(),
        levels,
    }
}
