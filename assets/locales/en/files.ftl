# MIM Assistant — Open and Save as (English).

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
