/* check_country.c — which countries a story names, and where it is set. */
#include "tests.h"

#include <string.h>

/* Each row: a story and the codes it names, in order of first mention. */
static const struct { const char *text; const char *codes; } rows[] = {
    {"Boris Johnson urged France to act after the French coast tragedy.", "FR"},
    {"The UK and Britain's allies, Holland and the Dutch, met.", "GB NL"},
    /* "Korea" alone is the South; the North is named as such */
    {"The Bank of Korea held rates; DPR Korea fired a missile.", "KR KP"},
    {"Fans in Ivory Coast and Côte d’Ivoire's Ivorian capital.", "CI"},
    {"Three Syrians and a Tajik national were held.", "SY TJ"},
    {"Militants operate from islands in Lake Chad.", ""},
    {"Lake Chad is shrinking.", ""},
    /* a town that looks like a people, among places after "in" */
    {"The injured were taken to hospitals in Rustenburg, Brits and Pretoria.", ""},
    {"Two Brits and a German were among the tourists.", "GB DE"},
    /* a dollar's prefix after a country is no surname */
    {"Japan gave ¥2.5 billion and Brazil R$40 million.", "JP BR"},
    {"Neighbouring South Africa sent aid. Landlocked Malawi did too.", "ZA MW"},
    {"The ship sank in the Indian Ocean off the Irish Sea.", ""},
    {"Piracy in the Gulf of Guinea fell; oil reached the Gulf of Mexico.", ""},
    {"Guinea and Mexico signed a pact on the Sea of Japan.", "GN MX"},
    {"Bandits crossed from Niger Republic; traders came from Benin Republic.", "NE BJ"},
    /* a capital named after another country; dollars of a country, apart */
    {"He died at the Port of Spain General Hospital in Trinidad.", "TT"},
    {"The reward is 1.5 million pesos (US $82,000) in Mexico.", "MX"},
    /* a US town by its state; a language */
    {"The tornado hit Lebanon, Tennessee, and Paris, Texas, overnight.", ""},
    {"Lebanon, Syria and Jordan met.", "LB SY JO"},
    {"She said in Spanish that she was afraid; boats in French waters were seized.", "FR"},
    {"Michael Jordan visited New Mexico and Latin America.", ""},
    {"European ministers met on the Channel.", ""},
    {"DALTON, Ga. — A Georgia school and the Georgia Bureau of Investigation in the United States.", "US"},
    {"Georgia's president spoke in Tbilisi.", "GE"},
    {"Floods hit the Democratic Republic of Congo. Aid reached Congo on Monday.", "CD"},
    {"Brazzaville is the capital of Congo.", "CG"},
    {"Italy's minister said Türkiye and Turkey are one.", "IT TR"},
    /* a state named after a country is no mention of it */
    {"The crash in Niger State and the Niger state governor's visit worried Nigeria.", "NG"},
    {"Iran State Television said the US State Department had called Mexico.", "IR US MX"},
    {"Death toll rises to 48 in Niger\n\nThe blast in Niger State killed 48. Nigeria mourned.", "NG"},
    /* but the country itself, or named alone more often than the state */
    {"Gunmen killed 12 people in Niger State. Refugees from Niger were among the dead.", "NE"},
    {"Mexico State prosecutors spoke. Mexico's president sent condolences.", "MX"},
    /* a country in capitals before a capitalised word is no first name */
    {"The quake was felt in Syria, according to the US Geological Survey.", "SY US"},
    /* a place named with a country's adjective; a surname; a currency prefix */
    {"Fires burned in British Columbia, and in Canada.", "CA"},
    {"UN rights chief Volker Türk said Dawn French and the Turkish envoy agreed.", "TR"},
    {"Washington pledged US$1.5 million to Haiti.", "HT"},
    /* a body or a law of the state names it; a place's body does not */
    {"A case under the Pakistan Penal Code went to the Royal Malaysia Police and the Kenya "
     "Defence Forces.", "PK MY KE"},
    {"The Niger Delta Development Commission paid contractors in Nigeria.", "NG"},
    /* a part of a country names it; a title before a demonym makes a surname */
    {"Tamil labourers were brought from South India to Sri Lanka.", "IN LK"},
    {"Floods hit New South Wales in Australia.", "AU"},
    {"Ammonia leaked at a plant in Spanish Town, St Catherine, Jamaica.", "JM"},
    {"Deputy Minister Thái said the port in Vietnam was safe.", "VN"},
    /* a demonym inside a place's name */
    {"The bus fell into a ravine in Dai Lao Commune in Vietnam, police said.", "VN"},
};

static void codes_of(const nf_facts *f, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t i = 0; i < f->n_countries; i++) {
        if (i)
            strncat(out, " ", cap - strlen(out) - 1);
        strncat(out, f->countries[i].code, cap - strlen(out) - 1);
    }
}

START_TEST(test_countries)
{
    nf_facts *f = test_extract(rows[_i].text);
    char codes[128];
    codes_of(f, codes, sizeof codes);
    ck_assert_str_eq(codes, rows[_i].codes);
    nf_facts_free(f);
}
END_TEST

START_TEST(test_mentions_have_offsets)
{
    const char *text = "France and the French. Paris, France.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_countries, 1);
    ck_assert_str_eq(f->countries[0].name, "France");
    ck_assert_uint_eq(f->countries[0].n_mentions, 3);
    ck_assert_str_eq(test_slice(text, f->countries[0].mentions[1]), "French");
    ck_assert_uint_eq(f->countries[0].mentions[2].start, 30);
    nf_facts_free(f);
}
END_TEST

/* The home country decides the country of an official whose title names
 * none: a dateline wins over mentions; a Canadian province in a dateline
 * places the story like a US state; a city votes for its country ("in east
 * London" against "an Irish firm"); a city alone in a dateline places the
 * story, however often another country is named. Each text names one
 * official. */
static const struct { const char *text, *country; } home_rows[] = {
    /* an international body's seat datelines another country's news; but a
     * "who" is no WHO */
    {"IMF approves loan for Malawi\n\nWASHINGTON, Dec 5 (Reuters) - The International "
     "Monetary Fund approved a loan for Malawi.\n\nMalawi missed its targets. Finance Minister "
     "Grace Chisale spoke.", "MW"},
    {"FRIEDRICHSHAFEN, Germany, Aug 18 (Reuters) - Divers found a passenger who had been "
     "missing, police in Switzerland and Austria said.\n\nThe plane sank. Police spokesman "
     "Markus Brenner spoke.", "DE"},
    /* a province before the office it serves; a neighbour it borders */
    {"KHAR: A suicide bomber killed five people in Bajaur.\n\nThe Khyber Pakhtunkhwa Inspector "
     "General of Police visited. Bajaur, which borders Afghanistan's Kunar province, has seen "
     "attacks. District Police Officer Nazir Khattak spoke.", "PK"},
    /* a currency of one country, where the story names only another */
    {"Tk 412 crore loan scam: three held\n\nThe accused is believed to have left for Canada. At "
     "least Tk 96 crore was laundered, and Tk 2.5 crore paid in bribes. Judge Md Ashraful Haque "
     "spoke.", "BD"},
    /* "Hellenic" is Greek */
    {"Eight people died when a speedboat from Turkey hit rocks off Farmakonisi, the Hellenic "
     "Coast Guard said.\n\nThe driver, a Turkish national, was held off the Turkish coast. "
     "Migration Minister Dimitra Papanikolaou spoke.", "GR"},
    /* a state after a sentence's capitalised first word; a visitor's home town */
    {"Two Ohio men died in the crash. A driver from Windsor, Ontario, Canada, was hurt. "
     "Sheriff Tom Hale spoke.", "US"},
    /* a neighbour across the border places the story on this side of it */
    {"Three boys died in a school hostel. Kupwara, which lies close to the Line of Control "
     "with Pakistan, is among the coldest districts in India. Deputy Commissioner Ayushi "
     "Raina spoke.", "IN"},
    {"MAIDUGURI, Nigeria, June 8 (Agency) - Aid from Cameroon and Chad arrived. Governor Umar "
     "Lawan visited.", "NG"},
    {"FORT NELSON, B.C. — Crews from the United States arrived. Premier David Eby spoke.", "CA"},
    /* "Ont." does not end the dateline's sentence, and beats London's country */
    {"LONDON, Ont. — City council approved a budget. Mayor Dana Whitcombe spoke.", "CA"},
    {"A fire killed two people in a flat in east London, an inquest heard. Coroner Graeme "
     "Irvine spoke.\n\nAn Irish retailer sold the charger in Britain.", "GB"},
    {"CAPE TOWN — Ministers met. Washington objected, and the United States and America's "
     "allies walked out.\n\nReserve Bank Governor Sipho Mahlangu spoke.", "ZA"},
    {"MUSCAT — Two people died in India and one in Pakistan.\n\nLieutenant Colonel Saif al "
     "Hashmi, director of public relations at the authority, spoke.", "OM"},
    /* "West 44th Street" is no region of Cameroon */
    {"A crane fell on West 44th Street and East 45th Street. Workers from Mexico and the "
     "Philippines were hurt, the U.S. agency said.\n\nMayor Thomas Keane spoke.", "US"},
    /* a region by its English name; a place's public body */
    {"The glacier broke away in Tyrol. Four Czech hikers and a Czech guide died. Tyrol Mountain "
     "Rescue and Tyrol police searched, and Vienna sent help.\n\nGovernor Johannes Prantl spoke.",
     "AT"},
    {"A Polish man died in Lincoln. Lincolnshire Police said Britain's courts would hear it. "
     "\n\nChief Constable Mark Hollins spoke.", "GB"},
    /* a US county named for an English one; a given name; a region's own name */
    {"A fire broke out in Suffolk County. Suffolk County Police said so. The United States "
     "mourned.\n\nCommissioner Rodney Harrison spoke.", "US"},
    {"Brittany, 24, died on the interstate in the United States.\n\nSheriff Tom Miller spoke.",
     "US"},
    {"A bus crash in the Far North killed nine people.\n\nGovernor Midjiyawa Bakari spoke.", "CM"},
    {"A missile struck Dnipro. Russian forces fired; officials "
     "denied it. Dnipro mourned.\n\nMayor Oleh Tkach spoke.", "UA"},
    /* the country that sent the missiles is not where they fell; a city
     * news is filed from */
    {"Russian ballistic missile strike on Sumy kills 14\n\nTwo Russian missiles hit the "
     "center of Sumy. Russia's Defense Ministry claimed a military target.\n\nGovernor "
     "Vitalii Melnychuk spoke.", "UA"},
    /* a country's own parliament and head of government; a member of
     * Congress by party and state */
    {"Rents row in the Dáil\n\nThe Taoiseach defended the bill in the Dáil. Rents in "
     "Australia and Australia's cities fell, he said.\n\nMinister Aoife Brennan spoke.",
     "IE"},
    {"Rep. Glenn Hatcher (R-Ohio) spoke about the plan, which Canada had tried.\n\nChair "
     "Glenn Hatcher spoke.", "US"},
    /* a news agency of one country crediting its copy; initials only in
     * capitals ("an app" is no agency) */
    {"Six bodies recovered after boat capsizes\n\nTNN\n\nBETTIAH: Six bodies were found. "
     "Heavy rain in Nepal's catchment raised the river.\n\nThe authorities in Nepal were "
     "asked to help, a district official in Bihar said.\n\nDM Prashant Alok Verma said the "
     "search went on.", "IN"},
    {"Flood relief\n\nPeople in Nepal used an app to ask for help. Nepal's army came.\n\n"
     "Minister Ram Thapa spoke.", "NP"},
    /* cities news is filed from in Southeast Asia */
    {"Factory fire: toll climbs to six\n\nJOHOR BAHRU, Nov 18 — Six foreign workers were "
     "killed, five of them Bangladeshi. Bangladesh's high commission and Bangladesh's "
     "government were told.\n\nFire chief Azlan Mat Saman spoke.", "MY"},
    {"Former regent jailed\n\nSemarang, Central Java ● Wed, November 19, 2025\n\nThe money "
     "went to Singapore and a Singapore bank.\n\nJudge Eko Prasetyo Nugroho spoke.", "ID"},
    /* a region named by compass words alone belongs to no one country */
    {"Floods hit Western Province\n\nFloods in Western Province killed 49 people in Rwanda. "
     "The Western Province toll rose.\n\nMinister Marie-Claire Uwamahoro spoke.", "RW"},
    /* where a mission is posted, not who sent it */
    {"BAREILLY, Nov 24: A fire killed 31 people, three of them Nepali nationals from "
     "Nepal. Nepal's ambassador to India said the embassy would help.\n\n"
     "District Magistrate Ravindra Kumar Mishra spoke.", "IN"},
    /* whose prosecutors, police or courts act, not where the goods were sold */
    {"Wine merchant faces jail\n\nFrench prosecutors asked for a prison sentence. Bottles "
     "were sold in China. Chinese collectors paid.\n\nThe prosecutor, Helene Marchetti, "
     "spoke.", "FR"},
    /* "Reading the ruling" is no town in England; "the US state of Delaware"
     * votes once; a company "registered in the US"; "US$" is money */
    {"Court convicts ex-minister\n\nA court in Argentina sentenced the former minister. The "
     "money went through a shell company registered in the US state of Delaware, about "
     "US$2.1 million.\n\nReading the ruling, presiding judge Mariela Fontan spoke.", "AR"},
    /* a dateline line of a place and a date, though the story is of Russia */
    {"Nepalis sent to Russia\n\nKathmandu, January 14\n\nAgents sent Nepali youths to Russia "
     "and Moscow. Russia paid them in Moscow. Russian officers trained them in Russia.\n\n"
     "Foreign Minister Sushila Adhikari spoke.", "NP"},
    /* a state's own bodies place the story ("Michigan Strategic Fund"); a
     * paper named after a state ("the Washington Post") does not */
    {"The automaker paused the plant. The Michigan Strategic Fund approved the grant, the "
     "Washington Post said. Michigan Economic Development Corp. agreed. Its South Korean "
     "partner said it would wait.\n\nGov. Andrea Kowalczyk spoke.", "US"},
    {"The automaker and its South Korean partner broke ground. Its partner said in Seoul it "
     "would wait, the Washington Post reported.\n\nChief Executive Lee Min-jae spoke.", "KR"},
    /* a Mexican state by its short name; US cities of local datelines */
    {"Michoacán ambush kills eight\n\nEight Michoacán state police officers were killed. The United "
     "States and U.S. officials pressed Mexico.\n\nGovernor Mateo Zavala spoke.", "MX"},
    {"Seven migrants found dead\n\nSeven Mexican nationals died west of Ajo, "
     "agents in Tucson said. Mexico's consul spoke.\n\nSheriff Dora Lutz spoke.", "US"},
    /* people named by their country are away from it: "a Chinese tourist" */
    {"Chinese tourist killed in gorge\n\nA Chinese tourist died when a jetboat hit a rock "
     "wall in New Zealand.\n\nCoroner Rachael Ngata spoke.", "NZ"},
};

START_TEST(test_home_country)
{
    nf_facts *f = test_extract(home_rows[_i].text);
    ck_assert_uint_eq(f->n_officials, 1);
    ck_assert_str_eq(f->officials[0].country, home_rows[_i].country);
    nf_facts_free(f);
}
END_TEST

Suite *country_suite(void)
{
    Suite *s = suite_create("country");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_countries, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, test_mentions_have_offsets);
    tcase_add_loop_test(tc, test_home_country, 0, (int)(sizeof home_rows / sizeof home_rows[0]));
    suite_add_tcase(s, tc);
    return s;
}
