# lib.sh — helpers the reliability scenarios share (sourced, bash).
# NF: the binary; W: the scenario's work directory under /tmp;
# STORIES: the generated stories; FACTS_DB: their expected facts counts.

fail() { echo "FAIL: $*" >&2; exit 1; }
note() { echo "  $*"; }

# expect_counts DIR DB — extract every story of DIR once and record, per
# sha256, how many facts of each kind the extraction gives (table x of DB).
expect_counts() {
    "$NF" extract --lines "$1" > "$W/facts.jsonl" || fail "extract of $1 failed"
    rm -f "$2"
    sqlite3 "$2" "CREATE TABLE x AS SELECT
        json_extract(j.value, '\$.document.sha256') AS sha,
        json_array_length(j.value, '\$.events') AS events,
        json_array_length(j.value, '\$.countries') AS countries,
        json_array_length(j.value, '\$.officials') AS officials,
        json_array_length(j.value, '\$.casualties') AS casualties,
        json_array_length(j.value, '\$.arrests') AS arrests,
        json_array_length(j.value, '\$.quotes') AS quotes,
        json_array_length(j.value, '\$.amounts') AS amounts,
        (SELECT coalesce(sum(json_array_length(c.value, '\$.mentions')), 0)
           FROM json_each(j.value, '\$.countries') c) AS cmentions
      FROM json_each('[' || replace(rtrim(readfile('$W/facts.jsonl'), char(10)),
                                    char(10), ',') || ']') AS j;" || fail "cannot count facts"
}

# db_docs DB — how many stories DB holds.
db_docs() { sqlite3 "$1" 'SELECT count(*) FROM documents;'; }

# check_db DB — integrity_check is ok and every story present has exactly
# the facts its extraction gives; prints the number of stories present.
check_db() {
    local ic bad
    ic=$(sqlite3 "$1" 'PRAGMA integrity_check;') || fail "$1: sqlite3 cannot open it"
    [ "$ic" = ok ] || fail "$1: integrity_check: $ic"
    bad=$(sqlite3 "$1" "ATTACH '$FACTS_DB' AS e;
      SELECT d.source FROM documents d LEFT JOIN e.x ON e.x.sha = d.sha256
       WHERE e.x.sha IS NULL
          OR (SELECT count(*) FROM events WHERE document_id = d.id) != e.x.events
          OR (SELECT count(*) FROM document_countries WHERE document_id = d.id) != e.x.countries
          OR (SELECT count(*) FROM official_roles WHERE document_id = d.id) != e.x.officials
          OR (SELECT count(*) FROM casualties WHERE document_id = d.id) != e.x.casualties
          OR (SELECT count(*) FROM arrests WHERE document_id = d.id) != e.x.arrests
          OR (SELECT count(*) FROM quotes WHERE document_id = d.id) != e.x.quotes
          OR (SELECT count(*) FROM amounts WHERE document_id = d.id) != e.x.amounts
          OR (SELECT count(*) FROM country_mentions WHERE document_id = d.id) != e.x.cmentions
          OR (SELECT count(*) FROM sentences WHERE document_id = d.id) = 0;") ||
        fail "$1: cannot compare counts"
    [ -z "$bad" ] || fail "$1: stories with facts that differ from their extraction: $(echo "$bad" | head -5)"
    db_docs "$1"
}

# rm_db DB — the database and its companions.
rm_db() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal" "${1%.db}.sqbpro"; }
