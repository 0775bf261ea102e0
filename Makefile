# newsfacts — plain GNU make. `make demo` and `make test` install what is
# missing first (see `deps`), so a fresh Debian 12 machine needs nothing else.

CC      ?= cc
PKGS    := sqlite3 jansson libutf8proc
DEB_PKGS := build-essential pkg-config libsqlite3-dev libjansson-dev check \
            iso-codes libutf8proc-dev sqlite3
PREFIX  ?= /usr/local
SHARED  ?= ../shared

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
BASEFLAGS := -std=c11 -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE -pthread $(WARN) -MMD -MP
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# SQLite is linked from the static archive that libsqlite3-dev ships
# beside the shared library: calls into it are direct rather than through
# the PLT and its position-independent code, 4 % off a 20,000-story load
# (--jobs 1 and 2, medians of 6 alternated; README, Performance). A
# security fix to Debian's SQLite then needs a rebuild. Without the archive
# (another system), the shared library.
SQLITE_A   = $(wildcard $(shell pkg-config --variable=libdir sqlite3 2>/dev/null)/libsqlite3.a)
SQLITE_LIBS = $(if $(SQLITE_A),$(SQLITE_A),$(shell pkg-config --libs sqlite3 2>/dev/null))
PKG_LIBS   = $(SQLITE_LIBS) $(shell pkg-config --libs $(filter-out sqlite3,$(PKGS)) 2>/dev/null) -pthread
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)

# -O3 and link-time optimisation: 2-3 % faster extraction than -O2 (20,000
# generated stories, medians of 4; README, Performance). This one binary is
# what the tests and the demo run, what `make bench` measures and what
# `make install` installs. A profile-guided build (trained on the held-out
# stories) was 3-4 % slower than this one by session 18 (README).
OPT     ?= -O3 -g -flto=auto
SAN     := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

LIB_SRC  := $(filter-out loader/main.c,$(wildcard loader/*.c))
TEST_SRC := $(wildcard tests/check_*.c) tests/testutil.c

# $(1) = build dir, $(2) = extra flags
define build_rules
$(1)/obj/%.o: loader/%.c | $(1)/obj
	$$(CC) $$(BASEFLAGS) $(2) $$(PKG_CFLAGS) -c $$< -o $$@
$(1)/tobj/%.o: tests/%.c | $(1)/tobj
	$$(CC) $$(BASEFLAGS) $(2) $$(PKG_CFLAGS) $$(CHECK_CFLAGS) -Iloader -c $$< -o $$@
$(1)/obj $(1)/tobj:
	mkdir -p $$@
$(1)/newsfacts: $(patsubst loader/%.c,$(1)/obj/%.o,$(LIB_SRC)) $(1)/obj/main.o $(1)/obj/sql_data.o \
               $(1)/obj/gaz_snapshot.o $(1)/obj/fresh_schema.o
	$$(CC) $(2) $$^ $$(PKG_LIBS) -lm -o $$@
$(1)/check_newsfacts: $(patsubst loader/%.c,$(1)/obj/%.o,$(LIB_SRC)) $(1)/obj/sql_data.o \
                      $(1)/obj/gaz_snapshot.o $(1)/obj/fresh_schema.o \
                      $(patsubst tests/%.c,$(1)/tobj/%.o,$(TEST_SRC)) $(1)/newsfacts
	$$(CC) $(2) $$(filter %.o,$$^) $$(PKG_LIBS) $$(CHECK_LIBS) -lm -o $$@
$(1)/obj/sql_data.o: build/gen/sql_data.c | $(1)/obj
	$$(CC) $$(BASEFLAGS) $(2) -Iloader -c $$< -o $$@
$(1)/obj/gaz_snapshot.o: build/gen/gaz_snapshot.S build/gen/gazetteer.snap | $(1)/obj
	$$(CC) $(2) -c $$< -o $$@
$(1)/obj/fresh_schema.o: build/gen/fresh_schema.S build/gen/fresh_schema.sql | $(1)/obj
	$$(CC) $(2) -c $$< -o $$@
-include $$(wildcard $(1)/obj/*.d $(1)/tobj/*.d)
endef

# `make` alone builds the binary (the first rule below would otherwise win).
.DEFAULT_GOAL := all

# ---- embedded SQL: schema/*.sql and queries/*.sql become C strings in
# build/gen/sql_data.c (read by loader/db.c), so the binary needs no repo.
# The directories are prerequisites so that adding or removing a file counts.
SQL_SRC := $(sort $(wildcard schema/*.sql)) $(sort $(wildcard queries/*.sql))
build/gen/sql_data.c: tools/embed_sql.sh $(SQL_SRC) schema queries
	@mkdir -p $(@D)
	sh tools/embed_sql.sh $(SQL_SRC) > $@.tmp && mv $@.tmp $@

# ---- the gazetteer snapshot: tools/gaz_snapshot.c (linked without one)
# parses the iso-codes JSON once and writes the finished gazetteer, which
# build/gen/gaz_snapshot.S puts in every newsfacts binary; gaz_new reads it
# while the iso-codes files are those it was made from (loader/gazetteer.h).
ISO_JSON := $(wildcard $(addprefix /usr/share/iso-codes/json/,iso_3166-1.json iso_3166-2.json iso_4217.json))
build/gen/gaz_snapshot: tools/gaz_snapshot.c tools/write_out.h $(patsubst loader/%.c,build/obj/%.o,$(LIB_SRC)) build/obj/sql_data.o
	$(CC) $(BASEFLAGS) $(OPT) $(PKG_CFLAGS) -Iloader $(filter %.c %.o,$^) $(PKG_LIBS) -lm -o $@
# (a snapshot unchanged by a rebuild of the tool keeps its time, so that the
# binaries are not linked again for it)
build/gen/gazetteer.snap: build/gen/gaz_snapshot $(ISO_JSON)
	build/gen/gaz_snapshot $@.tmp && { cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@; }
build/gen/gaz_snapshot.S: build/gen/gazetteer.snap
	printf '\t.section .rodata\n\t.balign 16\n\t.globl nf_gaz_snapshot\nnf_gaz_snapshot:\n\t.incbin "%s"\n.Lend:\n\t.balign 8\n\t.globl nf_gaz_snapshot_size\nnf_gaz_snapshot_size:\n\t.quad .Lend - nf_gaz_snapshot\n\t.section .note.GNU-stack,"",@progbits\n' \
	  '$(abspath build/gen/gazetteer.snap)' > $@

# ---- the script for new databases: tools/schema_snapshot.c (linked without
# one) runs every migration of schema/ and writes the SQL of their end
# state, which build/gen/fresh_schema.S puts in every newsfacts binary
# (loader/db.c: a new database in one script instead of six migrations).
build/gen/schema_snapshot: tools/schema_snapshot.c tools/write_out.h $(patsubst loader/%.c,build/obj/%.o,$(LIB_SRC)) build/obj/sql_data.o
	$(CC) $(BASEFLAGS) $(OPT) $(PKG_CFLAGS) -Iloader $(filter %.c %.o,$^) $(PKG_LIBS) -lm -o $@
build/gen/fresh_schema.sql: build/gen/schema_snapshot
	build/gen/schema_snapshot $@.tmp && { cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@; }
build/gen/fresh_schema.S: build/gen/fresh_schema.sql
	printf '\t.section .rodata\n\t.globl nf_fresh_schema\nnf_fresh_schema:\n\t.incbin "%s"\n\t.byte 0\n\t.section .note.GNU-stack,"",@progbits\n' \
	  '$(abspath build/gen/fresh_schema.sql)' > $@

.PHONY: all deps demo test test-plain test-san eval bench fuzz install clean

all: build/newsfacts

$(eval $(call build_rules,build,$(OPT)))
$(eval $(call build_rules,build-san,$(SAN)))

# Installs the Debian packages newsfacts builds with, when they are missing.
# As root it runs apt-get (updating the package lists first if a package is
# not found); otherwise it prints the command to run and stops.
deps:
	@missing=""; \
	for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "deps: installing$$missing"; \
	    export DEBIAN_FRONTEND=noninteractive; \
	    apt-get install -y -q $$missing >/dev/null 2>&1 || \
	      { apt-get update -q >/dev/null && apt-get install -y -q $$missing >/dev/null; } || \
	      { echo "deps: apt-get could not install$$missing"; exit 1; }; \
	  else \
	    echo "newsfacts needs these Debian packages:$$missing"; \
	    echo "run:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

demo: deps
	@$(MAKE) --no-print-directory build/newsfacts
	@rm -f build/demo.db build/demo.sqbpro
	build/newsfacts load --db build/demo.db tests/fixtures/channel-crossing.txt
	build/newsfacts query --db build/demo.db casualties
	build/newsfacts query --db build/demo.db officials

test: deps
	@$(MAKE) --no-print-directory test-plain
	@$(MAKE) --no-print-directory test-san
	@$(MAKE) --no-print-directory test-reliability
	@$(MAKE) --no-print-directory fuzz-ci

test-plain: build/check_newsfacts build/newsfacts
	NF_BIN=build/newsfacts build/check_newsfacts

test-san: build-san/check_newsfacts build-san/newsfacts
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  NF_BIN=build-san/newsfacts CK_DEFAULT_TIMEOUT=60 CK_TIMEOUT_MULTIPLIER=4 build-san/check_newsfacts

eval: build/newsfacts
	$(SHARED)/eval/score $(SHARED)/corpus --run 'build/newsfacts extract'
	@for d in tests/holdout tests/holdout[0-9]*; do \
	  if ls $$d/*.gold.json >/dev/null 2>&1; then \
	    echo; echo "held-out stories ($$d):"; \
	    $(SHARED)/eval/score $$d --run 'build/newsfacts extract'; fi; done

# ---- bench (begin) ---------------------------------------------------------
# `make bench`: the optimised build (build/newsfacts), a generated corpus of
# BENCH_SIZES stories (tests/bench/gen_corpus.py, from BENCH_CORPUS), and one
# table of throughput, memory and the SQLite floor (tests/bench/run_bench.py;
# see README.md, Performance). Each figure is the median of BENCH_RUNS runs
# (BENCH_LARGE_RUNS for sizes of 100,000 stories and more). Everything it
# writes stays in build/bench/. Example: make bench BENCH_SIZES="2000 20000"
BENCH_SIZES      ?= 2000 20000 200000
BENCH_RUNS       ?= 3
BENCH_LARGE_RUNS ?= 1
BENCH_CORPUS     ?= $(if $(wildcard $(SHARED)/corpus/*.txt),$(SHARED)/corpus,tests/fixtures/corpus)
BENCH_OPT        := $(OPT) -DNDEBUG

build/bench/floor: tests/bench/floor.c Makefile
	@mkdir -p $(@D)
	$(CC) $(BASEFLAGS) $(BENCH_OPT) $(shell pkg-config --cflags sqlite3) $< \
	  $(SQLITE_LIBS) -lm -pthread -o $@

bench: deps
	@$(MAKE) --no-print-directory build/newsfacts build/bench/floor
	python3 tests/bench/run_bench.py --bin build/newsfacts --floor build/bench/floor \
	  --corpus $(BENCH_CORPUS) --work build/bench --sizes "$(BENCH_SIZES)" \
	  --runs $(BENCH_RUNS) --large-runs $(BENCH_LARGE_RUNS) --json build/bench/results.json
# ---- bench (end) -----------------------------------------------------------

# ---- reliability (begin) ---------------------------------------------------
# Issue #5: bad input, faults and fuzzing. `make test` runs test-reliability
# (tests/reliability/run.sh: kill -9, disk full, two loaders and a reader on
# 1,000 generated stories; and the sample story end to end under valgrind)
# and fuzz-ci (every file of tests/fuzz/regressions/TARGET/ replayed, then
# each libFuzzer target for FUZZ_CI_SECONDS: fuzz_extract and fuzz_json at
# once, then fuzz_jsonl, the JSON Lines scanner against jansson). `make fuzz`
# runs each target for FUZZ_SECONDS. The targets are built with clang in
# build-fuzz/ (ASan + UBSan); seeds are tests/fixtures/corpus, the facts JSON
# `extract --text` makes of it (build-fuzz/seeds-json/, made here),
# tests/fuzz/seeds-json/ and tests/fuzz/seeds-jsonl/. A crash is saved as build-fuzz/crashes/TARGET-*:
# move it to tests/fuzz/regressions/TARGET/ once fixed.
DEB_PKGS        += clang libclang-rt-14-dev valgrind
FUZZ_CC         ?= clang
FUZZ_SECONDS    ?= 60
FUZZ_CI_SECONDS ?= 60
FUZZ_TARGETS    := fuzz_extract fuzz_json fuzz_jsonl
FUZZ_BINS       := $(addprefix build-fuzz/,$(FUZZ_TARGETS))
FUZZ_SAN        := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS      = $(BASEFLAGS) $(FUZZ_SAN) $(PKG_CFLAGS)
FUZZ_OBJ        := $(patsubst loader/%.c,build-fuzz/obj/%.o,$(LIB_SRC)) build-fuzz/obj/sql_data.o
FUZZ_ENV        := ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1
# corpus dirs of a target: the first (written by libFuzzer) is under build-fuzz/
fuzz_dirs = build-fuzz/corpus/$(1) tests/fuzz/regressions/$(1) \
            $(if $(filter fuzz_json,$(1)),build-fuzz/seeds-json tests/fuzz/seeds-json,\
            $(if $(filter fuzz_jsonl,$(1)),tests/fuzz/seeds-jsonl,tests/fixtures/corpus))
fuzz_opts = -artifact_prefix=build-fuzz/crashes/$(1)- -timeout=20 -rss_limit_mb=2048 -print_final_stats=1

.PHONY: test-reliability test-valgrind fuzz-ci fuzz-replay fuzz-build

build-fuzz/obj build-fuzz/crashes build-fuzz/seeds-json:
	mkdir -p $@
build-fuzz/obj/%.o: loader/%.c | build-fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@
build-fuzz/obj/sql_data.o: build/gen/sql_data.c | build-fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Iloader -c $< -o $@
$(FUZZ_BINS): build-fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_common.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -Iloader -fsanitize=fuzzer $< $(FUZZ_OBJ) $(PKG_LIBS) -lm -o $@
-include $(wildcard build-fuzz/obj/*.d build-fuzz/*.d)

# facts JSON seeds for fuzz_json: extract --text of every corpus story
build-fuzz/seeds-json/.done: build/newsfacts $(wildcard tests/fixtures/corpus/*.txt) | build-fuzz/seeds-json
	for f in tests/fixtures/corpus/*.txt; do \
	  build/newsfacts extract --text "$$f" > build-fuzz/seeds-json/$$(basename "$$f" .txt).json || exit 1; \
	done; touch $@

fuzz-build: $(FUZZ_BINS) build-fuzz/seeds-json/.done | build-fuzz/crashes
	@mkdir -p $(foreach t,$(FUZZ_TARGETS),build-fuzz/corpus/$(t) tests/fuzz/regressions/$(t))

# every regression input, once each (libFuzzer's replay mode: -runs=0 runs
# the corpus directories given and stops)
fuzz-replay: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  n=$$(ls tests/fuzz/regressions/$$t | wc -l); \
	  $(FUZZ_ENV) build-fuzz/$$t -runs=0 tests/fuzz/regressions/$$t > build-fuzz/$$t-replay.log 2>&1 || \
	    { cat build-fuzz/$$t-replay.log; echo "fuzz-replay: $$t FAILED on a regression input"; exit 1; }; \
	  echo "fuzz-replay: $$t: $$n regression inputs pass"; \
	done

# $(1) target, $(2) seconds: fuzz, keep the log, print the figures
fuzz_run = $(FUZZ_ENV) build-fuzz/$(1) $(call fuzz_opts,$(1)) -max_total_time=$(2) \
	  $(call fuzz_dirs,$(1)) > build-fuzz/$(1).log 2>&1; rc=$$?; \
	  if [ $$rc != 0 ]; then tail -60 build-fuzz/$(1).log; echo "fuzz: $(1) FAILED (crash saved in build-fuzz/crashes/)"; \
	  else echo "fuzz: $(1): $$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' build-fuzz/$(1).log), \
	    $$(grep -m1 -o 'stat::peak_rss_mb: *[0-9]*' build-fuzz/$(1).log | tr -s ' ') , no crash"; fi; exit $$rc

fuzz-ci: fuzz-replay
	@( $(call fuzz_run,fuzz_extract,$(FUZZ_CI_SECONDS)) ) & a=$$!; \
	 ( $(call fuzz_run,fuzz_json,$(FUZZ_CI_SECONDS)) ) & b=$$!; \
	 wait $$a; ra=$$?; wait $$b; rb=$$?; \
	 ( $(call fuzz_run,fuzz_jsonl,$(FUZZ_CI_SECONDS)) ); rc=$$?; \
	 [ $$ra = 0 ] && [ $$rb = 0 ] && [ $$rc = 0 ]

fuzz: deps
	@$(MAKE) --no-print-directory fuzz-replay
	@$(foreach t,$(FUZZ_TARGETS),( $(call fuzz_run,$(t),$(FUZZ_SECONDS)) ) &&) true

# the sample story end to end under valgrind: extract, load, query, search
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=all \
            --errors-for-leak-kinds=all --track-fds=no
test-valgrind: build/newsfacts
	@db=/tmp/nf-valgrind-$$$$.db; rm -f $$db*; \
	 for cmd in "extract tests/fixtures/channel-crossing.txt" \
	            "extract --text tests/fixtures/channel-crossing.txt" \
	            "load --db $$db tests/fixtures/channel-crossing.txt" \
	            "load --db $$db tests/fixtures/channel-crossing.txt" \
	            "query --db $$db --format csv casualties" \
	            "search --db $$db Channel" \
	            "load --jobs 2 --db $$db.j2 tests/fixtures/corpus"; do \
	   $(VALGRIND) build/newsfacts $$cmd > /tmp/nf-valgrind-$$$$.out 2>&1 || \
	     { cat /tmp/nf-valgrind-$$$$.out; echo "valgrind: newsfacts $$cmd: errors or leaks"; rm -f $$db* $${db%.db}.sqbpro /tmp/nf-valgrind-$$$$.out; exit 1; }; \
	 done; rm -f $$db* /tmp/nf-valgrind-$$$$.out $${db%.db}.sqbpro; \
	 echo "valgrind: extract, load (new and present), query, search of the sample, load --jobs 2 of the corpus: no errors, no leaks"

test-reliability: build/newsfacts
	@$(MAKE) --no-print-directory test-valgrind
	NF_BIN=build/newsfacts tests/reliability/run.sh
# ---- reliability (end) -----------------------------------------------------

install: build/newsfacts
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/newsfacts/queries
	install -m 755 build/newsfacts $(DESTDIR)$(PREFIX)/bin/newsfacts
	install -m 644 queries/*.sql $(DESTDIR)$(PREFIX)/share/newsfacts/queries/

clean:
	rm -rf build build-san build-fuzz
