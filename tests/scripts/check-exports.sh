#!/usr/bin/env bash
# Checks what leaves the program with other people's tools: the example's maturity report passes
# `qpdf --check`, its DOCX opens in LibreOffice and python-docx, and the XLSX export, converted to CSV by LibreOffice (headless), holds the same
# rows as the CSV export; the procurement response form, filled in by openpyxl and re-saved by
# LibreOffice, is read back by `evaluate`. Needs qpdf, LibreOffice (soffice, Calc and Writer),
# python3, python3-openpyxl and python3-docx; fails if any is missing.
# usage: tests/scripts/check-exports.sh [path/to/mim-assistant]
set -euo pipefail
bin=${1:-target/debug/mim-assistant}
for tool in qpdf soffice python3; do
  command -v "$tool" >/dev/null || { echo "check-exports: $tool is not installed" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" example assessment -o "$work/example.mimassess.ron" >/dev/null
"$bin" report "$work/example.mimassess.ron" -o "$work/report.pdf"
qpdf --check "$work/report.pdf" >/dev/null
echo "qpdf --check: no errors in report.pdf"
"$bin" export "$work/example.mimassess.ron" -o "$work/answers.csv" >/dev/null
"$bin" export "$work/example.mimassess.ron" -o "$work/answers.xlsx" >/dev/null
mkdir "$work/lo"
# 44,34,76 = comma, double quote, UTF-8; the first sheet only.
HOME="$work" soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$work/lo" "$work/answers.xlsx" >"$work/soffice.log" 2>&1 || true
[[ -s "$work/lo/answers.csv" ]] || { echo "LibreOffice did not convert the XLSX:" >&2; cat "$work/soffice.log" >&2; exit 1; }
python3 - "$work/answers.csv" "$work/lo/answers.csv" <<'PY'
import csv, sys
ours = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
libre = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig", newline="")))
def number(text):
    try:
        float(text)
        return True
    except ValueError:
        return False
def plain(cell):
    # Our CSV marks formula-like text with a leading apostrophe (as the writer does: = + - @ tab
    # CR, unless the cell is a number); the XLSX stores the text itself.
    if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") and not number(cell[1:]):
        return cell[1:]
    return cell
ours = [[plain(c) for c in row] for row in ours]
if len(ours) != len(libre):
    sys.exit(f"row counts differ: CSV {len(ours)}, XLSX via LibreOffice {len(libre)}")
for n, (a, b) in enumerate(zip(ours, libre), 1):
    if a != b:
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                sys.exit(f"row {n}, column {i + 1} differs: CSV {x!r}, XLSX {y!r}")
        sys.exit(f"row {n} differs in length: {len(a)} vs {len(b)}")
print(f"XLSX opened in LibreOffice: the same {len(ours) - 1} rows and {len(ours[0])} columns as the CSV")
PY

# The editable report: the example's DOCX, converted to PDF by LibreOffice (headless Writer),
# has a page count within 30 % of our PDF's, and python-docx reads its headings with their
# Heading styles and its scores table (tests/scripts/read-docx.py).
pydocx=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import docx' 2>/dev/null; then pydocx=$candidate; break; fi
done
[[ -n $pydocx ]] || { echo "check-exports: python3-docx is not installed" >&2; exit 1; }
"$bin" report "$work/example.mimassess.ron" -o "$work/report.docx" >/dev/null
HOME="$work" soffice --headless --convert-to pdf --outdir "$work/lo" "$work/report.docx" \
  >"$work/soffice.log" 2>&1 || true
[[ -s "$work/lo/report.pdf" ]] || { echo "LibreOffice did not convert the DOCX:" >&2; cat "$work/soffice.log" >&2; exit 1; }
ours=$(qpdf --show-npages "$work/report.pdf")
libre=$(qpdf --show-npages "$work/lo/report.pdf")
if (( libre * 10 < ours * 7 || libre * 10 > ours * 13 )); then
  echo "the DOCX in LibreOffice has $libre pages, our PDF $ours: more than 30 % apart" >&2; exit 1
fi
"$pydocx" "$(dirname "$0")/read-docx.py" "$work/report.docx" Complete >"$work/docx.json"
"$pydocx" - "$work/docx.json" <<'PY'
import json, sys
seen = json.load(open(sys.argv[1], encoding="utf-8"))
styles = {style for style, _ in seen["headings"]}
if not {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles:
    sys.exit(f"the DOCX lacks heading styles: {sorted(styles)}")
table = seen["table"] or []
if len(table) < 3 or table[0][0] != "Framework" or table[-1][0] != "All frameworks":
    sys.exit(f"the DOCX's scores table reads wrong: {table}")
if seen["pictures"] != seen["pictures_with_alt_text"] or seen["pictures"] == 0:
    sys.exit(f"pictures without alt text: {seen['pictures']} pictures, {seen['pictures_with_alt_text']} described")
print(f"python-docx read report.docx: {len(seen['headings'])} headings in {len(styles)} styles, "
      f"the scores table of {len(table) - 1} rows, {seen['pictures']} pictures with alt texts")
PY
echo "LibreOffice opened report.docx: $libre pages (our PDF: $ours)"

# The Statement of Applicability: its PDF passes qpdf, and its XLSX, converted to CSV by
# LibreOffice, has one row per ISO/IEC 27001:2022 Annex A control, in catalog order, under the
# heading row.
"$bin" soa "$work/example.mimassess.ron" -o "$work/soa.pdf" >/dev/null
qpdf --check "$work/soa.pdf" >/dev/null
"$bin" soa "$work/example.mimassess.ron" -o "$work/soa.xlsx" >/dev/null
HOME="$work" soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' \
  --outdir "$work/lo" "$work/soa.xlsx" >"$work/soffice.log" 2>&1 || true
[[ -s "$work/lo/soa.csv" ]] || { echo "LibreOffice did not convert the SoA:" >&2; cat "$work/soffice.log" >&2; exit 1; }
"$bin" list --ids | sed -n 's/^iso27001:\(A\.[0-9]*\.[0-9]*\)$/\1/p' >"$work/annex-a.txt"
python3 - "$work/lo/soa.csv" "$work/annex-a.txt" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
controls = [line.strip() for line in open(sys.argv[2]) if line.strip()]
found = [row[1] for row in rows[1:]]
if found != controls:
    sys.exit(f"the SoA's rows differ from Annex A: {len(found)} rows, {len(controls)} controls")
if any(len(row) != len(rows[0]) for row in rows):
    sys.exit("the SoA's rows differ in length")
print(f"SoA opened in LibreOffice: {len(found)} controls, one row each, {len(rows[0])} columns; qpdf --check: no errors in soa.pdf")
PY

# Procurement: the response form is filled in by other programs and read back. openpyxl (not our
# XLSX library) fills the XLSX form; LibreOffice opens that filled form and saves it again; the
# csv module of python fills the CSV form. `evaluate` must import each (exit 0) with the points
# the filled answers are worth, and refuse a wrongly filled form (exit 1, the cell named).
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import openpyxl' 2>/dev/null; then py=$candidate; break; fi
done
[[ -n $py ]] || { echo "check-exports: python3-openpyxl is not installed" >&2; exit 1; }
tender="$work/example.mimtender.ron"
"$bin" example tender -o "$tender" >/dev/null
"$bin" annex "$tender" -o "$work/annex.pdf" --form "$work/form.xlsx" >/dev/null
"$bin" annex "$tender" -o "$work/annex.pdf" --form "$work/form.csv" >/dev/null
qpdf --check "$work/annex.pdf" >/dev/null
echo "qpdf --check: no errors in annex.pdf"
mkdir "$work/filled" "$work/resaved"
# Every item "Meets" with evidence, except the first SHOULD item ("Does not meet") and the last
# MUST item ("Meets by equivalent", accepted below with --accept). Writes the points this is
# worth, read from the form's own weights, to expected-points.
"$py" - "$work/form.xlsx" "$work/form.csv" "$work/filled" <<'PY'
import csv, sys
import openpyxl
form_xlsx, form_csv, out = sys.argv[1:4]

def answers(rows):
    """(row index, code, evidence, comment) per item row; rows are lists of cell texts."""
    items = [i for i, r in enumerate(rows) if i >= 6 and len(r) > 1 and str(r[1] or "").strip()]
    kinds = {i: str(rows[i][4]) for i in items}
    first_should = next(i for i in items if kinds[i] == "SHOULD")
    last_must = [i for i in items if kinds[i] == "MUST"][-1]
    points = 0
    result = []
    for i in items:
        if i == first_should:
            result.append((i, "Does not meet", "", "Not offered."))
            continue
        if kinds[i] == "SHOULD":
            points += int(float(rows[i][5]))
        if i == last_must:
            result.append((i, "Meets by equivalent", "Offer, annex C", "An equivalent; see annex C."))
        else:
            result.append((i, "Meets", f"https://nordvik.example/proof/{i + 1}", ""))
    return result, points

book = openpyxl.load_workbook(form_xlsx)
sheet = book["Response"]
rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=1, max_col=10)]
filled, points = answers(rows)
sheet["B2"] = "Nordvik Data AB"
for i, code, evidence, comment in filled:
    sheet.cell(row=i + 1, column=8, value=code)
    sheet.cell(row=i + 1, column=9, value=evidence or None)
    sheet.cell(row=i + 1, column=10, value=comment or None)
book.save(f"{out}/nordvik.xlsx")
open(f"{out}/expected-points", "w").write(str(points))
open(f"{out}/equivalent-item", "w").write(str(next(i for i, c, _, _ in filled if c == "Meets by equivalent") - 5))

# The same answers typed wrongly: "Yes" for the first item.
sheet.cell(row=filled[0][0] + 1, column=8, value="Yes")
book.save(f"{out}/wrong.xlsx")

records = list(csv.reader(open(form_csv, encoding="utf-8-sig", newline="")))
records[1][1] = "Kanal Systems Oy"
for i, code, evidence, comment in answers(records)[0]:
    records[i][7:10] = [code, evidence, comment]
with open(f"{out}/kanal.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(records)
PY
echo "openpyxl filled the XLSX form; python's csv module filled the CSV form"
HOME="$work" soffice --headless --convert-to xlsx --outdir "$work/resaved" "$work/filled/nordvik.xlsx" \
  >"$work/soffice.log" 2>&1 || true
[[ -s "$work/resaved/nordvik.xlsx" ]] || { echo "LibreOffice did not re-save the filled form:" >&2; cat "$work/soffice.log" >&2; exit 1; }
expected=$(cat "$work/filled/expected-points")
item=$(cat "$work/filled/equivalent-item")
for form in "$work/filled/nordvik.xlsx" "$work/resaved/nordvik.xlsx" "$work/filled/kanal.csv"; do
  bidder="Nordvik Data AB"
  [[ $form == *.csv ]] && bidder="Kanal Systems Oy"
  if ! "$bin" evaluate "$tender" "$form" --accept "$bidder#$item" -o "$work/evaluation.pdf" \
      >"$work/evaluate.out" 2>"$work/evaluate.err"; then
    echo "evaluate refused ${form#"$work/"}:" >&2; cat "$work/evaluate.err" >&2; exit 1
  fi
  # Ranked first, with no equivalence left open: the accepted one counts.
  grep -qx " 1  $bidder: $expected of 100 points" "$work/evaluate.out" || {
    echo "evaluate of ${form#"$work/"}: expected \" 1  $bidder: $expected of 100 points\", got:" >&2
    cat "$work/evaluate.out" >&2; exit 1
  }
  echo "evaluate read ${form#"$work/"}: $bidder, $expected of 100 points"
done
qpdf --check "$work/evaluation.pdf" >/dev/null
echo "qpdf --check: no errors in evaluation.pdf"
status=0
"$bin" evaluate "$tender" "$work/filled/wrong.xlsx" -o "$work/wrong.pdf" >/dev/null 2>"$work/wrong.err" || status=$?
if [[ $status -ne 1 ]] || ! grep -q 'cell H7 (Response): “Yes” is not a response' "$work/wrong.err"; then
  echo "evaluate of a wrongly filled form: expected exit 1 naming cell H7, got exit $status:" >&2
  cat "$work/wrong.err" >&2; exit 1
fi
echo "evaluate refused a wrongly filled form (exit 1): $(head -n 1 "$work/wrong.err" | sed "s|$work/||")"

# The same for forms in the tender's language: Swedish and German forms filled by openpyxl.
"$(dirname "$0")/check-forms-in-languages.sh" "$bin"
