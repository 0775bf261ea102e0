/* gazetteer.c — see gazetteer.h. */
#include "gazetteer.h"
#include "alloc.h"
#include "country_forms.h"
#include "lexicon.h"
#include "strmap.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FORM_TOKENS 8

typedef struct currency {
    char code[4];
    char *name_fold;     /* "australian dollar" */
    char country[3];     /* the country whose name or demonym leads the name */
} currency;

typedef struct country {
    char code[3];
    char *name;          /* short English name */
    char currency[4];
} country;

/* A value of nf_gaz.tags: the LX_* bits, the GAZ_MARK_* bits of the word
 * above them (gazetteer.h: is its fold a key of a prefix map, of the map
 * itself), and TAG_LEXICON when the word is in the lexicon at all. */
#define TAG_GZ_SHIFT 56
#define TAG_LEXICON (UINT64_C(1) << 63)
#define TAG_LX_MASK ((UINT64_C(1) << TAG_GZ_SHIFT) - 1)

struct nf_gaz {
    strmap words;        /* folded word → LX_* bits */
    strmap tags;         /* folded word → its tag (above): one look-up per token */
    strmap forms;        /* folded token sequence → packed code and kind */
    strmap subdivs;      /* folded subdivision name → packed code (unambiguous names only) */
    strmap cities;       /* folded city name → packed code */
    strmap city_prefixes;   /* the same for cities */
    strmap form_prefixes;   /* every key of forms cut after 1, 2, ... of its tokens */
    strmap subdiv_prefixes; /* the same for subdivs: match_at stops when none goes on */
    strmap codes;        /* alpha-2 → index into countries */
    strmap currency_codes; /* alpha-3 → index into currencies */
    country *countries;
    size_t n_countries, cap_countries;
    currency *currencies;
    size_t n_currencies, cap_currencies;
    char *iso_dir;       /* where the iso-codes files were (or would be) read */
    bool from_snapshot;
};

/* The iso-codes files the gazetteer is made of, in the order a snapshot
 * records them. */
static const char *const iso_files[] = {"iso_3166-1.json", "iso_3166-2.json", "iso_4217.json"};
#define N_ISO_FILES (sizeof iso_files / sizeof iso_files[0])

/* Cities that place a story in their country: capitals and the cities news
 * is filed from. They vote for the home country and are never country
 * mentions. Left out: seats of international bodies (Geneva, Brussels, New
 * York) and names that are also common given names or words (Sofia, Nice). */
static const struct { const char *name; const char *code; } cities[] = {
    {"london", "GB"}, {"glasgow", "GB"}, {"edinburgh", "GB"},
    {"belfast", "GB"}, {"cardiff", "GB"}, {"liverpool", "GB"}, {"leeds", "GB"},
    {"manchester", "GB"}, {"sheffield", "GB"}, {"nottingham", "GB"}, {"leicester", "GB"},
    {"coventry", "GB"},
    {"dublin", "IE"}, {"paris", "FR"}, {"marseille", "FR"}, {"lyon", "FR"},
    {"berlin", "DE"}, {"munich", "DE"}, {"frankfurt", "DE"}, {"hamburg", "DE"},
    {"madrid", "ES"}, {"barcelona", "ES"}, {"rome", "IT"}, {"milan", "IT"}, {"naples", "IT"},
    {"lisbon", "PT"}, {"amsterdam", "NL"}, {"vienna", "AT"},
    {"zurich", "CH"}, {"athens", "GR"}, {"istanbul", "TR"}, {"ankara", "TR"},
    {"moscow", "RU"}, {"kyiv", "UA"}, {"kiev", "UA"},
    {"saint petersburg", "RU"}, {"st petersburg", "RU"}, {"novosibirsk", "RU"},
    {"yekaterinburg", "RU"}, {"belgorod", "RU"}, {"kursk", "RU"},
    {"sumy", "UA"}, {"chernihiv", "UA"}, {"poltava", "UA"}, {"kramatorsk", "UA"},
    {"mariupol", "UA"}, {"vinnytsia", "UA"}, {"zhytomyr", "UA"},
    {"minsk", "BY"}, {"chisinau", "MD"}, {"sarajevo", "BA"}, {"banja luka", "BA"},
    {"mostar", "BA"}, {"skopje", "MK"}, {"tirana", "AL"}, {"ljubljana", "SI"},
    {"bratislava", "SK"}, {"novi sad", "RS"}, {"krakow", "PL"}, {"gdansk", "PL"},
    {"wroclaw", "PL"}, {"katowice", "PL"}, {"poznan", "PL"}, {"brasov", "RO"},
    {"timisoara", "RO"}, {"constanta", "RO"}, {"iasi", "RO"}, {"cluj-napoca", "RO"},
    {"cluj", "RO"}, {"plovdiv", "BG"},
    {"varna", "BG"}, {"batumi", "GE"}, {"kutaisi", "GE"}, {"gyumri", "AM"},
    {"sumgait", "AZ"}, {"sumqayit", "AZ"}, {"shymkent", "KZ"}, {"karaganda", "KZ"},
    {"samarkand", "UZ"}, {"ashgabat", "TM"},
    {"ghent", "BE"}, {"antwerp", "BE"}, {"liege", "BE"}, {"bruges", "BE"},
    {"kharkiv", "UA"}, {"odesa", "UA"}, {"odessa", "UA"}, {"lviv", "UA"}, {"dnipro", "UA"},
    {"zaporizhzhia", "UA"}, {"kherson", "UA"}, {"mykolaiv", "UA"}, {"warsaw", "PL"}, {"prague", "CZ"},
    {"budapest", "HU"}, {"bucharest", "RO"}, {"stockholm", "SE"}, {"oslo", "NO"},
    {"copenhagen", "DK"}, {"helsinki", "FI"}, {"cairo", "EG"}, {"tunis", "TN"},
    {"algiers", "DZ"}, {"rabat", "MA"}, {"casablanca", "MA"}, {"lagos", "NG"},
    {"abuja", "NG"}, {"kano", "NG"}, {"accra", "GH"}, {"dakar", "SN"},
    {"bamako", "ML"}, {"ouagadougou", "BF"}, {"niamey", "NE"}, {"khartoum", "SD"},
    {"addis ababa", "ET"}, {"nairobi", "KE"}, {"mombasa", "KE"}, {"kampala", "UG"},
    {"kigali", "RW"}, {"dar es salaam", "TZ"}, {"kinshasa", "CD"}, {"goma", "CD"},
    {"johannesburg", "ZA"}, {"cape town", "ZA"}, {"pretoria", "ZA"}, {"durban", "ZA"},
    {"harare", "ZW"}, {"lusaka", "ZM"}, {"maputo", "MZ"}, {"mogadishu", "SO"},
    {"beirut", "LB"}, {"damascus", "SY"}, {"aleppo", "SY"}, {"baghdad", "IQ"},
    {"tehran", "IR"}, {"riyadh", "SA"}, {"jeddah", "SA"}, {"dubai", "AE"},
    {"abu dhabi", "AE"}, {"doha", "QA"}, {"sanaa", "YE"}, {"aden", "YE"}, {"amman", "JO"},
    {"tel aviv", "IL"}, {"kabul", "AF"}, {"islamabad", "PK"}, {"karachi", "PK"},
    {"lahore", "PK"}, {"peshawar", "PK"}, {"quetta", "PK"}, {"new delhi", "IN"},
    {"delhi", "IN"}, {"mumbai", "IN"}, {"kolkata", "IN"}, {"chennai", "IN"},
    {"bengaluru", "IN"}, {"dhaka", "BD"}, {"chittagong", "BD"}, {"kathmandu", "NP"},
    {"colombo", "LK"}, {"yangon", "MM"}, {"bangkok", "TH"}, {"hanoi", "VN"},
    {"phnom penh", "KH"}, {"manila", "PH"}, {"jakarta", "ID"}, {"kuala lumpur", "MY"},
    {"beijing", "CN"}, {"shanghai", "CN"}, {"shenzhen", "CN"}, {"guangzhou", "CN"},
    {"wuhan", "CN"}, {"taipei", "TW"}, {"seoul", "KR"}, {"pyongyang", "KP"},
    {"tokyo", "JP"}, {"osaka", "JP"}, {"sydney", "AU"}, {"melbourne", "AU"},
    {"brisbane", "AU"}, {"canberra", "AU"}, {"auckland", "NZ"}, {"christchurch", "NZ"},
    {"ottawa", "CA"}, {"toronto", "CA"}, {"montreal", "CA"}, {"vancouver", "CA"},
    {"calgary", "CA"}, {"edmonton", "CA"}, {"mexico city", "MX"}, {"havana", "CU"},
    {"bogota", "CO"}, {"caracas", "VE"}, {"lima", "PE"}, {"quito", "EC"},
    {"buenos aires", "AR"}, {"sao paulo", "BR"}, {"rio de janeiro", "BR"},
    {"brasilia", "BR"}, {"washington", "US"}, {"los angeles", "US"}, {"chicago", "US"},
    {"boston", "US"}, {"miami", "US"}, {"atlanta", "US"}, {"seattle", "US"},
    {"philadelphia", "US"}, {"detroit", "US"}, {"dallas", "US"},
    /* datelines: capitals and large cities whose name is no other place's */
    {"muscat", "OM"}, {"manama", "BH"}, {"kuwait city", "KW"}, {"baku", "AZ"},
    {"tbilisi", "GE"}, {"yerevan", "AM"}, {"tashkent", "UZ"}, {"almaty", "KZ"},
    {"astana", "KZ"}, {"bishkek", "KG"}, {"dushanbe", "TJ"}, {"ulaanbaatar", "MN"},
    {"vientiane", "LA"}, {"ho chi minh city", "VN"}, {"naypyitaw", "MM"}, {"mandalay", "MM"},
    {"port moresby", "PG"}, {"suva", "FJ"}, {"wellington", "NZ"}, {"perth", "AU"},
    {"adelaide", "AU"}, {"new york", "US"}, {"santiago", "CL"}, {"montevideo", "UY"},
    {"asuncion", "PY"}, {"la paz", "BO"}, {"guatemala city", "GT"}, {"tegucigalpa", "HN"},
    {"san salvador", "SV"}, {"managua", "NI"}, {"port-au-prince", "HT"},
    {"santo domingo", "DO"}, {"medellin", "CO"}, {"cali", "CO"}, {"guayaquil", "EC"},
    {"luanda", "AO"}, {"lilongwe", "MW"}, {"blantyre", "MW"}, {"gaborone", "BW"},
    {"windhoek", "NA"}, {"yaounde", "CM"}, {"douala", "CM"}, {"brazzaville", "CG"},
    {"libreville", "GA"}, {"n'djamena", "TD"}, {"bangui", "CF"}, {"juba", "SS"},
    {"asmara", "ER"}, {"conakry", "GN"}, {"freetown", "SL"}, {"monrovia", "LR"},
    {"abidjan", "CI"}, {"lome", "TG"}, {"cotonou", "BJ"}, {"nouakchott", "MR"},
    {"benghazi", "LY"}, {"marrakech", "MA"}, {"antananarivo", "MG"}, {"bujumbura", "BI"},
    {"dodoma", "TZ"}, {"kisumu", "KE"}, {"port harcourt", "NG"}, {"maiduguri", "NG"},
    {"ibadan", "NG"}, {"kumasi", "GH"}, {"mosul", "IQ"}, {"basra", "IQ"}, {"erbil", "IQ"},
    {"kandahar", "AF"}, {"herat", "AF"}, {"rawalpindi", "PK"}, {"multan", "PK"},
    {"faisalabad", "PK"}, {"lucknow", "IN"}, {"patna", "IN"}, {"jaipur", "IN"},
    {"ahmedabad", "IN"}, {"bhopal", "IN"}, {"chandigarh", "IN"}, {"sylhet", "BD"},
    {"khulna", "BD"}, {"cebu", "PH"}, {"davao", "PH"}, {"surabaya", "ID"}, {"medan", "ID"},
    {"semarang", "ID"}, {"bandung", "ID"}, {"yogyakarta", "ID"}, {"denpasar", "ID"},
    {"johor bahru", "MY"}, {"kota kinabalu", "MY"}, {"kuching", "MY"}, {"ipoh", "MY"},
    {"shah alam", "MY"}, {"petaling jaya", "MY"}, {"putrajaya", "MY"}, {"ho chi minh city", "VN"},
    {"hcmc", "VN"}, {"da nang", "VN"}, {"hai phong", "VN"}, {"can tho", "VN"},
    {"quezon city", "PH"}, {"siem reap", "KH"}, {"phuket", "TH"}, {"pattaya", "TH"},
    {"dili", "TL"},
    {"makassar", "ID"}, {"chiang mai", "TH"},
    {"san francisco", "US"}, {"houston", "US"}, {"sharjah", "AE"}, {"ajman", "AE"},
    /* US cities of local and wire datelines (not Austin, Columbus, Charlotte:
     * given names; not Portland, Springfield: several states, one country
     * still, but also towns elsewhere) */
    {"phoenix", "US"}, {"tucson", "US"}, {"san diego", "US"}, {"san antonio", "US"},
    {"el paso", "US"}, {"denver", "US"}, {"las vegas", "US"}, {"nashville", "US"},
    {"memphis", "US"}, {"baltimore", "US"}, {"minneapolis", "US"}, {"pittsburgh", "US"},
    {"new orleans", "US"}, {"st. louis", "US"}, {"oklahoma city", "US"},
    {"kansas city", "US"}, {"sacramento", "US"}, {"albuquerque", "US"}, {"milwaukee", "US"},
    {"honolulu", "US"}, {"anchorage", "US"}, {"salt lake city", "US"}, {"tampa", "US"},
    {"orlando", "US"}, {"indianapolis", "US"}, {"louisville", "US"}, {"cincinnati", "US"},
    {"winnipeg", "CA"},
    {"fujairah", "AE"}, {"ras al khaimah", "AE"}, {"luxor", "EG"}, {"aswan", "EG"},
    {"belgrade", "RS"}, {"zagreb", "HR"},
    /* regional press datelines of South Asia and Africa */
    {"amritsar", "IN"}, {"ludhiana", "IN"}, {"pune", "IN"}, {"kanpur", "IN"},
    {"nagpur", "IN"}, {"indore", "IN"}, {"guwahati", "IN"}, {"bhubaneswar", "IN"},
    {"thiruvananthapuram", "IN"}, {"varanasi", "IN"}, {"srinagar", "IN"}, {"dehradun", "IN"},
    {"ranchi", "IN"}, {"raipur", "IN"}, {"visakhapatnam", "IN"}, {"coimbatore", "IN"},
    {"surat", "IN"}, {"vadodara", "IN"}, {"noida", "IN"}, {"gurugram", "IN"},
    {"sialkot", "PK"}, {"gujranwala", "PK"}, {"bahawalpur", "PK"}, {"sukkur", "PK"},
    {"abbottabad", "PK"}, {"chattogram", "BD"}, {"chittagong", "BD"}, {"rajshahi", "BD"},
    {"narayanganj", "BD"}, {"onitsha", "NG"}, {"owerri", "NG"}, {"ilorin", "NG"},
    {"zaria", "NG"}, {"nakuru", "KE"}, {"eldoret", "KE"}, {"jinja", "UG"}, {"mbarara", "UG"},
    {"arusha", "TZ"}, {"mwanza", "TZ"}, {"bulawayo", "ZW"}, {"ndola", "ZM"},
};

/* Single-word currency names that carry no country in their name. */
static const struct { const char *name; const char *country; } plain_currencies[] = {
    {"naira", "NG"}, {"taka", "BD"}, {"yen", "JP"}, {"yuan renminbi", "CN"}, {"rand", "ZA"},
    {"won", "KR"}, {"baht", "TH"}, {"dong", "VN"}, {"hryvnia", "UA"}, {"zloty", "PL"},
    {"forint", "HU"}, {"rupiah", "ID"}, {"kwanza", "AO"}, {"lek", "AL"},
    {"new israeli sheqel", "IL"}, {"pound sterling", "GB"}, {"us dollar", "US"},
    {"malaysian ringgit", "MY"}, {"riel", "KH"}, {"lao kip", "LA"}, {"kyat", "MM"},
    {"afghani", "AF"}, {"tenge", "KZ"}, {"lari", "GE"}, {"armenian dram", "AM"},
    {"romanian leu", "RO"}, {"bulgarian lev", "BG"}, {"guarani", "PY"}, {"sol", "PE"},
    {"boliviano", "BO"}, {"costa rican colon", "CR"}, {"cordoba oro", "NI"},
    {"quetzal", "GT"}, {"lempira", "HN"}, {"balboa", "PA"}, {"gourde", "HT"},
    {"leone", "SL"}, {"nakfa", "ER"}, {"ouguiya", "MR"}, {"dalasi", "GM"},
    {"kina", "PG"}, {"pula", "BW"}, {"loti", "LS"}, {"lilangeni", "SZ"}, {"rufiyaa", "MV"},
    {"ngultrum", "BT"}, {"tugrik", "MN"}, {"somoni", "TJ"}, {"azerbaijan manat", "AZ"},
    {"turkmenistan new manat", "TM"}, {"denar", "MK"}, {"mozambique metical", "MZ"},
    {"som", "KG"}, {"tala", "WS"}, {"vatu", "VU"},
    {NULL, NULL}
};
static const char *const euro_countries[] = {
    "AT", "BE", "CY", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT", "NL",
    "PT", "SK", "SI", "ES", "HR", "AD", "MC", "SM", "VA", "ME", NULL
};
static const char *const xof_countries[] = {"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG", NULL};
static const char *const xaf_countries[] = {"CM", "CF", "TD", "CG", "GQ", "GA", NULL};

/* The usual currency of a currency word when no country settles it. */
static const struct { const char *word, *base, *code; } currency_words[] = {
    {"pounds", "pound", "GBP"}, {"pound", "pound", "GBP"}, {"sterling", "sterling", "GBP"},
    {"euros", "euro", "EUR"}, {"euro", "euro", "EUR"}, {"dollars", "dollar", "USD"},
    {"dollar", "dollar", "USD"}, {"pesos", "peso", "MXN"}, {"peso", "peso", "MXN"},
    {"rupees", "rupee", "INR"}, {"rupee", "rupee", "INR"}, {"rs", "rupee", "INR"},
    {"lira", "lira", "TRY"}, {"liras", "lira", "TRY"}, {"naira", "naira", "NGN"},
    {"taka", "taka", "BDT"}, {"tk", "taka", "BDT"}, {"kroner", "krone", "NOK"},
    {"krone", "krone", "NOK"}, {"kronor", "krona", "SEK"}, {"krona", "krona", "SEK"},
    {"francs", "franc", "CHF"}, {"franc", "franc", "CHF"}, {"yen", "yen", "JPY"},
    {"yuan", "yuan", "CNY"}, {"renminbi", "yuan", "CNY"}, {"rand", "rand", "ZAR"},
    {"shillings", "shilling", "KES"}, {"shilling", "shilling", "KES"},
    {"riyals", "rial", "SAR"}, {"riyal", "rial", "SAR"}, {"rials", "rial", "IRR"},
    {"rial", "rial", "IRR"}, {"dirhams", "dirham", "AED"},
    {"dirham", "dirham", "AED"}, {"rubles", "ruble", "RUB"}, {"roubles", "ruble", "RUB"},
    {"ruble", "ruble", "RUB"}, {"rouble", "ruble", "RUB"}, {"hryvnias", "hryvnia", "UAH"},
    {"hryvnia", "hryvnia", "UAH"}, {"zloty", "zloty", "PLN"}, {"won", "won", "KRW"},
    {"cedis", "cedi", "GHS"}, {"cedi", "cedi", "GHS"}, {"kwacha", "kwacha", "ZMW"},
    {"birr", "birr", "ETB"}, {"rupiah", "rupiah", "IDR"}, {"ringgit", "ringgit", "MYR"},
    {"baht", "baht", "THB"}, {"dong", "dong", "VND"}, {"reais", "real", "BRL"},
    {"real", "real", "BRL"}, {"soles", "sol", "PEN"}, {"dinars", "dinar", "IQD"},
    {"dinar", "dinar", "IQD"}, {"meticais", "metical", "MZN"}, {"metical", "metical", "MZN"},
    {"złoty", "zloty", "PLN"}, {"zlotys", "zloty", "PLN"}, {"zł", "zloty", "PLN"},
    {"quetzales", "quetzal", "GTQ"}, {"quetzals", "quetzal", "GTQ"}, {"quetzal", "quetzal", "GTQ"},
    {"lempiras", "lempira", "HNL"}, {"lempira", "lempira", "HNL"},
    {"bolivars", "bolivar", "VES"}, {"bolivares", "bolivar", "VES"},
    {"shekels", "sheqel", "ILS"}, {"shekel", "sheqel", "ILS"}, {"afghanis", "afghani", "AFN"},
    {"forints", "forint", "HUF"}, {"forint", "forint", "HUF"}, {"korunas", "koruna", "CZK"},
    {"koruna", "koruna", "CZK"}, {"bolivianos", "boliviano", "BOB"},
    {"guaranis", "guarani", "PYG"}, {"guaranies", "guarani", "PYG"}, {"colones", "colon", "CRC"},
    {"cordobas", "cordoba oro", "NIO"}, {"gourdes", "gourde", "HTG"},
    {"kwanzas", "kwanza", "AOA"}, {"kwanza", "kwanza", "AOA"}, {"tenge", "tenge", "KZT"},
    {"leones", "leone", "SLE"}, {"leva", "lev", "BGN"}, {"lek", "lek", "ALL"},
    {"soums", "soum", "UZS"}, {"soum", "soum", "UZS"}, {"denars", "denar", "MKD"},
    {"denar", "denar", "MKD"}, {"lei", "leu", "RON"}, {"leu", "leu", "RON"},
    {"lev", "lev", "BGN"}, {"pula", "pula", "BWP"}, {"kyat", "kyat", "MMK"},
    {"kyats", "kyat", "MMK"}, {"riels", "riel", "KHR"}, {"riel", "riel", "KHR"},
    {"dalasis", "dalasi", "GMD"}, {"dalasi", "dalasi", "GMD"}, {"kina", "kina", "PGK"},
    {"lari", "lari", "GEL"}, {"somoni", "somoni", "TJS"}, {"nakfa", "nakfa", "ERN"},
    {"kip", "kip", "LAK"}, {"soms", "som", "KGS"}, {"som", "som", "KGS"},
    {"tugriks", "tugrik", "MNT"}, {"tugrik", "tugrik", "MNT"}, {"manats", "manat", "AZN"},
    {"manat", "manat", "AZN"}, {"drams", "dram", "AMD"}, {"dram", "dram", "AMD"},
    {"crowns", "krone", "NOK"}, {"crowns", "krona", "SEK"}, {"crowns", "koruna", "CZK"},
    {"crown", "krone", "NOK"}, {"crown", "krona", "SEK"}, {"crown", "koruna", "CZK"},
    {"tala", "tala", "WST"}, {"vatu", "vatu", "VUV"}, {"ariary", "ariary", "MGA"},
    {"rufiyaa", "rufiyaa", "MVR"}, {"ngultrum", "ngultrum", "BTN"},
    {"emalangeni", "lilangeni", "SZL"}, {"lilangeni", "lilangeni", "SZL"},
    {"maloti", "loti", "LSL"}, {"loti", "loti", "LSL"}, {"ouguiya", "ouguiya", "MRU"},
    {"kuna", "kuna", "HRK"}, {"dobras", "dobra", "STN"}, {"dobra", "dobra", "STN"},
    {"escudos", "escudo", "CVE"}, {"escudo", "escudo", "CVE"},
    {"kronur", "krona", "ISK"},   /* "krónur": the Icelandic plural */
    {NULL, NULL, NULL}
};

static uint64_t pack_form(const char *code, int kind)
{
    return ((uint64_t)(unsigned char)code[0] << 16) | ((uint64_t)(unsigned char)code[1] << 8) |
           (uint64_t)kind;
}

/* The folded key of a phrase: its tokens' folded forms joined by spaces. */
static size_t phrase_key(const char *phrase, char *key, size_t cap, size_t *ntok)
{
    nf_doc d;
    tok_split(&d, phrase, strlen(phrase));
    size_t n = 0;
    for (size_t i = 0; i < d.n_toks; i++) {
        const char *f = d.toks[i].kind == TK_WORD || d.toks[i].kind == TK_NUM ||
                        d.toks[i].kind == TK_POSS ? tok_fold(&d, i) : NULL;
        char punct[8];
        if (!f) {
            size_t len = d.toks[i].end - d.toks[i].start;
            if (len >= sizeof punct)
                len = sizeof punct - 1;
            memcpy(punct, phrase + d.toks[i].start, len);
            punct[len] = '\0';
            f = punct;
        }
        /* what snprintf(key + n, cap - n, "%s%s", i ? " " : "", f) would
         * write, without its cost: this runs for every name at start-up */
        for (const char *p = i ? " " : ""; *p; p++, n++)
            if (n + 1 < cap)
                key[n] = *p;
        for (; *f; f++, n++)
            if (n + 1 < cap)
                key[n] = *f;
        key[n < cap ? n : cap - 1] = '\0';
    }
    *ntok = d.n_toks;
    doc_free(&d);
    return n < cap ? n : cap - 1;
}

/* Record key and each of its shorter token prefixes ("united", "united
 * arab", "united arab emirates") in prefixes, so that match_at can stop
 * reading tokens as soon as no key goes on the way the story does. Cutting
 * at every space may add a few prefixes that are not token boundaries; that
 * only makes the filter let through more, never less. */
static void add_prefixes(strmap *prefixes, const char *key, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (key[i] == ' ')
            strmap_put(prefixes, key, i, 0);
    strmap_put(prefixes, key, n, 0);
}

static void add_form(nf_gaz *g, const char *code, const char *form, int kind)
{
    char key[256];
    size_t ntok;
    size_t n = phrase_key(form, key, sizeof key, &ntok);
    if (ntok == 0 || ntok > MAX_FORM_TOKENS || strmap_get(&g->forms, key, n))
        return;
    strmap_put(&g->forms, key, n, pack_form(code, kind));
    add_prefixes(&g->form_prefixes, key, n);
}

/* json_load_callback's source: the file a chunk at a time. */
static size_t read_chunk(void *buf, size_t n, void *fp)
{
    size_t got = fread(buf, 1, n, fp);
    return got == 0 && ferror(fp) ? (size_t)-1 : got;
}

/* The iso-codes files are read through json_load_callback, not
 * json_load_file, which reads its FILE * one getc (a call and a lock) per
 * byte: for iso_3166-2.json's 500 KB, 3 % of the start-up. */
static json_t *load_iso(const char *dir, const char *file, const char *key, nf_error *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        nf_error_set(err, NF_EINPUT, path, "cannot read iso-codes data: %s", strerror(errno));
        return NULL;
    }
    json_error_t jerr;
    json_t *root = json_load_callback(read_chunk, fp, 0, &jerr);
    fclose(fp);
    if (!root) {
        nf_error_set(err, NF_EINPUT, path, "cannot read iso-codes data: %s (line %d)",
                     jerr.text, jerr.line);
        err->line = jerr.line;
        err->column = jerr.column;
        return NULL;
    }
    json_t *list = json_object_get(root, key);
    if (!json_is_array(list)) {
        nf_error_set(err, NF_EINPUT, path, "iso-codes data has no \"%s\" list", key);
        json_decref(root);
        return NULL;
    }
    json_incref(list);
    json_decref(root);
    return list;
}

static int load_countries(nf_gaz *g, const char *dir, nf_error *err)
{
    json_t *list = load_iso(dir, iso_files[0], "3166-1", err);
    if (!list)
        return -1;
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *code = json_string_value(json_object_get(c, "alpha_2"));
        const char *name = json_string_value(json_object_get(c, "name"));
        const char *common = json_string_value(json_object_get(c, "common_name"));
        const char *official = json_string_value(json_object_get(c, "official_name"));
        if (!code || strlen(code) != 2 || !name)
            continue;
        country *k = VEC_PUSH(g->countries, g->n_countries, g->cap_countries);
        memset(k, 0, sizeof *k);
        memcpy(k->code, code, 3);
        k->name = xstrdup(common ? common : name);
        strmap_put(&g->codes, code, 2, g->n_countries - 1);
        if (common)
            add_form(g, code, common, GAZ_KIND_NAME);
        if (!strchr(name, ','))
            add_form(g, code, name, GAZ_KIND_NAME);
        if (official && !strchr(official, ','))
            add_form(g, code, official, GAZ_KIND_NAME);
    }
    json_decref(list);
    for (size_t j = 0; j < gaz_n_country_forms; j++) {
        const gaz_country_form *f = &gaz_country_forms[j];
        int kind = f->kind == GAZ_FORM_ADJ ? GAZ_KIND_ADJ
                 : f->kind == GAZ_FORM_PEOPLE ? GAZ_KIND_PEOPLE : GAZ_KIND_NAME;
        if (strmap_get(&g->codes, f->code, 2))
            add_form(g, f->code, f->form, kind);
    }
    return 0;
}

static country *country_by_code(const nf_gaz *g, const char *cc)
{
    if (!cc || strlen(cc) != 2)
        return NULL;
    uint64_t *v = strmap_get(&g->codes, cc, 2);
    return v ? &g->countries[*v] : NULL;
}

/* Funds and units of account ("Uruguay Peso en Unidades Indexadas", "Mvdol",
 * "US Dollar (Next day)") are no country's money. */
static bool is_fund(const char *name_fold)
{
    static const char *const marks[] = {"fund", "unidad", "unit", "mvdol", "wir", "next day"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (strstr(name_fold, marks[i]))
            return true;
    return false;
}

static void set_currency(nf_gaz *g, const char *cc, const char *code)
{
    country *k = country_by_code(g, cc);
    if (k && !k->currency[0])
        memcpy(k->currency, code, 4);
}

/* Which country's name or demonym leads a currency name: "philippine peso". */
static void currency_country(nf_gaz *g, currency *cur)
{
    for (size_t p = 0; plain_currencies[p].name; p++) {
        if (strcmp(cur->name_fold, plain_currencies[p].name) == 0) {
            memcpy(cur->country, plain_currencies[p].country, 3);
            return;
        }
    }
    char buf[256];
    snprintf(buf, sizeof buf, "%s", cur->name_fold);
    for (;;) {
        char *space = strrchr(buf, ' ');
        if (!space)
            return;
        *space = '\0';
        uint64_t *v = strmap_get(&g->forms, buf, strlen(buf));
        if (v) {
            cur->country[0] = (char)((*v >> 16) & 0xff);
            cur->country[1] = (char)((*v >> 8) & 0xff);
            return;
        }
    }
}

/* English names of regions that iso_3166-2.json gives only in their own
 * language (Tirol, Bayern, Toscana): news in English uses these. */
static const struct { const char *name; const char *code; } region_exonyms[] = {
    {"tyrol", "AT"}, {"carinthia", "AT"}, {"styria", "AT"}, {"bavaria", "DE"},
    {"saxony", "DE"}, {"lower saxony", "DE"}, {"thuringia", "DE"},
    {"north rhine-westphalia", "DE"}, {"rhineland-palatinate", "DE"}, {"lombardy", "IT"},
    {"tuscany", "IT"}, {"sicily", "IT"}, {"sardinia", "IT"}, {"catalonia", "ES"},
    {"andalusia", "ES"}, {"wallonia", "BE"}, {"east flanders", "BE"}, {"west flanders", "BE"}, {"silesia", "PL"}, {"transylvania", "RO"},
    {"dalmatia", "HR"}, {"lapland", "FI"}, {"central java", "ID"}, {"east java", "ID"},
    {"west java", "ID"}, {"penang", "MY"},
    /* Mexican states by their short names (iso-codes: "Michoacán de Ocampo") */
    {"michoacán", "MX"}, {"coahuila", "MX"}, {"veracruz", "MX"},
};   /* not given names and US places: Brittany, Hesse, Normandy, Attica, Piedmont */

/* Is the n bytes at w one of words? */
static bool word_in(const char *w, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == n && memcmp(words[k], w, n) == 0)
            return true;
    return false;
}

/* Is the folded key compass words alone, or with a word for a part of a
 * country: "west", "centre", "western province", "north east"? Cameroon's
 * and Sri Lanka's regions are so named in English, and so are Rwanda's,
 * Zambia's and Saudi Arabia's, which iso-codes names otherwise: no such
 * name says which country ("Far North", "West Bengal" stay). */
static bool compass_only(const char *key)
{
    static const char *const compass[] = {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "centre", "center", "north-western", "north-eastern", "south-western",
        "south-eastern", "north-central", NULL};
    static const char *const parts[] = {"province", "region", "district", NULL};
    bool any_compass = false;
    for (const char *w = key; *w;) {
        size_t n = strcspn(w, " ");
        if (word_in(w, n, compass))
            any_compass = true;
        else if (!word_in(w, n, parts))
            return false;
        w += n;
        while (*w == ' ')
            w++;
    }
    return any_compass;   /* not "province" alone */
}

/* Subdivision names (Odisha, Borno, Madeira) say which country a story is
 * set in, though they are not country mentions. Names shared by two
 * countries, names of countries, lexicon words and compass words are left
 * out; region_exonyms are added. */
static int load_subdivisions(nf_gaz *g, const char *dir, nf_error *err)
{
    json_t *list = load_iso(dir, iso_files[1], "3166-2", err);
    if (!list)
        return -1;
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *code = json_string_value(json_object_get(c, "code"));
        const char *name = json_string_value(json_object_get(c, "name"));
        if (!code || strlen(code) < 4 || !name || strpbrk(name, "0123456789,(/"))
            continue;
        char key[256];
        size_t ntok;
        size_t n = phrase_key(name, key, sizeof key, &ntok);
        if (ntok == 0 || ntok > MAX_FORM_TOKENS || n < 4 || strmap_get(&g->forms, key, n) ||
            (ntok == 1 && strmap_get(&g->words, key, n)) || compass_only(key))
            continue;
        uint64_t *v = strmap_get(&g->subdivs, key, n);
        uint64_t packed = pack_form(code, GAZ_KIND_SUBDIV);
        if (v && (*v >> 8) != (packed >> 8))
            *v = pack_form(code, GAZ_KIND_AMBIGUOUS);
        else if (!v) {
            strmap_put(&g->subdivs, key, n, packed);
            add_prefixes(&g->subdiv_prefixes, key, n);
        }
    }
    json_decref(list);
    for (size_t k = 0; k < sizeof region_exonyms / sizeof region_exonyms[0]; k++) {
        char key[256];
        size_t ntok;
        size_t n = phrase_key(region_exonyms[k].name, key, sizeof key, &ntok);
        if (!strmap_get(&g->subdivs, key, n)) {
            strmap_put(&g->subdivs, key, n, pack_form(region_exonyms[k].code, GAZ_KIND_SUBDIV));
            add_prefixes(&g->subdiv_prefixes, key, n);
        }
    }
    return 0;
}

static int load_currencies(nf_gaz *g, const char *dir, nf_error *err)
{
    json_t *list = load_iso(dir, iso_files[2], "4217", err);
    if (!list)
        return -1;
    size_t i;
    json_t *c;
    json_array_foreach(list, i, c) {
        const char *code = json_string_value(json_object_get(c, "alpha_3"));
        const char *name = json_string_value(json_object_get(c, "name"));
        if (!code || strlen(code) != 3 || !name)
            continue;
        currency *cur = VEC_PUSH(g->currencies, g->n_currencies, g->cap_currencies);
        memset(cur, 0, sizeof *cur);
        memcpy(cur->code, code, 4);
        char key[256];
        size_t ntok;
        phrase_key(name, key, sizeof key, &ntok);
        cur->name_fold = xstrdup(key);
        strmap_put(&g->currency_codes, code, 3, g->n_currencies - 1);
    }
    json_decref(list);
    for (size_t j = 0; j < g->n_currencies; j++) {
        currency_country(g, &g->currencies[j]);
        if (g->currencies[j].country[0] && !is_fund(g->currencies[j].name_fold))
            set_currency(g, g->currencies[j].country, g->currencies[j].code);
    }
    for (size_t j = 0; euro_countries[j]; j++)
        set_currency(g, euro_countries[j], "EUR");
    for (size_t j = 0; xof_countries[j]; j++)
        set_currency(g, xof_countries[j], "XOF");
    for (size_t j = 0; xaf_countries[j]; j++)
        set_currency(g, xaf_countries[j], "XAF");
    /* A name that leads with no country ("Rial Omani"): the code that
     * starts with the country's (OMR). Funds and units of account are no
     * country's money. Of two codes of one name (VED and VES, both
     * "Bolívar Soberano") the later is taken, as currency_words has it. */
    for (size_t j = g->n_currencies; j-- > 0;) {
        const currency *cur = &g->currencies[j];
        char cc[3] = {cur->code[0], cur->code[1], '\0'};
        if (!is_fund(cur->name_fold))
            set_currency(g, cc, cur->code);
    }
    return 0;
}

static void load_cities(nf_gaz *g)
{
    for (size_t i = 0; i < sizeof cities / sizeof cities[0]; i++) {
        char key[256];
        size_t ntok;
        size_t n = phrase_key(cities[i].name, key, sizeof key, &ntok);
        strmap_put(&g->cities, key, n, pack_form(cities[i].code, GAZ_KIND_CITY));
        add_prefixes(&g->city_prefixes, key, n);
    }
}

static void load_words(nf_gaz *g)
{
    for (size_t c = 0; c < lex_n_classes; c++) {
        const char *w = lex_classes[c].words;
        while (*w) {
            while (*w == ' ')
                w++;
            size_t n = strcspn(w, " ");
            if (n)
                *strmap_slot(&g->words, w, n) |= lex_classes[c].bits;
            w += n;
        }
    }
    /* the currency words are listed once, with their ISO codes */
    for (size_t i = 0; currency_words[i].word; i++)
        *strmap_slot(&g->words, currency_words[i].word, strlen(currency_words[i].word)) |=
            LX_CURRENCY;
}

static void add_tags(strmap *tags, const strmap *from, uint64_t tag)
{
    size_t pos = 0, len;
    const char *key;
    uint64_t v;
    while (strmap_next(from, &pos, &key, &len, &v))
        *strmap_slot(tags, key, len) |= tag;
}

/* Gather what gaz_tag needs to know of a word into one map, so that it
 * looks each token up once, and match_at passes over the capitalised words
 * that open no name (most of them) without building a key. */
static void build_tags(nf_gaz *g)
{
    size_t pos = 0, len;
    const char *key;
    uint64_t v;
    _Static_assert(LX_LAST <= (UINT64_C(1) << 31), "lexicon bits overflow nf_tok.lx");
    while (strmap_next(&g->words, &pos, &key, &len, &v))
        strmap_put(&g->tags, key, len, v | TAG_LEXICON);
    add_tags(&g->tags, &g->form_prefixes, (uint64_t)GAZ_MARK_FORM_START << TAG_GZ_SHIFT);
    add_tags(&g->tags, &g->forms, (uint64_t)GAZ_MARK_FORM_KEY << TAG_GZ_SHIFT);
    add_tags(&g->tags, &g->subdiv_prefixes, (uint64_t)GAZ_MARK_SUBDIV_START << TAG_GZ_SHIFT);
    add_tags(&g->tags, &g->subdivs, (uint64_t)GAZ_MARK_SUBDIV_KEY << TAG_GZ_SHIFT);
    add_tags(&g->tags, &g->city_prefixes, (uint64_t)GAZ_MARK_CITY_START << TAG_GZ_SHIFT);
    add_tags(&g->tags, &g->cities, (uint64_t)GAZ_MARK_CITY_KEY << TAG_GZ_SHIFT);
}

static const char *resolve_iso_dir(const char *iso_dir)
{
    if (!iso_dir)
        iso_dir = getenv("NEWSFACTS_ISO_CODES");
    return iso_dir && *iso_dir ? iso_dir : GAZ_DEFAULT_ISO_DIR;
}

nf_gaz *gaz_parse(const char *iso_dir, nf_error *err)
{
    iso_dir = resolve_iso_dir(iso_dir);
    nf_gaz *g = xcalloc(1, sizeof *g);
    g->iso_dir = xstrdup(iso_dir);
    load_words(g);
    load_cities(g);
    if (load_countries(g, iso_dir, err) < 0 || load_currencies(g, iso_dir, err) < 0 ||
        load_subdivisions(g, iso_dir, err) < 0) {
        gaz_free(g);
        return NULL;
    }
    build_tags(g);
    return g;
}

/* ---- the snapshot -------------------------------------------------------
 * Magic; the iso-codes directory; size and modification time of each of
 * its files; the maps in struct order; the countries; the currencies. */
#define SNAPSHOT_MAGIC "nfgaz\001\000\000"

/* Size, seconds and nanoseconds of the modification time of file in dir;
 * false when it cannot be read. */
static bool iso_file_stamp(const char *dir, const char *file, uint64_t stamp[3])
{
    char path[1024];
    struct stat st;
    if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, file) >= sizeof path ||
        stat(path, &st) != 0)
        return false;
    stamp[0] = (uint64_t)st.st_size;
    stamp[1] = (uint64_t)st.st_mtim.tv_sec;
    stamp[2] = (uint64_t)st.st_mtim.tv_nsec;
    return true;
}

static bool put_string(FILE *fp, const char *s)
{
    size_t n = strlen(s);
    return snap_put_u64(fp, n) && snap_put(fp, s, n);
}

/* A copy of the next string (NULL when the snapshot is short). */
static char *take_string(snap_reader *r)
{
    uint64_t n = snap_u64(r);
    const unsigned char *at = snap_take(r, n);
    if (!at)
        return NULL;
    char *s = xmalloc(n + 1);
    memcpy(s, at, n);
    s[n] = '\0';
    return s;
}

/* The maps, in the order the snapshot holds them. */
static strmap *const *gaz_maps(const nf_gaz *g, strmap *maps[10])
{
    nf_gaz *m = (nf_gaz *)g;
    strmap *list[10] = {&m->words, &m->tags, &m->forms, &m->subdivs, &m->cities,
                        &m->city_prefixes, &m->form_prefixes, &m->subdiv_prefixes,
                        &m->codes, &m->currency_codes};
    memcpy(maps, list, sizeof list);
    return maps;
}

bool gaz_write_snapshot(const nf_gaz *g, FILE *fp)
{
    bool ok = snap_put(fp, SNAPSHOT_MAGIC, 8) && put_string(fp, g->iso_dir);
    for (size_t f = 0; ok && f < N_ISO_FILES; f++) {
        uint64_t stamp[3];
        ok = iso_file_stamp(g->iso_dir, iso_files[f], stamp) && snap_put(fp, stamp, sizeof stamp);
    }
    strmap *maps[10];
    gaz_maps(g, maps);
    for (size_t k = 0; ok && k < 10; k++)
        ok = strmap_write(maps[k], fp);
    ok = ok && snap_put_u64(fp, g->n_countries);
    for (size_t i = 0; ok && i < g->n_countries; i++)
        ok = snap_put(fp, g->countries[i].code, 3) && snap_put(fp, g->countries[i].currency, 4) &&
             put_string(fp, g->countries[i].name);
    ok = ok && snap_put_u64(fp, g->n_currencies);
    for (size_t i = 0; ok && i < g->n_currencies; i++)
        ok = snap_put(fp, g->currencies[i].code, 4) && snap_put(fp, g->currencies[i].country, 3) &&
             put_string(fp, g->currencies[i].name_fold);
    return ok && fflush(fp) == 0;
}

/* Does the snapshot's header name iso_dir, and do its files still have the
 * stamps it recorded? */
static bool snapshot_fits(snap_reader *r, const char *iso_dir)
{
    const unsigned char *magic = snap_take(r, 8);
    if (!magic || memcmp(magic, SNAPSHOT_MAGIC, 8) != 0)
        return false;
    uint64_t n = snap_u64(r);
    const unsigned char *dir = snap_take(r, n);
    if (!dir || n != strlen(iso_dir) || memcmp(dir, iso_dir, n) != 0)
        return false;
    for (size_t f = 0; f < N_ISO_FILES; f++) {
        uint64_t now[3];
        const unsigned char *then = snap_take(r, sizeof now);
        if (!then || !iso_file_stamp(iso_dir, iso_files[f], now) ||
            memcmp(then, now, sizeof now) != 0)
            return false;
    }
    return true;
}

/* A record of the country or currency list into fixed fields a and b (of
 * na and nb bytes, the last a NUL) and the string after them; false when
 * the snapshot is short. */
static bool take_record(snap_reader *r, char *a, size_t na, char *b, size_t nb, char **name)
{
    const unsigned char *pa = snap_take(r, na), *pb = snap_take(r, nb);
    *name = take_string(r);   /* NULL once the reader is bad */
    if (!*name)
        return false;
    memcpy(a, pa, na);
    memcpy(b, pb, nb);
    a[na - 1] = b[nb - 1] = '\0';
    return true;
}

/* A list's length, if the bytes left could hold it (a record takes at
 * least one byte). */
static bool take_count(snap_reader *r, uint64_t *n)
{
    *n = snap_u64(r);
    return !r->bad && *n <= (size_t)(r->end - r->p);
}

static bool read_countries(nf_gaz *g, snap_reader *r)
{
    uint64_t n;
    if (!take_count(r, &n))
        return false;
    for (uint64_t i = 0; i < n; i++) {
        country *k = VEC_PUSH(g->countries, g->n_countries, g->cap_countries);
        if (!take_record(r, k->code, 3, k->currency, 4, &k->name))
            return false;   /* gaz_free frees what was read */
    }
    return true;
}

static bool read_currencies(nf_gaz *g, snap_reader *r)
{
    uint64_t n;
    if (!take_count(r, &n))
        return false;
    for (uint64_t i = 0; i < n; i++) {
        currency *c = VEC_PUSH(g->currencies, g->n_currencies, g->cap_currencies);
        if (!take_record(r, c->code, 4, c->country, 3, &c->name_fold))
            return false;
    }
    return true;
}

nf_gaz *gaz_from_snapshot(const unsigned char *bytes, size_t n, const char *iso_dir)
{
    snap_reader r = {bytes, bytes + n, false};
    iso_dir = resolve_iso_dir(iso_dir);
    if (!bytes || !snapshot_fits(&r, iso_dir))
        return NULL;
    nf_gaz *g = xcalloc(1, sizeof *g);
    g->iso_dir = xstrdup(iso_dir);
    g->from_snapshot = true;
    strmap *maps[10];
    gaz_maps(g, maps);
    bool ok = true;
    for (size_t k = 0; ok && k < 10; k++)
        ok = strmap_read(maps[k], &r);
    if (!ok || !read_countries(g, &r) || !read_currencies(g, &r) || r.p != r.end) {
        gaz_free(g);
        return NULL;
    }
    return g;
}

/* The snapshot the build embeds (build/gen/gaz_snapshot.S); weak, so that
 * a program linked without it (its own generator, the fuzzers) parses. */
extern const unsigned char nf_gaz_snapshot[] __attribute__((weak));
extern const uint64_t nf_gaz_snapshot_size __attribute__((weak));

nf_gaz *gaz_new(const char *iso_dir, nf_error *err)
{
    if (&nf_gaz_snapshot_size) {
        nf_gaz *g = gaz_from_snapshot(nf_gaz_snapshot, nf_gaz_snapshot_size, iso_dir);
        if (g)
            return g;
    }
    return gaz_parse(iso_dir, err);
}

bool gaz_is_snapshot(const nf_gaz *g)
{
    return g->from_snapshot;
}

void gaz_free(nf_gaz *g)
{
    if (!g)
        return;
    strmap_free(&g->words);
    strmap_free(&g->tags);
    strmap_free(&g->forms);
    strmap_free(&g->subdivs);
    strmap_free(&g->cities);
    strmap_free(&g->city_prefixes);
    strmap_free(&g->form_prefixes);
    strmap_free(&g->subdiv_prefixes);
    strmap_free(&g->codes);
    strmap_free(&g->currency_codes);
    for (size_t i = 0; i < g->n_countries; i++)
        free(g->countries[i].name);
    for (size_t i = 0; i < g->n_currencies; i++)
        free(g->currencies[i].name_fold);
    free(g->countries);
    free(g->currencies);
    free(g->iso_dir);
    free(g);
}

void gaz_tag(const nf_gaz *g, nf_doc *d)
{
    for (size_t i = 0; i < d->n_toks; i++) {
        nf_tok *t = &d->toks[i];
        /* The map (some 10,000 words in 32,768 slots) is larger than the
         * core's cache, and each look-up waited on memory: asking for the
         * slot of the word eight tokens on hides that wait (20,000 stories:
         * 1.772 against 1.787 s, medians of 12 alternated runs). */
        if (i + 8 < d->n_toks && d->toks[i + 8].kind == TK_WORD)
            strmap_prefetch(&g->tags, d->toks[i + 8].fold_hash);
        if (t->kind != TK_WORD)
            continue;
        const char *f = tok_fold(d, i);
        uint64_t *v = strmap_get_hashed(&g->tags, f, t->fold_hash);
        uint64_t tag = v ? *v : 0;
        t->gaz = (uint8_t)(tag >> TAG_GZ_SHIFT);
        if (!(tag & TAG_LEXICON) && (t->flags & TF_ABBR)) {
            /* "U.N." is looked up as "un" too */
            char plain[32];
            size_t n = 0;
            for (const char *p = f; *p && n + 1 < sizeof plain; p++)
                if (*p != '.')
                    plain[n++] = *p;
            v = strmap_get(&g->tags, plain, n);
            tag = v ? *v : 0;
        }
        t->lx = (uint32_t)(tag & TAG_LEXICON ? tag & TAG_LX_MASK : 0);
    }
}

static bool unpack_hit(uint64_t v, size_t ntok, gaz_country_hit *hit)
{
    hit->code[0] = (char)((v >> 16) & 0xff);
    hit->code[1] = (char)((v >> 8) & 0xff);
    hit->code[2] = '\0';
    hit->kind = (int)(v & 0xff);
    hit->ntok = ntok;
    return true;
}

/* The longest key of map starting at token i: tokens' folded forms (or
 * punctuation as written) joined by spaces, first and last token capitalised.
 * prefixes holds every token prefix of map's keys: once the tokens read so
 * far are none, no longer key can match and the scan stops. The first word
 * needs no look-up: its tag (gaz_tag) has the start and whole marks of this
 * map, and most capitalised words open no name. The key is built with
 * memcpy: this runs for every capitalised word of every story. */
static bool match_at(const strmap *map, const strmap *prefixes, unsigned start, unsigned whole,
                     const nf_doc *d, size_t i, size_t end, gaz_country_hit *hit)
{
    if (i >= end || d->toks[i].kind != TK_WORD || !(d->toks[i].flags & TF_CAP) ||
        !(d->toks[i].gaz & start))
        return false;
    char key[256];
    size_t n = 0, best = 0;
    uint64_t best_v = 0;
    for (size_t k = 0; k < MAX_FORM_TOKENS && i + k < end; k++) {
        const nf_tok *t = &d->toks[i + k];
        if (k > 0 && (t->flags & TF_NL))
            break;
        const char *f;
        char punct[8];
        if (t->kind == TK_PUNCT || t->kind == TK_QUOTE) {
            size_t len = t->end - t->start;
            if (len >= sizeof punct)
                break;
            memcpy(punct, d->text + t->start, len);
            punct[len] = '\0';
            f = punct;
        } else {
            f = tok_fold(d, i + k);
        }
        size_t sep = k ? 1 : 0, flen = strlen(f);
        if (sep + flen >= sizeof key - n)
            break;
        if (sep)
            key[n] = ' ';
        memcpy(key + n + sep, f, flen);
        n += sep + flen;
        /* the first word's tag says what the maps hold of it */
        if (k > 0 && !strmap_get(prefixes, key, n))
            break;
        uint64_t *v = k > 0 || (t->gaz & whole) ? strmap_get(map, key, n) : NULL;
        if (v && t->kind == TK_WORD && (k > 0 || (t->flags & (TF_CAP | TF_UPPER | TF_ABBR)))) {
            best = k + 1;
            best_v = *v;
        }
    }
    return best ? unpack_hit(best_v, best, hit) : false;
}

bool gaz_country_match(const nf_gaz *g, const nf_doc *d, size_t i, size_t end,
                       gaz_country_hit *hit)
{
    return match_at(&g->forms, &g->form_prefixes, GAZ_MARK_FORM_START, GAZ_MARK_FORM_KEY, d, i,
                    end, hit);
}

bool gaz_city_match(const nf_gaz *g, const nf_doc *d, size_t i, size_t end, gaz_country_hit *hit)
{
    return match_at(&g->cities, &g->city_prefixes, GAZ_MARK_CITY_START, GAZ_MARK_CITY_KEY, d, i,
                    end, hit);
}

bool gaz_subdivision_match(const nf_gaz *g, const nf_doc *d, size_t i, size_t end,
                           gaz_country_hit *hit)
{
    return match_at(&g->subdivs, &g->subdiv_prefixes, GAZ_MARK_SUBDIV_START, GAZ_MARK_SUBDIV_KEY,
                    d, i, end, hit) && hit->kind != GAZ_KIND_AMBIGUOUS;
}

bool gaz_country_lookup(const nf_gaz *g, const char *folded, gaz_country_hit *hit)
{
    uint64_t *v = strmap_get(&g->forms, folded, strlen(folded));
    return v ? unpack_hit(*v, 1, hit) : false;
}

const char *gaz_country_name(const nf_gaz *g, const char *code)
{
    country *k = country_by_code(g, code);
    return k ? k->name : NULL;
}

bool gaz_is_currency(const nf_gaz *g, const char *code3)
{
    return code3 && strlen(code3) == 3 && strmap_get(&g->currency_codes, code3, 3) != NULL;
}

const char *gaz_country_currency(const nf_gaz *g, const char *cc)
{
    country *k = country_by_code(g, cc);
    return k && k->currency[0] ? k->currency : NULL;
}

const char *gaz_currency_country(const nf_gaz *g, const char *code3)
{
    const char *only = NULL;
    for (size_t i = 0; code3 && i < g->n_countries; i++) {
        if (strcmp(g->countries[i].currency, code3) != 0)
            continue;
        if (only)
            return NULL;   /* the euro, the CFA franc */
        only = g->countries[i].code;
    }
    return only;
}

/* Is word one of the space-separated words of s ("rial" of "rial omani")? */
static bool has_word(const char *s, const char *word)
{
    size_t w = strlen(word);
    for (const char *p = s; (p = strstr(p, word)) != NULL; p++)
        if ((p == s || p[-1] == ' ') && (p[w] == '\0' || p[w] == ' '))
            return true;
    return false;
}

/* A word may stand for several currencies ("crowns": the krone, the krona,
 * the koruna), one row each: the country's own when any of them is, else
 * the first row's. */
const char *gaz_currency_for_word(const nf_gaz *g, const char *folded_word, const char *cc)
{
    const char *usual = NULL;
    const char *home = gaz_country_currency(g, cc);
    uint64_t *v = home ? strmap_get(&g->currency_codes, home, 3) : NULL;
    for (size_t i = 0; currency_words[i].word; i++) {
        /* the first byte before the call: the amount reader asks this for
         * every country the story names */
        if (folded_word[0] != currency_words[i].word[0] ||
            strcmp(folded_word, currency_words[i].word) != 0)
            continue;
        if (v && has_word(g->currencies[*v].name_fold, currency_words[i].base))
            return home;
        if (!usual)
            usual = currency_words[i].code;
    }
    return usual;
}
