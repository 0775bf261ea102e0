/* fuzz_extract.c — libFuzzer target: nf_extract on arbitrary bytes, then
 * nf_facts_to_json. Besides memory errors (ASan) and undefined behaviour
 * (UBSan) it checks what every extraction promises: each span lies inside
 * the story, the sentences are sorted and inside it, and the JSON printed
 * (with the story in document.text) is read back by nf_facts_from_json —
 * what `extract --text | load` relies on. */
#include "extract.h"
#include "fuzz_common.h"
#include "json_in.h"
#include "json_out.h"

#include <stdint.h>
#include <string.h>

static void check_span(nf_span s, size_t len, const char *what)
{
    FUZZ_CHECK(s.start <= s.end && s.end <= len, "%s span %zu..%zu of %zu bytes", what,
               s.start, s.end, len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const nf_gaz *gaz = fuzz_gaz();
    const char *text = (const char *)data;
    nf_span *sents = NULL;
    size_t n_sents = 0;
    nf_facts *f = nf_extract(gaz, text, size, NULL, &sents, &n_sents);
    FUZZ_CHECK(f != NULL, "nf_extract returned NULL");
    for (size_t i = 0; i < n_sents; i++) {
        check_span(sents[i], size, "sentence");
        FUZZ_CHECK(i == 0 || sents[i].start >= sents[i - 1].start, "sentences not sorted at %zu", i);
    }
    for (size_t i = 0; i < f->n_events; i++)
        check_span(f->events[i].text, size, "event");
    for (size_t i = 0; i < f->n_countries; i++)
        for (size_t k = 0; k < f->countries[i].n_mentions; k++)
            check_span(f->countries[i].mentions[k], size, "country mention");
    for (size_t i = 0; i < f->n_officials; i++)
        for (size_t k = 0; k < f->officials[i].n_mentions; k++)
            check_span(f->officials[i].mentions[k], size, "official mention");
    for (size_t i = 0; i < f->n_casualties; i++)
        check_span(f->casualties[i].text, size, "casualty");
    for (size_t i = 0; i < f->n_arrests; i++)
        check_span(f->arrests[i].text, size, "arrest");
    for (size_t i = 0; i < f->n_quotes; i++)
        check_span(f->quotes[i].text, size, "quote");
    for (size_t i = 0; i < f->n_amounts; i++)
        check_span(f->amounts[i].text, size, "amount");

    char *json = nf_facts_to_json(f, text, size, NF_JSON_WITH_TEXT);
    FUZZ_CHECK(json != NULL, "nf_facts_to_json returned NULL");
    /* document.text can carry the story only when it is valid UTF-8 without
     * NUL (JSON strings are Unicode); then the JSON must read back. */
    char *back_text = NULL;
    size_t back_len = 0;
    nf_error err;
    nf_error_clear(&err);
    nf_facts *back = nf_facts_from_json_story(gaz, json, strlen(json), "fuzz", 0, text, size,
                                              &back_text, &back_len, &err);
    FUZZ_CHECK(back != NULL, "extract's JSON is refused by the reader: %s", err.text);
    FUZZ_CHECK(back->n_events == f->n_events && back->n_countries == f->n_countries &&
               back->n_officials == f->n_officials && back->n_casualties == f->n_casualties &&
               back->n_arrests == f->n_arrests && back->n_quotes == f->n_quotes &&
               back->n_amounts == f->n_amounts, "facts counts differ after a round trip");
    free(back_text);
    nf_facts_free(back);
    free(json);
    free(sents);
    nf_facts_free(f);
    return 0;
}
