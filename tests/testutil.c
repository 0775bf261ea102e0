/* testutil.c — helpers the test suites share (see tests.h). */
#include "tests.h"
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static nf_gaz *gaz;

static void free_gaz(void)
{
    gaz_free(gaz);
}

const nf_gaz *test_gaz(void)
{
    if (!gaz) {
        nf_error err;
        nf_error_clear(&err);
        gaz = gaz_new(NULL, &err);
        if (!gaz) {
            fprintf(stderr, "tests: gazetteer: %s: %s\n", err.file, err.text);
            abort();
        }
        atexit(free_gaz);
    }
    return gaz;
}

nf_facts *test_extract(const char *text)
{
    return nf_extract(test_gaz(), text, strlen(text), NULL, NULL, NULL);
}

void test_doc(nf_doc *doc, const char *text)
{
    nf_doc_build(doc, test_gaz(), text, strlen(text));
}

const char *test_slice(const char *text, nf_span s)
{
    static char buf[4096];
    size_t n = s.end > s.start ? s.end - s.start : 0;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, text + s.start, n);
    buf[n] = '\0';
    return buf;
}

char *test_read_file(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, fp) != (size_t)n) {
        free(buf);
        fclose(fp);
        return NULL;
    }
    buf[n] = '\0';
    fclose(fp);
    if (len)
        *len = (size_t)n;
    return buf;
}
