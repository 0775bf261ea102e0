#!/usr/bin/env bash
# concurrent.sh — two loaders (overlapping halves of the stories) and a
# reader (saved queries and full-text search in a loop) on one database at
# the same time: all finish with exit 0, and every story is there once,
# with the facts its extraction gives. Both run with --jobs 2 into the new
# database, so both start building a search index beside it; at most one
# may copy it in, and every sentence ends up indexed exactly once.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
db=$W/concurrent.db
rm_db "$db"
total=$(ls "$STORIES" | wc -l)
a=$W/half-a b=$W/half-b
rm -rf "$a" "$b"
mkdir -p "$a" "$b"
# a: stories 0..2/3, b: stories 1/3..end — the middle third is in both
i=0
for f in $(ls "$STORIES" | sort); do
    [ $i -lt $((total * 2 / 3)) ] && ln -s "$STORIES/$f" "$a/$f"
    [ $i -ge $((total / 3)) ] && ln -s "$STORIES/$f" "$b/$f"
    i=$((i + 1))
done
# no schema yet: both loaders create it at once
"$NF" load -q --jobs 2 --db "$db" "$a" > "$W/conc-a.out" 2> "$W/conc-a.err" & pa=$!
"$NF" load -q --jobs 2 --db "$db" "$b" > "$W/conc-b.out" 2> "$W/conc-b.err" & pb=$!
reads=0
while [ ! -s "$db" ] && { kill -0 $pa || kill -0 $pb; } 2>/dev/null; do sleep 0.01; done
read_fail=0
while kill -0 $pa 2>/dev/null || kill -0 $pb 2>/dev/null; do
    "$NF" query --db "$db" --format csv casualties > /dev/null 2>> "$W/conc-r.err" || read_fail=$((read_fail + 1))
    "$NF" search --db "$db" --format csv minister > /dev/null 2>> "$W/conc-r.err" || read_fail=$((read_fail + 1))
    reads=$((reads + 2))
done
ra=0 rb=0
wait $pa || ra=$?
wait $pb || rb=$?
[ $ra = 0 ] && [ $rb = 0 ] || fail "loaders exited $ra and $rb: $(cat "$W/conc-a.err" "$W/conc-b.err")"
[ $read_fail = 0 ] || fail "$read_fail of $reads reads failed: $(head -3 "$W/conc-r.err")"
newa=$(sed -n 's/.*: \([0-9]*\) new, .*/\1/p' "$W/conc-a.out")
newb=$(sed -n 's/.*: \([0-9]*\) new, .*/\1/p' "$W/conc-b.out")
[ $((newa + newb)) -eq "$total" ] || fail "new stories: $newa + $newb != $total"
n=$(check_db "$db")
[ "$n" -eq "$total" ] || fail "$n stories in the database, want $total"
fts=$(sqlite3 "$db" "SELECT ((SELECT count(*) FROM sentences_fts_docsize) = (SELECT count(*) FROM sentences))
    || ' ' || ((SELECT indexed_upto FROM fts_state) = (SELECT max(id) FROM sentences));")
[ "$fts" = "1 1" ] || fail "search index: every sentence indexed, up to the last = $fts (expected 1 1)"
sqlite3 "$db" "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1);" ||
    fail "the search index fails its integrity-check"
note "loaders: $newa + $newb new (overlap present once), $reads reads during the loads, 0 failed; search index complete"
echo "concurrent: 2 loaders + 1 reader, $n stories, nothing lost"
