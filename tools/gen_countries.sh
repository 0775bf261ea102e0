#!/bin/sh
# gen_countries.sh — regenerate the countries INSERT block of a schema file
# from iso-codes, so that the database needs no iso-codes at run time.
#
#   sh tools/gen_countries.sh schema/001_init.sql [iso_3166-1.json]
#
# Replaces the lines between "-- BEGIN countries" and "-- END countries" in
# place. Run at development time when iso-codes changes; the result is
# committed (and embedded into the binary by tools/embed_sql.sh).
set -eu
sql=$1
json=${2:-/usr/share/iso-codes/json/iso_3166-1.json}
tmp=$(mktemp)
block=$(mktemp)
trap 'rm -f "$tmp" "$block"' EXIT

jq -r '
  def q: if . == null then "NULL" else "'"'"'" + gsub("'"'"'"; "'"'"''"'"'") + "'"'"'" end;
  .["3166-1"] | sort_by(.alpha_2) | to_entries[] |
  (if .key == 0 then "INSERT INTO countries(code, alpha3, name, common_name) VALUES\n  " else "  " end) +
  "(" + (.value.alpha_2|q) + ", " + (.value.alpha_3|q) + ", " + (.value.name|q) + ", " +
  (.value.common_name|q) + ")"' "$json" |
  sed '/^  (/s/$/,/; $s/,$/;/' > "$block"

awk -v block="$block" '
  /^-- BEGIN countries/ { print; while ((getline l < block) > 0) print l; skip = 1; next }
  /^-- END countries/   { skip = 0 }
  !skip { print }' "$sql" > "$tmp"
grep -q '^-- END countries' "$tmp" || { echo "gen_countries: no BEGIN/END countries markers in $sql" >&2; exit 1; }
cat "$tmp" > "$sql"
