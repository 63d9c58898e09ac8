#!/usr/bin/env bash
# Checks with poppler and qpdf (other people's PDF readers, not our lopdf) that the four PDFs the
# program writes for the examples are tagged: the maturity report, the Statement of
# Applicability, the tender annex and an evaluation of two bids (forms filled by Python's csv
# module). Each must say `Tagged: yes` in pdfinfo and pass `qpdf --check`; the report's tree
# (`pdfinfo -struct-text`) must have the chapter titles as H1, tables as Table/TR/TH/TD with
# /Scope, and Figures; and every Figure of every file must carry /Alt (read from qpdf's JSON,
# since pdfinfo does not print it). Needs poppler-utils, qpdf and python3.
# usage: tests/scripts/check-tags.sh [path/to/mim-assistant]
set -euo pipefail
bin=${1:-target/debug/mim-assistant}
for tool in pdfinfo qpdf python3; do
  command -v "$tool" >/dev/null || { echo "check-tags: $tool is not installed" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data"
"$bin" example assessment -o "$work/a.mimassess.ron" >/dev/null
"$bin" report "$work/a.mimassess.ron" -o "$work/report.pdf" >/dev/null
"$bin" soa "$work/a.mimassess.ron" -o "$work/soa.pdf" >/dev/null
"$bin" example tender -o "$work/t.mimtender.ron" >/dev/null
"$bin" annex "$work/t.mimtender.ron" -o "$work/annex.pdf" --form "$work/form.csv" >/dev/null
python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
rows = list(csv.reader(open(f"{work}/form.csv", encoding="utf-8-sig", newline="")))
header = next(i for i, r in enumerate(rows) if r and r[0] == "No.")
for name, fails in (("Nordvik AB", None), ("Kanal AB", "3")):
    filled = [r[:] for r in rows]
    filled[1][1] = name
    for row in filled[header + 1:]:
        if row and row[0].isdigit():
            row[7] = "Does not meet" if row[0] == fails else "Meets"
            row[8] = f"Offer, section {row[0]}"
    with open(f"{work}/{name.split()[0].lower()}.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(filled)
PY
"$bin" evaluate "$work/t.mimtender.ron" "$work/nordvik.csv" "$work/kanal.csv" \
  -o "$work/evaluation.pdf" >/dev/null

for pdf in report soa annex evaluation; do
  file="$work/$pdf.pdf"
  pdfinfo "$file" | grep -q '^Tagged: *yes$' || { echo "check-tags: $pdf.pdf is not tagged" >&2; exit 1; }
  qpdf --check "$file" >/dev/null || { echo "check-tags: qpdf --check fails on $pdf.pdf" >&2; exit 1; }
  qpdf --json "$file" >"$work/$pdf.json"
  python3 - "$work/$pdf.json" "$pdf" <<'PY'
import json, sys
objects = json.load(open(sys.argv[1]))["qpdf"][1]
figures = [o["value"] for o in objects.values()
           if isinstance(o.get("value"), dict) and o["value"].get("/S") == "/Figure"]
missing = [f for f in figures if not f.get("/Alt")]
if missing:
    sys.exit(f"check-tags: {sys.argv[2]}.pdf has {len(missing)} Figure(s) without /Alt")
print(f"{sys.argv[2]}.pdf: Tagged: yes, qpdf --check clean, {len(figures)} Figure(s), each with /Alt")
PY
done

pdfinfo -struct-text "$work/report.pdf" >"$work/report.struct"
python3 - "$work/report.struct" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
def text_after(i):
    return lines[i + 1].strip().strip('"') if i + 1 < len(lines) else ""
h1 = [text_after(i) for i, l in enumerate(lines) if re.match(r"^\s*H1\b", l)]
for chapter in ("Executive summary", "Scores", "Radar", "Gaps against target", "Roadmap",
                "Requirement by requirement", "Sign-off"):
    if chapter not in h1:
        sys.exit(f"check-tags: the chapter {chapter!r} is not an H1 in the report's tree ({h1})")
roles = {re.match(r"^\s*(\w+)", l).group(1) for l in lines if re.match(r"^\s*\w+", l)}
for role in ("Document", "Table", "TR", "TH", "TD", "Figure", "P", "L", "LI", "LBody"):
    if role not in roles:
        sys.exit(f"check-tags: no {role} in the report's tree")
if not any("/Scope /Column" in l for l in lines):
    sys.exit("check-tags: no header cell heads a column")
print(f"report.pdf: pdfinfo -struct-text shows {len(h1)} H1 headings, tables with TH /Scope, Figures and lists")
PY
echo "check-tags: all four PDFs are tagged"
