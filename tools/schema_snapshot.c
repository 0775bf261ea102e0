/* schema_snapshot.c — the build's script for new databases (loader/db.h,
 * nf_db_schema_script): makes a database in a temporary directory by
 * running every migration of schema/ in turn, as an older newsfacts
 * database would get them, and writes the SQL that gives an empty database
 * the same schema and rows to OUT, which the build embeds in the binary.
 * Linked without that script, so nf_db_open takes the migrations.
 *
 *   build/gen/schema_snapshot OUT
 */
#include "db.h"
#include "write_out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool write_text(const void *text, FILE *fp)
{
    return fputs(text, fp) >= 0;
}

static int fail(const nf_error *err)
{
    fprintf(stderr, "schema_snapshot: %s: %s\n", err->file, err->text);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: schema_snapshot OUT\n");
        return 2;
    }
    char dir[] = "/tmp/nf_schema_XXXXXX", path[64];
    if (!mkdtemp(dir)) {
        fprintf(stderr, "schema_snapshot: cannot make a temporary directory: %s\n",
                strerror(errno));
        return 1;
    }
    snprintf(path, sizeof path, "%s/new.db", dir);
    nf_error err;
    nf_db *db = nf_db_open(path, &err);
    char *script = db ? nf_db_schema_script(db, &err) : NULL;
    nf_db_close(db);
    nf_db_remove_files(path);
    rmdir(dir);
    if (!script)
        return fail(&err);
    int rc = write_out("schema_snapshot", argv[1], write_text, script);
    free(script);
    return rc;
}
