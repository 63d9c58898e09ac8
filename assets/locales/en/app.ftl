# MIM Assistant — the window's own words (English). The catalog browser's are in browser.ftl.
# Catalog content (requirements, frameworks) stays in the language of the catalog files.

## Navigation and actions
nav-start = Start
nav-walk = Walk-through
nav-dashboard = Dashboard
nav-catalog = Catalog
nav-settings = Settings
nav-tender = Tender
action-save = Save
action-undo = Undo
action-redo = Redo
action-cancel = Cancel

## Is the work safe?
state-saved = Saved
state-recovery = Not saved to the file yet (a recovery copy is kept)
state-unsaved = Unsaved changes
status-ready = Ready.

## Messages
notice-created = Assessment created and saved. Start with the first requirement below.
notice-example-opened = The example of a fictional city is open. It is not saved until you choose Save.
notice-opened = Opened { $file }.
notice-saved = Saved to { $file }.
notice-restored = Your unsaved work is back. Save it to keep it in its file.
banner-catalog-problems = { $count ->
    [one] 1 problem in the catalog files; the items concerned were not loaded.
   *[other] { $count } problems in the catalog files; the items concerned were not loaded.
}
banner-show-details = Show details
banner-hide-details = Hide details

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

## New assessment
setup-title = New assessment
setup-intro = Six short steps. You can change answers and targets later; the frameworks and scale are fixed for this assessment.
setup-step-organisation = 1. Who is assessed, and by whom
setup-name = Organisation
setup-city = City
setup-country = Country
setup-scope = What is assessed
setup-assessor = Assessor
setup-step-nis2 = 2. Does NIS2 apply to you?
setup-nis2-question = Has your country's NIS2 law named your organisation (or the company that runs the platform) as an essential or an important entity?
setup-nis2-explain = NIS2 covers a municipality only where the national law brings local government into scope (Art. 2(5)(a)), or where a municipal body or company that runs a service such as drinking water, waste water, energy or transport is at least medium-sized (Art. 2(1), Annexes I and II). Your national authority's list of essential and important entities says which applies (Art. 3(3)). If you do not know yet, choose the last answer; you can still assess against NIS2.
setup-nis2-essential = Yes, as an essential entity
setup-nis2-important = Yes, as an important entity (or local government is in our national NIS2 law)
setup-nis2-no = No, or we do not know yet
setup-step-frameworks = 3. What to assess against
setup-frameworks-hint = Choose one or more. MIM6 is the MIM about security; ISO/IEC 27001 and NIS2 are the checklists it leans on.
setup-framework-item = { $name } ({ $count ->
    [one] 1 requirement
   *[other] { $count } requirements
})
setup-step-scale = 4. The maturity scale
setup-step-profile = 5. The target
setup-profile-hint = The target sets the level each requirement should reach and the minimums for the verdict. Your answer on NIS2 proposes one.
setup-step-file = 6. Where to save
setup-path = File
setup-create = Create the assessment
setup-missing-name = Enter the organisation's name.
setup-missing-nis2 = Answer the NIS2 question.
setup-missing-frameworks = Choose at least one framework.
setup-missing-scale = Choose a scale and a target.
setup-missing-path = Enter where to save the file.

## Open and save
files-open-title = Open an assessment or a tender
files-open-hint = Type or paste the path of a .mimassess.ron (assessment) or .mimtender.ron (tender) file, pick one found in your documents folder, or use Browse… to open your system's file dialog.
files-save-title = Save the assessment as
files-save-hint = Type the path of the new file, or use Browse… to open your system's file dialog. The ending .mimassess.ron is added if you leave it out.
files-path = Path
files-open = Open
files-save = Save here
files-browse = Browse…
files-no-dialog = No file dialog could be shown (or it was cancelled). Type the path in the field above instead.
files-found = Assessments and tenders in this folder
files-found-none = None found here.

## Walk-through
walk-progress = { $answered } of { $total } answered
walk-search = Search
walk-search-hint = an id such as R1 or words
filter-unanswered = Unanswered
filter-below-target = Below target
filter-key-measures = Key measures
filter-framework = Framework
filter-all-frameworks = All frameworks
walk-no-match = Nothing matches the filters and search.
walk-nothing-selected = Choose a requirement on the left.
walk-previous = ◀ Previous
walk-next = Next ▶
walk-keys-hint = Keys: ↑ ↓ or J K to move, a digit sets the level, Ctrl+Z undoes.
walk-key-measure = Key measure
walk-key-measure-hint = The target profile counts this requirement as a key measure: it must reach the profile's minimum on its own.
status-unanswered = Unanswered
status-not-applicable = Not applicable
status-below-target = Below target
status-on-target = At or above target
walk-why = Why it matters
walk-question = The question to answer
walk-evidence-examples = Evidence that would show it
walk-level = Where are you today?
walk-clear-level = Clear the level
walk-scale-missing = The scale { $scale } is not loaded, so no level can be chosen.
walk-target = Target
walk-target-default = The profile's target ({ $level })
walk-not-applicable = Does it apply?
walk-na-check = This requirement does not apply to us
walk-na-reason = Why it does not apply
walk-na-reason-needed = Give a reason: auditors will ask for it.
walk-notes = Notes
walk-notes-hint = What you found, who you asked, what is planned.
walk-evidence = Evidence
walk-evidence-none = No evidence listed yet.
walk-evidence-title = Title
walk-evidence-link = Link or file
walk-evidence-date = Date
walk-evidence-remove = Remove evidence { $number }
walk-evidence-add = Add evidence
walk-to-dashboard = See the dashboard

## Dashboard
dash-title = Dashboard
dash-overall = Overall score
dash-overall-detail = mean level, of { $high }; the target asks { $min }
dash-completeness = Completeness
dash-completeness-detail = { $done } of { $total } done{ $na ->
    [0] {""}
   *[other] , { $na } not applicable
}
dash-key-measures = Key measures met
dash-key-measures-detail = { $below } below the minimum, { $open } unanswered{ $na ->
    [0] {""}
   *[other] , { $na } not applicable
}
dash-verdict = Against the target
verdict-reached = Reached
verdict-not-reached = Not reached
verdict-incomplete = Not yet known
dash-gaps-count = { $count ->
    [one] 1 gap to close
   *[other] { $count } gaps to close
}
dash-per-framework = Scores per framework
dash-col-framework = Framework
dash-col-level = Mean level
dash-col-mean = Score
dash-col-done = Answered
dash-bar-legend = The bar shows the mean level; the vertical mark is the target's overall minimum ({ $min }).
dash-radar = Radar
dash-radar-frameworks = All frameworks
dash-radar-none = A radar needs at least three frameworks or groups with scores.
dash-radar-legend = Filled shape: the mean level reached. Dashed line: the target's overall minimum.
dash-nis2 = NIS2 Art. 21(2) coverage
dash-nis2-none = NIS2 is not loaded.
dash-nis2-assessed-intro = NIS2 is part of this assessment: the levels are your own answers.
dash-nis2-derived-intro = NIS2 is not assessed directly: each point is derived from your answers through the mappings.
dash-nis2-assessed = level { $level }
dash-nis2-covered = covered, level { $level } (derived)
dash-nis2-partly = partly covered (derived)
dash-nis2-not-covered = not covered (derived)
dash-gaps = Top gaps
dash-gaps-none = No gaps: every answered requirement is at or above its target.
dash-gap-open = Open this requirement in the walk-through
dash-gap-detail = { $strength }: level { $current } → target { $target }

## Settings
settings-title = Settings
settings-language = Language
settings-theme = Appearance
theme-system = Follow the system
theme-light = Light
theme-dark = Dark
settings-recent = Recent files
settings-recent-count = { $count ->
    [one] 1 file is remembered.
   *[other] { $count } files are remembered.
}
settings-recent-clear = Forget the recent files
settings-stored-in = Settings are kept in { $file }.

## Roadmap phases
phase-first = within 3 months
phase-second = in 3 to 12 months
phase-later = after 12 months

## Unsaved work in the way
unsaved-title = Save your changes first?
unsaved-text = The assessment { $name } has changes that are not in its file yet.
unsaved-save = Save, then continue
unsaved-discard = Discard the changes
unsaved-keep = Keep working
notice-save-first = Choose where to save this assessment first; then do again what you were about to do.

state-untouched = Not saved to a file
files-exists = { $file } already exists. Choose another name: MIM Assistant never writes over another assessment.

## Export
action-export = Export…
export-title = Export
export-intro = Write the maturity report for management and auditors, or the answers as a table for a spreadsheet.
export-report = Maturity report (PDF)
export-report-hint = Summary, scores, radar charts, gaps and roadmap, NIS2 and ISO/IEC 27001 views, every answer with its notes and evidence, sources, and a fingerprint of the assessment.
export-xlsx = Answers as a workbook (XLSX)
export-xlsx-hint = One row per requirement: ids, framework, statement, level, target, gap, notes, evidence. Opens in Excel and LibreOffice.
export-csv = Answers as CSV
export-csv-hint = The same rows as plain text (UTF-8), for other tools.
export-start = Export
export-back = Back to the dashboard
export-running = Writing the file…
export-done = Saved to { $file }.
export-open-folder = Open the folder
export-no-file-manager = No file manager could be started. The file is in { $folder }.
export-stopped = The export stopped unexpectedly.
export-not-started = The export could not be started: { $reason }

## Tender builder, annex and evaluation
tender-heading = Tender
tender-buyer = Buyer
tender-title = Tender title
tender-reference = Reference
tender-date = Date of issue
tender-contact = Questions to
tender-tab-items = 1 · Items
tender-tab-annex = 2 · Annex and form
tender-tab-bids = 3 · Bids and evaluation
tender-presets = Start from a preset
tender-add-preset = Add: { $name }
tender-no-match = Nothing matches the search.
tender-no-warnings = No warnings: the tender is ready to export.
tender-counts = { $items } items, { $musts } MUST · SHOULD weights add up to { $weights } of 100
tender-spread = Spread weights evenly
tender-empty = No items yet. Tick requirements on the left, or start from a preset.
tender-item = Item
tender-col-no = No.
tender-col-item = Item
tender-col-modality = MUST or SHOULD
tender-col-weight = Weight
tender-col-proof = Means of proof
tender-col-placement = Where it belongs
tender-col-equivalent = “or equivalent”
tender-col-order = Order
tender-pass-fail = pass/fail
tender-move-up = Move up
tender-move-down = Move down
tender-remove = Remove
tender-annex-file = Annex (PDF)
tender-form-file = Response form (XLSX or CSV)
tender-export-annex = Write the annex and the response form
tender-preview = The requirements as bidders will read them
tender-bids-intro = Import each bidder's filled response form (XLSX or CSV). A form with any problem is not imported; the problems say where they are.
tender-import-file = Filled form
tender-import = Import the form
tender-ranking = Ranking
tender-col-rank = Rank
tender-col-bidder = Bidder
tender-col-points = Points
tender-col-status = MUST items
tender-col-file = File
tender-remove-bid = Remove the bid of { $bidder }
tender-equivalences = Equivalences to decide
tender-undecided = Not decided
tender-accepted = Accepted
tender-rejected = Rejected
tender-decision-for = Decision on { $bidder }, item { $number }
tender-matrix = Side by side
tender-pass = Pass
tender-fail = Fail
tender-pending = Pending
tender-evaluation-file = Evaluation (PDF)
tender-export-evaluation = Write the evaluation
tender-annex-written = Wrote { $annex } ({ $pages } pages) and { $form }.
tender-imported = Imported the bid of { $bidder } from { $file }.
tender-replaced = Replaced the bid of { $bidder } with { $file }.
tender-evaluation-written = Wrote { $file } ({ $pages } pages).
tender-need-paths = Give a file name for each document.
tender-no-bids = Import at least one bidder's form first.
tender-col-modality-short = Type
tender-col-equivalent-short = Or equiv.
tender-found-forms = Forms in { $folder } (click one to import it):
tender-form-ending = The response form is written as .xlsx or .csv: end its file name with one of these.
tender-has-errors = Fix the problems marked above first: they would make the annex or the form wrong.
tender-must = MUST
tender-should = SHOULD
tender-place-specification = Technical specification
tender-place-selection = Selection criteria
tender-place-award = Award criteria
tender-place-contract = Contract clause
tender-place-acceptance = Acceptance test
tender-place-specification-basis = Technical specification (Art. 42)
tender-place-selection-basis = Selection criteria (Art. 58)
tender-place-award-basis = Award criteria (Art. 67)
tender-place-contract-basis = Contract clause (Art. 70)
tender-place-acceptance-basis = Acceptance test
tender-preset-mim6-core = MIM6 core
tender-preset-mim6-core-summary = Every MIM6 security requirement: access control, identities, credentials, encryption in transit, trust.
tender-preset-foundational = Foundational MIMs 0, 1, 2
tender-preset-foundational-summary = The mandatory requirements of MIM0 (access to data), MIM1 (linking data) and MIM2 (data models): what most data-platform tenders need.
tender-preset-clauses = Common clauses
tender-preset-clauses-summary = Data rights, exit, no lock-in fees, open APIs, change notice, documentation, training, security duties, accessibility and equivalence.
tender-preset-clauses-core = Common clauses (mandatory ones)
tender-preset-clauses-core-summary = Only the clauses that are pass/fail by default.
tender-items-list = { $count ->
    [one] item { $list }
   *[other] items { $list }
}
tender-status-compliant = Meets every MUST
tender-status-excluded = Excluded (fails { $items })
tender-status-undecided = Open: equivalence to decide for { $items }
tender-warn-empty = The tender has no items yet.
tender-warn-no-must = No item is a MUST: no bid can be excluded for failing a requirement.
tender-warn-weights = The SHOULD weights add up to { $total }, not 100.
tender-warn-weight-over = Item { $number } ({ $requirement }) weighs { $weight }, more than the 100 points in all.
tender-warn-placement = Item { $number } ({ $requirement }): a MUST belongs outside the award criteria, a SHOULD among them.
tender-warn-zero-weight = Item { $number } ({ $requirement }) is a SHOULD with weight 0: it cannot change the ranking.
tender-warn-standard = Item { $number } ({ $requirement }) is a MUST that names a standard without “or equivalent” (Directive 2014/24/EU, Art. 42).
tender-warn-unknown = Item { $number }: { $requirement } is in no loaded catalog.
tender-warn-duplicate = Item { $number }: { $requirement } is already in the tender.
tender-warn-unfilled = Item { $number } ({ $requirement }): fill in [{ $placeholder }].
tender-warn-language = The annex and the form are written in English; the tender's language is “{ $language }”: have them translated.
tender-save-elsewhere = The tender's file cannot be written. Save it to another file:
recovery-tender-text = A tender could not be saved to its file when MIM Assistant closed; it was kept in { $file }. Restoring it saves it as a new file in your documents folder.
tender-form-changed = { $file } changed since it was imported; the evaluation uses it as it is now. Import it again to record the change.
tender-set-aside = These forms kept with the tender cannot be used now: the file is missing or unreadable, or it no longer fits the tender (its items or reference changed). They stay on the list; undo the change, fix the file, or take the form off:
tender-remove-form = Take { $file } off the list
files-filter-documents = MIM Assistant assessments and tenders
files-filter-forms = Filled response forms
