# MIM Assistant — Export (English).

## Export
action-export = Export…
export-title = Export
export-intro = Write the maturity report for management and auditors, the answers as a table for a spreadsheet, or the ISO/IEC 27001 Statement of Applicability.
export-report = Maturity report (PDF)
export-report-hint = Summary, scores, radar charts, gaps and roadmap, NIS2 and ISO/IEC 27001 views, every answer with its notes and evidence, sources, and a fingerprint of the assessment.
export-report-docx = Maturity report (Word, editable)
export-report-docx-hint = The same report as a Word document (DOCX) to edit before it goes to the council: real headings, tables, the charts as pictures, page numbers and a sign-off block to fill in.
export-xlsx = Answers as a workbook (XLSX)
export-xlsx-hint = One row per requirement: ids, framework, statement, level, target, gap, notes, evidence. Opens in Excel and LibreOffice.
export-csv = Answers as CSV
export-csv-hint = The same rows as plain text (UTF-8), for other tools.
export-soa-xlsx = Statement of Applicability (XLSX)
export-soa-xlsx-hint = Every ISO/IEC 27001:2022 Annex A control: included or excluded and why, how far it is implemented, evidence and date — for the auditor.
export-soa-pdf = Statement of Applicability (PDF)
export-soa-pdf-hint = The same statement as a document, grouped by theme, with the totals.
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

## The logo on the report's cover
export-logo = Logo on the cover
export-logo-browse = Choose a logo…
export-logo-none = No logo
export-logo-filter = Images (PNG, JPEG)
export-logo-hint = Optional: your organisation's logo (PNG or JPEG) beside its name on the cover. Remembered for the next report.
export-logo-ok = ✓ The logo can be used ({ $width } × { $height } pixels); it is scaled to fit the cover.
export-logo-unreadable = { $file } cannot be read: { $reason }
export-logo-too-large = { $file } is larger than { $megabytes } MB: choose a smaller image of the logo.
export-logo-not-image = { $file } is neither a PNG nor a JPEG image: choose a .png or .jpg file.
export-logo-too-many-pixels = { $file } is { $width } × { $height } pixels; a logo of at most { $most } pixels a side is expected.
export-logo-broken = { $file } looks like an image but cannot be read as one: save it again as PNG or JPEG.
export-language = Documents in
