//! The checklists shipped inside the binary, so that the program works with no files beside it.
//! A test checks that every `.ron` file under `checklists/` is listed here.

/// (name, text) of every shipped checklist file; names are relative to the crate root.
pub const EMBEDDED: &[(&str, &str)] = &[
    embed!("checklists/mims/mim0.ron"),
    embed!("checklists/mims/mim1.ron"),
    embed!("checklists/mims/mim2.ron"),
    embed!("checklists/mims/mim3.ron"),
    embed!("checklists/mims/mim4.ron"),
    embed!("checklists/mims/mim5.ron"),
    embed!("checklists/mims/mim6.ron"),
    embed!("checklists/mims/mim6-alt.ron"),
    embed!("checklists/mims/mim7.ron"),
    embed!("checklists/mims/mim7-2022.ron"),
    embed!("checklists/mims/mim8.ron"),
    embed!("checklists/standards/iso27001.ron"),
    embed!("checklists/standards/nis2.ron"),
    embed!("checklists/standards/nis2cir.ron"),
    embed!("checklists/clauses/interoperability.ron"),
    embed!("checklists/mappings/mim6-iso27001.ron"),
    embed!("checklists/mappings/nis2art21-iso27001.ron"),
    embed!("checklists/mappings/mim6-nis2.ron"),
    embed!("checklists/mappings/nis2cir-iso27001.ron"),
    embed!("checklists/mappings/nis2cir-nis2.ron"),
    embed!("checklists/mappings/mim6-nis2cir.ron"),
    embed!("checklists/mappings/cross-mim.ron"),
    embed!("checklists/mappings/mim6alt.ron"),
    embed!("checklists/mappings/clauses-frameworks.ron"),
    embed!("checklists/scales/city-0-5.ron"),
    embed!("checklists/scales/cyfun-1-5.ron"),
    embed!("checklists/profiles/nis2-essential.ron"),
    embed!("checklists/profiles/nis2-important.ron"),
    embed!("checklists/profiles/mim-baseline.ron"),
];

macro_rules! embed {
    ($path:literal) => {
        (
            $path,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $path)),
        )
    };
}
use embed;
