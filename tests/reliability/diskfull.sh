#!/usr/bin/env bash
# diskfull.sh — load the generated stories into a database on an 8 MB tmpfs
# (as root; otherwise under `ulimit -f` with SIGXFSZ ignored, so write()
# fails with EFBIG): the run stops with a clear error, every story in the
# database is complete, and rerunning with room loads exactly the rest. The
# full load commits every 50 stories (--commit-every): with the default
# groups (1 s) all 1,000 stories could be one group, which the fault takes
# whole, and there would be no committed stories to check.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
total=$(ls "$STORIES" | wc -l)
mnt=$W/small-fs
mkdir -p "$mnt"
mode=ulimit
if [ -z "${NF_REL_NO_MOUNT:-}" ] && [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=8m nf-diskfull "$mnt" 2>/dev/null; then
    mode=tmpfs
    trap 'umount "$mnt" 2>/dev/null || true' EXIT
fi
db=$mnt/full.db
rm_db "$db"
set +e
if [ $mode = tmpfs ]; then
    "$NF" load -q --commit-every 50 --db "$db" "$STORIES" > "$W/full.out" 2> "$W/full.err"
else
    ( trap '' XFSZ; ulimit -f 8192; exec "$NF" load -q --commit-every 50 --db "$db" "$STORIES" ) \
        > "$W/full.out" 2> "$W/full.err"
fi
rc=$?
set -e
[ $rc = 1 ] || fail "load on a full disk: exit $rc (want 1): $(cat "$W/full.err")"
grep -Eq "full\.db: .*(disk is full|too large|disk I/O error)" "$W/full.err" ||
    fail "no clear disk-full message: $(cat "$W/full.err")"
grep -Eq "\(the last [0-9]+ stories were not written\)" "$W/full.err" ||
    fail "the message does not say how many stories the fault took: $(cat "$W/full.err")"
grep -q "stopped by a database fault: rerun to load the rest" "$W/full.out" ||
    fail "the run did not say it stopped: $(cat "$W/full.out")"
have=$(check_db "$db")
[ "$have" -gt 0 ] && [ "$have" -lt "$total" ] || fail "disk full after $have of $total stories?"
note "disk full ($mode) after $have stories: $(grep -m1 'full\.db' "$W/full.err")"
note "integrity ok, all $have stories complete"
[ $mode = tmpfs ] && mount -o remount,size=64m "$mnt"
out=$("$NF" load -q --db "$db" "$STORIES") || fail "rerun with room failed: $out"
echo "$out" | grep -q ": $((total - have)) new, $have already present, 0 replaced, 0 refused" ||
    fail "rerun: '$out' (expected $((total - have)) new, $have already present)"
n=$(check_db "$db")
[ "$n" -eq "$total" ] || fail "after the rerun: $n of $total"
note "rerun with room: $((total - have)) new, $have already present; $n/$total stories, counts match"
echo "diskfull: stopped cleanly at $have/$total stories ($mode), rerun loaded the rest"
