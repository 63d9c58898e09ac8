# MIM Assistant — the tender screen's words (English): the tender builder, the annex and form
# export, bids and their evaluation. The rest of the window's are in app.ftl.

## Tender builder, annex and evaluation
tender-heading = Tender
tender-buyer = Buyer
tender-title = Tender title
tender-reference = Reference
tender-date = Date of issue
tender-language = Documents in
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
tender-item-column-width = Width of the Item column
tender-item-column-width-hint = Drag (or use the arrow keys) to widen or narrow the column; double-click to let it fill the room again.
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
tender-warn-language = The requirement texts are in “{ $language }” where translated (see Settings), but the annex's and the form's own headings and instructions are still in English: have them translated.
tender-save-elsewhere = The tender's file cannot be written. Save it to another file:
tender-form-changed = { $file } changed since it was imported; the evaluation uses it as it is now. Import it again to record the change.
tender-set-aside = These forms kept with the tender cannot be used now: the file is missing or unreadable, or it no longer fits the tender (its items or reference changed). They stay on the list; undo the change, fix the file, or take the form off:
tender-remove-form = Take { $file } off the list

## Importing a filled form: what the field names, and a refused form's problems
tender-import-folder = { $forms ->
    [0] { $folder } is a folder with no filled form (.xlsx or .csv) in it. Type the form's file name after the folder, or choose Browse….
    [one] { $folder } is a folder. The form found in it is listed below: click it to import it, or choose Browse… for another file.
   *[other] { $folder } is a folder. The { $forms } forms found in it are listed below: click one to import it, or choose Browse… for another file.
}
tender-import-missing = There is no file { $file }. Check its name, or choose Browse… to find the form.
tender-import-ending = { $file } is not a response form: its name ends neither in .xlsx nor in .csv. Import the filled form the bidder sent back (an Excel workbook or a CSV file).
tender-form-refused = { $file } was not imported: { $count ->
    [one] one problem must be fixed first
   *[other] { $count } problems must be fixed first
}. Nothing of the form was used.
tender-problem = { $place }: { $what }
tender-problem-expected = { $place }: { $what }; expected { $expected }
tender-place-file = The whole file
tender-place-cell = Sheet “{ $sheet }”, cell { $cell }
tender-place-row = Sheet “{ $sheet }”, row { $row }
tender-place-column = Sheet “{ $sheet }”, column { $column }
tender-place-sheet = Sheet “{ $sheet }”
tender-place-field = Line { $line }, field { $field }
tender-place-line = Line { $line }
