#!/usr/bin/env bash
# kill9.sh — kill -9 a load of the generated stories at two points; after
# each kill the database passes integrity_check and every story in it has
# exactly the facts its extraction gives; each rerun loads only the missing.
# The killed loads commit every 20 stories (--commit-every), so that a kill
# lands between commits, in the middle of a group, and not after the last.
# The first runs with --jobs 2 into the new database, so that its search
# index is being built beside it (search_side.h) when it is killed: that
# index is lost, and the rerun indexes every sentence.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
db=$W/kill9.db
rm_db "$db"
total=$(ls "$STORIES" | wc -l)
before=0
kills=0
for target in 100 400 700; do
    jobs=1
    [ "$target" = 100 ] && jobs=2
    # --index-every 300 sentences: chunks reach the side thread before the kill
    "$NF" load -q --jobs $jobs --commit-every 20 --index-every 300 --db "$db" "$STORIES" \
        > "$W/kill9.out" 2>&1 &
    pid=$!
    # kill once the database holds `target` stories (polled as a reader would)
    for _ in $(seq 1 600); do
        n=$(sqlite3 "$db" 'SELECT count(*) FROM documents;' 2>/dev/null || echo 0)
        [ "${n:-0}" -ge "$target" ] && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.02
    done
    kill -9 "$pid" 2>/dev/null || fail "the load ended before it could be killed (at $n stories)"
    wait "$pid" 2>/dev/null || true
    kills=$((kills + 1))
    have=$(check_db "$db")
    [ "$have" -ge "$before" ] && [ "$have" -lt "$total" ] ||
        fail "after kill -9: $have stories (had $before, of $total)"
    deferred=$(sqlite3 "$db" 'SELECT count(*) FROM deferred_indexes;')
    [ "$deferred" -eq 14 ] || fail "after kill -9 of a bulk load: $deferred deferred indexes listed, not 14"
    note "kill -9 at ~$target stories (--jobs $jobs): $have complete stories, integrity ok, counts match, 14 indexes deferred"
    before=$have
done
out=$("$NF" load -q --db "$db" "$STORIES")
echo "$out" | grep -q ": $((total - before)) new, $before already present, 0 replaced, 0 refused" ||
    fail "rerun: '$out' (expected $((total - before)) new, $before already present)"
have=$(check_db "$db")
[ "$have" -eq "$total" ] || fail "after the rerun: $have of $total stories"
built=$(sqlite3 "$db" "SELECT (SELECT count(*) FROM deferred_indexes) || ' ' || (SELECT count(*)
    FROM sqlite_schema WHERE type = 'index' AND name IN ('person_mentions_person', 'quotes_person',
    'official_roles_person', 'country_mentions_code', 'doc_countries_code', 'official_roles_country',
    'country_mentions_doc', 'person_mentions_doc', 'casualties_doc', 'casualties_event',
    'arrests_doc', 'arrests_event', 'quotes_doc', 'amounts_doc'));")
[ "$built" = "0 14" ] || fail "after the rerun: deferred, built indexes = $built (expected 0 14)"
fts=$(sqlite3 "$db" "SELECT (SELECT count(DISTINCT segid) FROM sentences_fts_idx) || ' ' ||
    (SELECT v FROM sentences_fts_config WHERE k = 'automerge') || ' ' ||
    ((SELECT count(*) FROM sentences_fts_docsize) = (SELECT count(*) FROM sentences));")
[ "$fts" = "1 4 1" ] ||
    fail "after the rerun: search index segments, automerge, all sentences indexed = $fts (expected 1 4 1)"
sqlite3 "$db" "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1);" ||
    fail "after the rerun: the search index fails its integrity-check"
note "rerun: $((total - before)) new, $before already present; $have/$total stories, counts match, indexes built, search index in one segment"
echo "kill9: $kills kills survived, nothing lost"
