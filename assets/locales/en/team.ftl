# The team screen: sharing the assessment among colleagues (src/ui/screens/team/).

team-title = Share this assessment
team-intro = Colleagues answer their part without a server: hand each a part file (they open it in MIM Assistant) or a questionnaire workbook (any spreadsheet program), then take their answers back here. Nothing is taken until you confirm, and nothing is overwritten silently.
team-colleagues = Colleagues
team-none = No colleagues yet. Add one below, then assign requirements to them in the walk-through.
team-col-name = Colleague
team-col-assigned = Assigned
team-col-answered = Answered
team-col-out = Out
team-col-submitted = Submitted
team-col-merged = Merged
team-col-hand-out = Hand out
team-hand-out-part = Part file
team-hand-out-part-for = Part file for { $name }
team-hand-out-part-hint = Write a part file for { $name } with every requirement assigned to them, beside this assessment
team-hand-out-questionnaire = Questionnaire
team-hand-out-questionnaire-for = Questionnaire for { $name }
team-hand-out-questionnaire-hint = Write a questionnaire workbook (.xlsx) for { $name } with every requirement assigned to them, beside this assessment
team-nothing-assigned = Nothing is assigned yet: assign requirements in the walk-through
team-written = Wrote { $file }. The hand-out is recorded in the assessment, which was saved.
team-written-unsaved = Wrote { $file }, but the assessment could not be saved (see the status bar): save it before the part comes back, or it will not be recognised.
team-save-first = Save the assessment first: the hand-out is recorded in its file.
team-add-title = Add a colleague
team-name = Name
team-role = Role
team-email = E-mail (optional)
team-add = Add colleague
team-instructions = Instructions for every part
team-instructions-hint = What every colleague reads at the top of their part: a deadline, whom to ask.
team-take-back = Take answers back
team-part-path = Returned part (.mimpart.ron or .xlsx)
team-read = Read part
team-browse = Browse…
team-part-filter = Returned parts
team-drop-hint = You can also drop returned parts on the window.
team-review = Merge review
team-review-part = { $contributor }: { $count ->
    [one] 1 requirement
   *[other] { $count } requirements
}, { $submitted ->
    [yes] submitted
   *[no] not marked submitted
} ({ $file })
team-refused = Refused: { $reason }
team-flagged = Left out: { $reason }
team-review-counts = { $taken } to take, { $conflicts } in conflict, { $unchanged } unchanged
team-conflicts = Conflicts: both sides changed these since the hand-out, or two colleagues answered differently. Choose the answer to keep.
team-taken = Answers to take ({ $count })
team-merge = Merge: take { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
team-review-changed = The assessment changed since the parts were read, so the review above is made again: check it, then merge.
team-cancel = Cancel
team-merge-waiting = Choose an answer for every conflict first ({ $open } left).
team-keep = Keep the assessment's
team-take = Take { $name }'s
team-by = { $name }, { $date }
team-by-questionnaire = { $name }, from the questionnaire
team-by-you = yours, { $date }
team-unanswered = unanswered
team-not-applicable = not applicable: { $reason }
team-level = level { $level } – { $name }
team-merged = Took { $taken ->
    [one] 1 answer
   *[other] { $taken } answers
} and kept the assessment's for { $kept }; { $merged ->
    [one] 1 part
   *[other] { $merged } parts
} merged, { $out } still out. Undo takes the whole merge back.
