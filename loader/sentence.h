/* sentence.h — the sentence splitter: tokens → sentences, offsets kept.
 *
 * Splits at . ! ? (with any closing quotes and brackets they carry) when the
 * next token could open a sentence, at blank lines, and at line breaks unless
 * the next line continues in lowercase. Abbreviations (Mr., Gen., St.),
 * initials (K. Venkat Rao), decimals and initialisms (U.S.) do not split.
 * Needs gaz_tag() to have run (it reads LX_STOP to spot sentence openers).
 * Fills doc->sents and each token's sent.
 */
#ifndef NF_SENTENCE_H
#define NF_SENTENCE_H

#include "token.h"

void sent_split(nf_doc *doc);

/* "PUTRAJAYA: Malaysia and Chile ...": the token of the colon that ends
 * an uppercase dateline opening sentence s, or 0 when it has none. */
size_t sent_colon_dateline(const nf_doc *doc, const nf_sent *s);

/* The sentence of a byte offset (binary search); n_sents when none. */
size_t sent_at(const nf_doc *doc, size_t offset);

#endif
