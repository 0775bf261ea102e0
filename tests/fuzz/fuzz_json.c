/* fuzz_json.c — libFuzzer target: nf_facts_from_json on arbitrary bytes (the
 * facts JSON `load` reads, possibly edited by hand). Besides memory errors
 * and undefined behaviour it checks what the reader promises: refusals fill
 * the error, and accepted facts have every span inside the story they carry,
 * print with nf_facts_to_json and read back the same. */
#include "fuzz_common.h"
#include "json_in.h"
#include "json_out.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const nf_gaz *gaz = fuzz_gaz();
    char *text = NULL;
    size_t len = 0;
    nf_error err;
    nf_error_clear(&err);
    nf_facts *f = nf_facts_from_json(gaz, (const char *)data, size, "fuzz", 0, &text, &len, &err);
    if (!f) {
        FUZZ_CHECK(err.code != 0 && err.text[0], "refused without an error message");
        FUZZ_CHECK(text == NULL, "story text returned with a refusal");
        return 0;
    }
    if (text) {
        FUZZ_CHECK(nf_facts_check_story(f, text, len, &err) == 0,
                   "accepted facts fail nf_facts_check_story: %s", err.text);
        char *json = nf_facts_to_json(f, text, len, NF_JSON_WITH_TEXT);
        FUZZ_CHECK(json != NULL, "nf_facts_to_json returned NULL");
        char *t2 = NULL;
        size_t l2 = 0;
        nf_facts *g = nf_facts_from_json(gaz, json, strlen(json), "fuzz-again", 0, &t2, &l2, &err);
        FUZZ_CHECK(g != NULL, "printed facts are refused: %s", err.text);
        FUZZ_CHECK(l2 == len && memcmp(t2, text, len) == 0, "story changed in a round trip");
        FUZZ_CHECK(g->n_events == f->n_events && g->n_countries == f->n_countries &&
                   g->n_officials == f->n_officials && g->n_casualties == f->n_casualties &&
                   g->n_arrests == f->n_arrests && g->n_quotes == f->n_quotes &&
                   g->n_amounts == f->n_amounts, "facts counts differ after a round trip");
        free(t2);
        nf_facts_free(g);
        free(json);
    } else {
        char *json = nf_facts_to_json(f, "", 0, 0);   /* no story: spans print as null */
        free(json);
    }
    free(text);
    nf_facts_free(f);
    return 0;
}
