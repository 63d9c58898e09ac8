#!/usr/bin/env bash
# Checks what leaves the program with other people's tools: the example's maturity report passes
# `qpdf --check`, and the XLSX export, converted to CSV by LibreOffice (headless), holds the same
# rows as the CSV export. Needs qpdf, LibreOffice (soffice) and python3; fails if any is missing.
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
