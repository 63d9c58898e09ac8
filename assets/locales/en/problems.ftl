# What is wrong in a bidder's filled response form, and what was expected there. The library
# words these for the command line (in English) and the window (in its language); the place
# (sheet and cell, line and field) is put before them. Quoted values ($found, $value…) come
# quoted and cut to a readable length.

## Whole file
form-no-values = the form holds no values
form-no-values-expected = the response form as sent out, filled in
form-wrong-ending = the file name ends neither in .xlsx nor in .csv
form-wrong-ending-expected = a response form saved as .xlsx (Excel workbook) or .csv (CSV UTF-8)
form-unreadable = { $reason }
form-unreadable-expected = a readable file
form-empty = the file is empty (0 bytes)
form-empty-expected = a filled response form

## Cells
form-formula = a formula ({ $formula })
form-formula-expected = a typed value, not a formula
form-outside-columns = a value outside the form's columns A to J: { $value }
form-outside-columns-expected = nothing right of column { $last }; remarks belong in Comment
form-overlong = a text of { $units } characters, longer than a cell holds
form-overlong-expected = at most { $limit } characters in a cell; longer proof belongs in a document named in Evidence reference
form-no-bidder = the bidder name is empty
form-no-bidder-expected = the bidder's name in cell { $cell }
form-other-tender = the form is for tender { $found }
form-other-tender-expected = { $reference }, this tender's reference (use the form sent out for it)
form-no-headings = the column headings are missing
form-no-headings-expected = the headings { $headings } on { $unit ->
    [line] line
   *[row] row
} { $row }, as in the form sent out
form-heading-missing = the heading is missing
form-heading-wrong = the heading { $found } is not the form's
form-heading-expected = { $heading } (columns are not to be added, removed or reordered)
form-second-row = a second row for item { $number } ({ $id }); the first is { $unit ->
    [line] line
   *[row] row
} { $first }
form-second-row-expected = one row per item
form-missing-row = missing row for item { $number } ({ $id })
form-missing-row-expected = a row for every item of the tender, as in the form sent out
form-no-item-id = a row with no item id ({ $first })
form-no-item-id-expected = only the item rows of the form sent out (remarks belong in Comment)
form-unknown-item = unknown item { $id }: not in this tender
form-unknown-item-expected = an item id of this tender, as in the form sent out
form-description-changed = the description of item { $number } was changed: { $found }
form-description-expected = { $sent } as sent out (columns A to G are not to be changed)
form-response-expected = one of { $choices }
form-no-response = no response for item { $number }
form-not-a-response = { $found } is not a response
form-no-evidence = { $response } without an evidence reference
form-no-evidence-expected = where the proof is: a URL, a document with page, a test account
form-no-equivalent-comment = { $response } without a comment
form-no-equivalent-comment-expected = what is offered instead and why it is equivalent

## Reading the file
form-not-found = cannot read the file: there is no such file
form-no-permission = cannot read the file: no permission to read it
form-not-regular = this is not a regular file (a folder, a pipe or a device); only regular files are read
form-too-large = the file is larger than { $megabytes } MB, the most this program reads
form-csv-unreadable = the CSV cannot be read: { $reason }
form-csv-unreadable-expected = a CSV saved by a spreadsheet program
form-not-utf8 = the file is not UTF-8 text: byte { $byte } (character { $character } of the line)
form-not-utf8-expected = a CSV saved as UTF-8 (“CSV UTF-8” in the spreadsheet's Save as)

## Workbooks
form-xlsx-expected = a workbook saved as .xlsx (Excel 2007 or later)
form-not-zip = the file is not an XLSX workbook (it is not a zip archive)
form-xlsx-unreadable = the workbook cannot be read: { $reason }
form-no-response-sheet = the workbook has no sheet “{ $sheet }” (its sheets: { $count ->
    [0] none
   *[other] { $found }
})
form-no-response-sheet-expected = the sheet “{ $sheet }” of the form as sent out, not renamed
