# The tender annex (src/report/annex), and what the tender documents share
# (src/report/tender_parts.rs: the metadata, the title block and the item summary, which the
# evaluation report uses too), in the tender's language.

## Metadata, title block and item summary of the tender documents
annex-doc-name = Tender annex
annex-doc-subject = Requirements, response instructions and evaluation rules for
# The document's subject: "{ $subject } the tender …"; $reference is " (reference)" or nothing.
annex-doc-subject-of = { $subject } the tender “{ $title }”{ $reference }
annex-doc-keywords = tender, public procurement, Directive 2014/24/EU, MIM, OASC
annex-doc-header = annex: requirements and response
annex-tender-line = Tender: { $title }
annex-fact-buyer = Buyer
annex-fact-reference = Reference
annex-item-summary = { $items ->
    [one] 1 item
   *[other] { $items } items
}: { $musts } MUST (pass/fail) and { $shoulds } SHOULD (weighted, { $points } points in total)
# Printed in a translated annex only, at the end of the introduction; the form has it too.
annex-binding-notice = The binding texts are the English originals of the MIMs. The titles of ISO/IEC 27001 are given in MIM Assistant's own translation, for reference only. NIS2 and the Implementing Regulation (EU) 2024/2690 are quoted in the terms of their official English version.

## 1. Introduction
annex-kicker = Annex to the tender documents
annex-title = Requirements and response instructions
annex-fact-date = Date of issue
annex-fact-questions = Questions to
annex-fact-items = Items
annex-fact-answer = Answer in
annex-fact-answer-value = the response form, sheet “{ $sheet }” (see section 2)
annex-h-introduction = Introduction
annex-intro = This annex is part of the documents for the tender “{ $title }” of { $buyer }. It states what the solution offered, and in some cases the bidder, must or should fulfil, how to answer in the response form, and how the answers are evaluated.
annex-intro-reference = This annex is part of the documents for the tender “{ $title }” of { $buyer }, reference { $reference }. It states what the solution offered, and in some cases the bidder, must or should fulfil, how to answer in the response form, and how the answers are evaluated.
annex-no-items = The tender has no items yet.
annex-intro-counts = The annex has { $items } numbered items; the response form and the evaluation use the same numbers. The { $musts } MUST items are pass/fail: a bid that fails one of them is excluded. The { $shoulds } SHOULD items are award criteria that earn points, { $points } in total.
annex-intro-frameworks = The items are taken from the published frameworks below, in the versions shown. The requirement texts are worded for this tender; the identifiers (such as mim6:R1) are those of the frameworks.
annex-not-loaded = { $id } (not in the loaded catalogs)
annex-unknown-version = unknown
annex-col-framework = Framework
annex-col-version = Version used
annex-col-items = Items

## 2. How to answer
annex-h-how = How to answer
annex-how-intro = Answer in the response form that comes with this annex. It is a spreadsheet with two sheets: “{ $instructions }” repeats the essentials of this section, and “{ $response }” is where you answer.
# A form column named with its letter: "Response (H)".
annex-column-named = { $title } ({ $letter })
annex-columns-span = columns { $first } to { $last }
annex-column-single = column { $column }
annex-columns-description = the description columns
annex-check = Check that cells { $first } and { $second } show this tender: “{ $title }”.
annex-check-reference = Check that cells { $first } and { $second } show this tender: reference { $reference } and “{ $title }”.
annex-questions-default = the contact named in the tender documents
annex-step-name = Write your organisation's name in cell { $cell } (“{ $label }”) of the sheet “{ $sheet }”. Use the name under which you submit your tender: the evaluation refers to your bid by it.
annex-step-rows = From row { $row } there is one row per item, numbered as in this annex. Answer every item in the columns { $columns }, typing each value (no formulas). A form with an empty or unknown response, a missing evidence reference, a “{ $equivalent }” without a comment, or a changed item description cannot be read, and is returned to the bidder unread.
annex-step-locked = Do not change { $locked }, do not add, remove or reorder rows or columns, and do not rename the sheets. The descriptions are locked: the buyer reads the form back with software that checks them against this annex.
annex-step-return = Return the filled form with your tender, before the deadline set in the tender documents, as an Excel workbook (.xlsx); the sheet “{ $sheet }” saved as “CSV UTF-8” is accepted too. Send questions about this annex to { $contact }.
annex-h-columns = Columns of the sheet “{ $sheet }”
annex-columns-row = The column headings are in row { $row }.
annex-col-column = Column
annex-col-heading = Heading
annex-col-filled-by = Filled in by
annex-col-contains = What it contains
annex-filled-you = You
annex-filled-buyer = The buyer (locked)
annex-h-responses = The three responses
annex-responses-intro = Give exactly one of these responses for each item, written as shown.
annex-meets-meaning = The solution offered meets the item as written.
annex-equivalent-meaning = The solution offered meets the item by other means, for example another standard, that you show to be equivalent. It counts as met once the buyer accepts the equivalence (section 3).
annex-not-meaning = The solution offered does not meet the item. For a MUST item this excludes the bid; a SHOULD item earns no points.
annex-required = Required
annex-optional = Optional
annex-not-needed = Not needed
annex-equivalent-comment = Required: what you offer instead, and why it is equivalent
annex-col-meaning = Meaning
annex-h-evidence = Evidence
annex-evidence-intro = In “{ $evidence }”, say exactly where the evaluators find the proof: a web address, a document with its page or section, or the access details of a test account. The proof must be of the kind the item's “{ $proof }” column names:
annex-col-checks = What the evaluators check
annex-proof-self-declaration = Your own signed statement that the item is met.
annex-proof-documentation = Documents that show it: policies, procedures, designs, interface descriptions.
annex-proof-certificate = A certificate issued by an accredited body.
annex-proof-demonstration = A live demonstration to the evaluators.
annex-proof-test = A test run by the buyer or by a third party.

## 3. How bids are evaluated
annex-h-evaluation = How bids are evaluated
annex-rule-must = MUST items are pass/fail. A bid fails an item when it answers “{ $not }”, or when it claims an equivalent that the buyer does not accept. A bid that fails even one MUST item is excluded, whatever its points.
annex-rule-no-should = This annex has no SHOULD items, so it awards no points.
annex-rule-should = SHOULD items are award criteria. A bid that meets a SHOULD item earns the item's full weight; otherwise it earns nothing for it, and is not excluded, whatever verb the item's text uses (“shall” there says what earns the points). The { $count } weights add up to { $total } points; they are listed in section { $section }.
annex-rule-equivalent = “{ $equivalent }” counts as met once the buyer has accepted the equivalence, judged on the evidence and the comment given. A rejected equivalence counts as “{ $not }”.
annex-rule-rank = Bids that pass every MUST item are ranked by their points, highest first; bids with equal points share a rank.
annex-rule-proof = The evaluators check each answer against the item's means of proof.

## The requirements, "or equivalent", the clauses, the award criteria
annex-col-no = No.
annex-col-id = Id
annex-col-requirement = Requirement
annex-col-clause = Clause
annex-col-modality = MUST / SHOULD
annex-col-weight = Weight
annex-col-placement = Where it belongs
annex-h-requirements = Requirements
# Item numbers in a sentence: "items 1–7, 11".
annex-items = { $count ->
    [one] item { $list }
   *[other] items { $list }
}
annex-requirements-intro = The table lists { $items } with the requirement text that applies. “{ $placement }” names the part of the tender documents the item belongs to.
annex-requirements-clauses = The common clauses, { $items }, are in section { $section }.
annex-requirements-articles = Article numbers refer to Directive 2014/24/EU.
annex-place-specification = Technical specification (Art. 42)
annex-place-selection = Selection criteria (Art. 58)
annex-place-award = Award criteria (Art. 67)
annex-place-contract = Contract clause (Art. 70)
annex-place-acceptance = Acceptance test
# The same, short enough for the narrow column of the requirement table.
annex-place-specification-column = Technical specification (Art. 42)
annex-place-selection-column = Selection criteria (Art. 58)
annex-place-award-column = Award criteria (Art. 67)
annex-place-contract-column = Contract clause (Art. 70)
annex-place-acceptance-column = Acceptance test
annex-place-specification-meaning = A minimum requirement on the solution offered.
annex-place-selection-meaning = A minimum the bidder itself must show about its ability to carry out the contract.
annex-place-award-meaning = A criterion that earns points, with its weight published in this annex.
annex-place-contract-meaning = A condition for carrying out the contract, part of the draft contract.
annex-place-acceptance-meaning = Checked again when the solution is delivered, before the buyer accepts it.
annex-h-equivalent = “Or equivalent”
annex-equivalent-none = No item of this annex is marked with the “or equivalent” wording. The rule below applies all the same to any standard, specification, certificate or label an item names.
annex-equivalent-some = Where an item names a standard, a specification, a certificate or a label, an equivalent is accepted. In this annex this concerns { $items }: their text says “or equivalent” itself, or ends with the sentence:
annex-equivalent-law = This follows Directive 2014/24/EU. Under Article 42, every reference to a standard in a technical specification is followed by the words “or equivalent”, and a bid is not rejected for not following the named standard when the bidder shows, by any suitable means, that its solution meets the requirement equally well. Under Article 44, certificates from equivalent conformity assessment bodies are accepted too, and a bidder that could not obtain a certificate or test report in time, for reasons it is not responsible for, may offer other suitable proof, such as the manufacturer's technical dossier.
annex-equivalent-claim = To claim an equivalent, answer “{ $response }”. In “{ $comment }”, say what you offer instead and why it meets the requirement equally well; in “{ $evidence }”, say where the proof is. Proving the equivalence is up to the bidder; the buyer decides whether to accept it.
annex-h-clauses = Common clauses
annex-clauses-intro = These clauses apply whatever solution is offered. They come from { $names } and are numbered like the other items; answer them in the response form in the same way. They are grouped by the part of the tender documents they belong to.
annex-h-award = Award criteria
annex-award-none = This annex has no SHOULD items, so it sets no weighted award criteria.
annex-award-intro = The SHOULD items are the award criteria of this annex. Their weights are published here, before bids are made, as Article 67 of Directive 2014/24/EU requires. A bid that meets an item earns its weight; the most a bid can earn is { $total } points.
annex-col-award = Award criterion
annex-total = Total
annex-secondary-note = (Known from a secondary source only; see Sources and credits.)

## Sources and credits
annex-h-sources = Sources and credits
annex-none = None.
annex-sources-intro = The documents the items are drawn from:
# The framework column of the narrow sources table.
annex-col-catalog = Framework
annex-col-document = Document
annex-col-where = Where
annex-col-licence = Licence
annex-secondary-list = Known from a secondary source only (a third-party copy of the MIM text, listed above), to be read with the publisher's text where it differs: { $ids }.
annex-h-credits = Credits
annex-worded-by = The requirement and clause texts are worded by MIM Assistant { $version } from the sources above; identifiers, titles and numbers come from the sources.
annex-custom-words = The texts of { $frameworks } come from a catalog added by the buyer (imported from another format or written by the buyer), not from MIM Assistant: they are the source's own words.
