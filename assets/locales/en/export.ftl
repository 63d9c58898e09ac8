# MIM Assistant — Export (English).

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
export-open-file = Open
export-no-opener = No program could be started to open it. The file is { $file }.
export-open-folder = Show in folder
export-no-file-manager = No file manager could be started. The file is in { $folder }.
export-stopped = The export stopped unexpectedly.
export-not-started = The export could not be started: { $reason }
