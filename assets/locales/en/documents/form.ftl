# The bidder response form (src/procurement/form.rs, layout.rs, response.rs): its sheets, labels,
# column headings, response values and instructions, in the tender's language. The importer
# (src/procurement/import) reads a filled form by these words and by the English ones, so a form
# written before it was translated still reads.

## Sheets, the tender's lines, the column headings
form-sheet-response = Response
form-sheet-instructions = Instructions
form-label-bidder = Bidder name
form-label-reference = Tender reference
form-label-tender = Tender
form-title = Bidder response form — { $title } ({ $reference })
form-doc-comment = Response form written by MIM Assistant
form-col-number = No.
form-col-id = Item id
form-col-title = Title
form-col-requirement = Requirement
form-col-modality = MUST/SHOULD
form-col-weight = Weight
form-col-proof = Means of proof
form-col-response = Response
form-col-evidence = Evidence reference
form-col-comment = Comment

## What each column holds, for the instructions sheet and the annex
form-col-number-explanation = The item's number in the annex.
form-col-id-explanation = The requirement's identifier (framework and number).
form-col-title-explanation = The requirement's short title.
form-col-requirement-explanation = The requirement as worded in the annex.
form-col-modality-explanation = MUST: pass/fail, a bid that does not meet it is excluded. SHOULD: an award criterion.
form-col-weight-explanation = Points of 100 for a SHOULD item; “pass/fail” for a MUST.
form-col-proof-explanation = What the buyer will check.
form-col-response-explanation = Pick one: “{ $meets }”, “{ $equivalent }” or “{ $not }”.
form-col-evidence-explanation = Where the proof is: a URL, a document with page, a test account. Required for “{ $meets }” and “{ $equivalent }”.
form-col-comment-explanation = Anything the evaluator should know; for “{ $equivalent }”, what is offered instead and why it is equivalent (required).

## The values of the description columns and of the response list
form-must = MUST
form-should = SHOULD
form-pass-fail = pass/fail
form-proof-self-declaration = Self-declaration
form-proof-documentation = Documentation
form-proof-certificate = Certificate
form-proof-demonstration = Demonstration
form-proof-test = Test
form-response-meets = Meets
form-response-equivalent = Meets by equivalent
form-response-not = Does not meet
# A value quoted in a sentence.
form-quoted = “{ $text }”
# Printed with an item that accepts an equivalent (Directive 2014/24/EU, Art. 42).
form-equivalent-sentence = Any standard or specification named here may be met by an equivalent; the bidder proves the equivalence.
form-unknown-requirement = (requirement { $id } is not in the loaded catalogs)

## The response sheet's hint line and the list of responses
form-hint-xlsx = Fill in the highlighted cells: your name in { $cell }, and { $response }, { $evidence } and { $comment } for every item. The sheet “{ $instructions }” explains each column.
form-hint-csv = Fill in the bidder name ({ $cell }) and, for every item, { $response } ({ $choices }), { $evidence } and { $comment }. Do not add, remove or reorder rows or columns; save as CSV UTF-8.
form-list-title = Response
form-list-message = Pick one: { $choices }.
form-list-error-title = Not a response
form-list-error = The response must be one of { $choices }.

## The instructions sheet
form-how-title = How to fill in the response form
form-steps = Steps
form-step-name = Write your company's name in cell { $cell } of the sheet “{ $sheet }”.
form-step-rows = For every item (one row each, from row { $row }), fill in the highlighted columns { $response }, { $evidence } and { $comment }. The other columns describe the item and are locked.
form-step-values = Type every value; do not use formulas.
form-step-layout = Do not add, remove or reorder rows or columns, and do not rename the sheet: the buyer's program reads the form by its layout and rejects a changed form.
form-step-save = Save the file as an Excel workbook (.xlsx). A CSV saved as UTF-8 (“CSV UTF-8”) of the sheet “{ $sheet }” is also accepted.
form-the-columns = The columns
form-you-fill = You fill it in.
form-buyer-fills = Filled in by the buyer; locked.
form-the-responses = The responses
form-meets-meaning = The offer meets the item as written. Give the evidence reference.
form-equivalent-meaning = The offer meets the item by an equivalent (another standard or solution). It counts only once the buyer accepts the equivalence. Explain in { $comment } what is offered instead and why it is equivalent (required), and give the evidence reference.
form-not-meaning = The offer does not meet the item. On a MUST item this excludes the bid; on a SHOULD item it earns no points.
form-evaluation = Evaluation
form-rule-must = A bid that does not meet a MUST item is excluded, whatever its points.
form-rule-should = A SHOULD item earns its weight (points of 100) when it is met; “{ $equivalent }” earns it only once the buyer accepts the equivalence.
form-rule-unread = A form with an empty or unknown response, a missing evidence reference or a changed description is returned unread.
