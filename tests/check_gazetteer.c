/* check_gazetteer.c — countries and currencies from iso-codes plus the
 * forms news uses. */
#include "tests.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lexicon.h"

static const struct { const char *text; const char *code; int kind; } forms[] = {
    {"France", "FR", GAZ_KIND_NAME}, {"French", "FR", GAZ_KIND_ADJ},
    {"Britain", "GB", GAZ_KIND_NAME}, {"UK", "GB", GAZ_KIND_NAME},
    {"British", "GB", GAZ_KIND_ADJ}, {"Holland", "NL", GAZ_KIND_NAME},
    {"Dutch", "NL", GAZ_KIND_ADJ}, {"Ivory Coast", "CI", GAZ_KIND_NAME},
    {"Côte d’Ivoire", "CI", GAZ_KIND_NAME}, {"Ivorian", "CI", GAZ_KIND_ADJ},
    {"Türkiye", "TR", GAZ_KIND_NAME}, {"Turkey", "TR", GAZ_KIND_NAME},
    {"United States", "US", GAZ_KIND_NAME}, {"U.S.", "US", GAZ_KIND_NAME},
    {"Syrians", "SY", GAZ_KIND_PEOPLE}, {"Philippines", "PH", GAZ_KIND_NAME},
    {"Bosnia and Herzegovina", "BA", GAZ_KIND_NAME}, {"Iran", "IR", GAZ_KIND_NAME},
};

START_TEST(test_country_forms)
{
    nf_doc d;
    test_doc(&d, forms[_i].text);
    gaz_country_hit hit;
    ck_assert_msg(gaz_country_at(test_gaz(), &d, 0, d.n_toks, &hit), "%s", forms[_i].text);
    ck_assert_str_eq(hit.code, forms[_i].code);
    ck_assert_int_eq(hit.kind, forms[_i].kind);
    ck_assert_uint_eq(hit.ntok, d.n_toks);
    doc_free(&d);
}
END_TEST

START_TEST(test_not_countries)
{
    const char *texts[] = {"european", "European", "the Channel", "france"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        nf_doc d;
        test_doc(&d, texts[i]);
        gaz_country_hit hit;
        for (size_t t = 0; t < d.n_toks; t++)
            ck_assert_msg(!gaz_country_at(test_gaz(), &d, t, d.n_toks, &hit), "%s", texts[i]);
        doc_free(&d);
    }
}
END_TEST

START_TEST(test_names_and_currencies)
{
    const nf_gaz *g = test_gaz();
    ck_assert_str_eq(gaz_country_name(g, "BO"), "Bolivia");
    ck_assert_str_eq(gaz_country_name(g, "FR"), "France");
    ck_assert_ptr_null(gaz_country_name(g, "ZZ"));
    ck_assert(gaz_is_currency(g, "GBP"));
    ck_assert(!gaz_is_currency(g, "XYZ"));
    ck_assert_str_eq(gaz_country_currency(g, "AU"), "AUD");
    ck_assert_str_eq(gaz_country_currency(g, "FR"), "EUR");
    ck_assert_str_eq(gaz_country_currency(g, "PH"), "PHP");
    /* "Rial Omani" leads with no country: the code that starts with OM */
    ck_assert_str_eq(gaz_country_currency(g, "OM"), "OMR");
    ck_assert_str_eq(gaz_country_currency(g, "CL"), "CLP");
    ck_assert_str_eq(gaz_country_currency(g, "BO"), "BOB");
    ck_assert_str_eq(gaz_country_currency(g, "US"), "USD");
    /* the one country of a currency; none for one many use */
    ck_assert_str_eq(gaz_currency_country(g, "BDT"), "BD");
    ck_assert_str_eq(gaz_currency_country(g, "PGK"), "PG");
    ck_assert_ptr_null(gaz_currency_country(g, "EUR"));
    ck_assert_ptr_null(gaz_currency_country(g, "XOF"));
    ck_assert_ptr_null(gaz_currency_country(g, NULL));
    const char *words[] = {"tk", "taka", "naira", "cedis", "rupiah", "ringgit", "baht", "hryvnia",
                           "zloty", "forint", "riel", "kyat", "kina", "birr"};
    const char *codes[] = {"BD", "BD", "NG", "GH", "ID", "MY", "TH", "UA", "PL", "HU", "KH",
                           "MM", "PG", "ET"};
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        ck_assert_str_eq(gaz_currency_country(g, gaz_currency_for_word(g, words[k], "")),
                         codes[k]);
    ck_assert_str_eq(gaz_currency_for_word(g, "pesos", "PH"), "PHP");
    ck_assert_str_eq(gaz_currency_for_word(g, "pesos", "CO"), "COP");
    ck_assert_str_eq(gaz_currency_for_word(g, "dollars", "AU"), "AUD");
    ck_assert_str_eq(gaz_currency_for_word(g, "dollars", "NG"), "USD");
    ck_assert_str_eq(gaz_currency_for_word(g, "rupees", "IN"), "INR");
    ck_assert_ptr_null(gaz_currency_for_word(g, "apples", "IN"));
    ck_assert_str_eq(gaz_currency_for_word(g, "crowns", "SE"), "SEK");
    ck_assert_str_eq(gaz_currency_for_word(g, "crowns", "CZ"), "CZK");
    ck_assert_str_eq(gaz_currency_for_word(g, "crowns", NULL), "NOK");
}
END_TEST

START_TEST(test_lexicon_tags)
{
    nf_doc d;
    test_doc(&d, "He said 31 people were killed");
    ck_assert(d.toks[0].lx & LX_PRON_M);
    ck_assert(d.toks[1].lx & LX_SPEECH);
    ck_assert(d.toks[3].lx & LX_PERSON_N);
    ck_assert(d.toks[5].lx & LX_DEATH);
    ck_assert(!(d.toks[2].lx));
    doc_free(&d);
    /* the words that may open a counted phrase ("their driver", "a girl") */
    test_doc(&d, "Their driver saw the man");
    ck_assert(d.toks[0].lx & LX_COUNT_DET);
    ck_assert(!(d.toks[3].lx & LX_COUNT_DET));
    ck_assert(d.toks[3].lx & LX_STOP);
    doc_free(&d);
}
END_TEST

START_TEST(test_missing_iso_codes)
{
    nf_error err;
    nf_error_clear(&err);
    nf_gaz *g = gaz_new("/nonexistent/iso-codes", &err);
    ck_assert_ptr_null(g);
    ck_assert_int_eq(err.code, NF_EINPUT);
    ck_assert(strstr(err.file, "iso_3166-1.json") != NULL);
}
END_TEST

/* g as snapshot bytes (caller frees). */
static unsigned char *snapshot_of(const nf_gaz *g, size_t *n)
{
    char *buf = NULL;
    FILE *fp = open_memstream(&buf, n);
    ck_assert_ptr_nonnull(fp);
    ck_assert(gaz_write_snapshot(g, fp));
    ck_assert_int_eq(fclose(fp), 0);
    return (unsigned char *)buf;
}

/* This binary embeds the build's snapshot: gaz_new reads it, and what it
 * reads is the gazetteer parsing the JSON builds, to the byte. */
START_TEST(test_snapshot_same_as_parsed)
{
    nf_error err;
    nf_error_clear(&err);
    nf_gaz *parsed = gaz_parse(NULL, &err), *read = gaz_new(NULL, &err);
    ck_assert_ptr_nonnull(parsed);
    ck_assert_ptr_nonnull(read);
    ck_assert(!gaz_is_snapshot(parsed));
    ck_assert(gaz_is_snapshot(read));
    ck_assert(gaz_is_snapshot(test_gaz()));
    size_t n1, n2;
    unsigned char *a = snapshot_of(parsed, &n1), *b = snapshot_of(read, &n2);
    ck_assert_uint_gt(n1, 100000);
    ck_assert_uint_eq(n1, n2);
    ck_assert(memcmp(a, b, n1) == 0);
    free(a);
    free(b);
    gaz_free(parsed);
    gaz_free(read);
}
END_TEST

/* A copy of the three iso-codes files in dir (a new directory). */
static void copy_iso_files(const char *dir)
{
    static const char *const files[] = {"iso_3166-1.json", "iso_3166-2.json", "iso_4217.json"};
    for (size_t i = 0; i < 3; i++) {
        char cmd[1024];
        snprintf(cmd, sizeof cmd, "cp %s/%s %s/", GAZ_DEFAULT_ISO_DIR, files[i], dir);
        ck_assert_int_eq(system(cmd), 0);
    }
}

/* A snapshot is read only for the directory it was made from, while its
 * files keep the size and time they had: a file touched since, another
 * directory, a damaged magic or a cut anywhere, and gaz_from_snapshot
 * refuses it (gaz_new would parse the JSON instead). */
START_TEST(test_snapshot_refused)
{
    char dir[] = "/tmp/nf-iso-XXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    copy_iso_files(dir);
    nf_error err;
    nf_error_clear(&err);
    nf_gaz *g = gaz_parse(dir, &err);
    ck_assert_ptr_nonnull(g);
    size_t n;
    unsigned char *bytes = snapshot_of(g, &n);
    nf_gaz *back = gaz_from_snapshot(bytes, n, dir);
    ck_assert_ptr_nonnull(back);
    ck_assert(gaz_is_snapshot(back));
    gaz_free(back);
    ck_assert_ptr_null(gaz_from_snapshot(bytes, n, GAZ_DEFAULT_ISO_DIR));
    for (size_t cut = 0; cut < n; cut += cut < 4096 ? 1 : 4093)
        ck_assert_msg(!gaz_from_snapshot(bytes, cut, dir), "read from %zu of %zu bytes", cut, n);
    ck_assert_ptr_null(gaz_from_snapshot(bytes, n - 1, dir));
    bytes[0] ^= 1;
    ck_assert_ptr_null(gaz_from_snapshot(bytes, n, dir));
    bytes[0] ^= 1;
    char path[64], cmd[160];
    snprintf(path, sizeof path, "%s/iso_4217.json", dir);
    struct timespec times[2] = {{0, UTIME_OMIT}, {1000000000, 0}};
    ck_assert_int_eq(utimensat(AT_FDCWD, path, times, 0), 0);
    ck_assert_ptr_null(gaz_from_snapshot(bytes, n, dir));
    free(bytes);
    gaz_free(g);
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *gazetteer_suite(void)
{
    Suite *s = suite_create("gazetteer");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_country_forms, 0, (int)(sizeof forms / sizeof forms[0]));
    tcase_add_test(tc, test_not_countries);
    tcase_add_test(tc, test_names_and_currencies);
    tcase_add_test(tc, test_lexicon_tags);
    tcase_add_test(tc, test_missing_iso_codes);
    tcase_add_test(tc, test_snapshot_same_as_parsed);
    tcase_add_test(tc, test_snapshot_refused);
    suite_add_tcase(s, tc);
    return s;
}
