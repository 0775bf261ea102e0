/* check_arrest.c — arrests: counts from the subject or object phrase,
 * groups, and what is no new arrest (charges, warrants, back-references,
 * headlines that repeat the body). */
#include "tests.h"

#include <string.h>

enum { NO_COUNT = -1, END = -2, MAXC = 4 };

/* Each row: a text and the counts of the arrests it must give, in order
 * (NO_COUNT for an arrest with no number), END-terminated. */
static const struct { const char *text; long long counts[MAXC + 1]; } rows[] = {
    {"Police arrested a couple on Monday.", {2, END}},
    /* a tally over a period, a state of detention: no arrest */
    {"The group says more than 11,000 Palestinians have been detained since the war began.",
     {END}},
    {"More than 21,000 people are currently detained for political reasons.", {END}},
    {"Police have arrested 40 people since January.", {END}},
    {"Police have arrested 12 people since Sunday.", {12, END}},
    {"It is the largest seizure since January 2025, when two men were arrested.", {2, END}},
    {"Police arrested 17 people, including a leader who had been on the run since 2021.",
     {17, END}},
    {"A man, who had been on the run since 2021, was arrested in Madrid on Sunday.", {1, END}},
    {"Police in Madrid on Sunday arrested a man wanted since 2021 for fraud.", {1, END}},
    {"Police said a man who attacked a guard and a nurse was arrested in Lagos.", {1, END}},
    {"Currently detained in Madrid, the suspect awaits trial.", {END}},
    /* an opening adverbial: "As part of ...", a date with its weekday */
    {"As part of a search, a woman (aged in her 40s) was arrested.", {1, END}},
    {"In Drogheda this morning, Wednesday 12th March 2025, a woman was arrested.", {1, END}},
    /* a relative "who" after a counted phrase deep in its clause */
    {"The case is separate from an investigation into two former relationship managers, who "
     "were arrested in 2023.", {2, END}},
    {"A second man, in his 30s, who was arrested on Friday, was released.", {1, END}},
    /* a second group after a place: counted, not another place */
    {"Agents have detained a senior official at the state roads agency and six businessmen "
     "suspected of rigging tenders.", {1, 6, END}},
    {"Security forces arrested three suspects at Mastung and Kalat.", {3, END}},
    {"RCMP officers arrested three people at the office in March 2021: Zhao and two of his "
     "employees.", {3, END}},
    /* "businessmen" is plural: the ones told of, no count of one */
    {"Agents detained six businessmen. The businessmen were picked up in raids in Warsaw.",
     {6, END}},
    {"The couple was arrested at the airport.", {2, END}},
    {"Police have crippled a drug syndicate with the arrest of 11 people, including three "
     "Thai nationals.", {11, END}},
    {"Lizarraga's two alleged partners, Colombian national Andres Mejia and Diana Ruiz "
     "Osorio, were arrested in Weston, Florida, in June.", {2, END}},
    /* a reduced relative after the clause's verb counts its own phrase;
     * told before ("the three suspects arrested") or an age, it does not */
    {"The Kaduna State Police Command on Thursday paraded 14 suspects arrested in connection "
     "with the killing of seven villagers.", {14, END}},
    {"The man aged in his 30s arrested on Saturday has been charged.", {1, END}},
    /* a list of results; custody named by its force's initials */
    {"Europol said:\n\n\u2022 127 arrests in 8 countries\n\u2022 14 tonnes of cocaine seized\n",
     {127, END}},
    {"The ship's captain and its chief engineer were placed under PCG custody pending an "
     "investigation.", {2, END}},
    /* "and" after a clause with a verb of its own starts the subject; not
     * inside a relative clause of the subject */
    {"It was the largest seizure since January, when officers found cocaine in a van and two "
     "men were arrested.", {2, END}},
    {"Police raided the house and two men were arrested.", {2, END}},
    {"Two butchers who allegedly slaughtered the animal and sold the meat were arrested.",
     {2, END}},
    /* some of those detained still held: no new arrest */
    {"Police detained 31 protesters on Wednesday. On Thursday a judge ordered the release of 24 "
     "of the detainees, while seven remain in custody.", {31, END}},
    /* a number in capitals opening the story is no dateline */
    {"TWENTY-SEVEN people were arrested during raids in Laventille.", {27, END}},
    {"MBOMBELA-Five suspects were arrested.", {5, END}},
    /* a later sentence breaks the arrest down: no new arrests (but the
     * parts stand when they add up to no arrest told before) */
    {"Twenty-eight people have been arrested, police said.\n\nThe 21 men and seven women were "
     "arrested during a two-week operation.", {28, END}},
    {"Thirty people have been arrested, police said.\n\nThe 21 men and seven women were "
     "arrested during a two-week operation.", {30, 21, 7, END}},
    /* passive: the subject is counted */
    {"Police said three suspected smugglers had been arrested near the port.", {3, END}},
    /* an item of a release's list opens with "The arrest of" */
    {"The authority announced these cases.\n\nSecond: The arrest of two employees of the customs "
     "authority for receiving SR250,000 from a truck driver.", {2, END}},
    /* "as" after a verb in -ing names a role; it opens no clause */
    {"Police said two men suspected of acting as informants for the insurgents had been "
     "detained.", {2, END}},
    /* recaptured escapees; a participle before its noun; a live blog's time */
    {"Twenty-three prisoners escaped. By Sunday, 17 of them had been recaptured.", {17, END}},
    {"Police recaptured four escaped inmates on Sunday.", {4, END}},
    /* a name in apposition between two people of one arrest */
    {"The owner, Hamdy El-Sayed Abdel-Ghaffar, 61, and his son Karim, 34, were arrested the "
     "morning after the collapse.", {2, END}},
    {"Police arrested the owner, Hamdy Ghaffar, and his son.", {2, END}},
    {"The manager, John Smith, was arrested.", {1, END}},
    /* giving oneself up to the police is being taken into custody */
    {"A man described as the compound's head of security turned himself in on Friday.",
     {1, END}},
    {"The two brothers turned themselves in.", {2, END}},
    {"A sixth suspect, aged 17, handed himself over to police.", {1, END}},
    {"Police urged the suspect to turn himself in.", {END}},
    {"She turned herself around and left.", {END}},
    /* ... and was then taken into custody: one arrest */
    {"A third man turned himself in with his attorney and was taken into custody.", {1, END}},
    /* "took the suspects into custody": the suspects told before, not one person */
    {"Police arrested four men. Police took the suspects into custody.", {4, END}},
    /* "the other five": a count, not one person */
    {"Police questioned six men. One was freed. The other five were arrested.", {5, END}},
    {"The remaining two were detained on Friday.", {2, END}},
    {"The army has recaptured dozens of towns since 2022.", {END}},
    /* a bracketed aside between the subject and its verb */
    {"Three men (aged 34, 41 and 52 years) were arrested at the scene.", {3, END}},
    {"A woman (aged in her 40s) was arrested.", {1, END}},
    {"Seven suspects were arrested. A confession was read by one of the detained men.",
     {7, END}},
    {"14:10 Lithuanian driver detained\n\nA Lithuanian lorry driver has been detained.",
     {1, END}},
    /* an uncounted plural, or a quote, restating a counted arrest */
    {"Seven suspects were arrested on Tuesday. Within 24 hours, suspects were detained in two "
     "states, the prosecutor said.", {7, END}},
    {"Four suspected vandals had been arrested. She said, \"Our men arrested four suspects at a "
     "hideout.\"", {4, END}},
    {"Police said suspects were detained in two states.", {NO_COUNT, END}},
    /* an active participle; a subset of a group told before; the same figure twice */
    {"The agency busted a smuggling network, arresting 11 suspects including its ringleader.",
     {11, END}},
    {"Police arrested 27 people in Tuesday's raids. Five of the 27 arrested were charged on "
     "Thursday.", {27, END}},
    {"Police fired tear gas, detaining at least 143 protesters. A spokesman said 143 people "
     "had been detained for looting.", {143, END}},
    {"Customs arrested two passengers at the airport. Last month, Saudi customs arrested two "
     "Pakistani nationals in Jeddah.", {2, 2, END}},
    /* a named person as the object; an object we cannot count is no arrest of the subject */
    {"The agency on Tuesday arrested former Irrigation Minister H.S. Manjunath Gowda.", {1, END}},
    {"Police arrested former minister in the raid.", {END}},
    {"In Switzerland, the Zurich cantonal police took two people into custody.", {2, END}},
    /* a live blog's bullet before the subject */
    {"Live updates\n\n• Two people, the hotel's manager and a technician, have been taken into "
     "custody", {2, END}},
    /* a figure in brackets repeating the word, as police releases write it */
    {"Two (2) warehouse helpers were likewise taken into custody.", {2, END}},
    /* "rearrested"; "posted at" is no speech verb ending the clause */
    {"Police said nine of the escapees had been rearrested by Sunday.", {9, END}},
    {"An FIA inspector posted at Lahore airport was arrested.", {1, END}},
    /* people named together are one arrest; a named person and a counted group two */
    {"Langat and Mwangi were arrested by detectives in a dawn raid.", {2, END}},
    {"Police arrested Peter Langat and Grace Mwangi on Monday.", {2, END}},
    {"Police arrested Langat and two officials.", {1, 2, END}},
    {"Sipho Mahlangu, 54, and Annelie Preez, 47, were taken into custody.", {2, END}},
    {"Former CEO Sipho Mahlangu and former CFO Annelie du Preez were arrested.", {2, END}},
    {"John Smith, 45, was arrested on Monday.", {1, END}},
    /* one person told twice, by description or by name */
    {"Police arrested the plant's general manager. On Friday, officers said that police "
     "arrested the general manager, Rakesh Mehta, at his home.", {1, END}},
    {"Prosecutors detained Transport Minister Radu Ionescu. Hours later, Ionescu was taken "
     "into custody in Bucharest.", {1, END}},
    {"A man was arrested on Monday. Another man was arrested on Tuesday.", {1, 1, END}},
    /* "a further three", "another two": the number counts */
    {"A 17-year-old was arrested on Thursday. A further three people were taken into custody "
     "in Auckland.", {1, 3, END}},
    {"Another two men were arrested on Friday.", {2, END}},
    {"Police arrested a further 12 people.", {12, END}},
    /* an outcome: "led to the arrest of"; not an appeal */
    {"A raid led to the rescue of 23 children and the arrest of four men.", {4, END}},
    {"The raid resulted in the arrest of two women.", {2, END}},
    {"Police appealed for information leading to the arrest of those involved.", {END}},
    {"Any tip that could lead to the arrest of the gunmen is welcome.", {END}},
    /* an acronym in brackets inside the phrase; the one arrested named
     * again by the same noun and an apposition */
    {"The FIA on Wednesday arrested a senior Pakistan Cricket Board (PCB) official and two "
     "private contractors. The official, Kamran Aziz Malik, who heads the commercial "
     "department, was taken into custody from his residence.", {1, 2, END}},
    {"Police arrested a driver on Monday. Another driver, a 40-year-old, was detained on "
     "Tuesday.", {1, 1, END}},
    /* an aside after a definite count; a long opening phrase */
    {"The five, among them Peter Onyango and Mary Owuor, were arrested on Tuesday.", {5, END}},
    {"Following the investigation opened by the Guardia Civil's Judicial Police, two men were "
     "arrested.", {2, END}},
    /* a capture is an arrest of suspects, not of a town or of soldiers */
    {"Troops retook the town and captured four suspected assailants.", {4, END}},
    {"Rebels captured the town of Bunia on Sunday.", {END}},
    {"Militants captured 12 soldiers in the ambush.", {END}},
    /* an object with its name in apposition before "into custody"; "held"
     * right after an arrest; a headline's comma parts its clauses */
    {"Police took the hall's owner, Rakesh Agarwal, into custody early on Sunday.", {1, END}},
    {"Police took the owner into custody. Three others were also held, police said.",
     {1, 3, END}},
    {"Two hostages were held in a cellar for a week.", {END}},
    {"Five suspects were arrested on Wednesday. Two more, a woman and her boyfriend, were "
     "picked up in Nakuru on Thursday.", {5, 2, END}},
    {"Police arrested a man. Survivors were picked up by a fishing boat.", {1, END}},
    {"Forty passengers were picked up by a navy ship.", {END}},
    {"He was arrested. In the cell he was held down by four officers.", {1, END}},
    /* a named person after an occupation or a title is one arrest of one */
    {"Hours later, police arrested businessman Claudio Ferreyra Bustos at his home.", {1, END}},
    {"Police arrested former mayor Claudio Bustos on Monday.", {1, END}},
    /* "have taken N people into custody", the object however long */
    {"Police have taken 24 people into custody.", {24, END}},
    {"Police have taken three people from the company responsible for maintaining the road "
     "into custody.", {3, END}},
    /* "and" after a clause of its own opens the next; not between two verbs */
    {"Five smugglers were killed in the exchange of fire and 15 others were arrested at the "
     "scene.", {15, END}},
    {"He was located in Dubai with the support of INTERPOL and arrested.", {1, END}},
    /* two people, one arrest; "both of whom"; a number as the noun; held
     * for questioning; a relative clause inside the subject */
    {"The site engineer and a labour contractor were taken into custody.", {2, END}},
    {"Police later took into custody three suspects from the village.", {3, END}},
    /* the whole before its part; the people of an arrest told before */
    {"Of the 11 inmates who escaped through a damaged section of the perimeter fence, eight "
     "were recaptured within hours.", {8, END}},
    {"Of those arrested, two were released on bail.", {END}},
    /* one of a number arrested: the number */
    {"Chinese national among 3 arrested in Pampanga drug bust", {3, END}},
    {"A Briton was among 12 people arrested on Monday.", {12, END}},
    /* a dateline's place; a date between commas */
    {"MBOMBELA – Five suspects were arrested in a joint operation.", {5, END}},
    {"On Thursday morning, 12 March 2026, a police sergeant was arrested at his home.", {1, END}},
    {"Police named two suspects, a supervisor and a foreman, both of whom were detained on "
     "Monday night.", {2, END}},
    {"Three men appeared in court on Monday. The three were arrested in March 2023.", {3, END}},
    {"A third man, a Mozambican national, was taken in for questioning.", {1, END}},
    {"Two officials of the company that operated the bus were also detained for questioning.",
     {2, END}},
    {"Two engineers of the contractor firm that built the two top floors were detained.",
     {2, END}},
    /* undecided, and a court's: no arrest */
    {"An investigating judge will decide on Monday whether to keep the suspect and the woman "
     "in custody.", {END}},
    {"Four of his sons and three officials were also arrested.", {4, 3, END}},
    {"Knife attack: three dead, suspect arrested\n\nPolice are searching the area.", {1, END}},
    /* a second group after the trigger */
    {"The organiser had been arrested alongside four of his aides.", {1, 4, END}},
    {"A local businessman was detained along with two employees.", {1, 2, END}},
    {"A 41-year-old woman was held by police on suspicion of arson.", {1, END}},
    {"The pilot, a 45-year-old man, was arrested at the airport.", {1, END}},
    {"Both were arrested at the border on Friday.", {2, END}},
    {"All four were detained at a checkpoint outside the city.", {4, END}},
    {"Six members of the gang, including its leader, were taken into custody.", {6, END}},
    {"Investigators said the ship's captain had been arrested.", {1, END}},
    {"A 17-year-old pupil was taken into custody near the school.", {1, END}},
    {"Officials said two women suspected of forging visas had been detained overnight.",
     {2, END}},
    {"On Monday, a second suspect was apprehended in the capital.", {1, END}},
    /* active: the object is counted */
    {"Spanish police have arrested seven men suspected of running the network.", {7, END}},
    {"Officers have detained four people, including the hotel's owner, over the blaze.",
     {4, END}},
    {"In Portugal, police in Porto separately arrested a 22-year-old on Monday.", {1, END}},
    {"Authorities said they had detained several people for questioning.", {NO_COUNT, END}},
    {"Police made two arrests after the fight.", {2, END}},
    {"Authorities announced the arrest of three suspects on Monday.", {3, END}},
    /* two people joined by "and" are one arrest of two, as every held-out gold
     * has it ("The manager and a gas refiller ... were taken into custody") */
    {"Police arrested a man and a woman in connection with the fire.", {2, END}},
    {"More than 100 people were arrested during the protests.", {100, END}},
    {"Dozens of protesters were detained.", {NO_COUNT, END}},
    /* a subject set off from its verb by asides with verbs of their own */
    {"A second man, 22, who police say drove the van, was arrested on Sunday.", {1, END}},
    /* separate groups are separate facts */
    {"Police arrested the owner of the bakery that caught fire, as well as two of his workers.",
     {1, 2, END}},
    {"The owner was arrested. Two of his brothers and five guards were also arrested.",
     {1, 2, 5, END}},
    {"Two men were arrested in May, and a third man was arrested on Friday.", {2, 1, END}},
    /* no arrest */
    {"He was charged with manslaughter and appeared in court on Monday.", {END}},
    /* a remand is a court appearance, not an arrest */
    {"Judge Mary Dorgan remanded both men in custody to appear again next week.", {END}},
    /* "taken into custody" is active after a perfect's auxiliary */
    {"Police have taken into custody the mine's legal representative.", {1, END}},
    {"The men have been held in prison since the trial.", {END}},
    {"The next meeting will be held in Lisbon.", {END}},
    {"Rebels held two aid workers hostage for a month.", {END}},
    {"Police offered a reward for information leading to the arrest of the gunmen.", {END}},
    {"The gunman remains at large.", {END}},
    {"No one has been arrested over the attack.", {END}},
    /* an arrest only reported, and denied */
    {"She denied a weekend newspaper report that a senior port manager had been taken into "
     "custody.", {END}},
    {"Reports on social media that the paramount ruler was arrested during the operation are "
     "false.", {END}},
    {"Police said reports that five officials were arrested were accurate.", {5, END}},
    /* "the owner of one of the bars" is one person */
    {"Police arrested the owner of one of the bars, a 45-year-old woman, on Sunday.", {1, END}},
    {"Officers issued an arrest warrant for the captain.", {END}},
    {"Protesters demanded the arrest of the officers.", {END}},
    {"Police said no arrests had been made.", {END}},
    {"The suspect could be arrested within days.", {END}},
    {"Police have not arrested anyone.", {END}},
    {"The woman died in custody last year.", {END}},
    /* one arrest told twice is one fact */
    {"Police arrested four men on Tuesday. The four men arrested on Tuesday will appear in "
     "court on Friday.", {4, END}},
    {"Police arrested two men on Tuesday. The suspects were detained in a raid on a flat.",
     {2, END}},
    {"Police arrested a man on Monday. He was held on suspicion of murder.", {1, END}},
    {"Three held over warehouse blaze\n\nPolice have arrested three men on suspicion of arson.",
     {3, END}},
    {"Teenager in custody after stabbing\n\nA 15-year-old boy was taken into custody on Sunday, "
     "police said.", {1, END}},
    {"Police said the suspects were detained.", {NO_COUNT, END}},
};

START_TEST(test_counts)
{
    const char *text = rows[_i].text;
    const long long *want = rows[_i].counts;
    nf_facts *f = test_extract(text);
    size_t n = 0;
    while (want[n] != END)
        n++;
    ck_assert_msg(f->n_arrests == n, "%s: %zu arrests, want %zu", text, f->n_arrests, n);
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(f->arrests[i].count == want[i], "%s: arrest %zu count %lld, want %lld",
                      text, i, f->arrests[i].count, want[i]);
    nf_facts_free(f);
}
END_TEST

/* The suspects phrase and the evidence, exactly as written. */
static const struct { const char *text, *suspects, *evidence; } spans[] = {
    {"In Switzerland, the Zurich cantonal police took two people into custody.",
     "two people", "the Zurich cantonal police took two people into custody"},
    {"Police have taken into custody the mine's manager.", "the mine's manager",
     "Police have taken into custody the mine's manager"},
    {"The agency on Tuesday arrested former Irrigation Minister H.S. Manjunath Gowda.",
     "former Irrigation Minister H.S. Manjunath Gowda",
     "The agency on Tuesday arrested former Irrigation Minister H.S. Manjunath Gowda"},
    {"Police said three suspected smugglers had been arrested near the port.",
     "three suspected smugglers", "three suspected smugglers had been arrested"},
    {"The pilot, a 45-year-old man, was arrested at the airport.",
     "The pilot, a 45-year-old man", "The pilot, a 45-year-old man, was arrested"},
    {"Spanish police have arrested seven men suspected of running the network.",
     "seven men suspected of running the network",
     "Spanish police have arrested seven men"},
    {"A 17-year-old pupil was taken into custody near the school.",
     "A 17-year-old pupil", "A 17-year-old pupil was taken into custody"},
};

START_TEST(test_spans)
{
    nf_facts *f = test_extract(spans[_i].text);
    ck_assert_uint_eq(f->n_arrests, 1);
    ck_assert_str_eq(f->arrests[0].suspects, spans[_i].suspects);
    ck_assert_str_eq(test_slice(spans[_i].text, f->arrests[0].text), spans[_i].evidence);
    nf_facts_free(f);
}
END_TEST

/* An arrest in a story about an incident belongs to its main event. */
START_TEST(test_event_link)
{
    const char *text = "A gunman opened fire at a shopping centre on Saturday, police said.\n\n"
                       "A 19-year-old man was arrested at the scene.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_arrests, 1);
    ck_assert_uint_ge(f->n_events, 1);
    ck_assert_int_eq(f->arrests[0].event, f->events[0].id);
    nf_facts_free(f);
}
END_TEST

Suite *arrest_suite(void)
{
    Suite *s = suite_create("arrest");
    TCase *tc = tcase_create("arrest");
    tcase_add_loop_test(tc, test_counts, 0, sizeof rows / sizeof rows[0]);
    tcase_add_loop_test(tc, test_spans, 0, sizeof spans / sizeof spans[0]);
    tcase_add_test(tc, test_event_link);
    suite_add_tcase(s, tc);
    return s;
}
