/* check_quote.c — quotation spans, scare quotes and speakers (ex_quote.c).
 * Every sentence here is written for the test; none comes from the corpus. */
#include "tests.h"
#include "extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- spans: the text inside the marks, in order, joined by " | " ----------- */

static const struct { const char *text, *spans; } span_rows[] = {
    {"She said: “We will stay.” Then she left.", "We will stay."},
    {"He called it \"a farce\" and walked out.", "a farce"},
    {"‘We are ready,’ the coach said.", "We are ready,"},
    {"«Nous restons», a-t-il dit.", "Nous restons"},
    {"„Wir bleiben“, sagte sie.", "Wir bleiben"},   /* German: „ opens, “ closes */
    /* apostrophes inside words and plural possessives are not marks */
    {"‘I don’t think the miners’ union will agree,’ she said.",
     "I don’t think the miners’ union will agree,"},
    {"The drivers’ strike ended. Nobody’s happy.", ""},
    /* a closing ’ after a word-final s */
    {"‘SAVE OUR SHIPYARDS’\n\nWorkers marched.", "SAVE OUR SHIPYARDS"},
    /* a nested quotation stays inside the outer one */
    {"“He shouted ‘run’ and we ran,” she said.", "He shouted ‘run’ and we ran,"},
    {"‘He wrote “sorry” on the wall,’ she said.", "He wrote “sorry” on the wall,"},
    /* an unclosed paragraph continues into the next quoted paragraph */
    {"“First part.\n\n“Second part,” he said.", "First part. | Second part,"},
    {"‘First part.\n\n‘Second part,’ he said.", "First part. | Second part,"},
    /* a stray mark ends with its paragraph and never swallows the next */
    {"He said “we are\n\nNext paragraph here. “Fine,” she said.", "we are | Fine,"},
    /* an apostrophe that looks like an opener is not a quotation */
    {"In the '90s the town grew. \"We were proud,\" he said.", "We were proud,"},
    {"Rock 'n' roll night. \"Yes,\" he said.", "n | Yes,"},
    {"Stray ” mark and “real one”.", "real one"},
    {"No quotes at all here.", ""},
    {"“”", ""},
};

static char *join_spans(const char *text)
{
    nf_doc doc;
    test_doc(&doc, text);
    ex_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.doc = &doc;
    ctx.gaz = test_gaz();
    ck_assert_int_eq(ex_quote_spans(&ctx), 0);
    static char out[1024];
    out[0] = '\0';
    for (size_t i = 0; i < ctx.n_quotes; i++) {
        if (i > 0) {
            ck_assert_uint_gt(ctx.quotes[i].open_tok, ctx.quotes[i - 1].close_tok - 1);
            strncat(out, " | ", sizeof out - strlen(out) - 1);
        }
        strncat(out, test_slice(text, ctx.quotes[i].text), sizeof out - strlen(out) - 1);
    }
    free(ctx.quotes);
    doc_free(&doc);
    return out;
}

START_TEST(test_spans)
{
    const char *got = join_spans(span_rows[_i].text);
    ck_assert_msg(strcmp(got, span_rows[_i].spans) == 0, "%s\n  got:  %s\n  want: %s",
                  span_rows[_i].text, got, span_rows[_i].spans);
}
END_TEST

/* ---- speakers and scare quotes ------------------------------------------------- */

/* `quote` is the text of one quote the snippet must give (NULL: the snippet
 * gives no quote at all); `speaker` its speaker (NULL: nobody). */
static const struct { const char *text, *quote, *speaker; } rows[] = {
    /* attribution after the quote */
    {"“We will rebuild,” said Jana Novak, a local shopkeeper.", "We will rebuild,", "Jana Novak"},
    /* a rank by its initials holds it as a title does */
    {"West Champaran DM Prashant Alok Verma spoke. \"The current is very strong,\" the DM said.",
     "The current is very strong,", "Prashant Alok Verma"},
    {"“We will rebuild,” Jana Novak said.", "We will rebuild,", "Jana Novak"},
    /* a body by its initials, without "the" */
    {"\"We are alarmed by the abductions,\" UNICEF said.", "We are alarmed by the abductions,",
     "UNICEF"},
    /* "NAME, an appositive, who said": the relative's antecedent speaks */
    {"The inquest heard from Dr Simon Fairweather, a geologist at the University of Portsmouth, "
     "who said the cliffs were \"among the most active on the coast\".",
     "among the most active on the coast", "Simon Fairweather"},
    /* "but said": the first verb's subject speaks the quote that follows */
    {"Council leader Priya Natarajan told the chamber she would not resign but said the decision "
     "was taken in good faith.\n\n\"When we invested, energy prices were at record highs.\"",
     "When we invested, energy prices were at record highs.", "Priya Natarajan"},
    /* a spelled-out title for someone titled by its initials */
    {"CP Oluwaseun Adetokunbo-Bakare ordered a search of the forests.\n\nThe Commissioner of "
     "Police said: \"The Command will not allow criminals to win.\"",
     "The Command will not allow criminals to win.", "Oluwaseun Adetokunbo-Bakare"},
    /* "said" a description, then the name with its honorific */
    {"\"Mama Gloria fed half this street,\" said the pastor, the Rev. Alvin Carter.",
     "Mama Gloria fed half this street,", "Alvin Carter"},
    /* a Korean given name's second syllable is in lower case */
    {"\"The defendants removed temporary supports,\" Presiding Judge Kim Min-seok said.",
     "The defendants removed temporary supports,", "Kim Min-seok"},
    /* a Korean family name comes first, and Park is a place word too */
    {"Korean Ambassador Park Ji-hoon met survivors.\n\n“The community is grieving "
     "tonight,” Ambassador Park says.", "The community is grieving tonight,", "Park Ji-hoon"},
    {"Korean Ambassador Kim Ji-hoon met survivors.\n\n“We are grateful,” Kim said.",
     "We are grateful,", "Kim Ji-hoon"},
    /* Walker is a surname, not a rambler */
    {"Inspector Hemi Walker is the area commander.\n\nInspector Walker says: “This is a "
     "devastating outcome for families.”", "This is a devastating outcome for families.",
     "Hemi Walker"},
    /* a body's name in brackets before its verb; a minister who welcomed a deal */
    {"The National Taxi Council (Santaco) condemned the shooting, saying \"no route is worth a "
     "single life\".", "no route is worth a single life", "National Taxi Council"},
    {"Economy Minister Carmen Olabarria welcomed the deal as proof that \"banking union is "
     "finally a reality\".", "banking union is finally a reality", "Carmen Olabarria"},
    /* a body whose name has a title word inside: "Directorate General of Shipping" */
    {"India's Directorate General of Shipping said it had \"taken up the matter\" with Dubai.",
     "taken up the matter", "India's Directorate General of Shipping"},
    /* a lawyer's honorific is no part of the name */
    {"“They are scapegoats,” said Advocate Rajesh Pillay, for the accused.", "They are scapegoats,",
     "Rajesh Pillay"},
    /* a body named again by the plain noun its name ends in */
    {"Police detained three staff of Golden Harbour Fantasy Park.\n\n“We are deeply sorry,” "
     "the park said.", "We are deeply sorry,", "Golden Harbour Fantasy Park"},
    {"Two workers died at the Northern Star Refinery. The refinery said it was “deeply "
     "sorry”.", "deeply sorry", "Northern Star Refinery"},
    {"Health Minister Oskar Lind toured the ward.\n\n“The hospitals are coping,” the minister said.",
     "The hospitals are coping,", "Oskar Lind"},
    {"Health Minister Oskar Lind toured the ward.\n\n“We are coping,” Mr Lind told reporters.",
     "We are coping,", "Oskar Lind"},
    {"Health Minister Oskar Lind toured the ward.\n\n“We are coping,” he said.",
     "We are coping,", "Oskar Lind"},
    {"The bridge was \"unsafe for years,\" according to Pavel Duda, the city engineer.",
     "unsafe for years,", "Pavel Duda"},
    {"“Stay indoors,” police said.", "Stay indoors,", "police"},
    /* a place after the subject; a second quote after a long attribution */
    {"The Prime Minister's Office in New Delhi said teams were “ready to help”.", "ready to help",
     "Prime Minister's Office"},
    /* what a crowd chants is words said, by nobody named; a work's title
     * after its noun is nobody's words */
    {"Relatives blocked the road, chanting \u201cWe want justice\u201d and demanding punishment.",
     "We want justice", NULL},
    {"The firm had not followed the HSE guidance \u201cManaging public safety at inland water "
     "sites\u201d, published in 2021.", NULL, NULL},
    /* a group named after its noun, then called by that noun */
    {"The charity Utopia 56, which supports migrants, said volunteers were alerted. \"They "
     "called us,\" a spokesperson for the group said.", "They called us,", "Utopia 56"},
    /* a priest's style is no part of his name */
    {"\"Francis fished these waters for 35 years,\" said Fr Seán Ó Gallchóir, the parish priest.",
     "Francis fished these waters for 35 years,", "Seán Ó Gallchóir"},
    /* a bracket between the speaker and the verb: party and state, an age */
    {"Rep. Dwight Tollefson (R-Minn.) said the model had “taken politics out of the tower.”",
     "taken politics out of the tower.", "Dwight Tollefson"},
    {"Sipho Mahlangu (54) said he was “shocked”.", "shocked", "Sipho Mahlangu"},
    /* a hyphened modifier of a title inside an apposition; an age apart */
    {"The rapporteur, German centre-right MEP Markus Vollrath, said firms were “in legal limbo”.",
     "in legal limbo", "Markus Vollrath"},
    {"One survivor, 34-year-old Kofi Mensah, said the canoe was “overloaded”.", "overloaded",
     "Kofi Mensah"},
    {"Bolt, the Estonian ride-hailing company, said it had “permanently banned” the accounts.",
     "permanently banned", "Bolt"},
    /* a city the gazetteer does not list is no speaker either */
    {"The UN office in Geneva said it was “deeply alarmed”.", "deeply alarmed", "UN office"},
    {"Officials in Geneva said talks were “at an impasse”.", "at an impasse", NULL},
    /* "in Charge" is part of the title after the verb */
    {"“It is not a victimless crime,” said Special Agent in Charge Marcus D. Whitfield of the "
     "FBI's Newark Field Office.", "It is not a victimless crime,", "Marcus D. Whitfield"},
    /* a country after the city places it too; not in an appositive */
    {"The AfCFTA secretariat in Accra, Ghana, described the deal as “a model for what "
     "cooperation can look like”.", "a model for what cooperation can look like",
     "AfCFTA secretariat"},
    {"Maria Santos, a teacher in Cebu, Philippines, said the storm was “like nothing before”.",
     "like nothing before", "Maria Santos"},
    {"“We will not be silent,” Matavele said in a video posted on Facebook. “The people have "
     "spoken.”", "The people have spoken.", "Matavele"},
    {"“We are concerned,” Helena Voss, a spokeswoman for the office, told a briefing. “They "
     "must be freed.”", "They must be freed.", "Helena Voss"},
    /* "she" is not the object of the verb before */
    {"Finance Minister Jörg Kessler resigned.\n\nEconomy Minister Sabine Roth accused Kessler of "
     "lying. She called the timing “irresponsible”.", "irresponsible", "Sabine Roth"},
    /* a US politician's party and state are no speaker */
    {"U.S. Sen. Carla Nunley, R-Texas, who grew up nearby, called the shooting “an act of "
     "pure evil” on Sunday.", "an act of pure evil", "Carla Nunley"},
    /* a person "of" a body speaks, not the body */
    {"Lieutenant Colonel Ana Beltrán of the Guardia Civil, who led the inquiry, described the "
     "work as “exemplary”.", "exemplary", "Ana Beltrán"},
    {"Ana Beltrán of the Guardia Civil said the work was “exemplary”.", "exemplary",
     "Ana Beltrán"},
    {"“It was targeted,” Jennifer Malcolm of the Hamilton police major crime unit told "
     "reporters.", "It was targeted,", "Jennifer Malcolm"},
    {"Superintendent Gareth Vaughan-Thomas of North Wales Police said: “It has been a difficult "
     "day.”", "It has been a difficult day.", "Gareth Vaughan-Thomas"},
    {"The Confederation of British Industry said it was “disappointed”.", "disappointed",
     "Confederation of British Industry"},
    {"“She was cold,” said Senior Sergeant Craig Munro of Canterbury Police, who leads the "
     "search.", "She was cold,", "Craig Munro"},
    {"“It is a crisis,” said the Royal College of Nursing.", "It is a crisis,",
     "Royal College of Nursing"},
    /* an organisation and its acronym */
    {"The Israel Defense Forces (IDF) said it had carried out “precise strikes” on depots.",
     "precise strikes", "Israel Defense Forces"},
    {"The Enforcement Directorate (ED) arrested him. In a statement, the ED said he had "
     "“actively concealed the proceeds”.", "actively concealed the proceeds",
     "Enforcement Directorate"},
    /* a knight by his given name */
    {"Prime Minister Sir Martin Hale visited.\n\n“It is a tragedy,” Sir Martin said.",
     "It is a tragedy,", "Martin Hale"},
    /* a person introduced with "has" + verb is there for a later pronoun */
    {"Marta Oliveira has worked at the clinic for twenty years.\n\n“Nothing surprises me now,” she says.",
     "Nothing surprises me now,", "Marta Oliveira"},
    /* a headline echoing a quote attributed by the flow of the story */
    {"‘We count every head twice’: a lifeguard's summer\n\nTom Reyes has patrolled the beach since 2010. He pauses.\n\n“We count every head twice. Always.\n\n“Then we count again,” he says.",
     "We count every head twice", "Tom Reyes"},
    /* a possessor names the body a later "the embassy" refers to */
    {"Spain's embassy in Lima said it was helping.\n\n“We are in touch with the families,” the embassy said.",
     "We are in touch with the families,", "Spain's embassy in Lima"},
    /* a hyphenated particle: the surname is met with and without it */
    {"Water Minister Raed al-Masri toured the dam.\n\n“It will hold,” al-Masri said.",
     "It will hold,", "Raed al-Masri"},
    {"Water Minister Raed al-Masri toured the dam.\n\n“It will hold,” Masri said.",
     "It will hold,", "Raed al-Masri"},
    /* "the judge" is the Justice named before; "the general" has the rank */
    {"In Uganda, Justice Ruth Nakato jailed the pair.\n\n“This was cruelty,” the judge said.",
     "This was cruelty,", "Ruth Nakato"},
    {"Brigadier General Omar Saleh, head of the rescue effort, arrived.\n\n“We need cranes,” the general said.",
     "We need cranes,", "Omar Saleh"},
    /* a colon after a sentence about someone introduces their words */
    {"Commander Eva Lutz visited the pier.\n\nLutz gave a grim verdict: “Nobody could have survived that night.”",
     "Nobody could have survived that night.", "Eva Lutz"},
    {"His friend Karim Haddad, a baker from Tunis who came in 2015, is more direct: “They lied to us all.”",
     "They lied to us all.", "Karim Haddad"},
    {"The numbers were stark: “Ninety boats in a single week.”", "Ninety boats in a single week.", NULL},
    /* a speech word after a possessive is a noun: the verb comes earlier */
    {"Green party leader Ines Varga described the mayor's comments as “pure theatre”.",
     "pure theatre", "Ines Varga"},
    {"\"We are proud,\" Haddad, who runs a bakery, said.", "We are proud,", "Haddad"},
    /* attribution before the quote */
    {"Health Minister Oskar Lind said: “The hospitals are coping.”", "The hospitals are coping.",
     "Oskar Lind"},
    {"Tomasz Wrona told the BBC: “We saw the wave coming.”", "We saw the wave coming.",
     "Tomasz Wrona"},
    {"Chancellor Mia Roth wrote on X: “Our thoughts are with the families.”",
     "Our thoughts are with the families.", "Mia Roth"},
    {"Minister Anna Berg: “The port will reopen on Monday.”", "The port will reopen on Monday.",
     "Anna Berg"},
    {"Fire chief Dan Moyo said crews were “stretched to the limit”.", "stretched to the limit",
     "Dan Moyo"},
    {"The opposition leader, Rosa Vidal, said the plan was “a disgrace”.", "a disgrace",
     "Rosa Vidal"},
    {"Rosa Vidal, the opposition leader, said the plan was “a disgrace”.", "a disgrace",
     "Rosa Vidal"},
    {"Ivo Petrov, a farmer who lost his herd, said the river rose “like a wall”.", "like a wall",
     "Ivo Petrov"},
    {"Pavel Duda, the lawyer representing Kovac, said his client was “a scapegoat”.", "a scapegoat",
     "Pavel Duda"},
    {"According to Ms Sara Holm, the scheme is “the best we have”.", "the best we have", "Sara Holm"},
    /* a short quote is speech when its sentence attributes it */
    {"The tour operator Nordic Coach Holidays said it was “heartbroken”.", "heartbroken",
     "Nordic Coach Holidays"},
    /* organisations */
    {"The Kremlin said the talks were “constructive”.", "constructive", "Kremlin"},
    /* the name in the appositive of a title subject, not another holder of the title */
    {"Government spokesman Jean Ouedraogo spoke.\n\nThe UN's spokesman, Stephane Dujarric, "
     "condemned the attack and called on “all parties to protect civilians”.",
     "all parties to protect civilians", "Stephane Dujarric"},
    {"Minister Wang Lei arrived.\n\n“Every minute counts,” Lei was quoted by CCTV as saying.",
     "Every minute counts,", "Wang Lei"},
    /* a currency's name as a surname (the dong): still a name */
    {"Rescue chief Wang Dong arrived.\n\n“Every minute counts,” Dong was quoted by CCTV as "
     "saying.", "Every minute counts,", "Wang Dong"},
    /* a name inside a relative clause is not the subject; a naming clause is */
    {"Foreign Minister Aiko Shimada, who met her Vietnamese counterpart, Tran Minh Quang, said "
     "the loan was “a symbol of trust.”", "a symbol of trust.", "Aiko Shimada"},
    {"A resident, who gave his name as Juan Perez, said “everybody ran there.”",
     "everybody ran there.", "Juan Perez"},
    /* the clause's subject past its appositive, with its possessor */
    {"Tajikistan's border service, part of the State Committee for National Security, said that "
     "Kyrgyz forces had “deliberately shelled” a school.", "deliberately shelled",
     "Tajikistan's border service"},
    /* a plural possessive inside a body's name; a body by its initials; a
     * title then the name after "said" */
    {"“Cargo is leaving,” the Antwerp Port Employers' Federation said in a statement.",
     "Cargo is leaving,", "Antwerp Port Employers' Federation"},
    {"“The employers have made record profits,” the BTB said.",
     "The employers have made record profits,", "BTB"},
    {"Preston MP Julie Ashworth spoke. “We are in shock,” the MP said.", "We are in shock,",
     "Julie Ashworth"},
    {"“Attacks on health workers cost lives,” said the UN Resident and Humanitarian Coordinator, "
     "Mariana Lopes.", "Attacks on health workers cost lives,", "Mariana Lopes"},
    /* an office nobody named holds speaks by its title; an official or a
     * spokesperson does not */
    {"“We cannot keep subsidizing gasoline,” the president said.",
     "We cannot keep subsidizing gasoline,", "president"},
    {"Toronto's mayor said on social media she was “heartbroken and grateful”.",
     "heartbroken and grateful", "Toronto's mayor"},
    {"“They brought weapons in through the kitchen,” the official said.",
     "They brought weapons in through the kitchen,", NULL},
    /* a second verb of the same subject */
    {"The Israel Defense Forces (IDF) said it had carried out strikes, and accused the group of "
     "hiding launchers “in the heart of civilian neighbourhoods”.",
     "in the heart of civilian neighbourhoods", "Israel Defense Forces"},
    /* ... but not across "but": the witness's words are no minister's */
    {"Interior Minister Kithure Kindiki said on Monday the road would reopen, but a witness said "
     "the scene was “pure chaos and nobody helped us”.", "pure chaos and nobody helped us", NULL},
    /* a verb with no speaker of its own is reported by the outer one */
    {"The State Border Service said that troops had shelled a school and that its units had "
     "responded “proportionately”.", "proportionately", "State Border Service"},
    /* a clause reported without "that", unbroken, holds the inner verb; not across "and" */
    {"Governor Rosa Quispe said the road had been promised funding \"by every government for "
     "twenty years.\"", "by every government for twenty years.", "Rosa Quispe"},
    {"Police Chief John Smith said the crash happened at dawn and a witness promised “to "
     "testify”.", "to testify", NULL},
    /* a verb of judging gives its subject's words, two or more of them */
    {"Education Minister Jeanne Ateba condemned the attack as “cowardly and barbaric” and ordered "
     "a review.", "cowardly and barbaric", "Jeanne Ateba"},
    {"Police commissioner Gemechu Tola spoke.\n\nHe accused them of “spreading false alarms” "
     "that set off the surge.", "spreading false alarms", "Gemechu Tola"},
    /* "the spokesperson" nobody named holds speaks for the body just named */
    {"A Railway Board spokesperson said the railways would pay. “The crossing is manned,” the "
     "spokesperson said.", "The crossing is manned,", "Railway Board"},
    {"Police spokesman John Doe spoke. “It is over,” the spokesman said.", "It is over,",
     "John Doe"},
    /* an appositive with an age names the subject; his quoted paragraphs follow */
    {"One survivor, 34-year-old Kofi Mensah, said the canoe had been overloaded.\n\n“Nobody had "
     "a life jacket.", "Nobody had a life jacket.", "Kofi Mensah"},
    /* letters after the name and a particle inside it */
    {"Sinn Féin’s housing spokesman, Ciarán Mac Lochlainn TD, said the resignation “answers "
     "nothing”.", "answers nothing", "Ciarán Mac Lochlainn"},
    /* a title placed in a country between the verb and the name */
    {"“We are racing against time,” said UNICEF Representative in Mozambique Dr Sofia Andrade.",
     "We are racing against time,", "Sofia Andrade"},
    {"The Ministry of Emergency Management sent a team.\n\nIn a statement, the ministry ordered "
     "local governments to “draw lessons written in blood” and to check gas use.",
     "draw lessons written in blood", "Ministry of Emergency Management"},
    /* "the office of the prime minister" speaks as a body */
    {"The office of the prime minister expressed its “deep sorrow” and declared a day of mourning.",
     "deep sorrow", "office of the prime minister"},
    /* "the company": the firm named before, "and" inside its name */
    {"The blast tore through the Delta Nile Spinning and Weaving Co. plant.\n\nThe company said "
     "it was “cooperating fully with the authorities”.", "cooperating fully with the authorities",
     "Delta Nile Spinning and Weaving Co"},
    {"Talks between Ford and General Motors Co. stalled.\n\nThe company said it was “cooperating "
     "fully”.", "cooperating fully", "General Motors Co"},
    /* an agency named for its country */
    {"Global Affairs Canada said it was “aware of the death of a Canadian citizen”.",
     "aware of the death of a Canadian citizen", "Global Affairs Canada"},
    {"“We are aware of the death,” Transport Canada said.", "We are aware of the death,",
     "Transport Canada"},
    /* "the group" is the group named before it */
    {"The Sudan Doctors Network condemned the strike. The group called it “a massacre of "
     "civilians”.", "a massacre of civilians", "Sudan Doctors Network"},
    {"The Sudan Liberation Movement denied it. “These are fabrications,” the group said.",
     "These are fabrications,", "Sudan Liberation Movement"},
    /* not an army's forces or a council, three sentences back, nor "a group of" */
    {"The Israel Defense Forces said it struck Hamas targets. Hamas denied this. “These are "
     "lies,” the group said.", "These are lies,", "group"},
    {"The Human Rights Watch report came out. Outside, a group of about 50 protesters gathered. "
     "“We want peace,” the group said.", "We want peace,", "group"},
    /* a long office, then its holder's honorific and name */
    {"Kakamega County Executive Committee Member for Health Dr Bernard Wafula said: “The beans "
     "are to blame.”", "The beans are to blame.", "Bernard Wafula"},
    {"“We told them to leave the fuel,” said Malam Yakubu Danladi, a trader.",
     "We told them to leave the fuel,", "Yakubu Danladi"},
    {"Witnesses blamed the Rapid Support Forces (RSF) and the Sudan People's Liberation "
     "Movement. The RSF denied it. In a statement, the group called it “baseless "
     "fabrications”.", "baseless fabrications", "Rapid Support Forces"},
    /* someone unnamed, where they work */
    {"“We are operating by torchlight,” a doctor at Dilling's main hospital told Al Jazeera.",
     "We are operating by torchlight,", NULL},
    {"A survivor interviewed by protection partners in Saint-Marc said: “They came at night.”",
     "They came at night.", NULL},
    /* an appositive with a premodifier and an age, then a quote of its own */
    {"The jet skier, British backpacker Tom Haddon, 26, said he had gone in.\n\n“I didn't "
     "think about it.”", "I didn't think about it.", "Tom Haddon"},
    {"Treasurer Daniel Whitmore said the deal would be judged “on its merits”.", "on its merits",
     "Daniel Whitmore"},
    /* an occupation before the name */
    {"“It is melting,” said glaciologist Lukas Brunner of the University of Innsbruck.",
     "It is melting,", "Lukas Brunner"},
    /* a role between an organisation and the name is not part of the name */
    {"“Smuggled gold drains our reserves,” Federal Board of Revenue spokesperson Asad Tahir "
     "said.", "Smuggled gold drains our reserves,", "Asad Tahir"},
    /* whom one tells is no speaker */
    {"“We ran into the maize farm,” a survivor, who asked not to be named, told PREMIUM TIMES."
     "\n\n“When I came back, my husband was among the dead.”",
     "When I came back, my husband was among the dead.", NULL},
    /* "he" after an unnamed person of any kind is that person, not the last man named */
    {"“Our thoughts are with the families,” ministry spokesperson Colin Baird said.\n\n"
     "A worker at the site, who asked not to be named, told CBC News he was on the ground floor."
     "\n\n“We heard a crack, like a gunshot,” he said.", "We heard a crack, like a gunshot,", NULL},
    /* a given name, or a family name written first, used alone */
    {"Superintendent Faizal Ibrahim led the raid. “No syndicate is beyond our reach,” Mr Faizal "
     "said.", "No syndicate is beyond our reach,", "Faizal Ibrahim"},
    {"Matlab police chief Rafiq Islam spoke.\n\nAt the riverbank, Rahima Begum, 35, waited for "
     "news.\n\n“The water took him,” she said.", "The water took him,", "Rahima Begum"},
    {"The Ministry of Health said in a statement: “We are monitoring the outbreak.”",
     "We are monitoring the outbreak.", "Ministry of Health"},
    {"A Home Office spokeswoman said: “We are reviewing the case.”", "We are reviewing the case.",
     "Home Office"},
    {"A spokesperson for the Department of Transport said: “Safety is our priority.”",
     "Safety is our priority.", "Department of Transport"},
    {"The UN refugee agency said it was “deeply concerned” by the reports.", "deeply concerned",
     "UN refugee agency"},
    {"The Danish embassy in Rome said it was in touch with families.\n\n"
     "“We are providing consular help,” the embassy said.",
     "We are providing consular help,", "Danish embassy in Rome"},
    {"The Pentagon said in a statement that the drill was over. It called the report "
     "“entirely false”.", "entirely false", "Pentagon"},
    {"Harbour Ferries Ltd, which runs the route, said it was “cooperating fully”.",
     "cooperating fully", "Harbour Ferries Ltd"},
    {"President Ana Cruz on Sunday called for \"more air defence\" after the strikes.",
     "more air defence", "Ana Cruz"},
    {"In a statement, the Royal Society of Surgeons said staff were “exhausted”.", "exhausted",
     "Royal Society of Surgeons"},
    /* a title alone: the holder, or the person just named */
    {"Health Secretary Wes Carter spoke.\n\nBritain’s health secretary said the country would "
     "“not hesitate” to act.", "not hesitate", "Wes Carter"},
    {"Lena Vos met the rescuers on Sunday.\n\nThe Prime Minister said the response was “heroic”.",
     "heroic", "Lena Vos"},
    {"Interior Minister Karl Weiss and Mayor Ida Brandt visited.\n\n“We will rebuild,” the mayor said.",
     "We will rebuild,", "Ida Brandt"},
    /* pronouns find the person last spoken of, and learn their gender */
    {"Rosa Vidal, 52, lost her home in the fire. “I have nothing left,” she said.",
     "I have nothing left,", "Rosa Vidal"},
    {"The couple’s son, Tom Reyes, 30, flew home. “It is unreal,” he said.", "It is unreal,",
     "Tom Reyes"},
    {"Student Ella Marsh, 19, said: “We hid under the desks.”", "We hid under the desks.",
     "Ella Marsh"},
    /* continuation: a quoted paragraph with no attribution */
    {"Mayor Ida Brandt spoke on Monday.\n\n“First we clear the roads.\n\n“Then we rebuild,” she said.",
     "First we clear the roads.", "Ida Brandt"},
    {"“I have nothing left,” said Rosa Vidal, 52. “Nothing at all.”", "Nothing at all.",
     "Rosa Vidal"},
    {"“We are ready,” Mayor Ida Brandt said.\n\n“The shelters are open.”", "The shelters are open.",
     "Ida Brandt"},
    /* a headline repeating a later quote takes its speaker */
    {"‘WE HEARD THE ROOF GO’\n\nResidents fled overnight.\n\n"
     "Survivor Lena Marsh, 33, said: “We heard the roof go and ran into the street.”",
     "WE HEARD THE ROOF GO", "Lena Marsh"},
    /* a second verb of the sentence's subject: "X ordered ... and said" */
    {"Gov. Ann Ruiz ordered flags lowered and said in a statement that “the state is grieving.”",
     "the state is grieving.", "Ann Ruiz"},
    {"Premier Tom Olsen, in a message, urged calm and said: “We stand together.”",
     "We stand together.", "Tom Olsen"},
    /* a body's source or spokeswoman speaks for it */
    {"The rules changed in May.\n\nA Transport Ministry source said: “The trains will run.”",
     "The trains will run.", "Transport Ministry"},
    {"Downing Street said it was aware. A No 10 spokesman said: “The talks go on.”",
     "The talks go on.", "Downing Street"},
    {"Coastal Rivers Trust said it had sent crews. A spokeswoman said: “The banks are holding.”",
     "The banks are holding.", "Coastal Rivers Trust"},
    /* a seat after a title is no speaker; letters after a name are no part of it */
    {"Ann Lowe, the MP for Kirkby Fields, said: “The families deserve answers.”",
     "The families deserve answers.", "Ann Lowe"},
    {"Ravi Shah, 30, was jailed.\n\nSentencing him, Judge Mark Ellery KC said: “You knew the risks.”",
     "You knew the risks.", "Mark Ellery"},
    /* a headline attributed to a group takes the speaker of the body quote it repeats */
    {"‘The roof just went’, say residents\n\nHomes were evacuated.\n\n"
     "“The roof just went and we ran,” said Omar Haddad, 61.", "The roof just went", "Omar Haddad"},
    /* "the company" said: the firm the story named */
    {"Regulators grounded the fleet of the owner, Harbour Ferry Lines.\n\n"
     "The company said it was “deeply sorry” for the delays.", "deeply sorry", "Harbour Ferry Lines"},
    /* words nobody is named as saying */
    {"The camp reopened despite warnings from auditors that it was “unsafe and dirty”.",
     "unsafe and dirty", NULL},
    {"Protesters chanted “No more deaths” outside the embassy.", "No more deaths", NULL},
    {"Witnesses said the gunman shouted “Nobody move” before he fired.", "Nobody move", NULL},
    {"“It is a tragedy,” a police spokesman said.", "It is a tragedy,", NULL},
    /* a pronoun after a sentence opened by an unnamed person is that person */
    {"The US embassy in Washington said aid would come.\n\nA woman who escaped told AP the "
     "gunmen burned homes. “They shot everyone,” she said.", "They shot everyone,", NULL},
    /* a headline's words that the body quotes are someone's */
    {"Barracks to reopen despite 'unsafe' warnings\n\nInspectors said conditions were "
     "\"unsafe and unsanitary\".", "unsafe", NULL},
    /* scare quotes, names and titles of works: no quote at all */
    {"Activists condemned the so-called “pushback” policy.", NULL, NULL},
    {"The home side, nicknamed “The Lions”, won.", NULL, NULL},
    {"They met in a chat group they called “Sunrise Circle”.", NULL, NULL},
    {"The ministers signed the “Lisbon Accord on Fisheries Protection” last year.", NULL, NULL},
    {"The film “Silent Waters” won an award.", NULL, NULL},
    {"The report, “Sudan: Famine Review Committee Findings”, confirmed famine.", NULL, NULL},
    {"Rights groups accused the navy of illegal “pushbacks” at sea.", NULL, NULL},
    {"Local officials blamed “bad luck” for the delay.", NULL, NULL},
    {"Opposition leader Ken Moss accused the government of “dithering.”", NULL, NULL},
    {"The vessel, known as “the Ghost”, sank in 1998.", NULL, NULL},
    {"The gang, known locally as “Los Tlacuaches,” had carried out 14 kidnappings, he said.",
     NULL, NULL},
    {"The rescuers’ boats reached the survivors’ raft at dawn.", NULL, NULL},
    /* a headline's few words after a preposition that nobody is quoted saying */
    {"EU ministers clash over 'return hubs'\n\nThe ministers met in Luxembourg on Thursday.",
     NULL, NULL},
};

static const nf_quote *find_quote(const nf_facts *f, const char *text, const char *src)
{
    for (size_t i = 0; i < f->n_quotes; i++) {
        const char *got = test_slice(src, f->quotes[i].text);
        if (strcmp(got, text) == 0)
            return &f->quotes[i];
    }
    return NULL;
}

static void dump(const nf_facts *f, const char *src)
{
    for (size_t i = 0; i < f->n_quotes; i++)
        fprintf(stderr, "  quote %zu: [%s] by %s\n", i, test_slice(src, f->quotes[i].text),
                f->quotes[i].speaker ? f->quotes[i].speaker : "(none)");
}

START_TEST(test_speakers)
{
    const char *text = rows[_i].text;
    nf_facts *f = test_extract(text);
    if (!rows[_i].quote) {
        if (f->n_quotes)
            dump(f, text);
        ck_assert_msg(f->n_quotes == 0, "%s: expected no quote", text);
        nf_facts_free(f);
        return;
    }
    const nf_quote *q = find_quote(f, rows[_i].quote, text);
    if (!q)
        dump(f, text);
    ck_assert_msg(q != NULL, "%s: no quote [%s]", text, rows[_i].quote);
    if (rows[_i].speaker) {
        ck_assert_msg(q->speaker && strcmp(q->speaker, rows[_i].speaker) == 0,
                      "%s: speaker %s, want %s", text, q->speaker ? q->speaker : "(none)",
                      rows[_i].speaker);
    } else {
        ck_assert_msg(q->speaker == NULL, "%s: speaker %s, want none", text, q->speaker);
    }
    /* offsets hold exactly the text */
    ck_assert_uint_le(q->text.end, strlen(text));
    nf_facts_free(f);
}
END_TEST

/* ---- pathological input stays linear ---------------------------------------------- */

static char *repeat(const char *unit, size_t times)
{
    size_t n = strlen(unit);
    char *s = malloc(n * times + 1);
    ck_assert_ptr_nonnull(s);
    for (size_t i = 0; i < times; i++)
        memcpy(s + i * n, unit, n);
    s[n * times] = '\0';
    return s;
}

static const char *const patho_units[] = {
    "\"",            /* 100,000 straight marks, no text */
    "“a ",           /* openers that never close, one paragraph */
    "'a ",           /* apostrophes that look like openers */
    "a’ ",           /* closers with nothing open */
    "“a ‘b ” ’c ",   /* crossing families */
    "“x,” he said. ", /* balanced quotes, all attributed to a pronoun */
};

START_TEST(test_pathological)
{
    char *text = repeat(patho_units[_i], 100000);
    nf_facts *f = test_extract(text);
    ck_assert_ptr_nonnull(f);
    for (size_t i = 0; i < f->n_quotes; i++)
        ck_assert_uint_le(f->quotes[i].text.end, strlen(text));
    nf_facts_free(f);
    free(text);
}
END_TEST

START_TEST(test_one_unclosed_mark)
{
    /* one stray opener must not make the rest of the story a quotation */
    const char *text = "He said “we are\n\nThe minister said the roads were “passable”.\n\n"
                       "Officials said 40 homes were damaged.";
    nf_facts *f = test_extract(text);
    ck_assert_ptr_nonnull(find_quote(f, "we are", text));
    ck_assert_ptr_nonnull(find_quote(f, "passable", text));
    for (size_t i = 0; i < f->n_quotes; i++)
        ck_assert_msg(strstr(test_slice(text, f->quotes[i].text), "Officials") == NULL,
                      "a stray mark swallowed the next paragraph");
    nf_facts_free(f);
}
END_TEST

Suite *quote_suite(void)
{
    Suite *s = suite_create("quote");
    TCase *tc = tcase_create("spans");
    tcase_add_loop_test(tc, test_spans, 0, (int)(sizeof span_rows / sizeof span_rows[0]));
    tcase_add_test(tc, test_one_unclosed_mark);
    suite_add_tcase(s, tc);
    tc = tcase_create("speakers");
    tcase_add_loop_test(tc, test_speakers, 0, (int)(sizeof rows / sizeof rows[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("pathological");
    tcase_set_timeout(tc, 20);
    tcase_add_loop_test(tc, test_pathological, 0,
                        (int)(sizeof patho_units / sizeof patho_units[0]));
    suite_add_tcase(s, tc);
    return s;
}
