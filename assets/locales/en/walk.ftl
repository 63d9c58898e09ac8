# MIM Assistant — The walk-through (English).

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
walk-obligations = What it covers
walk-obligations-count = { $met } of { $total } met.
walk-obligations-hint = Tick each duty the city meets today; the level below answers them together.
walk-evidence = Evidence
walk-evidence-none = No evidence listed yet.
walk-evidence-title = Title
walk-evidence-link = Link or file
walk-evidence-date = Date
walk-evidence-browse = Browse…
walk-evidence-filter = All files
walk-evidence-missing = There is no file at { $file }: check the path, or choose the file with Browse…
walk-evidence-unsaved = This path is looked for beside the assessment file once the assessment is saved.
walk-evidence-date-wrong = Not a date yet: write it as { $example }, 2/12/2026 or 2026-12-02. The date kept is unchanged.
walk-evidence-date-hint = When the evidence was made or last reviewed, e.g. 2 December 2026.
walk-evidence-remove = Remove evidence { $number }
walk-evidence-add = Add evidence
walk-to-dashboard = See the dashboard

# Sharing (src/ui/screens/walk/view.rs): who answers, and a contributor's part.
walk-share = Share with colleagues…
walk-assigned-to = Answered by
walk-nobody = Nobody (the assessor)
walk-assign-group = Whole group “{ $group }”
walk-assign-group-choose = Assign to…
walk-part-banner = Your part of { $organisation }'s assessment, handed out by { $coordinator } on { $date }: { $count ->
    [one] 1 requirement
   *[other] { $count } requirements
}.
walk-part-submit = Mark as submitted
walk-part-submitted = Submitted: send this file back to { $coordinator }.
walk-part-unsubmit = Not ready yet
walk-progress-bar = Share of the requirements answered
