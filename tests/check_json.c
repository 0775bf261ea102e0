/* check_json.c — the facts-JSON reader (json_in.c): extract → JSON → facts →
 * the same JSON for every corpus story, and one refusal per kind of bad input,
 * each naming the field path that is wrong. */
#include "tests.h"
#include "extract.h"
#include "json_in.h"
#include "json_out.h"
#include "sha256.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CORPUS "tests/fixtures/corpus"

/* The story the hand-written inputs refer to: "Two men died" is 0..12,
 * "France" is 16..22, 23 bytes in all. */
#define STORY "Two men died in France."
#define DOC "\"document\": {\"text\": \"" STORY "\"}"
#define SPAN(t, s, e) "\"text\": \"" t "\", \"start\": " #s ", \"end\": " #e

static nf_facts *parse(const char *json, long line, char **story, size_t *story_len,
                       nf_error *err)
{
    return nf_facts_from_json(test_gaz(), json, strlen(json), "test.json", line, story,
                              story_len, err);
}

/* ---- round trip over the corpus -------------------------------------------- */

/* extract → JSON (flags) → facts → JSON must give the same string. When
 * with_story, the JSON has no document.text and the story is passed in. */
static void round_trip(const char *path, const char *text, size_t len, int flags,
                       bool with_story)
{
    nf_docmeta meta = {.source = path, .title = "A title", .url = "https://example.org/x",
                       .published = "2024-01-02"};
    nf_facts *f1 = nf_extract(test_gaz(), text, len, &meta, NULL, NULL);
    ck_assert_ptr_nonnull(f1);
    char *json = nf_facts_to_json(f1, text, len, flags);
    ck_assert_ptr_nonnull(json);
    nf_error err;
    char *story = NULL;
    size_t story_len = 0;
    nf_facts *f2 = with_story
        ? nf_facts_from_json_story(test_gaz(), json, strlen(json), path, 0, text, len, &story,
                                   &story_len, &err)
        : nf_facts_from_json(test_gaz(), json, strlen(json), path, 0, &story, &story_len, &err);
    ck_assert_msg(f2 != NULL, "%s: %s", path, err.text);
    if (flags & NF_JSON_WITH_TEXT) {
        ck_assert_ptr_nonnull(story);
        ck_assert_uint_eq(story_len, len);
        ck_assert_msg(memcmp(story, text, len) == 0, "%s: document.text differs", path);
    } else {
        ck_assert_ptr_null(story);
    }
    ck_assert_int_eq(nf_facts_check_story(f2, text, len, &err), 0);
    char *json2 = nf_facts_to_json(f2, text, len, flags);
    ck_assert_ptr_nonnull(json2);
    ck_assert_msg(strcmp(json, json2) == 0, "%s: round trip differs:\n%s\n---\n%s", path, json,
                  json2);
    free(json2);
    free(story);
    nf_facts_free(f2);
    free(json);
    nf_facts_free(f1);
}

START_TEST(test_round_trip_corpus)
{
    DIR *dp = opendir(CORPUS);
    ck_assert_msg(dp != NULL, "cannot open " CORPUS);
    size_t stories = 0, facts = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        size_t n = strlen(de->d_name);
        if (n < 5 || strcmp(de->d_name + n - 4, ".txt") != 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, CORPUS "/%s", de->d_name);
        size_t len;
        char *text = test_read_file(path, &len);
        ck_assert_msg(text != NULL, "cannot read %s", path);
        round_trip(path, text, len, NF_JSON_WITH_TEXT, false);
        round_trip(path, text, len, NF_JSON_WITH_TEXT | NF_JSON_INDENT, false);
        round_trip(path, text, len, 0, true);
        nf_facts *f = nf_extract(test_gaz(), text, len, NULL, NULL, NULL);
        facts += f->n_countries + f->n_officials + f->n_casualties + f->n_quotes;
        nf_facts_free(f);
        free(text);
        stories++;
    }
    closedir(dp);
    ck_assert_uint_ge(stories, 10);
    ck_assert_uint_gt(facts, 50);   /* the round trip carried real facts */
}
END_TEST

/* json_out.c writes bad UTF-8 in a span's text as U+FFFD: the reader must
 * accept that text as the story's. */
START_TEST(test_round_trip_bad_utf8)
{
    const char text[] = "The caf\xE9 owner said \"we lost everything\".";
    size_t len = sizeof text - 1;
    nf_facts *f1 = nf_facts_new();
    sha256_hex(text, len, f1->doc.sha256);
    f1->doc.bytes = len;
    f1->doc.source = nf_facts_strdup(f1, "cafe.txt");
    nf_quote *q = nf_facts_add_quote(f1);
    q->text = (nf_span){4, 14};   /* "caf\xE9 owner" */
    char *json = nf_facts_to_json(f1, text, len, 0);
    ck_assert_ptr_nonnull(strstr(json, "caf\xEF\xBF\xBD owner"));
    nf_error err;
    nf_facts *f2 = nf_facts_from_json_story(test_gaz(), json, strlen(json), "t.json", 0, text,
                                            len, NULL, NULL, &err);
    ck_assert_msg(f2 != NULL, "%s", err.text);
    char *json2 = nf_facts_to_json(f2, text, len, 0);
    ck_assert_str_eq(json, json2);
    free(json2);
    nf_facts_free(f2);
    free(json);
    nf_facts_free(f1);
}
END_TEST

/* ---- what a valid object gives -------------------------------------------- */

START_TEST(test_all_kinds)
{
    const char *json =
        "{\n  \"document\": {\"source\": \"s.txt\", \"title\": \"T\", \"text\": \"" STORY "\","
        " \"extra\": [1, 2]},\n"
        "  \"events\": [{\"id\": 7, \"type\": \"capsize\", \"main\": true, \"location\": null,"
        "              " SPAN("Two men died", 0, 12) "}],\n"
        "  \"countries\": [{\"code\": \"FR\", \"name\": \"France\", \"mentions\": [{" SPAN("France", 16, 22) "}]}],\n"
        "  \"officials\": [{\"name\": \"Jean Dupont\", \"title\": null, \"country\": null, \"mentions\": []}],\n"
        "  \"casualties\": [{\"event\": 7, \"category\": \"dead\", \"count\": 2, \"qualifier\": \"at_least\","
        "                   \"group\": \"men\", " SPAN("Two men died", 0, 12) ", \"confidence\": 0.9},\n"
        "                  {\"category\": \"injured\", \"count\": 0, \"start\": 0, \"end\": 0}],\n"
        "  \"arrests\": [{\"event\": null, \"count\": null, \"start\": 0, \"end\": 3}],\n"
        "  \"quotes\": [{\"speaker\": null, " SPAN("France", 16, 22) "}],\n"
        "  \"amounts\": [{\"value\": 2.5, \"currency\": \"EUR\", \"text\": null, \"start\": 4, \"end\": 7}]\n"
        "}\n";
    nf_error err;
    char *story;
    size_t story_len;
    nf_facts *f = parse(json, 0, &story, &story_len, &err);
    ck_assert_msg(f != NULL, "%s", err.text);
    ck_assert_str_eq(story, STORY);
    ck_assert_uint_eq(story_len, strlen(STORY));
    char hex[65];
    sha256_hex(STORY, strlen(STORY), hex);
    ck_assert_str_eq(f->doc.sha256, hex);   /* filled in from the story */
    ck_assert_uint_eq(f->doc.bytes, strlen(STORY));
    ck_assert_str_eq(f->doc.source, "s.txt");
    ck_assert_str_eq(f->doc.title, "T");
    ck_assert_ptr_null(f->doc.url);

    ck_assert_uint_eq(f->n_events, 1);
    ck_assert_int_eq(f->events[0].id, 7);
    ck_assert(f->events[0].main);
    ck_assert_str_eq(f->events[0].type, "capsize");
    ck_assert_ptr_null(f->events[0].location);
    ck_assert_uint_eq(f->events[0].text.end, 12);

    ck_assert_uint_eq(f->n_countries, 1);
    ck_assert_str_eq(f->countries[0].code, "FR");
    ck_assert_uint_eq(f->countries[0].n_mentions, 1);
    ck_assert_uint_eq(f->countries[0].mentions[0].start, 16);

    ck_assert_uint_eq(f->n_officials, 1);
    ck_assert_str_eq(f->officials[0].name, "Jean Dupont");
    ck_assert_ptr_null(f->officials[0].title);
    ck_assert_str_eq(f->officials[0].country, "");
    ck_assert_uint_eq(f->officials[0].n_mentions, 0);

    ck_assert_uint_eq(f->n_casualties, 2);
    ck_assert_int_eq(f->casualties[0].event, 7);
    ck_assert_int_eq(f->casualties[0].category, NF_DEAD);
    ck_assert_int_eq(f->casualties[0].count, 2);
    ck_assert_int_eq(f->casualties[0].qualifier, NF_AT_LEAST);
    ck_assert_str_eq(f->casualties[0].group, "men");
    ck_assert_int_eq(f->casualties[1].event, 0);
    ck_assert_int_eq(f->casualties[1].qualifier, NF_EXACT);   /* missing → exact */
    ck_assert_ptr_null(f->casualties[1].group);

    ck_assert_uint_eq(f->n_arrests, 1);
    ck_assert_int_eq(f->arrests[0].count, -1);
    ck_assert_ptr_null(f->arrests[0].suspects);

    ck_assert_uint_eq(f->n_quotes, 1);
    ck_assert_ptr_null(f->quotes[0].speaker);

    ck_assert_uint_eq(f->n_amounts, 1);
    ck_assert_double_eq(f->amounts[0].value, 2.5);
    ck_assert_str_eq(f->amounts[0].currency, "EUR");
    free(story);
    nf_facts_free(f);
}
END_TEST

START_TEST(test_minimal)
{
    nf_error err;
    char *story = (char *)"not reset";
    size_t story_len = 99;
    nf_facts *f = parse("{\"document\": {}}", 0, &story, &story_len, &err);
    ck_assert_msg(f != NULL, "%s", err.text);
    ck_assert_ptr_null(story);
    ck_assert_uint_eq(story_len, 0);
    ck_assert_str_eq(f->doc.sha256, "");
    ck_assert_uint_eq(f->doc.bytes, 0);
    ck_assert_uint_eq(f->n_events + f->n_countries + f->n_officials + f->n_casualties +
                      f->n_arrests + f->n_quotes + f->n_amounts, 0);
    nf_facts_free(f);
}
END_TEST

/* Without the story the item texts cannot be checked; with it they are. */
START_TEST(test_story_from_caller)
{
    char hex[65];
    sha256_hex(STORY, strlen(STORY), hex);
    char json[512];
    snprintf(json, sizeof json,
             "{\"document\": {\"sha256\": \"%s\", \"source\": \"s.txt\", \"bytes\": 23},"
             " \"quotes\": [{" SPAN("Two men dead", 0, 12) "}]}", hex);
    nf_error err;
    char *story;
    nf_facts *f = parse(json, 0, &story, NULL, &err);
    ck_assert_msg(f != NULL, "%s", err.text);
    ck_assert_ptr_null(story);
    ck_assert_int_eq(nf_facts_check_story(f, STORY, strlen(STORY), &err), 0);
    nf_facts_free(f);

    f = nf_facts_from_json_story(test_gaz(), json, strlen(json), "t.json", 0, STORY,
                                 strlen(STORY), NULL, NULL, &err);
    ck_assert_ptr_null(f);
    ck_assert_str_eq(err.file, "t.json");
    ck_assert_msg(strncmp(err.text, "quotes[0]: text does not match the story at 0..12",
                          strlen("quotes[0]: text does not match the story at 0..12")) == 0,
                  "%s", err.text);
}
END_TEST

START_TEST(test_check_story)
{
    char hex[65];
    sha256_hex(STORY, strlen(STORY), hex);
    char json[512];
    snprintf(json, sizeof json,
             "{\"document\": {\"sha256\": \"%s\"}, \"countries\": [{\"code\": \"FR\","
             " \"mentions\": [{\"start\": 16, \"end\": 22}, {\"start\": 16, \"end\": 40}]}]}", hex);
    nf_error err;
    nf_facts *f = parse(json, 0, NULL, NULL, &err);
    ck_assert_msg(f != NULL, "%s", err.text);
    const char *longer = STORY " And more words to make it long.";
    ck_assert_int_eq(nf_facts_check_story(f, longer, strlen(longer), &err), -1);
    ck_assert_msg(strncmp(err.text, "document.sha256: ", 17) == 0, "%s", err.text);
    ck_assert_int_eq(nf_facts_check_story(f, STORY, strlen(STORY), &err), -1);
    ck_assert_msg(strncmp(err.text, "countries[0].mentions[1].end: 40 is past the end", 48) == 0,
                  "%s", err.text);
    ck_assert_int_eq(err.code, NF_EINPUT);
    f->doc.sha256[0] = '\0';   /* no sha256: only the bounds */
    ck_assert_int_eq(nf_facts_check_story(f, longer, strlen(longer), &err), 0);
    nf_facts_free(f);
}
END_TEST

/* ---- malformed JSON: jansson's position ------------------------------------ */

START_TEST(test_malformed_whole_file)
{
    nf_error err;
    nf_facts *f = parse("{\"document\": {\n  \"text\": \"x\",\n}}", 0, NULL, NULL, &err);
    ck_assert_ptr_null(f);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert_str_eq(err.file, "test.json");
    ck_assert_int_eq(err.line, 3);
    ck_assert_int_gt(err.column, 0);
    ck_assert_int_ge(err.offset, 0);
    ck_assert_msg(strncmp(err.text, "invalid JSON: ", 14) == 0, "%s", err.text);
}
END_TEST

START_TEST(test_malformed_jsonl_line)
{
    nf_error err;
    nf_facts *f = parse("{\"document\": {\"text\": \"x\",}}", 7, NULL, NULL, &err);
    ck_assert_ptr_null(f);
    ck_assert_int_eq(err.line, 7);
    ck_assert_int_gt(err.column, 0);
    /* field errors name the line too */
    f = parse("{\"document\": 3}", 7, NULL, NULL, &err);
    ck_assert_ptr_null(f);
    ck_assert_int_eq(err.line, 7);
    ck_assert_msg(strncmp(err.text, "document: must be an object", 27) == 0, "%s", err.text);
}
END_TEST

static const char *const malformed[] = {
    "",
    "{\"document\": {}, \"document\": {}}",          /* duplicate key */
    "{\"document\": {}} {\"document\": {}}",        /* two objects */
    "{\"document\": {\"text\": \"\xff\"}}",         /* not UTF-8 */
    "{\"document\": {}, \"quotes\": [}",
};

START_TEST(test_malformed)
{
    nf_error err;
    nf_facts *f = parse(malformed[_i], 0, NULL, NULL, &err);
    ck_assert_msg(f == NULL, "accepted: %s", malformed[_i]);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert_msg(strncmp(err.text, "invalid JSON: ", 14) == 0, "%s", err.text);
}
END_TEST

/* ---- refusals: the message opens with the field path ------------------------ */

#define EV(id) "{\"id\": " #id ", \"type\": \"crash\", \"main\": true, " SPAN("Two men died", 0, 12) "}"

static const struct { const char *json; const char *want; } bad[] = {
    /* shape */
    {"[1]", "top level: must be an object"},
    {"{}", "document: missing"},
    {"{\"document\": \"x\"}", "document: must be an object"},
    {"{\"document\": {\"title\": 5}}", "document.title: must be a string or null"},
    {"{\"document\": {\"bytes\": -1}}", "document.bytes: must not be negative"},
    {"{" DOC ", \"events\": {}}", "events: must be an array"},
    {"{" DOC ", \"quotes\": [3]}", "quotes[0]: must be an object"},
    /* wrong types */
    {"{" DOC ", \"quotes\": [{\"speaker\": 1, " SPAN("Two", 0, 3) "}]}",
     "quotes[0].speaker: must be a string or null"},
    {"{" DOC ", \"quotes\": [{\"text\": \"Two\", \"start\": \"0\", \"end\": 3}]}",
     "quotes[0].start: must be an integer"},
    {"{" DOC ", \"quotes\": [{\"text\": \"Two\", \"start\": 0.0, \"end\": 3}]}",
     "quotes[0].start: must be an integer"},
    {"{" DOC ", \"quotes\": [{\"text\": 3, \"start\": 0, \"end\": 3}]}",
     "quotes[0].text: must be a string or null"},
    {"{" DOC ", \"quotes\": [{\"text\": \"Two\", \"start\": 0}]}", "quotes[0].end: missing"},
    {"{" DOC ", \"events\": [{\"id\": 1, \"main\": \"yes\", \"start\": 0, \"end\": 0}]}",
     "events[0].main: must be true or false"},
    {"{" DOC ", \"arrests\": [{\"count\": \"four\", \"start\": 0, \"end\": 0}]}",
     "arrests[0].count: must be an integer or null"},
    {"{" DOC ", \"amounts\": [{\"value\": \"5\", \"currency\": \"EUR\", \"start\": 0, \"end\": 0}]}",
     "amounts[0].value: must be a number"},
    {"{" DOC ", \"officials\": [{\"name\": \"\", \"start\": 0, \"end\": 0}]}",
     "officials[0].name: must not be empty"},
    {"{" DOC ", \"officials\": [{\"title\": \"Mayor\"}]}", "officials[0].name: missing"},
    {"{" DOC ", \"officials\": [{\"name\": \"A B\", \"mentions\": {}}]}",
     "officials[0].mentions: must be an array"},
    {"{" DOC ", \"officials\": [{\"name\": \"A B\", \"mentions\": [{\"start\": 0}]}]}",
     "officials[0].mentions[0].end: missing"},
    {"{" DOC ", \"casualties\": [{\"category\": \"dead\", \"count\": 2, \"group\": \"a\\u0000b\","
     " \"start\": 0, \"end\": 0}]}", "casualties[0].group: must not contain a NUL character"},
    /* unknown names and codes */
    {"{" DOC ", \"casualties\": [{\"category\": \"deaths\", \"count\": 2, " SPAN("Two men died", 0, 12) "}]}",
     "casualties[0].category: unknown category \"deaths\" (expected dead, injured, missing, "
     "survivors, aboard)"},
    {"{" DOC ", \"casualties\": [{\"category\": \"dead\", \"count\": 2, \"qualifier\": \"roughly\","
     " \"start\": 0, \"end\": 0}]}", "casualties[0].qualifier: unknown qualifier \"roughly\""},
    {"{" DOC ", \"casualties\": [{\"category\": \"dead\", \"count\": -2, \"start\": 0, \"end\": 0}]}",
     "casualties[0].count: must not be negative"},
    {"{" DOC ", \"casualties\": [{\"category\": \"dead\", \"start\": 0, \"end\": 0}]}",
     "casualties[0].count: missing"},
    {"{" DOC ", \"countries\": [{\"code\": \"XX\"}]}",
     "countries[0].code: not an ISO 3166-1 alpha-2 code"},
    {"{" DOC ", \"countries\": [{\"code\": \"fr\"}]}",
     "countries[0].code: not an ISO 3166-1 alpha-2 code"},
    {"{" DOC ", \"countries\": [{\"code\": \"FR\"}, {\"code\": \"GB\"}, {\"code\": \"FR\"}]}",
     "countries[2].code: FR is listed twice (also countries[0])"},
    {"{" DOC ", \"officials\": [{\"name\": \"A B\", \"country\": \"ZZ\"}]}",
     "officials[0].country: not an ISO 3166-1 alpha-2 code"},
    {"{" DOC ", \"amounts\": [{\"value\": 5, \"currency\": \"XYZ\", \"start\": 0, \"end\": 0}]}",
     "amounts[0].currency: not an ISO 4217 code"},
    {"{" DOC ", \"amounts\": [{\"value\": 5, \"currency\": \"eur\", \"start\": 0, \"end\": 0}]}",
     "amounts[0].currency: not an ISO 4217 code"},
    {"{" DOC ", \"amounts\": [{\"value\": -1, \"currency\": \"EUR\", \"start\": 0, \"end\": 0}]}",
     "amounts[0].value: must not be negative"},
    /* offsets and the story */
    {"{" DOC ", \"quotes\": [{\"start\": 0, \"end\": 99}]}",
     "quotes[0].end: 99 is past the end of the story (23 bytes)"},
    {"{" DOC ", \"quotes\": [{\"start\": 5, \"end\": 3}]}", "quotes[0]: start 5 is after end 3"},
    {"{" DOC ", \"quotes\": [{\"start\": -1, \"end\": 3}]}", "quotes[0].start: must not be negative"},
    {"{" DOC ", \"quotes\": [{}, {" SPAN("Two men dead", 0, 12) "}]}", "quotes[0].start: missing"},
    {"{" DOC ", \"casualties\": [{\"category\": \"dead\", \"count\": 2, " SPAN("Two men dead", 0, 12) "}]}",
     "casualties[0]: text does not match the story at 0..12 (the story has \"Two men died\")"},
    {"{" DOC ", \"countries\": [{\"code\": \"FR\", \"mentions\": [{" SPAN("france", 16, 22) "}]}]}",
     "countries[0].mentions[0]: text does not match the story at 16..22"},
    {"{\"document\": {\"text\": \"" STORY "\", \"sha256\": "
     "\"0000000000000000000000000000000000000000000000000000000000000000\"}}",
     "document.sha256: 0000000000000000000000000000000000000000000000000000000000000000 is not "
     "the sha256 of the story"},
    {"{\"document\": {\"sha256\": \"ABC\"}}", "document.sha256: must be 64 lowercase hexadecimal digits"},
    {"{\"document\": {\"text\": \"" STORY "\", \"bytes\": 5}}",
     "document.bytes: 5 but the story has 23 bytes"},
    /* events and references to them */
    {"{" DOC ", \"events\": [" EV(1) ", " EV(2) ", " EV(1) "]}",
     "events[2].id: duplicate id 1 (also events[0])"},
    {"{" DOC ", \"events\": [" EV(0) "]}", "events[0].id: must be at least 1"},
    {"{" DOC ", \"events\": [" EV(1) "], \"casualties\": [{\"event\": 3, \"category\": \"dead\","
     " \"count\": 2, \"start\": 0, \"end\": 0}]}", "casualties[0].event: no event with id 3"},
    {"{" DOC ", \"arrests\": [{\"event\": 1, \"count\": 1, \"start\": 0, \"end\": 0}]}",
     "arrests[0].event: no event with id 1"},
};

START_TEST(test_refused)
{
    nf_error err;
    char *story = NULL;
    nf_facts *f = parse(bad[_i].json, 0, &story, NULL, &err);
    ck_assert_msg(f == NULL, "accepted: %s", bad[_i].json);
    ck_assert_ptr_null(story);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert_str_eq(err.file, "test.json");
    ck_assert_msg(strncmp(err.text, bad[_i].want, strlen(bad[_i].want)) == 0,
                  "got \"%s\", want \"%s...\"", err.text, bad[_i].want);
}
END_TEST

/* ---- sha256: the key every story is stored under ---------------------------- */

/* FIPS 180-2 examples and the empty string, through sha256_hex (SHA-NI where
 * the CPU has it) and the portable rounds. */
START_TEST(test_sha256_known_answers)
{
    static const struct { const char *msg; size_t repeat; const char *hex; } cases[] = {
        {"", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t k = strlen(cases[i].msg), n = k * cases[i].repeat;
        char *msg = malloc(n + 1);
        ck_assert_ptr_nonnull(msg);
        for (size_t r = 0; r < cases[i].repeat; r++)
            memcpy(msg + r * k, cases[i].msg, k);
        char hex[65], portable[65];
        sha256_hex(msg, n, hex);
        sha256_hex_portable(msg, n, portable);
        ck_assert_str_eq(hex, cases[i].hex);
        ck_assert_str_eq(portable, cases[i].hex);
        free(msg);
    }
}
END_TEST

/* The accelerated rounds give the portable digest for every length from 0
 * to 1,100 bytes (one block, two, the padding edge at 55/56/64) at every
 * alignment of the input. */
START_TEST(test_sha256_accelerated_matches_portable)
{
    static unsigned char buf[1200];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof buf; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (unsigned char)(x >> 16);
    }
    for (size_t align = 0; align < 8; align++) {
        for (size_t n = 0; n <= 1100; n++) {
            char hex[65], portable[65];
            sha256_hex(buf + align, n, hex);
            sha256_hex_portable(buf + align, n, portable);
            ck_assert_msg(strcmp(hex, portable) == 0, "length %zu, offset %zu: %s vs %s", n,
                          align, hex, portable);
        }
    }
#if defined(__x86_64__) && defined(__SHA__)
    ck_assert(sha256_accelerated());   /* built for a CPU with SHA: it is used */
#endif
}
END_TEST

Suite *json_suite(void)
{
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("json_in");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_round_trip_corpus);
    tcase_add_test(tc, test_round_trip_bad_utf8);
    tcase_add_test(tc, test_all_kinds);
    tcase_add_test(tc, test_minimal);
    tcase_add_test(tc, test_story_from_caller);
    tcase_add_test(tc, test_check_story);
    tcase_add_test(tc, test_malformed_whole_file);
    tcase_add_test(tc, test_malformed_jsonl_line);
    tcase_add_loop_test(tc, test_malformed, 0, (int)(sizeof malformed / sizeof malformed[0]));
    tcase_add_loop_test(tc, test_refused, 0, (int)(sizeof bad / sizeof bad[0]));
    tcase_add_test(tc, test_sha256_known_answers);
    tcase_add_test(tc, test_sha256_accelerated_matches_portable);
    suite_add_tcase(s, tc);
    return s;
}
