#!/bin/sh
cd /tmp/shot
sqlitebrowser /tmp/shot/newsfacts.sqbpro >/tmp/shot/sqlb.log 2>&1 &
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
import -window root /tmp/shot/query.png
click 79 80
sleep 1
click 19 171
click 19 190
sleep 1
import -window root /tmp/shot/structure.png
kill %1 2>/dev/null
