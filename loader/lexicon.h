/* lexicon.h — classes of English words the extractors look for.
 *
 * Each word of the lexicon carries a set of class bits; gaz_tag() stamps
 * them on every token, so an extractor scanning for "a casualty verb" tests
 * one bit instead of comparing strings. The word lists live in lexicon.c,
 * one line per class, in folded (lowercase, unaccented) form.
 */
#ifndef NF_LEXICON_H
#define NF_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define LX(n) (UINT64_C(1) << (n))   /* n < 32: nf_tok.lx holds 32 bits */
enum {
    LX_STOP = LX(0),        /* function words: The, In, But ... never part of a name */
    LX_HONORIFIC = LX(1),   /* Mr Mrs Ms Dr ... */
    LX_MONTH = LX(2),
    LX_WEEKDAY = LX(3),
    LX_PRON_M = LX(4),      /* he him his */
    LX_PRON_F = LX(5),      /* she her */
    LX_PRON_PL = LX(6),     /* they them their */
    LX_SPEECH = LX(7),      /* said, told, added ... */
    LX_NUMWORD = LX(8),     /* one ... ninety, hundred, thousand, million, dozen */
    LX_TITLE = LX(9),       /* head nouns of official titles: minister, spokesman */
    LX_TITLE_MOD = LX(10),  /* words inside titles: interior, deputy, police */
    LX_PERSON_N = LX(11),   /* nouns for people: people, migrants, women */
    LX_DEATH = LX(12),
    LX_INJURY = LX(13),
    LX_MISSING = LX(14),
    LX_SURVIVE = LX(15),
    LX_ABOARD = LX(16),
    LX_ARREST = LX(17),
    LX_ORG = LX(18),        /* ministry, agency, office: ends an organisation name */
    LX_PLACE_N = LX(19),    /* street, river, island: ends a place name */
    LX_EVENT = LX(20),      /* capsize, earthquake, bombing ... */
    LX_QUAL = LX(21),       /* about, nearly, some, estimated ... */
    LX_RANK = LX(22),       /* ranks written before a name: Colonel, Supt, Commodore */
    LX_KIN = LX(23),        /* relatives and witnesses: mother, son, witness, student */
    LX_PERIOD = LX(24),     /* year, years, decade: statistics over a period */
    LX_INTL = LX(25),       /* international bodies: UN, IOM, NATO ... (no country) */
    LX_CURRENCY = LX(26),   /* pounds, euros, dollars, Rs, Tk ... */
    LX_MULT = LX(27),       /* million, bn, lakh ... after a number */
    LX_UNIT = LX(28),       /* metres, km, per cent: a number before it is no count */
    LX_VERB_PAST = LX(29),  /* common past-tense verbs that end a name run */
    LX_COUNT_DET = LX(30),  /* a, an, his, their, another: may open a counted phrase */
    LX_LAST = LX_COUNT_DET
};

typedef struct lex_class {
    uint64_t bits;
    const char *words;   /* space-separated, folded */
} lex_class;

extern const lex_class lex_classes[];
extern const size_t lex_n_classes;

#endif
