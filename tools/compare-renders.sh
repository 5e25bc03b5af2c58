#!/usr/bin/env bash
# compare-renders.sh A B: whether two renders of the same year (folders written by `esg report` or
# `esg demo`, e.g. before and after a change) hold the same content. HTML editions, the render report
# and the data pack's CSV must be byte-identical; the lineage page and the data pack's JSON too, but
# for their timestamps; PDF text (pdftotext) and the DOCX body (word/document.xml) identical.
# Exit 0 when everything is the same, 1 otherwise. Needs pdftotext and unzip.
set -uo pipefail
a=$1; b=$2
status=0
stamp='s/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z/TIMESTAMP/g'
same() { if "$@" >/dev/null 2>&1; then echo "same  $label"; else echo "DIFF  $label"; status=1; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$a"/report-*.html "$a"/render-report-*.md "$a"/datapack-*.csv; do
  n=$(basename "$f"); label=$n; same cmp "$f" "$b/$n"
done
for f in "$a"/lineage-*.html "$a"/datapack-*.json; do
  n=$(basename "$f"); label="$n (timestamps aside)"
  same diff <(sed -E "$stamp" "$f") <(sed -E "$stamp" "$b/$n")
done
for f in "$a"/report-*.pdf; do
  n=$(basename "$f"); label="$n (text)"
  pdftotext -enc UTF-8 "$f" "$tmp/a.txt" && pdftotext -enc UTF-8 "$b/$n" "$tmp/b.txt"
  same cmp "$tmp/a.txt" "$tmp/b.txt"
done
for f in "$a"/report-*.docx; do
  n=$(basename "$f"); label="$n (word/document.xml)"
  unzip -p "$f" word/document.xml > "$tmp/a.xml" && unzip -p "$b/$n" word/document.xml > "$tmp/b.xml"
  same cmp "$tmp/a.xml" "$tmp/b.xml"
done
exit $status
