# The answers as a table (src/export): the column headings, the words in the cells and the
# workbook's "About" sheet.

## Column headings, in order
export-col-id = Requirement id
export-col-framework = Framework
export-col-group = Group
export-col-title = Title
export-col-statement = Statement
export-col-strength = Strength
export-col-key-measure = Key measure
export-col-level = Level
export-col-target = Target
export-col-gap = Gap
export-col-status = Status
export-col-not-applicable = Not applicable because
export-col-notes = Notes
export-col-evidence = Evidence
export-col-changed = Changed
export-col-obligations = Obligations

## Cells
export-status-unanswered = unanswered
export-status-not-applicable = not applicable
export-status-below-target = below target
export-status-on-target = at or above target
export-yes = yes
export-no = no
# A strength the source does not state in SHALL, SHOULD or MAY words.
export-strength-inferred = { $keyword } (inferred)
export-obligations-met = { $met } of { $total } met

## The workbook
# Sheet names: at most 31 characters, none of [ ] : * ? / \
export-sheet-answers = Answers
export-sheet-about = About
export-title = Self-assessment of { $organisation }
export-comment = Written by MIM Assistant
export-about-organisation = Organisation
export-about-scope = Scope
export-about-assessor = Assessor
export-about-date = Date
export-about-scale = Scale
export-about-profile = Target profile
export-about-rows = Rows
export-about-rows-text = One row per requirement in scope, in reading order. Level, target and gap are numbers on the scale; an empty level is unanswered or not applicable.
# Printed in a translated workbook only.
export-about-binding = Binding text
export-binding-notice = The English original of the MIMs is binding. ISO/IEC 27001 titles are given in the project's own translation, for reference only. NIS2 and Implementing Regulation (EU) 2024/2690 are quoted in the terms of that language's official version.
