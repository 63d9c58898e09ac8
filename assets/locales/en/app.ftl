# MIM Assistant — the frame's own words (English): navigation, saving state, messages, the unsaved-work dialog. Each screen has its own .ftl file; the catalog browser's are in browser.ftl.
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

## Unsaved work in the way
unsaved-title = Save your changes first?
unsaved-text = The assessment { $name } has changes that are not in its file yet.
unsaved-save = Save, then continue
unsaved-discard = Discard the changes
unsaved-keep = Keep working
notice-save-first = Choose where to save this assessment first; then do again what you were about to do.

state-untouched = Not saved to a file
files-exists = { $file } already exists. Choose another name: MIM Assistant never writes over another assessment.

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
