/* search_side.h — the search index of a bulk load, built beside the
 * database on a thread of its own.
 *
 * A load has one writer, and with --jobs 2 that writer is the bound: the
 * search index (tokenising every sentence, then merging the segments) was a
 * quarter of its work. When a load starts on a database whose search index
 * is empty (a new database), this module builds the index in a private
 * temporary database (SQLite deletes it when it is closed, or at once if
 * the process dies). It reads each group of sentences through a connection
 * of its own as soon as the writer commits it, ends its chunks where
 * nf_db_index_sentences would and starts from the same state, so that the
 * index it copies into the database at the end is the one the writer would
 * have built, row for row. Anything that goes wrong on the side (a full temporary disk, another
 * load or a search indexing sentences in place meanwhile) only means the
 * copy is not made: the writer then indexes in place, as without this
 * module, and nothing is lost; a kill leaves fts_state saying nothing is
 * indexed, which the next load or search makes good.
 *
 * Ownership: nf_side_start returns a handle the caller owns and releases
 * with nf_side_free (which stops the thread; NULL is a no-op). Only one
 * thread may call these functions. This file and db.c are the only ones
 * that include sqlite3.h.
 */
#ifndef NF_SEARCH_SIDE_H
#define NF_SEARCH_SIDE_H

#include <stdbool.h>

#include "newsfacts.h"

typedef struct nf_side nf_side;

/* Start building beside the database at db_path, if its search index is
 * empty and it has no sentences; NULL otherwise (err->code NF_EOK, its
 * text says why), or when no temporary database or thread can be had
 * (NF_EDB). Either way the caller indexes in place. Call with no write
 * transaction open on the database. */
nf_side *nf_side_start(const char *db_path, nf_error *err);

/* Sentences with ids up to upto are committed: the thread indexes them
 * (returns at once). chunk_ends: the in-place index would end a chunk
 * here (nf_db_index_sentences), and so does the thread, so that the index
 * has the same segments. */
void nf_side_committed(nf_side *s, long long upto, bool chunk_ends);

/* The last sentences (up to upto) and the end of the last chunk, then
 * merge the index into one segment, on the thread; returns at once. */
void nf_side_finish(nf_side *s, long long upto);

/* Whether the thread has finished (nf_side_finish's merge done, or failed):
 * nf_side_copy would not wait. */
bool nf_side_done(nf_side *s);

/* Wait for the thread to finish (after nf_side_finish) or stop it (before):
 * from then on it reads nothing from the database. */
void nf_side_wait(nf_side *s);

/* Wait for the thread, then copy the index into the database in one
 * transaction, unless the database changed meanwhile in a way the copy
 * would not cover. Returns 1 copied, 0 not copied (err says why, when
 * something failed), -1 when the copy itself failed (rolled back). Call
 * with no write transaction open on the database. */
int nf_side_copy(nf_side *s, nf_error *err);

void nf_side_free(nf_side *s);

#endif
