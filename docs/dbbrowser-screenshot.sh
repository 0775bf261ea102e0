#!/bin/sh
# Screenshots of DB Browser for SQLite on a loaded database, as in the README:
#   build/newsfacts load --db /tmp/shot/newsfacts.db tests/fixtures/corpus
#   xvfb-run -a -s "-screen 0 1400x900x24" docs/dbbrowser-screenshot.sh
# (needs sqlitebrowser, xvfb, xdotool, imagemagick; coordinates fit a 1400x900 screen)
cd ${SHOT:-/tmp/shot}
sqlitebrowser ${SHOT:-/tmp/shot}/newsfacts.sqbpro >${SHOT:-/tmp/shot}/sqlb.log 2>&1 &
sleep 7
WID=$(xdotool search --onlyvisible --name "DB Browser" | head -1)
xdotool windowmove $WID 0 0; xdotool windowsize $WID 1400 900; sleep 2
click() { xdotool mousemove $1 $2; sleep 0.3; xdotool click 1; sleep 1.5; }
click 1392 71
click 1392 71
click 1392 71
click 187 156
click 170 116
sleep 3
import -window root ${SHOT:-/tmp/shot}/query.png
click 79 80
sleep 1
click 19 171
click 19 190
sleep 1
import -window root ${SHOT:-/tmp/shot}/structure.png
kill %1 2>/dev/null
