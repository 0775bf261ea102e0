#!/bin/sh
# gen_stories.sh N DIR — write N distinct stories DIR/story-NNNN.txt made
# deterministically from tests/fixtures/corpus/*.txt: story k is corpus story
# k mod C with every number shifted by k / C + 1 and a dateline naming k, so
# no two share a sha256 and each still reads (and extracts) like news.
set -eu
n=$1
dir=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dir"
# shellcheck disable=SC2046
awk -v n="$n" -v dir="$dir" '
FNR == 1 { files[nf++] = FILENAME }
{ text[FILENAME] = text[FILENAME] $0 "\n" }
END {
    for (k = 0; k < n; k++) {
        src = text[files[k % nf]]
        off = int(k / nf) + 1
        out = sprintf("(Update %d) ", k)
        while (match(src, /[0-9]+/)) {
            out = out substr(src, 1, RSTART - 1) (substr(src, RSTART, RLENGTH) + off)
            src = substr(src, RSTART + RLENGTH)
        }
        path = sprintf("%s/story-%04d.txt", dir, k)
        printf "%s", out src > path
        close(path)
    }
}' $(ls "$root"/tests/fixtures/corpus/*.txt | sort)
