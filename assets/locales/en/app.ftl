# MIM Assistant — the frame's own words (English): navigation, saving state, messages, the unsaved-work dialog. Each screen has its own .ftl file; the catalog browser's are in browser.ftl.
# Catalog content (requirements, frameworks) stays in the language of the catalog files.

## Navigation and actions
nav-start = Start
nav-walk = Walk-through
nav-dashboard = Dashboard
nav-catalog = Catalog
nav-settings = Settings
nav-tender = Tender
nav-team = Team
nav-team-out = Team ({ $count })
nav-team-out-hint = { $count ->
    [one] 1 part is out: handed out and not merged back yet
   *[other] { $count } parts are out: handed out and not merged back yet
}
nav-assessment = Assessment
action-save = Save
action-undo = Undo
action-redo = Redo
action-cancel = Cancel

## Is the work safe?
state-saved = Saved
state-recovery = Unsaved (recovery copy kept)
state-recovery-hint = Not saved to the file yet. A recovery copy is kept, and offered when the program starts again after a crash.
state-unsaved = Unsaved changes
status-ready = Ready.

## Messages
notice-created = Assessment created and saved. Start with the first requirement below.
notice-example-opened = The example of a fictional city is open. It is not saved until you choose Save.
notice-example-tender-again = The example tender you opened before is open again, with any changes you made: { $file }.
notice-example-tender-written = The example tender is written to { $file }; your changes are saved there.
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

recovery-tender-text = A tender could not be saved to its file when MIM Assistant closed; it was kept in { $file }. Restoring it saves it as a new file in your documents folder.
files-filter-documents = MIM Assistant assessments and tenders
files-filter-forms = Filled response forms

# dashboard (figures)
dash-nis2-unreached = No point of Art. 21(2) is in this assessment's scope or mapped from a requirement in it.
dash-nis2-mixed-intro = Points in this assessment's scope show your own answers; the others are derived from your answers through the mappings.

## What could not be done; the detail after the colon is where and why, as the file or the system says it
problem-open = The file could not be opened: { $detail }
problem-save = Could not save: { $detail }
problem-autosave = The recovery copy could not be written: { $detail }
problem-part-kept = Your part could not be saved: { $detail }. A copy of your work is kept in { $copy }; send that file back instead.
problem-part-not-saved = Your part could not be saved: { $detail }. Use Save as to keep your work in another folder.
problem-recovery = A recovery copy could not be read: { $detail }
problem-create = The assessment could not be created: { $detail }
problem-write = The file could not be written: { $detail }
problem-remove-copy = The recovery copy could not be removed: { $detail }
problem-settings = The settings could not be saved: { $detail }
problem-start-thread = The work could not be started: { $detail }
problem-refused-input = { $output } is the same file as { $input }, which is read or written here. Nothing was written, so it is untouched: choose another file.
problem-refused-kind = { $output } exists and is { $found }, but this writes { $writes }. It was left untouched: choose another file.
file-kind-pdf = a PDF
file-kind-document = a Word document
file-kind-spreadsheet = a spreadsheet (.xlsx or .csv)
file-kind-assessment = an assessment
file-kind-tender = a tender
file-kind-part = a part of an assessment
file-kind-catalog = a catalog file
file-kind-other = a file of another kind

## Dates as people type and read them
date-month-names = January, February, March, April, May, June, July, August, September, October, November, December

# The English original beside a translation (walk-through and catalog browser).
original-toggle = Show the English original (the binding text)
original-heading = English original (binding)
original-obligations = Obligations
original-why = Why it matters
original-question = Question
original-guidance = Guidance
original-evidence = Examples of evidence
original-tender-clause = Tender clause

## Names for screen readers (not shown)
a11y-scroll-page = Scroll the page
a11y-scroll-tree = Scroll the tree
a11y-scroll-list = Scroll the list
a11y-scroll-table = Scroll the table
