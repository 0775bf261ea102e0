/* tests.h — one suite per module; check_main.c runs them all.
 * Run one suite with CK_RUN_SUITE=NAME build/check_newsfacts.
 * testutil.c gives the helpers the suites share. */
#ifndef NF_TESTS_H
#define NF_TESTS_H

#include <check.h>
#include <stddef.h>

#include "gazetteer.h"
#include "newsfacts.h"
#include "token.h"

Suite *strmap_suite(void);
Suite *token_suite(void);
Suite *sentence_suite(void);
Suite *number_suite(void);
Suite *gazetteer_suite(void);
Suite *country_suite(void);
Suite *people_suite(void);
Suite *quote_suite(void);
Suite *event_suite(void);
Suite *casualty_suite(void);
Suite *arrest_suite(void);
Suite *amount_suite(void);
Suite *json_suite(void);
Suite *jsonw_suite(void);
Suite *input_suite(void);
Suite *db_suite(void);
Suite *e2e_suite(void);
Suite *jobs_suite(void);
Suite *side_suite(void);

/* The gazetteer, loaded once for the whole test run (never freed early). */
const nf_gaz *test_gaz(void);
/* Extract facts of a NUL-terminated text; the caller frees with nf_facts_free. */
nf_facts *test_extract(const char *text);
/* Build a doc (tokens, lexicon, sentences) for text; free with doc_free. */
void test_doc(nf_doc *doc, const char *text);
/* The text of span s of text, in a static buffer (for assertions). */
const char *test_slice(const char *text, nf_span s);
/* Read a whole file under tests/ (path relative to the repository root);
 * caller frees. NULL when missing. */
char *test_read_file(const char *path, size_t *len);

#endif
