/* lexicon.c — the word lists behind lexicon.h, one class per row. Words are
 * folded (lowercase, no accents); multiword phrases are matched by the
 * extractors themselves, not here. */
#include "lexicon.h"

const lex_class lex_classes[] = {
    {LX_STOP, "the a an in on at of for to by with from and but or as after before when "
              "while if since during this that these those there here it its we i you they "
              "he she his her our their my your all some many most no not also then now "
              "more less last next new first other another each every both either neither "
              "what who whom whose which where why how so yet than about over under into "
              "onto upon between among against through across around near off out up down "
              "outside inside behind beside beyond along amid within toward towards throughout "
              "only just even still already meanwhile however although though because until "
              "unless once speaking asked according despite instead overall later earlier "
              "today yesterday tonight tomorrow key background update updates live breaking "
              "photo video watch read more latest follow"},
    {LX_HONORIFIC, "mr mrs ms miss dr sir dame lord lady prof professor rev reverend cr cllr "
                   "hon honourable honorable mx alhaji alhaja hajiya mallam malam engr atty "
                   "advocate adv datuk dato hajji mawlawi maulvi sheikh shaikh cde comrade counsellor "
                   /* Nigerian professional styles: "Arc. Obinna Ezeani", "Barr." */
                   "barr arc pharm surv "
                   /* Indian styles: "Smt. K. Padmavathi", "Shri Anil Kumar" */
                   "smt shri shrimati "
                   /* a priest: "Fr Seán Ó Gallchóir" */
                   "fr"},
    {LX_MONTH, "january february march april may june july august september october november "
               "december jan feb mar apr jun jul aug sep sept oct nov dec"},
    {LX_WEEKDAY, "monday tuesday wednesday thursday friday saturday sunday"},
    {LX_PRON_M, "he him his himself"},
    {LX_PRON_F, "she her hers herself"},
    {LX_PRON_PL, "they them their themselves"},
    {LX_SPEECH, "said says say saying told tells tell added adds stated states explained "
                "explains insisted insists warned warns vowed vows declared declares announced "
                "announces wrote writes posted posts tweeted tweets confirmed confirms noted "
                "notes stressed stresses replied replies recalled recalls continued continues "
                "acknowledged acknowledges admitted admits claimed claims argued argues urged "
                "urges asked asks described describes pledged promised promises cautioned "
                "suggested suggests testified commented comments responded responds conceded "
                "observed remarked shouted cried screamed yelled whispered according "
                "insisting adding telling saying warning explaining chanted pleaded reiterated "
                "emphasised emphasized lamented chanting shouting"},
    {LX_NUMWORD, "zero one two three four five six seven eight nine ten eleven twelve "
                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty "
                 "forty fifty sixty seventy eighty ninety hundred thousand million billion "
                 "trillion dozen"},
    {LX_TITLE, "minister president premier chancellor secretary governor mayor sheriff "
               "spokesman spokeswoman spokesperson commissioner director chief head prosecutor "
               "judge superintendent inspector commander colonel general captain lieutenant "
               "sergeant commodore admiral brigadier marshal officer coordinator representative "
               "ambassador envoy senator congressman congresswoman mp mep lawmaker legislator "
               "chairman chairwoman chairperson ceo king queen emperor leader administrator "
               "attorney magistrate constable councillor councilor coroner official president "
               "taoiseach tanaiste justice "
               "supt superintendant rapporteur commandant deputy gov sen rep chair adviser advisor "
               "executive collector const prefect undersecretary ombudsman auditor "
               "comptroller treasurer consul corporal assemblyman assemblywoman assemblymember "
               "principal td councilman councilwoman councilmember alderman alderwoman speaker mec whip "
               "observer controller meteorologist forecaster mla mlc msp mpp mna mpa "
               "procurator comhairle akim regent counsel examiner cllr coun ald"},
    {LX_TITLE_MOD, "interior foreign home defence defense finance health justice transport "
                   "transportation migration energy labour labor education agriculture "
                   "environment economy economic trade sports sport culture tourism state prime "
                   "vice deputy assistant acting chief senior general attorney district regional "
                   "provincial federal national public relations police coast guard coastguard "
                   "fire army navy military civil protection safety railway railways rail mines "
                   "mining emergency emergencies disaster security intelligence immigration "
                   "humanitarian resident country mission executive press communications "
                   "information affairs development international refugee refugees human rights "
                   "high county city municipal local town junior shadow cabinet principal "
                   "special relief secretary general commissioner director minister operations "
                   "water works housing interior fisheries maritime aviation infrastructure "
                   "construction lands roads internal petroleum forestry power urban rural natural "
                   "telecommunications "
                   "commerce industry industries labour employment welfare social family women "
                   "youth children science technology digital communications planning tourism "
                   "investment investments innovation management resources response reconstruction cooperation protection "
                   "services service operations civil defence defense order crisis sector "
                   "opposition majority minority central pro tem tempore fiscal depute ceann "
                   "competition arts sanitation governance enterprise enterprises settlements "
                   "correctional heritage consumer patrol border medical food marine government"},
    {LX_PERSON_N, "people persons person migrants migrant passengers passenger refugees refugee "
                  /* people of a country the gazetteer leaves out as ambiguous */
                  "koreans "
                  /* two people: "an elderly couple died" */
                  "couple "
                  "workers worker miners miner children child women woman men man girls girl "
                  "boys boy students student teachers teacher fans fan pilgrims pilgrim crew "
                  "civilians civilian soldiers soldier officers officer firefighters firefighter "
                  "residents resident villagers villager tourists tourist victims victim adults agent agents "
                  "adult infants infant babies baby toddlers toddler teenagers teenager "
                  "seafarers sailors sailor fishermen fisherman travellers traveller travelers "
                  "pedestrians pedestrian worshippers worshipper protesters protester "
                  "individuals members member nationals national citizens citizen occupants "
                  "guests guest patients patient staff employees employee labourers "
                  "labourers laborers construction shoppers spectators supporters players "
                  "player athletes climbers hikers swimmers divers asylum seekers kids "
                  "troops policemen policeman police officers militants fighters others "
                  "americans nationals journalists journalist doctors nurses inmates "
                  "prisoners detainees customers commuters drivers driver paramedics paramedic medics "
                  "medic rescuers rescuer peacekeepers peacekeeper farmers guards guard newborns newborn "
                  "inmate prisoner detainee apprentices apprentice motorists motorist cyclists "
                  "cyclist bystanders bystander pupils pupil schoolchildren hostages hostage "
                  "attackers attacker assailants gunmen officials official visitors visitor "
                  "truckers trucker crewmen crewman holidaymakers mourners onlookers guides guide "
                  "pilot pilots copilot captain captains crewmembers crewmember "
                  /* people at leisure, at work, in uniform, in conflict, in families */
                  "skiers snowboarders rafters kayakers canoeists surfers trekkers mountaineers "
                  "campers bathers beachgoers revellers revelers partygoers concertgoers "
                  "festivalgoers churchgoers worshipers picnickers backpackers diners runners "
                  "bikers motorcyclists riders jockeys footballers wrestlers hunters "
                  "delegates participants competitors voters congregants parishioners monks "
                  "nuns priests clerics tenants homeowners dwellers inhabitants squatters "
                  "settlers nomads shepherds herders herdsmen farmworkers farmhand farmhands fishers boatmen "
                  "ferrymen deckhands seamen stowaways loggers porters vendors traders hawkers "
                  "contractors engineers technicians mechanics electricians welders surveyors "
                  "researchers lecturers professors surgeons midwives caregivers carers "
                  "volunteers reservists recruits cadets conscripts scouts marines sergeants "
                  "constables personnel watchmen rangers firemen lifeguards schoolgirls "
                  "schoolboys youths youngsters juveniles minors elders pensioners veterans "
                  "parents siblings grandmothers grandfathers demonstrators rioters looters "
                  "smugglers traffickers poachers bandits rebels insurgents militiamen "
                  "kidnappers robbers suspects jihadists extremists terrorists activists "
                  "trainees evacuees attendees escapees returnees retirees amputees abductees "
                  "skier rafter kayaker surfer trekker mountaineer camper reveller voter "
                  "monk nun priest cleric tenant homeowner settler herder herdsman vendor "
                  "trader hawker contractor engineer technician mechanic electrician "
                  "surveyor researcher lecturer professor surgeon midwife volunteer reservist "
                  "recruit cadet conscript scout marine sergeant constable watchman ranger "
                  "fireman lifeguard schoolgirl schoolboy youth juvenile minor pensioner "
                  "veteran rebel insurgent militiaman kidnapper robber suspect activist "
                  "shepherd rider dweller nomad occupant onlooker seafarer shopkeeper wrestler "
                  "canoeist carer holidaymaker traveler worshiper snowboarder picnicker builder "
                  "elder individual kid partygoer reveler concertgoer festivalgoer churchgoer "
                  "abductee amputee devotees devotee tribesmen tribesman "
                  "beggars orphans widows seniors teens adolescents deportees deportee "
                  "trainee evacuee escapee retiree doctor nurse farmer labourer laborer "
                  "shopper spectator supporter athlete climber hiker swimmer diver biker "
                  "motorcyclist jockey footballer delegate participant competitor "
                  "congregant parishioner inhabitant squatter farmworker boatman "
                  "ferryman deckhand seaman stowaway caregiver parent "
                  "demonstrator rioter looter smuggler trafficker poacher bandit attendee "
                  "returnee customer commuter deminers deminer strangers stranger foreigners "
                  /* trades and crafts, and people beside the victim (not those that are
                   * also names: Hunter, Porter, Mason, Carpenter, Foreman, Warden,
                   * Walker) */
                  "diggers digger loggers logger quarrymen quarryman stonecutters stonecutter "
                  "sweepers sweeper scavengers scavenger ragpickers plumbers plumber roofers "
                  "roofer welder builders linemen lineman janitors janitor caretakers "
                  "caretaker housekeeper housemaid maids maid nanny helpers helper "
                  "storekeeper shopkeepers landlord warders warder jailer referees referee "
                  "umpire reporters reporter photographers photographer cameramen cameraman "
                  "headmaster corporal classmates classmate teammates teammate roommates "
                  "roommate neighbours neighbors sibling youngster mourner devotees devotee "
                  "backpacker bather beachgoer waitress jihadist terrorist extremist "
                  "colleagues colleague coworkers coworker dockers docker dockworkers "
                  "dockworker stevedores stevedore supervisors supervisor managers manager "
                  "bouncers bouncer doormen doorman stewards steward cleaners cleaner cooks "
                  "waiters waiter chefs chef clerks clerk cashiers cashier walkers "
                  "ramblers rambler joggers jogger trampers tramper "
                  "foreigner captives captive assailant pickers picker scavengers scavenger "
                  "rohingya rohingyas uyghurs uighurs kurds yazidis "
                  "jewellers jeweller jewelers jeweler goldsmiths goldsmith salesman salesmen "
                  "saleswoman businessman businessmen businesswoman businesswomen accountants "
                  "accountant pharmacists pharmacist hairdressers hairdresser cobblers cobbler "
                  "herdsboy herdsboys inspector inspectors deputies"},
    {LX_DEATH, "killed dead died drowned perished deaths death fatalities killing kill kills "
               "dies drowning fatality deceased toll neutralised neutralized"},
    {LX_INJURY, "injured wounded hurt hospitalised hospitalized injuries injuring wounding "
                "injury sickened poisoned"},
    {LX_MISSING, "missing unaccounted trapped disappeared"},
    {LX_SURVIVE, "rescued survived saved survivors survivor alive"},
    {LX_ABOARD, "aboard board carrying carried onboard"},
    {LX_ARREST, "arrested detained custody apprehended arrest arrests detains nabbed recaptured rearrested arresting detaining "
                "held questioning"},
    {LX_ORG, "ministry agency office department force forces police service services guard courts "
             "council committee commission government authority authorities embassy army navy "
             "court union organization organisation party company corporation bureau institute "
             "university hospital programme program fund foundation association federation "
             "network group trust bank board centre center unit team brigade directorate "
             "administration secretariat command coastguard parliament assembly senate "
             "congress cabinet presidency palace alliance society charity railway railways "
             "ltd inc plc co corp apparels holidays airlines airways media broadcaster news "
             "times post herald tribune journal press television radio league leagues hotline "
             "line inspectorate delegation division taskforce"},
    {LX_PLACE_N, "street road avenue square river sea ocean island islands coast mountain "
                 "mountains province state county city district region port airport station "
                 "stadium market church mosque bridge lake bay gulf valley hill strait channel "
                 "peninsula desert delta canal highway motorway park beach town village drive lane "
                 "boulevard parkway commune ward township municipality"},
    {LX_EVENT, "capsized capsize capsizing sank sinking sunk shipwreck shipwrecked bombing "
               "bomber bomb blast explosion exploded shooting gunman gunmen shot attack attacked "
               "earthquake quake tremor flood flooding floods flooded fire blaze collapse "
               "collapsed stampede crush crash crashed derailed derailment collision collided "
               "landslide landslip mudslide wildfire bushfire storm cyclone typhoon hurricane tornado avalanche eruption "
               "plot sinks sink capsizes caved ramming rammed ploughed plunged overturned "
               "gunfire inferno blasts explosions burst accident disaster tragedy deluge"},
    {LX_QUAL, "about around nearly almost some estimated roughly approximately believed "
              "feared approx circa close"},
    {LX_RANK, "colonel col general gen major maj captain capt lieutenant lt sergeant sgt "
              "commodore admiral adm brigadier marshal commander cmdr superintendent supt "
              "inspector insp constable pc detective det chief officer rear vice ssp dsp asp "
              "igp garda cdr sp cp acp dcp dcop pgen pltgen pmgen pbgen pcol pltcol pmaj pcpt "
              "corporal cpl trooper tpr brig comr comm sho ocs ocpd dpo sdpo "
              /* South Asian police and district offices: "DIG (Organised Crime)
               * Zeeshan Cheema", "West Champaran DM Prashant Verma" */
              "ig dig aig adg dm sdm dc adc sdo bdo asi"},
    {LX_KIN, "mother father son daughter brother sister wife husband uncle aunt cousin "
             "grandmother grandfather niece nephew relative relatives witness witnesses "
             "neighbour neighbor friend friends student resident survivor passenger vendor "
             "trader farmer fisherman driver nurse doctor lawyer tourist fan shopkeeper owner "
             "activist volunteer pensioner engineer mechanic priest pastor imam eyewitness "
             "bystander businessman businesswoman labourer herder waiter cleaner "
             "passerby passersby passer passers "
             "sons daughters brothers sisters wives husbands mothers fathers cousins nephews "
             "nieces grandchildren grandson granddaughter grandsons granddaughters "
             "stepson stepdaughter stepfather stepmother"},
    /* Seasons too: "Spain recorded more than 2,100 heat-related deaths last
     * summer" counts over a season. */
    {LX_PERIOD, "year years decade decades annually century month months week weeks "
                "summer summers winter winters autumn spring season seasons"},
    {LX_INTL, "un u.n. iom unhcr unicef who wfp nato eu ilo icrc osce imf frontex interpol "
              "caf fifa uefa ioc msf ocha undp unesco oecd asean au ecowas"},
    /* LX_CURRENCY: the words of gazetteer.c's currency_words (load_words) */
    {LX_MULT, "million millions m mn mln mil billion billions bn bln bil b trillion tn tln trn "
              "thousand k lakh lakhs crore crores"},
    {LX_UNIT, "metres meters metre meter km kilometres kilometers kilometre kilometer miles "
              "mile feet foot ft cm mm kg kilograms tonnes tons degrees percent per cent % "
              "mph kmh hours hour minutes minute seconds days day weeks week months month "
              "years year storey story storeys floors floor magnitude knots acres hectares "
              "litres liters gallons times"},
    {LX_VERB_PAST, "urged called said told added declared announced visited vowed met spoke "
                   "denied warned blamed welcomed condemned pledged"},
    {LX_COUNT_DET, "a an his her its their another"},
};

const size_t lex_n_classes = sizeof lex_classes / sizeof lex_classes[0];
