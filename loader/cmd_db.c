/* cmd_db.c — (stub) */
#include "cli.h"
int cmd_load(int argc, char **argv) { (void)argc; (void)argv; return 1; }
int cmd_query(int argc, char **argv) { (void)argc; (void)argv; return 1; }
int cmd_search(int argc, char **argv) { (void)argc; (void)argv; return 1; }
