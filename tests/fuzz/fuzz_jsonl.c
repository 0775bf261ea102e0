/* fuzz_jsonl.c — libFuzzer target: the JSON Lines story scanner of input.c
 * (nf_jsonl_scan) against jansson on the same bytes. The scanner must either
 * leave the line untouched (and let jansson report whatever is wrong with
 * it) or decode exactly what json_loadb decodes: text (bytes and length),
 * id (string or integer), title, url, published, and whether a "document"
 * key is there. */
#include "fuzz_common.h"
#include "input.h"

#include <jansson.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_str(const char *a, json_t *b)
{
    const char *v = json_string_value(b);   /* NULL unless a string */
    return (!a && !v) || (a && v && strcmp(a, v) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *line = malloc(size + 1);
    FUZZ_CHECK(line != NULL, "out of memory");
    memcpy(line, data, size);
    line[size] = '\0';
    nf_jsonl_story st;
    int taken = nf_jsonl_scan(line, size, false, &st);
    json_error_t jerr;
    json_t *obj = json_loadb((const char *)data, size, 0, &jerr);
    if (!taken) {
        FUZZ_CHECK(memcmp(line, data, size) == 0, "a refused line was changed");
    } else {
        FUZZ_CHECK(json_is_object(obj), "scanner took a line jansson refuses: %s", jerr.text);
        json_t *text = json_object_get(obj, "text");
        FUZZ_CHECK(!st.text == !json_is_string(text), "text: scanner and jansson disagree");
        FUZZ_CHECK(!st.text || (st.text_len == json_string_length(text) &&
                                memcmp(st.text, json_string_value(text), st.text_len) == 0),
                   "text decoded differently");
        json_t *id = json_object_get(obj, "id");
        FUZZ_CHECK(same_str(st.id, id), "id decoded differently");
        FUZZ_CHECK(st.id_is_int == json_is_integer(id), "id: integer or not");
        FUZZ_CHECK(!st.id_is_int || st.id_int == json_integer_value(id), "id: integer value");
        FUZZ_CHECK(same_str(st.title, json_object_get(obj, "title")), "title decoded differently");
        FUZZ_CHECK(same_str(st.url, json_object_get(obj, "url")), "url decoded differently");
        FUZZ_CHECK(same_str(st.published, json_object_get(obj, "published")),
                   "published decoded differently");
        FUZZ_CHECK(st.has_document == (json_object_get(obj, "document") != NULL),
                   "document key: scanner and jansson disagree");
    }
    json_decref(obj);
    free(line);
    return 0;
}
