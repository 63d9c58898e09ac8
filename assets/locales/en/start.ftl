# MIM Assistant — The start screen (English).

## Start screen
start-title = MIM Assistant
start-intro = Assess your city's data platform against the OASC Minimal Interoperability Mechanisms, ISO/IEC 27001:2022 and NIS2 — one requirement at a time, with scores, gaps and a roadmap at the end — or turn the same requirements into a tender annex and evaluate the bids.
start-new = New assessment
start-new-hint = A short guided setup, then the first requirement.
start-open = Open…
start-open-hint = Continue an assessment or a tender saved earlier.
start-example = Open the example
start-example-hint = A fictional city, fully filled in, to look around safely.
start-catalog = Browse the catalog
start-catalog-hint = Read the MIMs, ISO/IEC 27001 and NIS2 and how they map to each other.
start-tender = New tender
start-tender-hint = Pick requirements and clauses, then write the tender annex and the bidders' response form.
start-example-tender = Open the example tender
start-example-tender-hint = A fictional city's tender for a data platform, ready to export.
start-recent = Recent files
start-recent-none = No files yet. Files you open or save appear here.
recovery-title = Unsaved work was found
recovery-text = MIM Assistant closed before the assessment of { $name } ({ $file }) was saved. A copy from { $minutes ->
    [0] less than a minute
    [one] 1 minute
   *[other] { $minutes } minutes
} before that is kept.
recovery-never-saved = never saved to a file
recovery-restore = Restore my work
recovery-discard = Discard the copy
