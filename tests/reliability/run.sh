#!/usr/bin/env bash
# run.sh — the reliability scenarios (make test-reliability): generate 1,000
# distinct stories, record the facts each extraction gives, then kill -9,
# disk full and concurrency. NF_BIN names the binary; work goes to /tmp.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NF=${NF_BIN:-build/newsfacts}
NF=$(cd "$(dirname "$NF")" && pwd)/$(basename "$NF")
export W=${NF_REL_DIR:-/tmp/nf-reliability-$$}
export STORIES=$W/stories FACTS_DB=$W/expect.db
N=${NF_REL_STORIES:-1000}
rm -rf "$W"
mkdir -p "$W"
start=$(date +%s)
tests/reliability/gen_stories.sh "$N" "$STORIES"
. tests/reliability/lib.sh
expect_counts "$STORIES" "$FACTS_DB"
echo "reliability: $N generated stories, $(sqlite3 "$FACTS_DB" 'SELECT sum(events+countries+officials+casualties+arrests+quotes+amounts) FROM x;') facts by extraction"
status=0
for t in kill9 diskfull concurrent; do
    tests/reliability/$t.sh || { echo "reliability: $t FAILED"; status=1; }
done
# the disk-full case again the way a non-root user meets it: a file size limit
if [ "$(id -u)" = 0 ]; then
    NF_REL_NO_MOUNT=1 tests/reliability/diskfull.sh || { echo "reliability: diskfull (ulimit) FAILED"; status=1; }
fi
echo "reliability: done in $(( $(date +%s) - start )) s"
[ $status = 0 ] && rm -rf "$W"
exit $status
