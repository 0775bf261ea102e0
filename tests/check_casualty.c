/* check_casualty.c — the casualty extractor (loader/ex_casualty.c).
 *
 * Each row is a sentence or a short story written for these tests and the
 * exact facts it must give, in order, as "category count qualifier[ group]"
 * joined by "; " ("" when it must give none). Rows are grouped by the rule
 * they pin down; negative rows are constructions that must give nothing.
 */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct row {
    const char *text;
    const char *want;
} row;

/* The casualties of f as one comparable string. */
static void describe(const nf_facts *f, char *buf, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < f->n_casualties && len < n; i++) {
        const nf_casualty *c = &f->casualties[i];
        int k = snprintf(buf + len, n - len, "%s%s %lld %s%s%s", i ? "; " : "",
                         nf_category_name(c->category), c->count,
                         nf_qualifier_name(c->qualifier), c->group ? " " : "",
                         c->group ? c->group : "");
        if (k < 0)
            break;
        len += (size_t)k;
    }
}

/* Every fact's text must be the story's bytes at its offsets, and inside it. */
static void check_spans(const char *text, const nf_facts *f)
{
    size_t len = strlen(text);
    for (size_t i = 0; i < f->n_casualties; i++) {
        nf_span s = f->casualties[i].text;
        ck_assert_msg(s.start < s.end && s.end <= len, "bad span %zu..%zu in \"%s\"", s.start,
                      s.end, text);
    }
}

static void run_rows(const row *rows, int i)
{
    char got[1024];
    nf_facts *f = test_extract(rows[i].text);
    describe(f, got, sizeof got);
    check_spans(rows[i].text, f);
    nf_facts_free(f);
    ck_assert_msg(strcmp(got, rows[i].want) == 0, "\"%s\"\n  want: %s\n  got:  %s", rows[i].text,
                  rows[i].want, got);
}

#define ROWS(name) static const row name[]
#define N(rows) ((int)(sizeof rows / sizeof rows[0]))

/* A counted subject and the predicate that names its category. */
ROWS(subject_rows) = {
    {"At least 12 people were killed when a bus plunged into a ravine.", "dead 12 at_least"},
    {"Three people died and five were hurt in the blaze.", "dead 3 exact; injured 5 exact"},
    {"Eleven miners remain trapped underground.", "missing 11 exact"},
    {"Nine people are unaccounted for, the governor said.", "missing 9 exact"},
    {"At least 20 people are feared dead after the landslide.", "dead 20 at_least"},
    {"About 30 people are still believed to be trapped.", "missing 30 approximate"},
    {"Fifty-eight people survived.", "survivors 58 exact"},
    /* a bare count that reached the shore or managed to climb out */
    {"Eight migrants drowned and six are missing; the other 33 reached the shore, IOM said.",
     "dead 8 exact; missing 6 exact; survivors 33 exact"},
    {"Twenty-nine miners were underground. Twelve managed to climb out on their own.",
     "aboard 29 exact; survivors 12 exact"},
    {"Of the deceased, seven were women.", "dead 7 exact women"},
    /* an item's relative clause, its verbs included, before the next item;
     * a comma ends it */
    {"The dead were a 58-year-old man who was driving the minivan and his 81-year-old mother.",
     "dead 1 exact man; dead 1 exact mother"},
    {"Among the dead are two miners and a 15-year-old boy who worked carrying sacks of ore to "
     "the surface, a relative of one of the victims said.",
     "dead 2 exact miners; dead 1 exact boy"},
    /* the breakdown set off by commas right after "The dead" */
    {"The dead, three women and two men, have not yet been identified.",
     "dead 3 exact women; dead 2 exact men"},
    {"Survivors said around 200 people had boarded the boat in Nouadhibou.",
     "aboard 200 approximate"},
    {"More than 60 passengers had boarded the overcrowded bus.", "aboard 60 more_than"},
    {"Twenty-three people were pulled alive from the water.", "survivors 23 exact"},
    {"Ten were brought to the surface alive.", "survivors 10 exact"},
    {"More than 80 others were hurt in the crush.", "injured 80 more_than"},
    {"Up to 21 others remain missing.", "missing 21 up_to"},
    {"Police said 17 people had been taken to hospital.", "injured 17 exact"},
    {"More than 300 people have been admitted to hospitals.", "injured 300 more_than"},
    {"Two firefighters suffered minor injuries.", "injured 2 exact"},
    {"Forty workers lost their lives in the blaze.", "dead 40 exact"},
    {"A dozen football fans were crushed to death at the gates.", "dead 12 exact"},
    {"Twelve (12) workers were burned to death.", "dead 12 exact"},
    {"Two police officers were wounded in the shootout.", "injured 2 exact"},
    {"Three people were shot dead and five wounded.", "dead 3 exact; injured 5 exact"},
    {"At least 60 people were listed as missing.", "missing 60 at_least"},
    /* how someone died, between the auxiliary and the category */
    {"A football fan was shot dead outside the stadium.", "dead 1 exact"},
    {"Two men were shot and killed on Friday.", "dead 2 exact"},
    {"A 71-year-old shepherd has been missing since Tuesday.", "missing 1 exact"},
    {"Three devotees died in a crush at the temple.", "dead 3 exact"},
    {"Two tribesmen were killed and four teens were injured.", "dead 2 exact; injured 4 exact"},
    {"Last year a ferry capsized off Lahj, killing 300 people.", "dead 300 exact"},
    {"A fire killed two people, a 7-year-old boy and his great-grandmother, officials said.",
     "dead 2 exact; dead 1 exact boy; dead 1 exact great-grandmother"},
    {"A man was shot and killed and a son-in-law was wounded.", "dead 1 exact; injured 1 exact"},
    {"The woman was carrying her grandson when the blast hit.", ""},
    {"About 230 passengers were on the two trains.", "aboard 230 approximate"},
    {"The death toll rose overnight from 11 as rescuers dug, the governor said.", "dead 11 exact"},
    {"A Curwensville man was shot and killed Saturday morning.", "dead 1 exact"},
    {"Police said two men were shot and wounded.", "injured 2 exact"},
    {"A woman was stabbed to death in her home.", "dead 1 exact"},
    {"A man was sentenced to death on Monday.", ""},
    /* a possessive's one person counts as the object of a verb, not as a subject */
    {"Gunmen ambushed the convoy, killing their Malian driver and wounding two guards.",
     "dead 1 exact; injured 2 exact"},
    {"Their son was injured in the blast.", ""},
    /* a toll's adjective; a breakdown told with "also" */
    {"The number of confirmed dead rose to three on Monday from one.",
     "dead 3 exact; dead 1 exact"},
    {"A heatwave killed 31 people. The dead also include six farm workers.",
     "dead 31 exact; dead 6 exact farm workers"},
    /* all aboard, or the rest of those aboard */
    {"All 298 people on board were killed.", "dead 298 exact; aboard 298 exact"},
    {"Two people died in the crash. All 69 others on board survived.",
     "dead 2 exact; survivors 69 exact"},
    {"His wife said he had been killed.", ""},
    /* people taken out of danger: a way out, or a pulling verb and "from" */
    {"Helicopters airlifted 38 people off the ship during the morning.", "survivors 38 exact"},
    {"Rescuers pulled 14 people out of the collapsed homes.", "survivors 14 exact"},
    {"Firefighters brought 26 people down from the upper floors.", "survivors 26 exact"},
    {"Volunteers helped 30 residents out of the flooded houses.", "survivors 30 exact"},
    {"Ambulances brought 26 people to hospital.", ""},
    {"Soldiers airlifted 200 residents from the town before the storm.", ""},
    /* freed from captivity, not from custody */
    {"Police freed 64 foreigners held by a trafficking gang.", "survivors 64 exact"},
    {"A judge freed 12 prisoners on Monday.", ""},
    {"Nine other persons sustained gunshot and machete injuries.", "injured 9 exact"},
    {"The roof fell in, killing 12, while nine sustained injuries.",
     "dead 12 exact; injured 9 exact"},
    {"Four of the six crew members aboard died.", "aboard 6 exact; dead 4 exact"},
    {"The death toll rose to 45 on Monday.", "dead 45 exact"},
    {"11 people confirmed dead, among them eight patients, two nurses and a doctor",
     "dead 11 exact; dead 8 exact patients; dead 2 exact nurses; dead 1 exact doctor"},
    {"Nine persons, including two children, were electrocuted.",
     "dead 9 exact; dead 2 exact children"},
    /* out of a mine: "to the surface" is a way out of danger */
    {"Rescue teams brought 20 workers to the surface by Tuesday evening, three of whom were "
     "injured.", "survivors 20 exact; injured 3 exact"},
    /* an infinitive that tells what was done, not what was meant */
    {"Staff and firefighters managed to rescue seven patients from the unit.",
     "survivors 7 exact"},
    {"Firefighters were not able to rescue the seven patients.", ""},
    /* a hyphened noun for people is one head: "passer-by", "passers-by" */
    {"Three people, two police officers and a passer-by, were injured on Friday.",
     "injured 3 exact; injured 2 exact police officers; injured 1 exact passer-by"},
    {"Six others, including both guides, were airlifted to safety.", "survivors 6 exact"},
    {"In a similar incident last year, more than 60 students were hospitalised.",
     "injured 60 more_than"},
    /* parts of a total the story gives, by their sums; an earlier toll is no part */
    {"The train hit the truck, killing 11 people. Nine people died on the spot while two "
     "others succumbed to their injuries in hospital.", "dead 11 exact"},
    {"Twelve people were killed on Sunday. The death toll later rose to 15 after three "
     "passengers succumbed to their injuries.", "dead 12 exact; dead 15 exact"},
    {"At least nine people were killed. Rescue 1122 had initially put the death toll at six, "
     "but three patients on ventilators died.", "dead 9 at_least; dead 6 exact"},
    {"Two passengers later succumbed to their injuries.", "dead 2 exact"},
    {"The death toll has risen to 13 from an initial nine, police said.",
     "dead 13 exact; dead 9 exact"},
    {"The ministry says 11 people have died, up from a previous figure of eight.",
     "dead 11 exact; dead 8 exact"},
    {"The toll rose to 11 from a previous figure of eight.", "dead 11 exact; dead 8 exact"},
    {"A girl was pulled out alive.", "survivors 1 exact"},
    {"Around 40 people were on the balcony when it gave way.", "aboard 40 approximate"},
    {"Forty-five people are confirmed dead and more than 600 injured.",
     "dead 45 exact; injured 600 more_than"},
    {"Some 40 passengers were on board the plane when it crashed.", "aboard 40 approximate"},
    {"Up to 45 people had been crammed aboard the dinghy.", "aboard 45 up_to"},
    {"About 1,500 passengers had been travelling on the train.", "aboard 1500 approximate"},
    {"About 300 workers were on shift when the fire started.", "aboard 300 approximate"},
    {"There were forty-two people on board, including the driver.", "aboard 42 exact"},
    {"He said 34 people were believed to be on the boat.", "aboard 34 approximate"},
    {"All 298 people on board were killed.", "dead 298 exact; aboard 298 exact"},
    {"Eighteen people, including seven children, died when the house collapsed.",
     "dead 18 exact; dead 7 exact children"},
    {"A woman was killed and two others were seriously injured.",
     "dead 1 exact; injured 2 exact"},
    {"A 12-year-old boy drowned in the river on Sunday.", "dead 1 exact"},
    {"She was among 20 people rescued from the roof.", "survivors 20 exact"},
    {"He was one of 13 people killed in the attack.", "dead 13 exact"},
    {"Two of the 30 passengers were killed.", "dead 2 exact"},
    {"A total of 43 people were killed and 89 injured in the blasts.",
     "dead 43 exact; injured 89 exact"},
    {"A dozen survivors were being treated in hospital for burns.", "injured 12 exact"},
    {"Of the 230 people aboard, 180 survived.", "aboard 230 exact; survivors 180 exact"},
    {"Initially 18 people were reported dead.", "dead 18 exact"},
    {"Twelve people were reported killed.", "dead 12 exact"},
    {"Seven people are confirmed dead.", "dead 7 exact"},
    {"One was killed and two were injured.", "dead 1 exact; injured 2 exact"},
    {"One person died at the scene.", "dead 1 exact"},
    {"The couple's two sons were killed.", "dead 2 exact"},
    {"A family of five died in the fire.", "dead 5 exact"},
    {"Two people, a man and a woman, were killed in the crash.",
     "dead 2 exact; dead 1 exact man; dead 1 exact woman"},
    /* an appositive between the count and its verb */
    {"One person, the bus driver, was shot dead.", "dead 1 exact"},
    {"In December, 10 people, four of them children, died in a crush.",
     "dead 10 exact; dead 4 exact children"},
    {"Three people, the police said, were killed.", "dead 3 exact"},
    {"Twelve people, nine of them newborns, were killed in the fire.",
     "dead 12 exact; dead 9 exact newborns"},
    {"Five inmates and a correctional official were killed in the riot.",
     "dead 5 exact inmates; dead 1 exact correctional official"},
    {"Among the dead are two Malaysian hikers and a Singaporean, he said.",
     "dead 2 exact Malaysian hikers; dead 1 exact Singaporean"},
    {"The helicopter, carrying a pilot and five passengers, went down off the beach.",
     "aboard 1 exact pilot; aboard 5 exact passengers"},
    {"A 41-year-old Brisbane woman and a 16-year-old boy from Germany were rescued.",
     "survivors 1 exact Brisbane woman; survivors 1 exact boy"},
    {"The dead were a Canadian woman and a Jamaican raft captain.",
     "dead 1 exact Canadian woman; dead 1 exact Jamaican raft captain"},
    {"He lives at 3 Downing Street.", ""},
    /* a breakdown after "on board" and a dash */
    {"It had 21 crew on board – 17 migrant workers from Myanmar and four Thais – the "
     "department said.", "aboard 21 exact; aboard 17 exact migrant workers; aboard 4 exact Thais"},
    /* a victim named as the object of "killed" */
    {"An officer shot and killed 19-year-old Darius Holloway during a traffic stop.",
     "dead 1 exact"},
    {"The crash killed New York residents.", ""},
    {"Seven people were killed. The dead include a New Zealander and a local mountain guide.",
     "dead 7 exact; dead 1 exact New Zealander; dead 1 exact local mountain guide"},
    {"Eight were killed and 30 injured. A teacher was among the injured.",
     "dead 8 exact; injured 30 exact; injured 1 exact teacher"},
    {"She said 19 of the injured were officials.", "injured 19 exact officials"},
    /* a nationality is a group below a larger total, and no group alone */
    {"At least nine people have been killed. Two children are among the dead. The consul said "
     "two Ukrainian lorry drivers had been killed.",
     "dead 9 at_least; dead 2 exact children; dead 2 exact Ukrainian lorry drivers"},
    {"Seven Ukrainian workers were killed in the crash.", "dead 7 exact"},
    /* a toll far from its word; earlier figures after "up from", "from" */
    {"The death toll from Tuesday's pipeline fire at Rumuekpe community in Emohua Local "
     "Government Area of Rivers State has risen to 27, including six children.",
     "dead 27 exact; dead 6 exact children"},
    {"The ministry said 11 citizens had been killed, up from nine it reported earlier.",
     "dead 11 exact; dead 9 exact"},
    {"The number of injured has been revised up to 56 from about 40.",
     "injured 56 exact; injured 40 approximate"},
    {"The death toll rose to 21 on Sunday from 17 a day earlier.", "dead 21 exact; dead 17 exact"},
    {"The mayor, who put the number of injured at “more than 30,” said so.", "injured 30 more_than"},
    {"At least 11 people have died, up from the eight reported earlier.",
     "dead 11 at_least; dead 8 exact"},
    {"In 2022, floods in the Northern Rivers region killed 13 people.", "dead 13 exact"},
    {"The number of persons who died after drinking the liquor rose to 34 on Thursday, up from "
     "21 on Wednesday.", "dead 34 exact; dead 21 exact"},
    /* treatment, and a hospital by its full name */
    {"Over 90 persons, including 11 women, are undergoing treatment.",
     "injured 90 more_than; injured 11 exact women"},
    {"More than 140 guests, among them 12 children, had been admitted to the Kakamega County "
     "General Teaching and Referral Hospital.", "injured 140 more_than; injured 12 exact children"},
    {"Twelve people died at the Kenyatta National Hospital.", "dead 12 exact"},
    {"Eight patients, among them five newborn babies, died when the power went out.",
     "dead 8 exact; dead 5 exact newborn babies"},
    {"Some 60 patients are being treated for cholera.", ""},
    {"In March last year, four people died and about 70 were treated after eating at a funeral.",
     "dead 4 exact; injured 70 approximate"},
    /* "a.m." before a capitalised number word ends the sentence */
    {"The fire broke out at around 2.15 a.m. Twenty-nine of them were carried out alive.",
     "survivors 29 exact"},
    {"It had 21 crew on board. Seven of them were pulled from the sea by another boat.",
     "aboard 21 exact; survivors 7 exact"},
    {"Two fishermen were pulled from the sea dead.", "dead 2 exact"},
    /* "fatally wounded" tells of deaths; more kinds of people */
    {"Six suspects were fatally wounded and two officers were wounded.",
     "dead 6 exact; injured 2 exact"},
    {"Police fatally wounded two suspects.", "dead 2 exact"},
    {"An avalanche killed three skiers and injured two mountain guides.",
     "dead 3 exact; injured 2 exact"},
    {"Eleven detainees escaped and a police reservist was injured.", "injured 1 exact"},
    /* a name between the count and its people */
    {"Two Guardia Civil officers were killed and three Red Cross workers injured.",
     "dead 2 exact; injured 3 exact"},
    {"He lives at 3 Downing Street with his wife.", ""},
    {"Three bodies were pulled from the river on Monday.", "dead 3 exact"},
    {"Forty-two workers were underground. Nine of them were pulled out alive.",
     "aboard 42 exact; survivors 9 exact"},
    {"Fifty people were on the bus when it crashed.", "aboard 50 exact"},
    /* the people at the site: a place of work, a home, a gathering */
    {"A total of 64 workers were in the plant when the boiler exploded.", "aboard 64 exact"},
    {"About 42,000 people were at the sold-out event.", "aboard 42000 approximate"},
    {"Twelve residents were in the process of building a shelter.", ""},
    {"Gunmen killed 12 of them and abducted the rest.", "dead 12 exact"},
    {"Firefighters rescued 37 of them, many by ladder.", "survivors 37 exact"},
    /* two ways of saying one category are one count, two categories none */
    {"Forty-one workers escaped to higher ground or were rescued.", "survivors 41 exact"},
    {"Forty-one workers swam ashore or were rescued.", "survivors 41 exact"},
    {"Ten people died or went missing.", ""},
    {"Villagers fled to higher ground.", ""},
    {"Nine of them died in hospital.", "dead 9 exact"},
    /* under the rubble: buried, not yet found; freed from it: alive */
    {"Two people are still under the rubble.", "missing 2 exact"},
    {"Two residents are believed to still be under the debris.", "missing 2 approximate"},
    {"Five bodies are still under the rubble.", "dead 5 exact"},
    {"Eleven people were freed from the wreckage, the ministry said.", "survivors 11 exact"},
    {"Three suspects were freed from custody.", ""},
    {"Firefighters extracted 14 people trapped in the two overturned carriages.",
     "survivors 14 exact"},
    {"Rescuers extracted five bodies from the rubble.", "dead 5 exact"},
    {"Twenty-nine miners reached the surface.", "survivors 29 exact"},
    {"About 40 people were on the covered walkway when one of its supports failed.",
     "aboard 40 approximate"},
    {"One of the suspects sustained a gunshot wound to the leg.", "injured 1 exact"},
    /* a crowd there before it happened; pickers at work on a mound */
    {"An estimated 40,000 people had gathered outside the stadium.", "aboard 40000 approximate"},
    {"Two hundred people gathered at the church to mourn.", ""},
    {"About 150 jade pickers had been working on the waste mound when it collapsed.",
     "aboard 150 approximate"},
    {"Twelve engineers were working on the project.", ""},
    /* a people named for itself, not a country */
    {"About 180 Rohingya went missing after their boat disappeared.", "missing 180 approximate"},
    /* what became of the trapped */
    {"Some 31 workers trapped on the mezzanine floor were rescued.", "survivors 31 approximate"},
    {"Five miners trapped underground were killed.", "dead 5 exact"},
    {"Five miners trapped underground are still missing.", "missing 5 exact"},
    {"Rescuers reached the site at dawn.", ""},
    /* one turn of a tally told in turns */
    {"The last two members of the group have reached the surface.", ""},
    {"The first five miners were rescued.", ""},
    {"Three of the workers were in the hospital on Monday.", ""},
    {"There were 26 workers inside the mine when the gas ignited.", "aboard 26 exact"},
    {"There were 26 workers in the mine at the time of the blast.", "aboard 26 exact"},
    {"There are 300 people in the village.", ""},
    /* "its four crew members" are all of them, told here; "three other
     * people were injured" opens a clause of its own */
    {"The helicopter went down in 2013, killing its four crew members.", "dead 4 exact"},
    {"The chair was carrying four people, and three other people were injured.",
     "aboard 4 exact; injured 3 exact"},
    {"A man, a woman, and a child were killed.",
     "dead 1 exact man; dead 1 exact woman; dead 1 exact child"},
    {"Survivors said up to 300 people had been crammed onto the boat.", "aboard 300 up_to"},
    {"The ship had 2,000 passengers on board.", "aboard 2000 exact"},
    {"More than 40 people, mostly women and children, drowned.", "dead 40 more_than"},
    {"Some 200 people were rescued, while 12 remain missing.",
     "survivors 200 approximate; missing 12 exact"},
    {"Police said 3 people had died and 10 were hospitalised.",
     "dead 3 exact; injured 10 exact"},
    {"As many as 15 persons were killed in the accident.", "dead 15 up_to"},
    {"Twenty-three farmworkers were sickened when pesticide drifted over a vineyard. Among "
     "those sickened were two pregnant women.", "injured 23 exact; injured 2 exact pregnant women"},
    {"The leak poisoned 14 villagers.", "injured 14 exact"},
    {"The balloon caught fire, killing 19 of the 21 people on board.",
     "aboard 21 exact; dead 19 exact"},
    {"One guard was killed and another was wounded.", "dead 1 exact; injured 1 exact"},
    {"Another was taken to hospital.", ""},
    {"Two colleagues were injured when the container fell.", "injured 2 exact"},
    {"Seven people - six students and a teacher from a college in Auckland - died.",
     "dead 7 exact; dead 6 exact students; dead 1 exact teacher"},
    {"The deceased now include two women and a nine-year-old boy.",
     "dead 2 exact women; dead 1 exact nine-year-old boy"},
    {"Four people were injured, including two door supervisors.",
     "injured 4 exact; injured 2 exact door supervisors"},
    {"Three herders who went after the cattle were still missing.", "missing 3 exact"},
    {"Five people who lived nearby said they heard a bang.", ""},
    {"Among the injured is a German national, a 27-year-old woman who was filming.",
     "injured 1 exact German national"},
    {"About 1,900 people were working the morning shift when a woman collapsed.",
     "aboard 1900 approximate"},
    {"In 2011, an episode at a factory left 284 workers in hospital.", "injured 284 exact"},
    {"The crew comprised 14 Filipinos and six Myanmar nationals.",
     "aboard 14 exact Filipinos; aboard 6 exact Myanmar nationals"},
    {"The crew were rescued by a navy ship.", ""},
    {"A grandmother was killed when a tree fell on her car.", "dead 1 exact"},
    {"A falling branch injured two walkers.", "injured 2 exact"},
    {"One police officer received minor injuries.", "injured 1 exact"},
    {"Five drivers needed hospital treatment.", "injured 5 exact"},
    {"He received a letter from two officials.", ""},
    {"Fourteen people were staying in the hut when the fire started.", "aboard 14 exact"},
    {"About 2,000 displaced people are staying in schools.", ""},
    {"At least 14 people have died. The toll has risen from nine reported on Tuesday.",
     "dead 14 at_least; dead 9 exact"},
    {"Prices have risen from 20 dollars.", ""},
    {"A night guard, Samuel Kiprono, 38, was killed as he raised the alarm.", "dead 1 exact"},
    {"A guard, 38, was killed.", "dead 1 exact"},
    {"She gave a breakdown of the dead: nine Bulgarians, five Romanians and a Greek citizen.",
     "dead 9 exact Bulgarians; dead 5 exact Romanians; dead 1 exact Greek citizen"},
    {"In 2019, 11 people died when a truck plunged into a ravine, and more than 3,000 people "
     "were killed on Peru's roads in 2024 alone.", "dead 11 exact"},
    {"Thirteen of the 14 people who went missing in the upper reaches of the park last week "
     "have been rescued alive.", "survivors 13 exact"},
    {"An estimated 300 people were killed.", "dead 300 approximate"},
    /* ways of getting out alive */
    {"Some 43 passengers swam ashore or were picked up by fishermen.",
     "survivors 43 approximate"},
    {"A family of five escaped unhurt when the house slid down the slope.", "survivors 5 exact"},
    {"A total of 105 workers were underground when water burst in, and 83 of them made it to "
     "the surface.", "aboard 105 exact; survivors 83 exact"},
    {"The boat carried 50 people, and 30 of them were rescued.",
     "aboard 50 exact; survivors 30 exact"},
    /* suspects who were on board are no total aboard */
    {"Three men who were on board were arrested at the scene.", ""},
    /* every item of an "including" list breaks down the same count */
    {"Gunmen killed at least 70 people, including 10 women and three infants, in the town.",
     "dead 70 at_least; dead 10 exact women; dead 3 exact infants"},
    {"At least 100 people were feared killed.", "dead 100 at_least"},
    {"\u201cWe have found 20 bodies,\u201d the mayor said.", "dead 20 exact"},
    {"In 2015, 800 people drowned when a boat sank.", "dead 800 exact"},
    {"At least 30 people from three villages in the district were killed.",
     "dead 30 at_least"},
    {"Twelve people, who were attending a wedding, died when the roof collapsed.",
     "dead 12 exact"},
    {"Nine people -- including a child -- were killed in the blast.",
     "dead 9 exact; dead 1 exact child"},
    {"A total of 12 people \u2013 eight men and four women \u2013 died in the fire.",
     "dead 12 exact; dead 8 exact men; dead 4 exact women"},
    {"Twelve people were injured, two critically.", "injured 12 exact"},
    {"Nearly 40 residents were asleep inside when the block collapsed.",
     "aboard 40 approximate"},
    {"About 200 people were in the mosque at the time of the explosion.",
     "aboard 200 approximate"},
    {"Nine others sustained various degrees of burns.", "injured 9 exact"},
    {"At least 12 people, including five policemen, were martyred in the attack.",
     "dead 12 at_least; dead 5 exact policemen"},
    {"A woman in her 80s died in the fire.", "dead 1 exact"},
    {"Another man, believed to be in his 50s, is missing.", "missing 1 exact"},
};

/* Counts whose own words name the category, headline style included. */
ROWS(own_rows) = {
    {"Six killed, 20 injured as truck rams into crowd", "dead 6 exact; injured 20 exact"},
    {"Bus accident: 11 dead, 23 hurt near the city", "dead 11 exact; injured 23 exact"},
    {"Boat capsizes: 40 feared dead", "dead 40 approximate"},
    {"Ferry sinks with 200 on board", "aboard 200 exact"},
    {"At least 70 dead after migrant boat sinks", "dead 70 at_least"},
    {"Authorities found 31 bodies and two survivors.", "dead 31 exact; survivors 2 exact"},
    {"Authorities have confirmed 112 deaths so far.", "dead 112 exact"},
    {"Police said 23 bodies had been pulled from the river.", "dead 23 exact"},
    {"The boat capsized with the loss of 31 lives.", "dead 31 exact"},
    {"Floods have claimed 14 lives in the province.", "dead 14 exact"},
    {"Rescuers recovered the bodies of four children.", "dead 4 exact"},
    {"The search for the two missing people resumed.", "missing 2 exact"},
    {"The storm left 14 people dead and 200 homeless.", "dead 14 exact"},
    {"The blast left at least 30 dead and dozens wounded.", "dead 30 at_least"},
    {"Rescuers found 15 survivors in the wreckage.", "survivors 15 exact"},
};

/* The object of a casualty verb. */
ROWS(object_rows) = {
    {"At least two residents of the building have not been accounted for.",
     "missing 2 at_least"},
    {"The death toll since Sunday has risen to 45.", "dead 45 exact"},
    {"The fire was the deadliest since January 2019, when an elderly couple died in a blaze.",
     "dead 2 exact"},
    /* the people a search is for; not the people the police want */
    {"Nine migrants drowned, as rescuers searched for at least a dozen others.",
     "dead 9 exact; missing 12 at_least"},
    {"Police are searching for two people who fled the scene.", ""},
    {"Police are searching for three gunmen.", ""},
    /* "found nine dead and 61 others alive": the verb reaches past "and" */
    {"Troops found nine migrants dead and 61 others alive inside a trailer.",
     "dead 9 exact; survivors 61 exact"},
    {"He was convicted of the murders of two police officers.", "dead 2 exact"},
    /* a comparison with this year's or last year's incidents counts none */
    {"Gunmen ambushed a convoy, killing 13 officers and wounding at least five others in one of "
     "the deadliest attacks this year.",
     "dead 13 exact; injured 5 at_least"},
    {"The ambush was the deadliest since June of last year, when eight soldiers were killed and "
     "11 wounded.",
     "dead 8 exact; injured 11 exact"},
    {"The ambush was the deadliest since last year, when eight soldiers were killed.",
     "dead 8 exact"},
    {"Seven people were killed in a stampede on the first day of the annual Karthika fair.",
     "dead 7 exact"},
    {"The attack killed 12 people and injured 30.", "dead 12 exact; injured 30 exact"},
    {"A car bomb killed nine soldiers and wounded 14 civilians.",
     "dead 9 exact; injured 14 exact"},
    {"Gunmen kill 30 villagers in raid", "dead 30 exact"},
    {"The blast hit the market, killing at least 24 people and wounding more than 40.",
     "dead 24 at_least; injured 40 more_than"},
    {"The shipwreck that killed 71 was the worst in a decade.", "dead 71 exact"},
    {"The gunman shot dead four people.", "dead 4 exact"},
    /* trades and ranks as people: a jeweller, an inspector */
    {"The gang had shot dead a jeweller, Naresh Rastogi, 54, and injured his son.",
     "dead 1 exact; injured 1 exact"},
    {"An inspector sustained a gunshot wound to the leg.", "injured 1 exact"},
    {"A cayuco capsized in La Restinga, drowning four people, among them two girls.",
     "dead 4 exact; dead 2 exact girls"},
    {"The flight crashed, killing all 162 people on board.",
     "dead 162 exact; aboard 162 exact"},
    {"The bus was carrying 45 passengers when it overturned.", "aboard 45 exact"},
    {"Rescuers pulled 112 people alive from the rubble.", "survivors 112 exact"},
    {"The coastguard rescued 47 people overnight.", "survivors 47 exact"},
    {"Medics treated 12 people at the scene.", "injured 12 exact"},
    {"The attack claimed the lives of 12 people.", "dead 12 exact"},
    {"The quake injured more than 1,000.", "injured 1000 more_than"},
    {"A boat carrying 50 migrants capsized off the coast.", "aboard 50 exact"},
    {"The minibus was conveying 14 passengers.", "aboard 14 exact"},
    {"The vessel had 180 passengers and crew.", "aboard 180 exact"},
    {"Fishermen plucked 40 people from the sea.", "survivors 40 exact"},
    {"Volunteers carried out more than 300 flood rescues overnight.",
     "survivors 300 more_than"},
    {"Ferry sinks with 200 on board", "aboard 200 exact"},
    {"Gunmen stormed the clinic, shooting dead a security guard.", "dead 1 exact"},
    {"Police gunned down two suspects in the raid.", "dead 2 exact"},
    {"A man stabbed three strangers to death.", "dead 3 exact"},
    {"The president condemned the attack, in which gunmen hacked 12 villagers to death.",
     "dead 12 exact"},
    {"Two fishermen who usually work at night drowned on Sunday.", "dead 2 exact"},
    {"The death toll, which officials warned could rise further, reached 45 on Monday.",
     "dead 45 exact"},
    {"Firefighters led 30 residents to safety.", "survivors 30 exact"},
    {"A mine exploded, killing three deminers.", "dead 3 exact"},
};

/* Tolls, earlier totals and hedges. */
ROWS(toll_rows) = {
    {"The death toll from the earthquake rose to 2,300 on Tuesday.", "dead 2300 exact"},
    {"The number of dead has climbed to 56, officials said.", "dead 56 exact"},
    {"Officials said the toll stood at 18.", "dead 18 exact"},
    {"Quake toll tops 1,000", "dead 1000 exact"},
    {"The number of people killed has risen to 45 from 30.", "dead 45 exact; dead 30 exact"},
    {"The death toll has risen to at least 52.", "dead 52 at_least"},
    {"The number of people injured has risen to 150.", "injured 150 exact"},
    {"The official death toll stands at 41, with 120 injured.",
     "dead 41 exact; injured 120 exact"},
    {"Toll rises to 52\n\nAt least 52 people have been killed.", "dead 52 at_least"},
    {"Officials put the death toll at 25.", "dead 25 exact"},
    {"Police put the number of dead at 12.", "dead 12 exact"},
    {"The death toll had reached 19 by Sunday evening.", "dead 19 exact"},
    {"Officials reported a death toll of 27.", "dead 27 exact"},
    {"The agency raised the toll to 33, up from 21 earlier in the day.",
     "dead 33 exact; dead 21 exact"},
    {"The toll rose by 12 to 45.", "dead 45 exact"},
    {"Eight people died on Monday and three more on Tuesday, bringing the toll to 11.",
     "dead 11 exact"},
    {"Nearly 180 people died. The official figure is 178 dead.",
     "dead 180 approximate; dead 178 exact"},
    {"At least 14 dead\n\nAt least 14 people drowned when the boat sank.", "dead 14 at_least"},
};

/* Breakdowns by kind of person: groups. */
ROWS(group_rows) = {
    {"Nine migrants drowned. The bodies recovered so far were those of six Venezuelans, two "
     "Ecuadoreans and a Colombian.",
     "dead 9 exact; dead 6 exact Venezuelans; dead 2 exact Ecuadoreans; dead 1 exact Colombian"},
    {"Four crew died. The four dead, two Koreans and two Vietnamese, were found in the hull.",
     "dead 4 exact; dead 2 exact Koreans; dead 2 exact Vietnamese"},
    {"The dead included five women and a girl.", "dead 5 exact women; dead 1 exact girl"},
    {"The ministry said the dead included four paramedics who were struck on the road.",
     "dead 4 exact paramedics"},
    {"The dead include three police officers and a firefighter.",
     "dead 3 exact police officers; dead 1 exact firefighter"},
    {"Among the injured were 12 children.", "injured 12 exact children"},
    {"Two Britons were among the dead.", "dead 2 exact Britons"},
    {"At least 14 people drowned, three of them children.",
     "dead 14 at_least; dead 3 exact children"},
    {"Fourteen people died, 11 of whom were residents of the home.",
     "dead 14 exact; dead 11 exact residents"},
    {"Five of the dead were British and two were Dutch.",
     "dead 5 exact British; dead 2 exact Dutch"},
    {"Three of the dead were Venezuelan migrants.", "dead 3 exact Venezuelan migrants"},
    {"Of the dead, 12 were children.", "dead 12 exact children"},
    {"The victims who died were a 30-year-old man and a 19-year-old woman.",
     "dead 1 exact man; dead 1 exact woman"},
    {"Two children were killed. The children killed were a 9-year-old boy and a 7-year-old girl.",
     "dead 2 exact; dead 1 exact boy; dead 1 exact girl"},
    {"The spokesman said the injured, who included four women, were in hospital.",
     "injured 4 exact women"},
    {"The ship sank between Crete and Malta, killing 12 people.", "dead 12 exact"},
    /* the same people told of twice, the second time with more words */
    {"Oxygen failure kills 9, including 6 newborns\n\nThe failure killed nine patients, six of "
     "them newborn babies.", "dead 9 exact; dead 6 exact newborn babies"},
    {"Two women and two men died.", "dead 2 exact women; dead 2 exact men"},
    {"Nine people died. Two Kenyan police officers were among the dead. Two Kenyan children were "
     "also among the dead.", "dead 9 exact; dead 2 exact Kenyan police officers; dead 2 exact "
     "Kenyan children"},
    {"Hotel fire: 11 dead including three Britons\n\nThree British nationals are among the dead.",
     "dead 11 exact; dead 3 exact British nationals"},
    {"Fire kills 11 including three Britons", "dead 11 exact; dead 3 exact Britons"},
    /* "the victims" after deaths are the dead; "treating ... as" is no care */
    {"The flood killed nine people. The victims included four children and a woman.",
     "dead 9 exact; dead 4 exact children; dead 1 exact woman"},
    {"The victims included four children and a woman.", ""},
    /* an -ing word before a noun for people modifies it */
    {"Five people died. The dead include two police constables and a polling agent.",
     "dead 5 exact; dead 2 exact police constables; dead 1 exact polling agent"},
    /* people travelling in a car who were then detained are no count aboard */
    {"Two men travelling in the car were detained.", ""},
    {"The fire killed 31 people. Three of the victims were Nepali nationals.",
     "dead 31 exact; dead 3 exact Nepali nationals"},
    /* a nationality said twice, with another head, is one group */
    {"Three workers were killed. The dead were two Indian nationals and a Nepali. The "
     "consulate will send the bodies of the two Indian victims home.",
     "dead 3 exact; dead 2 exact Indian nationals; dead 1 exact Nepali"},
    {"Three of the victims were Nepali nationals.", ""},
    /* a partitive of a counted category breaks it down */
    {"Fourteen people were injured. Eleven of the 14 injured are juveniles.",
     "injured 14 exact; injured 11 exact juveniles"},
    {"Outside, a man waited for Sunil, one of the two missing men.", "missing 2 exact"},
    /* "the deceased", as "the dead" */
    {"A bus overturned, killing nine people. Two of the deceased were Kenyan nationals.",
     "dead 9 exact; dead 2 exact Kenyan nationals"},
    {"The fire killed 31 people. Three of the victims were in a critical condition.",
     "dead 31 exact"},
    {"“We are treating all three as persons of interest,” the commissioner said.", ""},
    /* no group of a group */
    {"Among the dead were four children, including a baby.", "dead 4 exact children"},
    {"Of those killed, 12 were children and three were soldiers.",
     "dead 12 exact children; dead 3 exact soldiers"},
    {"Fourteen crew members and two passengers were rescued.",
     "survivors 14 exact crew members; survivors 2 exact passengers"},
    {"At least five of the dead were children.", "dead 5 at_least children"},
    {"Five people died, among them two children.", "dead 5 exact; dead 2 exact children"},
    {"Two students and two teachers were killed.",
     "dead 2 exact students; dead 2 exact teachers"},
    {"Two students, two teachers killed in school shooting",
     "dead 2 exact students; dead 2 exact teachers"},
    {"A dozen fans - including three children - were crushed to death.",
     "dead 12 exact; dead 3 exact children"},
    {"The ferry was carrying 780 people \u2013 742 passengers and 38 crew \u2013 when it sank.",
     "aboard 780 exact; aboard 742 exact passengers; aboard 38 exact crew"},
    {"The plane was carrying 150 passengers and six crew.",
     "aboard 150 exact passengers; aboard 6 exact crew"},
    /* a list after the predicate that adds up to the count */
    {"Eight people are confirmed dead \u2013 five foreign climbers and three Nepali guides.",
     "dead 8 exact; dead 5 exact foreign climbers; dead 3 exact Nepali guides"},
    {"Five people were injured: two tourists and three guides.",
     "injured 5 exact; injured 2 exact tourists; injured 3 exact guides"},
    {"Eight people are confirmed dead: five climbers and two guides.", "dead 8 exact"},
    {"The search for the two missing people, a man in his 60s and a teenage girl, resumed.",
     "missing 2 exact; missing 1 exact man; missing 1 exact teenage girl"},
    /* a count all of one kind keeps no group */
    {"Rescuers recovered the bodies of five women.", "dead 5 exact"},
    {"Nineteen miners were killed.", "dead 19 exact"},
    /* the same count said plainly and as a group is the group */
    {"In all 22 children drowned. In total 71 people died, 22 of them children.",
     "dead 71 exact; dead 22 exact children"},
};

/* What is no casualty of one incident: must give nothing. */
ROWS(negative_rows) = {
    {"The strikes raised the death toll since October 2023 to 44,382.", ""},
    {"A couple of people were hurt.", ""},
    {"108 people were killed in collisions on the province's roads in 2024.", ""},
    {"The annual death toll on the roads last year was 300.", ""},
    {"Last year, 575 people died of dengue.", ""},
    /* times, dates, ages, money, measures, ordinals, names */
    {"The quake struck at 04:17 on 9 March 2024.", ""},
    {"The blast struck at about 11 a.m. on June 8.", ""},
    {"Sunita Behera, 34, was travelling with her husband.", ""},
    {"A 14-year-old student was taken into custody.", ""},
    {"The government promised 200,000 pesos to each family.", ""},
    {"Survivors paid smugglers about $2,000 each.", ""},
    {"The coach rolled about 50 metres down the slope.", ""},
    {"He declared three days of national mourning.", ""},
    {"The three men received 16 and 14 years respectively.", ""},
    {"It was the 16th year of the insurgency.", ""},
    {"Flight 370 disappeared over the ocean.", ""},
    /* a year's tally over many incidents */
    {"China recorded 21,242 deaths in workplace accidents in 2023, official figures show.", ""},
    {"According to the agency, 148 people died in mining accidents in the country in 2021.", ""},
    {"Since 2019, when cyclones Idai and Kenneth struck, more than 800 people have been killed "
     "by cyclones in Mozambique.", ""},
    {"Figures show that tanker-related crashes killed 312 people across Nigeria in 2025 alone.", ""},
    /* an event word naming a kind of cause: "fire accidents" */
    {"More than 7,400 people died in fire accidents across the country in 2022.", ""},
    {"More than 1,100 people died in fire accidents in the state in 2021.", ""},
    /* a total between two dates is a statistic */
    {"The group documented at least 87 deaths linked to the protests between 21 October and "
     "15 December.", ""},
    {"A seven-member committee will report within fifteen (15) working days.", ""},
    {"The team won 2-1 in front of 74,000 fans.", ""},
    {"Seventeen buildings had collapsed completely.", ""},
    /* vague amounts and ranges */
    {"Hundreds were injured and dozens killed.", ""},
    {"The crash killed 50-60 people.", ""},
    {"Between 20 and 30 people were injured.", ""},
    {"The waves were four to five metres high.", ""},
    {"Several survivors were treated for hypothermia.", ""},
    /* statistics over a period */
    {"More than 100 people have died from the disease this year.", ""},
    {"Road accidents kill about 1.3 million people a year.", ""},
    {"More than 3,000 migrants have died crossing the sea since 2014.", ""},
    {"More than 330 people have died on Everest since climbing records began.", ""},
    {"Since 2005, fires have killed more than 1,500 workers.", ""},
    {"More than 100 people died in mining accidents across the country last year.", ""},
    {"More than 70 people died trying to cross the Channel last year.", ""},
    {"The IOM recorded 558 deaths on the Eastern Route last year.", ""},
    /* a season is a period */
    {"Spain recorded more than 2,100 heat-related deaths last summer.", ""},
    {"More than 60 people have died in avalanches this winter.", ""},
    {"The insurgency has killed more than 35,000 people.", ""},
    {"Every year, about 500 people die on the country's roads.", ""},
    {"Globally, measles killed an estimated 107,000 people in 2023.", ""},
    {"The war has killed more than 12,000 civilians since February 2022.", ""},
    {"Between 2015 and 2020, 500 people died on the roads.", ""},
    {"More than 90 people have died in the past five years.", ""},
    {"More than 2,500 people died or went missing at sea.", ""},
    /* "last year" in a sentence that names no incident; with one it dates it */
    {"One group estimates that more than 100 fishermen died in Thai waters last year.", ""},
    {"Last year, 575 people died of dengue.", ""},
    {"Last year, flooding killed more than 300 people across the country.", ""},
    {"The inspectorate recorded 96 deaths in prisons in the 2023/24 financial year.", ""},
    {"Last year, 71 people died in the sinking of a ferry.", "dead 71 exact"},
    {"It was the deadliest since April 2011, when tornadoes killed more than 300 people.",
     "dead 300 more_than"},
    {"More than 300 people have died since April 2011.", ""},
    {"Eleven people died in a bus crash last year.", "dead 11 exact"},
    /* partial tallies and subsets by status or severity */
    {"Officials have confirmed 15 deaths - 11 in Bangladesh and four in India.", "dead 15 exact"},
    {"Officials have confirmed 15 deaths: 11 in Bangladesh and four in India.", "dead 15 exact"},
    {"Five bodies were recovered on Sunday and 22 more on Monday.", ""},
    {"Four died in Malatya and 18 in Elazig.", ""},
    {"Three of the injured are still in hospital.", ""},
    {"Eight of those hurt are in critical condition.", ""},
    {"Two of the injured were later discharged.", ""},
    {"Officials said 17 bodies had been identified.", ""},
    {"Twelve people remain hospitalised.", ""},
    {"Four people are still being treated in hospital.", ""},
    {"Two died at the scene and three in hospital.", ""},
    {"Two more bodies were found on Wednesday.", ""},
    {"The attack left 20 people injured, five of them critically.", "injured 20 exact"},
    /* possibility, intention, negation */
    {"He said the gunman could have killed 100 people.", ""},
    {"The doctor said the toll could have exceeded 50 had ambulances not been there.", ""},
    {"She said the number of dead could have reached 50.", ""},
    {"The death toll is expected to rise to 60.", ""},
    {"The court sentenced two men to death.", ""},
    {"Soldiers were ordered to shoot dead 10 protesters.", ""},
    {"The gunman threatened to gun down two guards.", ""},
    {"Twelve engineers were assigned to safety checks after the collapse.", ""},
    {"About 2,000 residents were evacuated to safety as the river rose.", ""},
    {"Police evacuated 300 residents to safety.", ""},
    {"Two passengers suffered no injuries.", ""},
    {"Two witnesses said dead bodies were lying in the street.", ""},
    {"The report tied 12 senior officers to death squads.", ""},
    {"Two men were sentenced to death in 2019.", ""},
    {"Around 100 climbers are killed in an average year.", ""},
    {"Gauteng recorded 112 robberies in the 2024/25 financial year, in which 19 guards were killed.",
     ""},
    {"At least 612 civilians were killed in Somalia in the first half of the year.", ""},
    {"More than 300 migrants died in the first six months of 2024.", ""},
    {"Amnesty said more than 2,600 persons were killed in Plateau between January 2023 and "
     "March 2025.", ""},
    {"About 2,000 people are usually inside the building.", ""},
    {"Hundreds of miners normally work underground at the site.", ""},
    {"The men planned to kill 50 people at the market.", ""},
    {"Two passengers were not injured.", ""},
    {"The ferry, which can carry 500 passengers, sank.", ""},
    {"No one was hurt.", ""},
    {"Police pulled over three cars.", ""},
    {"The lorry was carrying 40 boxes.", ""},
    {"One of the victims was a child.", ""},
    /* other roles and other predicates */
    {"Officers arrested 12 people at the scene.", ""},
    {"Four suspected people traffickers had been arrested.", ""},
    {"Two members of the crew, including the captain, have been taken into custody.", ""},
    {"About 200 firefighters were deployed to rescue trapped residents.", ""},
    {"More than 1,000 rescuers were searching for survivors.", ""},
    {"Officials said 200 people had been evacuated from nearby homes.", ""},
    {"Some 1,500 people attended the funeral.", ""},
    {"About 60 patients are being treated in hospital.", ""},
    {"A mother of three died in the crash.", ""},
    {"He has two children.", ""},
    {"I pulled one little boy out from under the bodies.", ""},
    {"Twenty firefighters from abroad arrived to relieve local crews.", ""},
    {"Two have already appeared in court.", ""},
    {"A man was held by police on suspicion of smuggling.", ""},
};

/* Stories: facts across sentences, one per (category, count, group). */
ROWS(story_rows) = {
    {"Quake kills 45\n\nForty-five people were killed and more than 600 injured, officials "
     "said. The death toll rose to 45 from 30 overnight. Rescuers have pulled 112 people "
     "alive from the rubble. About 20 people are still believed to be trapped.",
     "dead 45 exact; injured 600 more_than; dead 30 exact; survivors 112 exact; "
     "missing 20 approximate"},
    {"Gunman kills five at supermarket\n\nA gunman killed five people on Saturday. It was "
     "the deadliest shooting in the city since 2019, when a gunman killed nine people "
     "outside a bar.",
     "dead 5 exact; dead 9 exact"},
    /* "since last March, when": one incident too; the bare count after
     * the second verb ends at a preposition like "outside" */
    {"A gunman killed four people on Sunday. It was the deadliest shooting in the area "
     "since last March, when a gunman killed three people and wounded eight outside a "
     "nightclub.",
     "dead 4 exact; dead 3 exact; injured 8 exact"},
    {"At least 105 people died in the north and 52 in the south, a spokesman said. "
     "More than 250 people were injured.",
     "injured 250 more_than"},
    /* a sentence that opens on a year tells another incident, even with no
     * event word: its count is no repeat of the story's */
    {"A 17-year-old farmhand died in the grain bin on Friday. In 2021, a 52-year-old man "
     "died in a neighbouring county.", "dead 1 exact; dead 1 exact"},
    {"Lightning killed two players. In May 2023, two herders were killed by lightning.",
     "dead 2 exact; dead 2 exact"},
    /* some of a toll found alive correct it; they are no survivors of it */
    {"Authorities initially said five people died; one of the victims was later found to be "
     "alive.", "dead 5 exact"},
    {"The toll was revised to nine after four passengers listed as fatalities were found alive "
     "in a hospital. Two of the victims were found alive under the rubble.",
     "dead 9 exact; survivors 2 exact"},
    /* a season's or a conflict's tally across a country is no incident's */
    {"A firefighter died on Sunday. Six wildland firefighters died across Canada during the "
     "2023 season, the worst on record.", "dead 1 exact"},
    {"Eleven soldiers were killed in the clash. More than 1,700 people have been killed in "
     "Sinaloa since the infighting began.", "dead 11 exact"},
    {"The ministry says 14 people have been killed and 63 wounded since the fighting broke out "
     "on Thursday morning.", "dead 14 exact; injured 63 exact"},
    {"A tourist drowned when the raft overturned. It is the first such death since 2017, when "
     "a German visitor drowned.", "dead 1 exact; dead 1 exact"},
    /* dated without a comma, by a season, mid-sentence, or years after;
     * "another" there is one more of that incident, not of the story's */
    {"A dock worker died on Monday. The company said he was 34. Unions called for a "
     "review.\n\nIn 2016 a lashing worker died after being struck by a straddle carrier.",
     "dead 1 exact; dead 1 exact"},
    {"A hiker was killed by a bear on Sunday. Rangers closed the trail. The bear was "
     "shot.\n\nLast summer a 19-year-old woman was killed by a bear near a hut.",
     "dead 1 exact; dead 1 exact"},
    {"A balloon crashed on Monday, killing 16 people. Only two people survived. Flights were "
     "halted.\n\nA South African tourist was killed and 12 other people were injured in 2018 "
     "when strong winds pushed a balloon off course.",
     "dead 16 exact; survivors 2 exact; dead 1 exact; injured 12 exact"},
    {"One guard was injured when he was hit with a rifle butt. The van was found later. "
     "Police are searching.\n\nIn 2019, one guard was killed and another was wounded when "
     "robbers ambushed a van.", "injured 1 exact; dead 1 exact; injured 1 exact"},
    {"A fisherman was killed by a crocodile. Police said he was 52. The river is closed.\n\n"
     "It comes three years after a 41-year-old man was killed while wading across the river.",
     "dead 1 exact; dead 1 exact"},
    /* but a date in the lede of a trial is the story's own incident's */
    {"Chalet owner guilty after four died\n\nThe owner of a chalet was convicted over the "
     "deaths of four members of a family, who were poisoned by carbon monoxide in February "
     "2022.", "dead 4 exact"},
    /* the injured among those rescued are a count of their own; the
     * wounded who died, or the injured still in hospital, are parts */
    {"A boat sank on Monday. Twenty people were rescued. Six of the survivors were treated "
     "for injuries at a health post.", "survivors 20 exact; injured 6 exact"},
    {"Thirty people were rescued. Seventeen of those rescued were taken to hospital with "
     "injuries.", "survivors 30 exact; injured 17 exact"},
    {"Ten people were injured. Three of the injured are still in hospital. Two of the wounded "
     "died.", "injured 10 exact"},
    /* a decade's toll and a war's are statistics; a comparison with recent
     * decades is not, nor one day's violence */
    {"A quake killed 63 people. Over the past decade, earthquakes have killed more than 7,000 "
     "people in the country.", "dead 63 exact"},
    {"A border clash killed four soldiers. The two countries fought two wars, the most recent in "
     "2020, which killed more than 6,500 people.", "dead 4 exact"},
    {"A fire killed nine. The deadliest fire in recent decades, at a nightclub in 2015, killed "
     "64 people.", "dead 9 exact; dead 64 exact"},
    {"Post-election violence killed 12 people on Monday.", "dead 12 exact"},
    /* "since" a day of this month: the event's days when the sentence names
     * an event, a season's tally when it names only a cause */
    {"At least 31 people have been killed and 47 injured by flash floods since 8 August, "
     "officials said.", "dead 31 at_least; injured 47 exact"},
    {"The health department says 37 people have died of heatstroke in the state since 1 March.",
     ""},
    /* "the figure" after a count is its new total; falling ill is being
     * sickened; outbreaks over a year are a statistic */
    {"On Sunday officials counted 127 people hospitalized; by Monday evening the figure had "
     "reached 241.", "injured 127 exact; injured 241 exact"},
    {"A boy died. Officials counted 127 people hospitalized. By Monday the figure had risen to "
     "241.", "dead 1 exact; injured 127 exact; injured 241 exact"},
    {"In May 2024, more than 500 people fell ill after eating sandwiches from a bakery.",
     "injured 500 more_than"},
    {"A boy died. Vietnam recorded 135 food poisoning outbreaks that affected nearly 5,000 "
     "people and killed 21 in 2024.", "dead 1 exact"},
    /* there when it happened: asleep, on the night shift, present; not where
     * the displaced sleep now */
    {"A fire broke out. Thirty-eight boys were sleeping in the dormitory; two died.",
     "aboard 38 exact; dead 2 exact"},
    {"Around 160 workers were on the night shift when the roof fell.", "aboard 160 approximate"},
    {"Around 45 workers were present. Three were hurt.", "aboard 45 approximate; injured 3 exact"},
    {"About 300 families are sleeping in schools.", ""},
    /* a group the sentence opens with: those involved, when someone was hurt */
    {"Two climbers died. A group of 13 climbers was ascending the couloir when the anchor "
     "pulled out.", "dead 2 exact; aboard 13 exact"},
    {"The party of 11 set out at 2am. One guide was killed.", "aboard 11 exact; dead 1 exact"},
    {"A group of 20 protesters marched to the ministry on Monday.", ""},
    /* kinds of injury after "suffered", "sustained"; not pay cuts */
    {"Three miners suffered fractures. Two people suffered broken bones.",
     "injured 3 exact; injured 2 exact"},
    {"Four guards sustained a serious injury.", "injured 4 exact"},
    {"Five hundred workers suffered pay cuts.", ""},
    /* left with injuries; not left with nothing */
    {"An attack last month left a shop worker with burns to 30 per cent of his body.",
     "injured 1 exact"},
    {"The fire left three families with nothing.", ""},
    /* "a crew of four" counts four */
    {"About 230 passengers and a crew of four were on board, Metra says.",
     "aboard 230 approximate passengers; aboard 4 exact crew"},
    /* the sentence after a toll revises it; not a sentence further on */
    {"The surgeon had put the number of dead at 49. It was revised down to 32 late that night.",
     "dead 49 exact; dead 32 exact"},
    {"The surgeon had put the number of dead at 49. Rain fell. It was raised to 32 tonnes.",
     "dead 49 exact"},
    {"At midday the ministry put the number of dead at 19. By evening it stood at 27, including "
     "five women and three children, an official said.",
     "dead 19 exact; dead 27 exact; dead 5 exact women; dead 3 exact children"},
    {"The death toll was 12 on Monday. It rose to 15 on Tuesday.", "dead 12 exact; dead 15 exact"},
    /* "from the 11 it announced": the figure told before */
    {"Two more workers died, bringing the toll to 13 from the 11 it announced on Monday.",
     "dead 13 exact; dead 11 exact"},
    /* missing before, found since: what became of them */
    {"Five missing fishermen were rescued on Monday.", "survivors 5 exact"},
    {"Three missing miners were found dead.", "dead 3 exact"},
    {"Four missing hikers are still being searched for.", "missing 4 exact"},
    {"Five tourists who had been listed as missing were found alive on an island.",
     "survivors 5 exact"},
    {"Three fishermen who went missing on Friday were found dead.", "dead 3 exact"},
    {"At least 30 persons were in and around the building when it came down.",
     "aboard 30 at_least"},
    /* a year's count of incidents, then its toll; not two buildings on a day */
    {"At least 68 buildings collapsed in Nigeria in 2025, killing more than 120 persons.", ""},
    {"In 2023, two buildings collapsed in Lagos, killing 12 people.", "dead 12 exact"},
    /* a count with a category of its own after a breakdown is no child of it */
    {"He said six citizens had been killed, including two border guards, and 21 injured.",
     "dead 6 exact; injured 21 exact; dead 2 exact border guards"},
    /* a figure revised down in the next sentence; a tally since a first */
    {"Police had initially said three people were unaccounted for. By Thursday evening that "
     "number had fallen to one, a man in his 70s.", "missing 3 exact; missing 1 exact"},
    {"More than 240 people have died on Aoraki since the first recorded ascent in 1894.", ""},
    /* "since" inside an aside about something else; "was up from" after a toll */
    {"Four other people were injured in the attack, which police say is linked to a feud that "
     "has gone on since the start of the year.", "injured 4 exact"},
    {"The death toll reported on Wednesday morning was up from 27 on Monday.", "dead 27 exact"},
    {"In April, a raid led to the rescue of 23 children and the arrest of four men.",
     "survivors 23 exact"},
    /* a category split by status; not a count of the category itself */
    {"Of the 43 injured, 27 have been treated and discharged, while 16 remain on admission.", ""},
    {"Nine of the injured were treated at the scene, while five were taken to hospital.", ""},
    {"Of the 23 injured, two are firefighters who were hurt when a ceiling fell.",
     "injured 2 exact"},
    /* the figure told before the "figure", not a count after it */
    {"The police had confirmed five deaths. By evening the figure had risen to seven, and one "
     "person was still missing.", "dead 5 exact; missing 1 exact; dead 7 exact"},
    /* a name and a lowercase modifier before people */
    {"Eight Michoacán state police officers were killed and five others wounded.",
     "dead 8 exact; injured 5 exact"},
    /* a subset whose state changed is counted by the new toll */
    {"One of the wounded officers died in hospital, bringing the death toll to nine.",
     "dead 9 exact"},
    {"Three of the injured women died later.", ""},
    {"Two of the injured were children.", "injured 2 exact children"},
    /* a rescue verb, an aside, then where from */
    {"A helicopter crew plucked four people, including two children, from a boat launch.",
     "survivors 4 exact; survivors 2 exact children"},
    /* the earlier figure's own category word */
    {"He said 61 people had been killed and 1,523 injured, up from 38 dead announced overnight.",
     "dead 61 exact; injured 1523 exact; dead 38 exact"},
    /* some of those on board, not all of them */
    {"Only two people on board survived.", "survivors 2 exact"},
    {"All 298 people on board were killed.", "dead 298 exact; aboard 298 exact"},
    /* a breakdown told as what the dead were found to be */
    {"The dead were later confirmed to be three men and a woman.",
     "dead 3 exact men; dead 1 exact woman"},
    {"The dead were identified as a 15-year-old girl, two men, ages 19 and 22, and a "
     "41-year-old woman.", "dead 1 exact girl; dead 2 exact men; dead 1 exact woman"},
    /* one person told of alone beside a figure said first and corrected */
    {"A woman has died after a tree fell on her car. Police had initially said two people had "
     "died, but a man found in the river had died of unrelated causes.",
     "dead 1 exact; dead 2 exact"},
    {"Two people have died in the storm. A man in his 60s died after a tree fell.",
     "dead 2 exact"},
    /* the sentence after a count breaks it down */
    {"Twenty-five people were rescued by the coast guard. They included eight Nigerians, six "
     "Gambians, five Senegalese and a Malian.",
     "survivors 25 exact; survivors 8 exact Nigerians; survivors 6 exact Gambians; "
     "survivors 5 exact Senegalese; survivors 1 exact Malian"},
    {"Five people were killed. It rained. They included two children.", "dead 5 exact"},
    /* getting out unaided is surviving */
    {"Crews rescued four people, and about 50 other residents got out on their own.",
     "survivors 4 exact; survivors 50 approximate"},
    {"They got out of the car.", ""},
    /* a singular phrase in apposition is the same person, however long */
    {"A driver, a 45-year-old man, was killed.", "dead 1 exact"},
    {"A resident, a retired teacher, was killed.", "dead 1 exact"},
    {"One resident, a woman in her 70s who lived on the third floor, was unaccounted for "
     "overnight.", "missing 1 exact"},
    {"Three people, a man, a woman and a child, were killed.",
     "dead 3 exact; dead 1 exact man; dead 1 exact woman; dead 1 exact child"},
    /* the rest of a count, by what became of them; not a category of its own */
    {"Five firefighters were injured. One of them fell. The other four were treated for heat "
     "exhaustion and released.", "injured 5 exact"},
    {"A jeep fell, killing four of the seven people on board. The other three were injured.",
     "aboard 7 exact; dead 4 exact; injured 3 exact"},
    /* a season's tally; not the storm itself */
    {"At least 64 people have died in rain-related incidents since the monsoon began.", ""},
    {"Twelve people have died since the cyclone struck on Friday.", "dead 12 exact"},
    /* where one person is from, between them and the verb */
    {"A firefighter from the Menderes municipal brigade has been missing for two hours.",
     "missing 1 exact"},
    {"A fisherman from the village is missing.", "missing 1 exact"},
    /* many incidents since a day; a year's figures; overdoses over years */
    {"A flood killed eight people. Rain and flood-related incidents have killed 37 people in the "
     "region since June 1.", "dead 8 exact"},
    {"Three people died after eating death caps. According to GIS data, 11 people died and 386 "
     "were poisoned in 2023.", "dead 3 exact"},
    {"Police seized the cash. More than 16,000 people have died of toxic drug overdoses in B.C. "
     "since a public health emergency was declared in 2016.", ""},
    {"A bridge fell on Monday. In 2022, floods in the region killed 13 people.",
     "dead 13 exact"},
    /* treatment received for an injury */
    {"Fourteen (14) citizens have received treatment for frostbite at hospitals.",
     "injured 14 exact"},
    /* a hedge on people missing is a count, a what-if is not; "among the survivors" */
    {"A block collapsed. About six people might still be trapped.", "missing 6 approximate"},
    {"Up to 50 people could be killed if the dam fails.", ""},
    {"A boat sank. Two tourists were among the survivors.", "survivors 2 exact tourists"},
    /* a dash typed as two hyphens */
    {"The ship was carrying 212 people -- 148 passengers and 64 crew -- when the wave struck.",
     "aboard 212 exact; aboard 148 exact passengers; aboard 64 exact crew"},
    /* trades: "three diggers died" */
    {"Three diggers died when the pit caved in. A welder was injured.",
     "dead 3 exact; injured 1 exact"},
    /* a recalled incident counts; a cumulative total does not */
    {"Strikes killed at least 23 people overnight. Last month, a strike on the same city "
     "killed 14 people. The war has killed more than 10,000 civilians.",
     "dead 23 at_least; dead 14 exact"},
    /* an increment of a total the story gave is no total of its own */
    {"Twelve people died in the fire. A further three people died in hospital overnight.",
     "dead 12 exact"},
    /* the increment in the sentence that revises the toll, and patients
     * being treated who died */
    {"The death toll rose to 14 from nine on Saturday after five workers being treated for "
     "burns died in hospital.", "dead 14 exact; dead 9 exact"},
    {"Five workers being treated for burns died on Saturday.", "dead 5 exact"},
    {"Plant fire toll rises to 14\n\nThe death toll rose to 14 from nine on Saturday after five "
     "workers died in hospital.", "dead 14 exact; dead 9 exact"},
    {"Five people were killed and another 30 were injured.", "dead 5 exact; injured 30 exact"},
    /* after the clause's verb, ", and" opens a clause of its own */
    {"Nine people have been confirmed dead, including four children, and at least 23 people "
     "have been treated for injuries.",
     "dead 9 exact; injured 23 at_least; dead 4 exact children"},
    {"The crash killed 12 people. Another 30 were injured.", "dead 12 exact; injured 30 exact"},
    /* one person told of alone is part of the total the story gives */
    {"Two people have died after the storm brought more than a month's rain in a day. "
     "A man in his 70s died when his car was swept away. Another man, believed to be in "
     "his 50s, is missing.",
     "dead 2 exact; missing 1 exact"},
    /* the hedged figure wins over the headline's bare one */
    {"Death toll rises to 52\n\nThe death toll has risen to at least 52, officials said.",
     "dead 52 at_least"},
    /* one person in a relative clause that names the death or the loss;
     * not one whose clause tells what they were doing */
    {"A man who died after being struck by a loading shovel has been named.", "dead 1 exact"},
    {"Rain fell for days. A labourer who has been missing since Tuesday was not found.",
     "missing 1 exact"},
    {"A drone hit the field. A technician who was on the night shift said the blast woke him.", ""},
    {"A bus crashed. An Egyptian national who survived told police the driver was tired.", ""},
    /* deaths of a kind in a year are a statistic; one incident in a year is not */
    {"Fentanyl was involved in 1,377 overdose deaths in Arizona in 2024, according to the "
     "state health department.", ""},
    {"In 2024, a fire in Arizona killed 12 people.", "dead 12 exact"},
    {"Forty-nine people were killed in drug-related shootings in Marseille in 2023, a record.", ""},
    /* "Of the 15 people aboard, six were South Koreans, ...": nationalities break it down */
    {"A boat capsized. Of the 15 people aboard, six were South Koreans, seven were Vietnamese "
     "and two were Indonesians, the coast guard said.",
     "aboard 15 exact; aboard 6 exact South Koreans; aboard 7 exact Vietnamese; "
     "aboard 2 exact Indonesians"},
    /* "Of the 11 dead, seven are women and two are children" */
    {"A stampede killed 11 people. \"Of the 11 dead, seven are women and two are children.\"",
     "dead 11 exact; dead 7 exact women; dead 2 exact children"},
    /* "including" without commas */
    {"Fourteen people including three schoolchildren were killed and 31 others injured.",
     "dead 14 exact; injured 31 exact; dead 3 exact schoolchildren"},
    /* "the number of the dead at nine": an earlier toll */
    {"The toll rose to 27.\n\nInitial reports had put the number of the dead at nine.",
     "dead 27 exact; dead 9 exact"},
    /* "with N passengers" and their own predicate */
    {"The death toll has risen to 27, with 14 passengers still unaccounted for, officials said.",
     "dead 27 exact; missing 14 exact"},
    /* "have N people with burns": injured */
    {"A tanker exploded. \"We also have 47 persons with severe burns,\" the director said.",
     "injured 47 exact"},
    /* a demonym in -ese is its own plural */
    {"A boat sank. The dead included three Sudanese and two Eritreans.",
     "dead 3 exact Sudanese; dead 2 exact Eritreans"},
    /* "The five missing are ..." breaks the count down */
    {"A boat capsized. The five missing are three South Koreans and two Indonesians.",
     "missing 3 exact South Koreans; missing 2 exact Indonesians; missing 5 exact"},
    /* a count broken down by kind in an arrest is no casualty */
    {"Police raided a syndicate, arresting 26 persons (17 men and nine women).", ""},
    {"A further three people, two men and a woman, were taken into custody in Auckland.", ""},
    {"The four crew members, two Colombian nationals and a Venezuelan national, were charged.",
     ""},
    {"Five people, three men and two women, were in the car.",
     "aboard 5 exact; aboard 3 exact men; aboard 2 exact women"},
    /* armies' words for killing and dying */
    {"During the encounter, troops neutralised 31 terrorists.", "dead 31 exact"},
    {"Five bandits were neutralised and two soldiers wounded, the army said.",
     "dead 5 exact; injured 2 exact"},
    {"Two explosive devices were neutralised by the bomb squad.", ""},
    {"Regrettably, five gallant soldiers paid the supreme price in the encounter.", "dead 5 exact"},
    /* an outbreak's running total */
    {"Cumulatively from week 1 to week 9, 131 deaths have been reported.", ""},
    /* trapping people: they are missing */
    {"A methane blast tore through the mine, killing six miners and trapping 14 others.",
     "dead 6 exact; missing 14 exact"},
    /* "a third" after a count: one more person */
    {"The collapse, in which two people died and a third was seriously injured, closed the beach.",
     "dead 2 exact; injured 1 exact"},
    /* a relative clause that tells who was aboard, then the main clause's harm */
    {"Three people - two men and a woman, all aged in their 20s - who were travelling in one "
     "of the cars were pronounced dead at the scene.",
     "dead 3 exact; dead 2 exact men; dead 1 exact woman"},
    /* a boat's size or kind between the article and the boat */
    {"About 90 people had crammed onto the 15-metre vessel when it left Tobruk.",
     "aboard 90 approximate"},
    {"The boat sank. As many as 35 people could still be missing, officials said.",
     "missing 35 up_to"},
    {"Up to 120 people were flown out on chartered aircraft.", ""},
    /* a list set off by dashes after "The survivors" */
    {"A boat sank. The survivors -- 27 Egyptians and nine Bangladeshis -- were taken to Crete.",
     "survivors 27 exact Egyptians; survivors 9 exact Bangladeshis"},
    /* the list after "Among the 11 injured were" breaks the count down */
    {"The blast injured 11 people. Among the 11 injured were four firefighters.",
     "injured 11 exact; injured 4 exact firefighters"},
};

#define ROW_TEST(fn, rows) \
    START_TEST(fn) { run_rows(rows, _i); } END_TEST

ROW_TEST(test_subject, subject_rows)
ROW_TEST(test_own, own_rows)
ROW_TEST(test_object, object_rows)
ROW_TEST(test_toll, toll_rows)
ROW_TEST(test_group, group_rows)
ROW_TEST(test_negative, negative_rows)
ROW_TEST(test_story, story_rows)

/* "The toll rose from 14": an earlier total is a fact of its own. */
START_TEST(test_toll_from)
{
    nf_facts *f = test_extract("The death toll rose overnight from 14 after two more died.");
    ck_assert_uint_eq(f->n_casualties, 1);
    ck_assert_int_eq(f->casualties[0].category, NF_DEAD);
    ck_assert_int_eq(f->casualties[0].count, 14);
    nf_facts_free(f);
    f = test_extract("The death toll climbed from 30 to 45 on Tuesday.");
    ck_assert_uint_eq(f->n_casualties, 2);
    ck_assert_int_eq(f->casualties[0].count + f->casualties[1].count, 75);
    nf_facts_free(f);
}
END_TEST

/* Bodies found so far are a partial tally when the story gives a larger toll. */
START_TEST(test_partial_recoveries)
{
    nf_facts *f = test_extract("At least 45 people were killed when the tanker exploded.\n\n"
                               "Rescuers said 34 bodies had been recovered by Friday.\n\n"
                               "Two men were found dead in a nearby house.");
    ck_assert_uint_eq(f->n_casualties, 1);
    ck_assert_int_eq(f->casualties[0].count, 45);
    nf_facts_free(f);
    f = test_extract("The bus fell into a gorge, killing 20. Police said 900 people had died on "
                     "Kenyan roads over the holidays last year.");
    ck_assert_uint_eq(f->n_casualties, 1);
    ck_assert_int_eq(f->casualties[0].count, 20);
    nf_facts_free(f);
    f = test_extract("Thirty-one bodies had been recovered by Sunday after the ferry sank.");
    ck_assert_uint_eq(f->n_casualties, 1);
    ck_assert_int_eq(f->casualties[0].count, 31);
    nf_facts_free(f);
    /* a dated total is another incident's, not this one's toll */
    f = test_extract("Soldiers found the bodies of 11 migrants.\n\n"
                     "It recalled June 2016, when the bodies of 34 migrants were found.");
    ck_assert_uint_eq(f->n_casualties, 2);
    ck_assert_int_eq(f->casualties[0].count + f->casualties[1].count, 45);
    nf_facts_free(f);
    f = test_extract("Soldiers found the bodies of 11 migrants.\n\n"
                     "The worst such case came in June 2016, when the bodies of 34 migrants were "
                     "found.");
    ck_assert_uint_eq(f->n_casualties, 2);
    ck_assert_int_eq(f->casualties[0].count + f->casualties[1].count, 45);
    nf_facts_free(f);
}
END_TEST

/* A count in the sentence that recalls an earlier incident belongs to it. */
START_TEST(test_recalled_event_link)
{
    nf_facts *f = test_extract("A stampede at a stadium in Ghana killed 12 fans on Saturday.\n\n"
                               "Nineteen fans died in a crush there in 2009.");
    ck_assert_uint_eq(f->n_events, 2);
    ck_assert_uint_eq(f->n_casualties, 2);
    ck_assert_int_eq(f->casualties[0].count, 12);
    ck_assert_int_eq(f->casualties[0].event, f->events[0].id);
    ck_assert(f->events[0].main);
    ck_assert_int_eq(f->casualties[1].count, 19);
    ck_assert_int_eq(f->casualties[1].event, f->events[1].id);
    ck_assert(!f->events[1].main);
    nf_facts_free(f);
}
END_TEST

/* The same count in a recalled incident is a fact of its own, even when a
 * group of the main incident has that count too. */
START_TEST(test_recalled_same_count)
{
    nf_facts *f = test_extract("Four people have died after a gas blast on Monday. A fifth person, "
                               "a Polish national, was killed too.\n\n"
                               "In 1968 a gas explosion at Ronan Point caused a partial collapse "
                               "that killed four people and one firefighter.");
    ck_assert_uint_eq(f->n_events, 2);
    size_t main_four = 0, old_four = 0;
    for (size_t i = 0; i < f->n_casualties; i++) {
        const nf_casualty *c = &f->casualties[i];
        if (c->category == NF_DEAD && c->count == 4 && !c->group)
            c->event == f->events[0].id ? main_four++ : old_four++;
    }
    ck_assert_uint_eq(main_four, 1);
    ck_assert_uint_eq(old_four, 1);
    nf_facts_free(f);
}
END_TEST

/* The event field carries the main event the events stage found. */
START_TEST(test_event_link)
{
    const char *text = "A ferry capsized off the coast on Saturday, killing 31 people.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_casualties, 1);
    int want = 0;
    for (size_t i = 0; i < f->n_events; i++)
        if (f->events[i].main)
            want = f->events[i].id;
    ck_assert_int_eq(f->casualties[0].event, want);
    ck_assert_str_eq(test_slice(text, f->casualties[0].text), "killing 31 people");
    nf_facts_free(f);
}
END_TEST

/* The text of a fact is its evidence: qualifier through the word that
 * names the category. */
START_TEST(test_evidence_text)
{
    static const struct { const char *text, *evidence; } rows[] = {
        {"At least 14 people drowned.", "At least 14 people drowned"},
        {"The boat sank with the loss of 31 lives.", "loss of 31 lives"},
        {"The death toll rose to 45.", "toll rose to 45"},
        {"The dead included five women.", "five women"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        nf_facts *f = test_extract(rows[i].text);
        ck_assert_uint_eq(f->n_casualties, 1);
        ck_assert_str_eq(test_slice(rows[i].text, f->casualties[0].text), rows[i].evidence);
        nf_facts_free(f);
    }
}
END_TEST

static char *repeat(const char *unit, size_t total)
{
    size_t n = strlen(unit);
    char *buf = malloc(total + 1);
    ck_assert_ptr_nonnull(buf);
    for (size_t i = 0; i < total; i++)
        buf[i] = unit[i % n];
    buf[total] = '\0';
    return buf;
}

/* Pathological input finishes quickly and yields sane facts: one megabyte
 * of counts with no punctuation, quote marks, capitalised runs, numbers. */
START_TEST(test_pathological)
{
    static const char *const units[] = {
        "12 people died and 30 were injured and ",
        "\"",
        "Twelve Dead People Injured Missing Toll Rose To Forty ",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 of the dead were ",
        "the dead included a girl and a boy and ",
        "- - \u2013 ( ) , , ",
    };
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
        char *text = repeat(units[u], 1 << 20);
        nf_facts *f = test_extract(text);
        check_spans(text, f);
        ck_assert_uint_le(f->n_casualties, 1000);
        nf_facts_free(f);
        free(text);
    }
}
END_TEST

Suite *casualty_suite(void)
{
    Suite *s = suite_create("casualty");
    TCase *tc = tcase_create("rules");
    tcase_add_loop_test(tc, test_subject, 0, N(subject_rows));
    tcase_add_loop_test(tc, test_own, 0, N(own_rows));
    tcase_add_loop_test(tc, test_object, 0, N(object_rows));
    tcase_add_loop_test(tc, test_toll, 0, N(toll_rows));
    tcase_add_loop_test(tc, test_group, 0, N(group_rows));
    tcase_add_loop_test(tc, test_negative, 0, N(negative_rows));
    tcase_add_loop_test(tc, test_story, 0, N(story_rows));
    tcase_add_test(tc, test_event_link);
    tcase_add_test(tc, test_recalled_event_link);
    tcase_add_test(tc, test_recalled_same_count);
    tcase_add_test(tc, test_partial_recoveries);
    tcase_add_test(tc, test_toll_from);
    tcase_add_test(tc, test_evidence_text);
    suite_add_tcase(s, tc);
    TCase *tp = tcase_create("pathological");
    tcase_set_timeout(tp, 60);
    tcase_add_test(tp, test_pathological);
    suite_add_tcase(s, tp);
    return s;
}
