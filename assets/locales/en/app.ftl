# MIM Assistant — the frame's own words (English): navigation, saving state, messages, the unsaved-work dialog. Each screen has its own .ftl file; the catalog browser's are in browser.ftl.
# Catalog content (requirements, frameworks) stays in the language of the catalog files.

## Navigation and actions
nav-start = Start
nav-walk = Walk-through
nav-dashboard = Dashboard
nav-catalog = Catalog
nav-settings = Settings
nav-tender = Tender
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
