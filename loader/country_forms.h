/* country_forms.h — the forms news uses for countries beyond the iso-codes names:
 * aliases (UK, Britain, Holland, Ivory Coast) and demonyms (British, Dutch, Ivorian, Syrians). */
#ifndef NF_COUNTRY_FORMS_H
#define NF_COUNTRY_FORMS_H
#include <stddef.h>
typedef struct { const char *code; const char *form; unsigned char kind; } gaz_country_form;
enum { GAZ_FORM_NAME = 1, GAZ_FORM_ADJ = 2, GAZ_FORM_PEOPLE = 3 };  /* alias name, adjective, people noun */
extern const gaz_country_form gaz_country_forms[];
extern const size_t gaz_n_country_forms;
#endif
