/* json_in.h — the JSON of FACTS.md → facts: the reader behind `newsfacts load`
 * for facts that `extract` printed (json_out.c), possibly corrected by hand.
 *
 * Ownership: the returned nf_facts belongs to the caller (nf_facts_free); its
 * strings live in its arena, never in the parsed JSON. *story_text, when set,
 * is a malloc'd copy of document.text that the caller frees with free().
 * Nothing is kept between calls; the gazetteer is only read.
 *
 * What is refused (NF_EINPUT, nothing partially accepted; err->text starts
 * with the field path, e.g. "casualties[2].category: ..."):
 *   - malformed JSON, duplicate keys, trailing data (err->line/column/offset
 *     from jansson; for JSON Lines, line = the file's line, offset = within it);
 *   - a top level that is not an object, a missing or non-object "document";
 *   - document.sha256 not 64 lowercase hex digits; document.source, title,
 *     url, published, text not a string or null; document.bytes not an
 *     integer >= 0;
 *   - events, countries, officials, casualties, arrests, quotes, amounts
 *     present but not arrays of objects (a missing array is empty);
 *   - events: id not an integer in 1..INT_MAX, or repeated; type, location,
 *     date not a string or null; main not a boolean;
 *   - countries: code not an ISO 3166-1 alpha-2 code the gazetteer knows, or
 *     listed twice; name not a string or null; mentions not an array of spans;
 *   - officials: name not a non-empty string; title not a string or null;
 *     country not a known alpha-2 code or null; mentions as for countries;
 *   - casualties: event not null or the id of a listed event; category not
 *     one of nf_category's names; count not an integer >= 0; qualifier not
 *     one of nf_qualifier's names; group not a string or null;
 *   - arrests: event as for casualties; count not an integer >= 0 or null
 *     (null → -1); suspects not a string or null;
 *   - quotes: speaker not a string or null;
 *   - amounts: value not a number >= 0; currency not an ISO 4217 code the
 *     gazetteer knows;
 *   - every span (events, casualties, arrests, quotes, amounts, and each
 *     mention): start or end missing or not an integer, start < 0,
 *     start > end; text not a string or null;
 *   - strings stored in the facts that contain a NUL character.
 * Fields not listed are ignored. Optional fields may be missing: strings and
 * event references become NULL/0, main false, qualifier exact, arrest count
 * -1. Required: document, events[].id, countries[].code, officials[].name,
 * casualties[].category and count, amounts[].value and currency, and start
 * and end of every span.
 *
 * When the story is known (the caller's text, else document.text) these are
 * refused as well: an end past the story; a "text" that is not
 * story[start:end] (compared as json_out.c writes it: bad UTF-8 bytes and NUL
 * in an invalid slice as U+FFFD); a document.sha256 that is not the story's;
 * a document.bytes that is not its length. When the story is not known, the
 * item texts cannot be checked: see nf_facts_from_json_story.
 */
#ifndef NF_JSON_IN_H
#define NF_JSON_IN_H

#include "gazetteer.h"
#include "newsfacts.h"

/* Parse facts JSON (one object) from buf[0..len). path/line name the input
 * for messages (line = the JSON Lines line number, 0 for a whole file).
 * The story is document.text when the JSON carries it; then every check above
 * is made, *story_text = a malloc'd copy of it (caller frees) and *story_len
 * its length. Otherwise *story_text = NULL, spans are checked only for
 * 0 <= start <= end, item texts are not checked, doc.sha256 is the JSON's
 * (or "") and doc.bytes the JSON's (or 0): the caller reads the story (e.g.
 * document.source) and calls nf_facts_check_story, or better
 * nf_facts_from_json_story to have the item texts checked too.
 * story_text and story_len may be NULL when the caller does not want them.
 * On success returns facts (caller frees with nf_facts_free); on failure
 * NULL with err filled (NF_EINPUT, err->file = path). */
nf_facts *nf_facts_from_json(const nf_gaz *gaz, const char *buf, size_t len, const char *path,
                             long line, char **story_text, size_t *story_len, nf_error *err);

/* Same, against a story the caller has (text[0..text_len), borrowed), which
 * takes the place of document.text for every check: bounds, item texts,
 * sha256, bytes. text == NULL behaves exactly as nf_facts_from_json. When the
 * facts are valid, doc.sha256 and doc.bytes are the story's. */
nf_facts *nf_facts_from_json_story(const nf_gaz *gaz, const char *buf, size_t len,
                                   const char *path, long line, const char *text,
                                   size_t text_len, char **story_text, size_t *story_len,
                                   nf_error *err);

/* Check the facts against their story text[0..len): every span (each fact's
 * and each mention's) has start <= end <= len; doc.sha256, when not "", is
 * the story's; doc.bytes, when not 0, is len. It cannot check item texts
 * (nf_facts keeps none). Returns 0, or -1 with err filled (NF_EINPUT, field
 * path in err->text, err->file "" for the caller to fill). */
int nf_facts_check_story(const nf_facts *f, const char *text, size_t len, nf_error *err);

#endif
