/* check_people.c — officials: a title before or after a name, a title then
 * a comma and the name; honorifics; international bodies; people who are
 * not officials. */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *text;
    const char *name, *title, *country;   /* country "" = none */
} rows[] = {
    {"French interior minister Gerald Darmanin said it.", "Gerald Darmanin", "Interior Minister", "FR"},
    {"The prefect of Haute-Savoie, Claire Dufresne, said the guides were right.", "Claire Dufresne",
     "Prefect of Haute-Savoie", "FR"},
    {"Auditor General Nancy Gathungu said the funds were lost.", "Nancy Gathungu", "Auditor General", ""},
    {"Atimonan Mayor Rustico Mendoza Jr. said residents had waited.", "Rustico Mendoza Jr.", "Mayor",
     ""},
    /* South Asian and East African police titles; an Indian style with its dot */
    {"Two officers were arrested, Githurai OCS Caroline Atieno said.", "Caroline Atieno", "OCS",
     ""},
    {"Masrakh SHO Shashi Bhushan Tiwari has been suspended.", "Shashi Bhushan Tiwari", "SHO", ""},
    {"West Champaran DM Prashant Alok Verma said the water level had risen.",
     "Prashant Alok Verma", "DM", ""},
    {"DIG (Organised Crime) Zeeshan Asghar Cheema told a press conference.",
     "Zeeshan Asghar Cheema", "DIG", ""},
    /* a district the story names elsewhere, between the office and a name;
     * not a given name that is also the end of a place ("in São Paulo
     * state"), nor an office's initials */
    {"SANGHAR: Nine people died. His two sons were picked up, SSP Sanghar Abid Hussain Baloch "
     "told Dawn.", "Abid Hussain Baloch", "SSP", ""},
    {"Two died in Upper Kohistan district. Deputy Commissioner Upper Kohistan Arif Khan "
     "Yousafzai told APP the injured were shifted.", "Arif Khan Yousafzai",
     "Deputy Commissioner", "PK"},
    {"They worked in São Paulo state. Mayor Paulo Andrade Lins said it was a day of grief.",
     "Paulo Andrade Lins", "Mayor", "BR"},
    /* an Arabic name's article between hyphens; a service by its number; a
     * plural's possessive */
    {"Labour and Employment Minister Harun-ur-Rashid Talukder said the families would be paid.",
     "Harun-ur-Rashid Talukder", "Labour and Employment Minister", ""},
    {"The dead include three women, a spokesman for Rescue 1122, Shahid Ali Tanoli, said.",
     "Shahid Ali Tanoli", "Spokesman for Rescue 1122", ""},
    {"They opened fire, National Police spokesman Sub-Commissioner Edgardo Barahona Lagos "
     "told EFE.", "Edgardo Barahona Lagos", "National Police Spokesman Sub-Commissioner", ""},
    {"Derek Hynes, ESB Networks' spokesman, said crews were out.", "Derek Hynes",
     "ESB Networks' Spokesman", ""},
    {"Health Minister Smt. Anita Rao said the hospital would open.", "Anita Rao",
     "Health Minister", ""},
    /* a Malaysian police rank, abbreviated, and an honorific before the name */
    {"Johor police chief Comm Datuk Rosli Hamdan said the suspects were picked up.",
     "Rosli Hamdan", "Police Chief", "MY"},
    /* a warrant named in capitals is nobody */
    {"They were held under a European Arrest Warrant, CBSP spokeswoman Marta Nowak told "
     "reporters.", "Marta Nowak", "CBSP Spokeswoman", ""},
    /* a body by its initials, a region in lower case: the name starts after */
    {"Head of SAPO Taras Demydenko said prosecutors would seek it.", "Taras Demydenko",
     "Head of SAPO", ""},
    {"Governor of Almaty region Yerlan Zhakupov visited the injured.", "Yerlan Zhakupov",
     "Governor of Almaty Region", "KZ"},
    /* offices of one country or one house */
    {"Senate President Pro Tem Carla Wendt said the allegations were troubling.", "Carla Wendt",
     "Senate President Pro Tem", ""},
    {"The Ceann Comhairle, Verona Kilbride, twice asked him to resume his seat.",
     "Verona Kilbride", "Ceann Comhairle", "IE"},
    {"Akim of Almaty region Yerlan Zhakupov visited the injured.", "Yerlan Zhakupov",
     "Akim of Almaty Region", "KZ"},
    {"Sumbawa Regent Haris Nurdin has declared a 14-day emergency in Indonesia.", "Haris Nurdin",
     "Regent", "ID"},
    /* a federal agent's rank; "in Charge" of no named portfolio */
    {"FBI Special Agent Monica Ferrell testified that agents recovered cash in the US.",
     "Monica Ferrell", "FBI Special Agent", "US"},
    {"Officer in Charge John Mwangi said the station was closed.", "John Mwangi", "Officer", ""},
    {"Tucson Sector Chief Patrol Agent Sergio Valdez said at a news conference in Phoenix.",
     "Sergio Valdez", "Sector Chief Patrol Agent", "US"},
    /* a list of portfolios with "and the"; a comma before a name ends it */
    {"Minister for Agriculture, Food and the Marine Pádraig Ó Ceallaigh, who travelled to "
     "Killybegs, described the sinking.", "Pádraig Ó Ceallaigh",
     "Minister for Agriculture, Food and the Marine", ""},
    {"Minister for Housing, Local Government and Heritage Darragh O'Brien said it.",
     "Darragh O'Brien", "Minister for Housing, Local Government and Heritage", ""},
    {"Minister for Agriculture, John Smith, said it.", "John Smith", "Minister for Agriculture",
     ""},
    /* councillors and aldermen by their abbreviations; someone's own lawyer
     * is no office */
    {"Coun. Brenda Kowalski, who voted against the budget, said residents could not pay.",
     "Brenda Kowalski", "Councillor", ""},
    {"The indictment accuses Ward 6 Ald. Dennis Kowalczyk, 61, of accepting cash.",
     "Dennis Kowalczyk", "Alderman", ""},
    {"Cllr Jane Smith said the road would reopen.", "Jane Smith", "Councillor", ""},
    /* a medical examiner is an office, like a coroner; "Dr." is no title */
    {"Pima County Medical Examiner Dr. Hannah Lutz said autopsies would be completed in Phoenix.",
     "Hannah Lutz", "County Medical Examiner", "US"},
    /* whose office one works in is not one's title; "in charge of" a
     * portfolio is */
    {"The Commissioner for Refugees in the Office of the Prime Minister, Mr Charles Bafaki, "
     "said the government would pay.", "Charles Bafaki",
     "Commissioner for Refugees in the Office of the Prime Minister", ""},
    {"Minister in charge of Emergency Management Marie-Claire Uwamahoro told journalists.",
     "Marie-Claire Uwamahoro", "Minister in Charge of Emergency Management", ""},
    {"\"It is a crime,\" said Superintendent Marie-Claude Dufresne, Officer in Charge of Federal "
     "Criminal Operations.", "Marie-Claude Dufresne", "Superintendent", ""},
    /* a city before the comma is no person the title describes */
    {"The train was travelling from Brasov to Cluj-Napoca, CFR Calatori spokesperson Bogdan "
     "Ilie told Digi24.", "Bogdan Ilie", "CFR Calatori Spokesperson", "RO"},
    {"A balcony fell in Ghent. Mayor Hannelore Verstraete said it was a tragedy.",
     "Hannelore Verstraete", "Mayor", "BE"},
    /* "Jan" before a name word is a first name, not January */
    {"On Jan 5 a tram derailed in Antwerp. Mayor Jan De Coninck said it was a tragedy.",
     "Jan De Coninck", "Mayor", "BE"},
    {"Sudan's gold was sold. State Department spokesperson Mark Delaney said so.", "Mark Delaney",
     "State Department Spokesperson", "US"},
    {"A Zambian guide died. Macclesfield MP James Corrie said he had spoken to the Foreign Office.",
     "James Corrie", "MP", "GB"},
    {"Migration Minister Stavros Kallergis of Greece spoke.", "Stavros Kallergis", "Migration Minister", "GR"},
    {"Katrin Vollmer, Germany’s interior minister, said so.", "Katrin Vollmer", "Interior Minister", "DE"},
    {"Italy's infrastructure minister Graziano Delrio spoke.", "Graziano Delrio", "Infrastructure Minister", "IT"},
    {"The talks in Spain ended. Springfield’s chief prosecutor, Domenico Ferraro, said no.", "Domenico Ferraro", "Chief Prosecutor", "ES"},
    {"Crotone’s chief prosecutor, Domenico Ferraro, said no to France.", "Domenico Ferraro", "Chief Prosecutor", "IT"},
    {"Ana Ramírez, the UN resident coordinator in Türkiye, says so.", "Ana Ramírez", "UN Resident Coordinator", ""},
    {"Norwegian Energy Minister Sigrid Nygaard pledged aid.", "Sigrid Nygaard", "Energy Minister", "NO"},
    {"In Kenya, police chief Colonel Yao Kouassi said two were held.", "Yao Kouassi", "Police Chief", "KE"},
    {"European Commissioner for Energy Marta Kowalska welcomed it.", "Marta Kowalska", "Commissioner for Energy", ""},
    /* an official named in a quote is still one */
    {"\"The Commissioner of Police, Adamu Garba, has directed that they be moved,\" Okafor said.", "Adamu Garba", "Commissioner of Police", ""},
    /* Nigerian professional styles before a name */
    {"The Commissioner for Physical Planning, Arc. Obinna Ezeani, said so.", "Obinna Ezeani", "Commissioner for Physical Planning", ""},
    /* "Jun" ending a name; a seat in a house */
    {"Liang Jun, a spokesman for the fire department, told CCTV.", "Liang Jun", "Spokesman for the Fire Department", ""},
    {"Sonia Brown-Clarke, Member of Parliament for the area, called for calm.", "Sonia Brown-Clarke", "Member of Parliament", ""},
    /* counsel for the state is an office */
    {"\"This was a scheme,\" Senior Prosecution Counsel James Mutai told the court.", "James Mutai", "Senior Prosecution Counsel", ""},
    /* Indonesian police ranks after the role */
    {"Southeast Sulawesi Police spokesman Sr. Comr. Iis Kristian said so.", "Iis Kristian", "Police Spokesman", "ID"},
    {"West Manggarai Police chief Adj. Sr. Comr. Christian Kadang said so.", "Christian Kadang", "Police Chief", ""},
    {"Mayor John Smith Sr. said the town would rebuild.", "John Smith Sr.", "Mayor", ""},
    /* "International" in a portfolio is no international body */
    {"Canada's Minister of International Development, Diane Lafleur, announced aid.", "Diane Lafleur", "Minister of International Development", "CA"},
    /* a colon dateline's city is home, whoever the sentence names first */
    {"PUTRAJAYA: Chile and Malaysia signed nine deals. Chile sent ministers. Chile is far.\n\nForeign Minister Kamal Hashim spoke.", "Kamal Hashim", "Foreign Minister", "MY"},
    {"EU Commissioner for the Mediterranean Katarina Horvat spoke.", "Katarina Horvat", "EU Commissioner for the Mediterranean", ""},
    {"Minister for the Middle East Hamish Falconer spoke.", "Hamish Falconer", "Minister for the Middle East", ""},
    {"Nigeria's Minister of Industry, Trade and Investment, Dr. Amina Bello, signed.", "Amina Bello", "Minister of Industry, Trade and Investment", "NG"},
    {"Minister of Industry, Trade and Investment Amina Bello spoke in Nigeria.", "Amina Bello", "Minister of Industry, Trade and Investment", "NG"},
    /* a portfolio list with the words of other ministries than the usual */
    {"South Africa's Minister of Trade, Industry and Competition, Mr Sipho Mthembu, signed.",
     "Sipho Mthembu", "Minister of Trade, Industry and Competition", "ZA"},
    {"In Cameroon, the governor of the North-West region, Emmanuel Tabe, said.", "Emmanuel Tabe", "Governor of the North-West Region", "CM"},
    {"In the Philippines, PCOL MARVIN T. DELA CRUZ, Provincial Director of BulPPO, said so.", "Marvin T. Dela Cruz", "Provincial Director of BulPPO", "PH"},
    {"Health Minister in Kenya Dr Amina Odhiambo spoke.", "Amina Odhiambo", "Health Minister", "KE"},
    {"The report was then sent to Interior Minister Kithure Kindiki in Kenya.", "Kithure Kindiki", "Interior Minister", "KE"},
    {"Officers working late last night met Health Minister Susan Nakhumicha in Kenya.", "Susan Nakhumicha", "Health Minister", "KE"},
    {"In Ireland, Sinn Féin’s housing spokesman, Ciarán Mac Lochlainn TD, said so.", "Ciarán Mac Lochlainn", "Housing Spokesman", "IE"},
    {"Police in South Africa rearrested nine.\n\nIssued by: Colonel Malesela Ledwaba\nProvincial Police Spokesperson, Limpopo", "Malesela Ledwaba", "Provincial Police Spokesperson", "ZA"},
    {"DALTON, Ga. — Mark Pelfrey, director of the Georgia Bureau of Investigation, said.", "Mark Pelfrey", "Director of the Georgia Bureau of Investigation", "US"},
    {"Chief Public Relations Officer K. Srinivas Rao said it in India.", "K. Srinivas Rao", "Chief Public Relations Officer", "IN"},
    {"Britain’s Home Secretary, Priti Patel, spoke.", "Priti Patel", "Home Secretary", "GB"},
    {"He met Home Secretary Priti Patel in France.", "Priti Patel", "Home Secretary", "GB"},
    {"Elsa Lindqvist, the U.N. humanitarian coordinator in Nigeria, said.", "Elsa Lindqvist", "UN Humanitarian Coordinator", ""},
    {"NASHVILLE, Tenn. (AP) — Gov. Bill Lee said he was praying.", "Bill Lee", "Governor", "US"},
    {"In Kyiv, WHO Director-General Tedros Ghebreyesus said risks rose.", "Tedros Ghebreyesus", "WHO Director-General", ""},
    {"Oleksandr Prokudin, the governor of the Kherson region, said so.", "Oleksandr Prokudin", "Governor of the Kherson Region", "UA"},
    {"The UN's humanitarian chief in Afghanistan, Ramiz Alakbarov, said.", "Ramiz Alakbarov", "UN Humanitarian Chief", ""},
    {"Afghan Deputy Minister for Disaster Management Sharafuddin Muslim said.", "Sharafuddin Muslim", "Deputy Minister for Disaster Management", "AF"},
    {"The Honourable State Minister for Labour, Mr. Nazrul Karim, MP, visited Bangladesh.", "Nazrul Karim", "State Minister for Labour", "BD"},
    {"The Met Office's chief forecaster, Paul Gundersen, warned of more rain in Britain.", "Paul Gundersen", "Met Office Chief Forecaster", "GB"},
    {"The head of UNICEF's Sudan office, Mandeep O'Brien, said aid was blocked.", "Mandeep O'Brien", "Head of UNICEF Sudan Office", ""},
    {"Four were held in Chile, according to the spokesman for the prosecutors in Valparaiso, Jorge Rojas.", "Jorge Rojas", "Spokesman for the Prosecutors", "CL"},
    {"The chief inspector of prisons and probation, Martin Lomas, wrote of grim cells in Wales.", "Martin Lomas", "Chief Inspector of Prisons and Probation", "GB"},
    {"Opposition leader Andrew RT Davies said Wales needed help.", "Andrew RT Davies", "Opposition Leader", "GB"},
    {"In Washington, Dutch central bank governor Klaas Knot said rates would fall.", "Klaas Knot", "Central Bank Governor", "NL"},
    {"In Mumbai, India, Governor Shaktikanta Das warned of inflation.", "Shaktikanta Das", "Governor", "IN"},
    {"Fed Chair Jerome Powell said on Wednesday the US economy was strong.", "Jerome Powell", "Chair", "US"},
    {"European Commission President Ursula von der Leyen said the package was fair.", "Ursula von der Leyen", "European Commission President", ""},
    {"Kentucky, US: Graves County Judge-Executive Jesse Perry said at a news conference.", "Jesse Perry", "County Judge-Executive", "US"},
    {"The chairman of the African Union Commission, Moussa Faki Mahamat, spoke in Senegal.", "Moussa Faki Mahamat", "Chairman of the African Union Commission", ""},
    {"Aid came, PNP spokesperson Colonel Jean Fajardo said in Manila, Philippines.", "Jean Fajardo", "PNP Spokesperson", "PH"},
    {"In Jordan, Water Minister Raed al-Masri, who toured the dam, said it held.", "Raed al-Masri", "Water Minister", "JO"},
    {"Idriss Mahamat, Chad's refugee relief and resettlement commissioner, said camps were full.", "Idriss Mahamat", "Refugee Relief and Resettlement Commissioner", "TD"},
    {"In Cork, Ireland, Taoiseach Niall Brennan opened the bridge.", "Niall Brennan", "Taoiseach", "IE"},
    {"In Kenya, floods hit. In neighbouring Uganda, 12 died, according to Prime Minister Robinah Nabbanja.", "Robinah Nabbanja", "Prime Minister", "UG"},
    /* a sentence set in a city; a country beside the name; ranks and honorifics */
    {"Eight died off France. In London, Prime Minister Sir Martin Hale said he was heartbroken.", "Martin Hale", "Prime Minister", "GB"},
    {"The minister flew to Manila, Philippines. He meets President Nguyen Van Thanh of Vietnam next.", "Nguyen Van Thanh", "President", "VN"},
    {"Japan's envoy met his Philippine counterpart, Foreign Secretary Maria Elena Cruz.", "Maria Elena Cruz", "Foreign Secretary", "PH"},
    {"Lt Cdr Shahriar Kabir, a coast guard spokesman, said five were missing in Bangladesh.", "Shahriar Kabir", "Coast Guard Spokesman", "BD"},
    {"The state Commissioner for Information, Alhaji Sani Bello, spoke in Nigeria.", "Sani Bello", "State Commissioner for Information", "NG"},
    {"The Minister of Water Resources, Engr. Aminu Bello Danjuma, spoke in Nigeria.", "Aminu Bello Danjuma", "Minister of Water Resources", "NG"},
    {"Deputy Minister of Construction Pham Quoc Thai spoke in Vietnam.", "Pham Quoc Thai", "Deputy Minister of Construction", "VN"},
    {"Det Insp Mark Fenwick said the men were charged in Britain.", "Mark Fenwick", "Detective Inspector", "GB"},
    {"The Mukono Resident District Commissioner, Hajji Abdul Ssekitto, closed the quarry in Uganda.", "Abdul Ssekitto", "Resident District Commissioner", "UG"},
    {"College principal Sarah Whitcombe said the school in New Zealand was heartbroken.", "Sarah Whitcombe", "Principal", "NZ"},
    {"Director of the Airport Customs Department Ahmed Jassim Al Mohannadi said inspectors in Qatar were suspicious.", "Ahmed Jassim Al Mohannadi", "Director of the Airport Customs Department", "QA"},
    /* a court report's prosecutor, before or after the name; not the defence */
    {"Prosecuting, Siobhan Reilly told the court in Britain that CCTV showed bottles.", "Siobhan Reilly", "Prosecutor", "GB"},
    {"Nicholas Hart, prosecuting for the Health and Safety Executive, told the court in Britain it was no accident.", "Nicholas Hart", "Prosecutor", "GB"},
    {"Rebecca Hale KC, prosecuting, told the jury in Britain the new doors were unsafe.", "Rebecca Hale", "Prosecutor", "GB"},
    /* a corporal; a US lawmaker's party and seat after the name */
    {"Three Americans were hurt in Canada, RCMP Cpl. Devon Arcand said.", "Devon Arcand", "RCMP Corporal", "CA"},
    {"In the United States, Assemblywoman Rosa Ibarra, D-Bakersfield, said she would ask for a review.", "Rosa Ibarra", "Assemblywoman", "US"},
    /* a round-up's section heading; a city of the Emirates before a country named earlier */
    {"ETHIOPIA: Runner banned\n\nThe Ethiopian athlete was banned.\n\nZIMBABWE: Bees kill mourner\n\n"
     "Police spokesperson Chiedza Mutasa said the bees were disturbed.", "Chiedza Mutasa", "Police Spokesperson", "ZW"},
    {"Fake parts ring busted\n\nBrake pads made in China were sold as spares\n\nSharjah Police have arrested 14 people. "
     "Brigadier Omar Al Mansoori, Director of the Criminal Investigation Department at Sharjah Police, said the gang was caught.",
     "Omar Al Mansoori", "Director of the Criminal Investigation Department", "AE"},
    {"In Malaysia, the Minister of Natural Resources, Datuk Seri Ahmad Zulkifli Hamzah, spoke.", "Ahmad Zulkifli Hamzah", "Minister of Natural Resources", "MY"},
    {"In Malaysia, Tan Sri Abdul Rahman Kassim, the state police chief, spoke.", "Abdul Rahman Kassim", "State Police Chief", "MY"},
    /* the office's initials or unit in brackets between title and name */
    {"In Bangladesh, Upazila Nirbahi Officer (UNO) Farhana Yasmin said the families would be paid.", "Farhana Yasmin", "Officer", "BD"},
    {"In India, both have been booked, said DCP (Zone II) Navnath Dhavale.", "Navnath Dhavale", "DCP", "IN"},
    /* an Under Secretary (not the preposition); an election mission's chief observer */
    {"Daniel Price, the Treasury's Under Secretary for Terrorism in the United States, said so.", "Daniel Price", "Secretary for Terrorism", "US"},
    {"In Nigeria, Ivana Kovacevic, chief observer of the EU election observation mission, spoke.", "Ivana Kovacevic", "Chief Observer of the EU", ""},
    /* "Lao" is Laos's adjective; a region before title words; where a spokeswoman spoke */
    {"A dam in Thailand flushed sediment. The Lao deputy minister of energy and mines, Khamphone Vongsavath, rejected suggestions.", "Khamphone Vongsavath", "Deputy Minister of Energy and Mines", "LA"},
    {"Talks in Mexico stalled. Texas Agriculture Commissioner Dale Whitcomb was less diplomatic.", "Dale Whitcomb", "Agriculture Commissioner", "US"},
    {"Floods hit Kyrgyzstan. Ministry spokeswoman Dana Seitkali said in Astana that rescuers had landed.", "Dana Seitkali", "Ministry Spokeswoman", "KZ"},
    /* "Counsellor" before an Egyptian judge's name is an honorific; a camp counsellor is no official */
    {"In Egypt, presiding judge Counsellor Ahmed Samir Fawzy read the verdict.", "Ahmed Samir Fawzy", "Judge", "EG"},
    /* a weather service's forecasters speak for it */
    {"In France, Meteo-France forecaster Francois Kerlann said the gust was a record.", "Francois Kerlann", "Forecaster", "FR"},
    /* a parliament's Speaker and whips; a South African provincial MEC; a state trooper */
    {"In Zimbabwe, Speaker Lovemore Chidzikwe twice suspended proceedings.", "Lovemore Chidzikwe", "Speaker", "ZW"},
    {"In South Africa, KwaZulu-Natal Transport MEC Nomusa Zungu suspended the route.", "Nomusa Zungu", "Transport MEC", "ZA"},
    {"In the United States, Trooper Megan Frey, a state police spokeswoman, said the brakes failed.", "Megan Frey", "State Police Spokeswoman", "US"},
    /* "Sheikh" and "Cde" before a name are honorifics; inside a Somali name, a name */
    {"Kuwait's Minister of Interior, Sheikh Hamad Jaber Al-Ali Al-Sabah, spoke.", "Hamad Jaber Al-Ali Al-Sabah", "Minister of Interior", "KW"},
    {"In Zimbabwe, Energy Minister Cde Tapiwa Chigumba toured the substation.", "Tapiwa Chigumba", "Energy Minister", "ZW"},
    {"Somalia's Internal Security Minister Abdullahi Sheikh Ismail spoke.", "Abdullahi Sheikh Ismail", "Internal Security Minister", "SO"},
    {"Nepal's ambassador to the UAE, Tej Bahadur Thapa, said the victim was from Jhapa.", "Tej Bahadur Thapa", "Ambassador to the UAE", "NP"},
    /* a body's initials before the comma; a rank in capitals; a consul in a city */
    {"The Regional Director of the National Disaster Management Organisation (NADMO), Issahaku "
     "Mahama, said diggers in Ghana were paid little.", "Issahaku Mahama",
     "Regional Director of the National Disaster Management Organisation", "GH"},
    {"The Regional Police Commander, DCOP Evans Asare-Bediako, told reporters in Ghana that two "
     "men fled.", "Evans Asare-Bediako", "Regional Police Commander", "GH"},
    {"Argentina's consul in Rio de Janeiro, Martín Echeverría, said the tourist was recovering "
     "in Brazil.", "Martín Echeverría", "Consul in Rio de Janeiro", "AR"},
    /* Korean given names: the second syllable in lower case; Park is a surname */
    {"In South Korea, President Moon Jae-in met the families.", "Moon Jae-in", "President", "KR"},
    {"South Korea's foreign ministry responded. Spokeswoman Park Min-ji said a team was sent.", "Park Min-ji", "Spokeswoman", "KR"},
    /* a spokesperson serves the country of the body the sentence before names */
    {"An avalanche killed four climbers in Nepal. Nepal's army said two bodies were found. "
     "South Korea's foreign ministry confirmed two deaths. Spokeswoman Han Ji-woo said a team "
     "was sent to Nepal.", "Han Ji-woo", "Spokeswoman", "KR"},
    /* a post's country between title and name, the name no longer than two words */
    {"UNHCR Representative in Lebanon Kenji Ota said a further 4,000 kits were being moved.",
     "Kenji Ota", "UNHCR Representative", ""},
    /* an office "at the Department of ..." before the name */
    {"In Ireland, Minister of State at the Department of Agriculture Seán Fitzgibbon said he "
     "was saddened.", "Seán Fitzgibbon", "Minister of State", "IE"},
    /* a body after a title is no person: "The Chief Sanitary Inspectorate (GIS)" */
    {"The Chief Sanitary Inspectorate (GIS) had reported two deaths. Health Minister Izabela "
     "Dudek spoke.", "Izabela Dudek", "Health Minister", ""},
    /* "Brig" is a brigadier's rank, not a first name */
    {"In South Africa, police spokesperson Brig Nomvula Sekhukhune said 61 bodies were found.",
     "Nomvula Sekhukhune", "Police Spokesperson", "ZA"},
    /* a hyphenated office */
    {"In Bangladesh, Police Station Officer-in-Charge Tofayel Ahmed confirmed it.",
     "Tofayel Ahmed", "Police Station Officer-in-Charge", "BD"},
    /* members of state and regional assemblies */
    {"In India, BJP MLA Subhash Mandal alleged that the gang had protection.", "Subhash Mandal",
     "BJP MLA", "IN"},
    {"In Scotland, Greens MSP Ruairidh Mackay called it a scandal.", "Ruairidh Mackay",
     "MSP", "GB"},
    /* the first body the sentence names: "Nepal Police", not "the Russian army" */
    {"Youths went to Russia. Russia paid them. The CIB of Nepal Police arrested three agents "
     "who sent men into the Russian army. Spokesperson Rajendra Thapa Magar said so.",
     "Rajendra Thapa Magar", "Spokesperson", "NP"},
    {"\"We will not pay,\" chief executive Wanjiru Kamau told reporters in Kenya.", "Wanjiru Kamau", "Chief Executive", "KE"},
    {"In India, Collector B. Kavitha said the toll had risen.", "B. Kavitha", "Collector", "IN"},
    {"In Canada, Toronto police Const. Marco Ricci said two men died.", "Marco Ricci", "Police Constable", "CA"},
    {"The head of the rebels' prisoner affairs committee, Yahya al-Hamdani, confirmed the deal in Yemen.", "Yahya al-Hamdani", "Head of the Rebels' Prisoner Affairs Committee", "YE"},
    {"Anna Kowalczyk, World Bank Country Manager for Cambodia, said the investment was sound.", "Anna Kowalczyk", "World Bank Country Manager", ""},
    {"Governor Ahmed Bello died on Monday. He had said \"we will rebuild\" in Nigeria.", "Ahmed Bello", "Governor", "NG"},
    {"Paulina Ordóñez, the country's risk management secretary, said the ground was soaked in Ecuador.", "Paulina Ordóñez", "Country Risk Management Secretary", "EC"},
    {"Kenya's Director of Criminal Investigations Hassan Abdi said it.", "Hassan Abdi", "Director of Criminal Investigations", "KE"},
    {"Kenya's Director of Public Prosecutions Noordin Haji said it.", "Noordin Haji", "Director of Public Prosecutions", "KE"},
    {"In Bangladesh, Labour and Employment Adviser Rafiqul Islam visited the site.", "Rafiqul Islam", "Labour and Employment Adviser", "BD"},
    {"EU Commissioner for International Partnerships Jozef Rybár said so.", "Jozef Rybár", "EU Commissioner for International Partnerships", ""},
    /* the dateline's city places the story (Mwanza is also a district of Malawi) */
    {"Mwanza. Tuesday, February 10\n\nRegional Commissioner Grace Mwakalinga said two more "
     "bodies were found. Divers from Kenya joined the search.", "Grace Mwakalinga",
     "Regional Commissioner", "TZ"},
    /* a title whose complement ends in a place, then the name */
    {"\"Traffickers should think again,\" said U.S. Attorney for the District of Arizona "
     "Miriam Kessler.", "Miriam Kessler", "Attorney for the District of Arizona", "US"},
    {"In England, Senior Coroner for Dorset Philippa Garland recorded a conclusion of accidental death.",
     "Philippa Garland", "Senior Coroner for Dorset", "GB"},
    {"In the US, Councilmember Corey Banks, who voted yes, said he had pushed to cut it.",
     "Corey Banks", "Councilmember", "US"},
    /* a Korean given name's syllables run to six letters */
    {"In South Korea, the Assembly urged the dismissal of Minister Han Seung-woo.",
     "Han Seung-woo", "Minister", "KR"},
    /* the office's initials, its state, then the name */
    {"In India, Director General of Police (DGP) Punjab Harpreet Singh Sandhu said six were held.",
     "Harpreet Singh Sandhu", "Director General of Police (DGP)", "IN"},
    {"In Malaysia, Deputy Public Prosecutor Farah Ezlin Yusop told the court it was a bribe.",
     "Farah Ezlin Yusop", "Deputy Public Prosecutor", "MY"},
    /* a city's name as someone's surname does not place the story */
    {"The IMF released a disbursement to Argentina. Central Bank President Ignacio Lagos said "
     "the bank would keep buying. Lagos said reserves were rising.", "Ignacio Lagos",
     "Central Bank President", "AR"},
    /* a lawmaker's party and seat in brackets after the name */
    {"In Nigeria, the Minority Leader, Chinedu Okafor-Ibe (PDP, Abia South), said the projects were new.",
     "Chinedu Okafor-Ibe", "Minority Leader", "NG"},
};

START_TEST(test_officials)
{
    nf_facts *f = test_extract(rows[_i].text);
    ck_assert_msg(f->n_officials == 1, "%s: %zu officials", rows[_i].text, f->n_officials);
    ck_assert_str_eq(f->officials[0].name, rows[_i].name);
    ck_assert_str_eq(f->officials[0].title, rows[_i].title);
    ck_assert_str_eq(f->officials[0].country, rows[_i].country);
    nf_facts_free(f);
}
END_TEST

/* Named people who hold no public role are not officials. */
static const char *const not_officials[] = {
    "Stefano Greco, the lawyer representing the captain, said he would appeal.",
    "Under cross-examination, defense attorney Mitchell Grady accused the witness in the US.",
    "Lim's counsel, Datuk Gurdev Singh, had asked for a fine only.",
    "Kowalczyk's attorney, Brian Shea, said his client would fight the charges.",
    "A member of the public, John Smith, called police.",
    "The talks end on Tuesday Jun 3, John Smith said.",
    "His lawyer, Senior Counsel Philip Korir, argued that the assembly had failed.",
    "His agent John Smith said the player would stay in Spain.",
    "Defending, John Smith told the court in Britain his client was sorry.",
    "Anyone with information should call the Garda Confidential Line on 1800 666 111.",
    "The minister asked for a report from the Premier Soccer League (PSL).",
    "The authority foiled an attempt through King Abdulaziz International Airport in Jeddah.",
    "Police arrested the factory manager, Naveed Akhtar, on Monday in Pakistan.",
    "Manager Jose Mourinho said the team played well.",
    "\"Funds are short,\" said Li Na, head of metals research at a brokerage in Shanghai, China.",
    "Constable Lufuno Mudau (32) was fatally wounded during the escape in South Africa.",
    "Governor Ahmed Bello was shot dead by gunmen in Nigeria.",
    "Zahra Ahmadi, an Afghan woman now living in Germany, travelled there.",
    "The boat’s captain, Hasan Yıldız, a 38-year-old Turkish national, was jailed.",
    "By Sarah Whittle, Chief Reporter",
    "Former Crystal Palace winger Wilfried Bamba posted on Instagram.",
    "The gang's leader, Luckson Elan, is under UN sanctions.",
    "The Fire Service and Civil Defence, Brigadier General said.",
    "Jo Bloggs, Chad's best known chef and writer, said so.",
    "Jo Bloggs, Acme's global head of research, said rates would fall.",
    "Jo Bloggs, Chad's most famous widow of a minister, said so.",
    "In a judgment delivered at the Milimani Law Courts, the magistrate said so.",
    "In a speech at Kenyatta Hall, the president said it was over.",
    "Nomvula Khumalo, chief economist at Ndlovu Capital, said the bank had room in Kenya.",
    "Ndlovu Capital chief economist Nomvula Khumalo said the bank had room in Kenya.",
    "THE ARMY CHIEF SAID TWO DIED IN KENYA.",
    "In Italy, Ferretti’s former chief financial officer, Paolo Rinaldi, 58, was sentenced.",
    "In Italy, the firm's chief operating officer, Paolo Rinaldi, was sentenced.",
    "In India, his former personal secretary, K. Raghavendra, was arrested.",
    "In India, the president of the festival committee, K. Raman (58), was arrested.",
    "The plane slammed into two homes on Lakeview Drive, the Highlands County Sheriff's Office said.",
    /* a unit's name made with a prefix is no person's */
    "The head of the state Anti-Kidnapping Unit said the gang was caught in Mexico.",
};

/* One plural title before two names: each is an official, the title in
 * the singular. */
START_TEST(test_plural_title)
{
    nf_facts *f = test_extract("The government is represented by Assistant U.S. Attorneys "
                               "Jonathan P. Reyes and Amanda K. Liu of the Health Care Fraud "
                               "Unit in Newark.");
    ck_assert_uint_eq(f->n_officials, 2);
    ck_assert_str_eq(f->officials[0].name, "Jonathan P. Reyes");
    ck_assert_str_eq(f->officials[1].name, "Amanda K. Liu");
    for (size_t k = 0; k < 2; k++) {
        ck_assert_str_eq(f->officials[k].title, "Assistant US Attorney");
        ck_assert_str_eq(f->officials[k].country, "US");
    }
    nf_facts_free(f);
}
END_TEST

/* A list under a plural that is no title word in the singular's place:
 * "Board members", "Aldermen"; "members" alone names no body. */
START_TEST(test_plural_title_list)
{
    nf_facts *f = test_extract("Board members Pamela Greer, Dave Hult and Rochelle Amos voted "
                               "no. Aldermen Tom Ray and Ed Hall objected.");
    ck_assert_uint_eq(f->n_officials, 5);
    const char *names[] = {"Pamela Greer", "Dave Hult", "Rochelle Amos", "Tom Ray", "Ed Hall"};
    for (size_t k = 0; k < 5; k++) {
        ck_assert_str_eq(f->officials[k].name, names[k]);
        ck_assert_str_eq(f->officials[k].title, k < 3 ? "Board Member" : "Alderman");
    }
    nf_facts_free(f);
    f = test_extract("The chair and members Sandra Kolb and Erik Haugen voted yes.");
    ck_assert_uint_eq(f->n_officials, 0);
    nf_facts_free(f);
    /* a title told before keeps its plural word */
    f = test_extract("Director of Public Works Jane Roe spoke. Commissioners Jane Roe and Tom Lee "
                     "voted yes.");
    ck_assert_uint_eq(f->n_officials, 2);
    ck_assert_str_eq(f->officials[0].title, "Director of Public Works");
    ck_assert_str_eq(f->officials[1].title, "Commissioner");
    nf_facts_free(f);
}
END_TEST

START_TEST(test_not_officials)
{
    nf_facts *f = test_extract(not_officials[_i]);
    ck_assert_msg(f->n_officials == 0, "%s: %s", not_officials[_i],
                  f->n_officials ? f->officials[0].name : "");
    nf_facts_free(f);
}
END_TEST

/* Later mentions by surname and honorific are the same person. */
START_TEST(test_surname_mentions)
{
    const char *text = "French interior minister Gerald Darmanin spoke. Mr Darmanin said "
                       "more. Later, Darmanin left.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_officials, 1);
    ck_assert_uint_eq(f->officials[0].n_mentions, 3);
    ck_assert_str_eq(test_slice(text, f->officials[0].mentions[1]), "Mr Darmanin");
    ck_assert_str_eq(test_slice(text, f->officials[0].mentions[2]), "Darmanin");
    nf_facts_free(f);
}
END_TEST

/* A title never reaches back across another person's name. */
START_TEST(test_titles_do_not_cross_names)
{
    nf_facts *f = test_extract("German Chancellor Olaf Scholz and British Prime Minister "
                               "Rishi Sunak condemned the attack.");
    ck_assert_uint_eq(f->n_officials, 2);
    ck_assert_str_eq(f->officials[1].name, "Rishi Sunak");
    ck_assert_str_eq(f->officials[1].title, "Prime Minister");
    ck_assert_str_eq(f->officials[1].country, "GB");
    ck_assert_str_eq(f->officials[0].country, "DE");
    nf_facts_free(f);
}
END_TEST

/* "The chancellor told MPs..." after "Rachel Reeves has announced...": a
 * title alone that nobody holds is the role of the previous speaker. */
START_TEST(test_title_anaphora)
{
    nf_facts *f = test_extract("Britain's budget was set. Rachel Reeves has announced tax rises "
                               "for employers.\n\nThe chancellor told MPs the rise was needed.");
    ck_assert_uint_eq(f->n_officials, 1);
    ck_assert_str_eq(f->officials[0].name, "Rachel Reeves");
    ck_assert_str_eq(f->officials[0].title, "Chancellor");
    ck_assert_str_eq(f->officials[0].country, "GB");
    nf_facts_free(f);
    /* a deputy, a shadow or someone named later is not "the chancellor" */
    f = test_extract("Britain voted. The shadow chancellor, Tom Hale, objected. Anna Marsh has "
                     "announced cuts. The chancellor said she would not back down.");
    ck_assert_uint_eq(f->n_officials, 2);
    ck_assert_str_eq(f->officials[0].name, "Tom Hale");
    ck_assert_str_eq(f->officials[1].name, "Anna Marsh");
    ck_assert_str_eq(f->officials[1].title, "Chancellor");
    nf_facts_free(f);
}
END_TEST

/* A megabyte of capitalised names and titles with no full stop stays linear
 * (it once took minutes: titles reached back over the whole run). */
START_TEST(test_long_capitalised_run)
{
    static const char *const words[] = {"President", "Emmanuel", "Macron", "Boris", "Johnson",
                                        "Minister", "Interior", "Prime", "Governor", "Mr",
                                        "Darmanin", "Secretary", "General", "Police", "Chief"};
    size_t cap = 1 << 20, n = 0;
    char *text = malloc(cap + 32);
    for (unsigned k = 1; n < cap; k = k * 1103515245u + 12345u)
        n += (size_t)sprintf(text + n, "%s ", words[(k >> 16) % 15]);
    nf_facts *f = test_extract(text);
    ck_assert_uint_gt(f->n_officials, 0);
    ck_assert_uint_lt(f->n_officials, 1000);
    nf_facts_free(f);
    free(text);
}
END_TEST

/* Two people who share a surname stay two people. */
START_TEST(test_same_surname)
{
    const char *text = "Mayor Brian Holt met Governor Margaret Holt in Canada.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_officials, 2);
    ck_assert_str_eq(f->officials[0].name, "Brian Holt");
    ck_assert_str_eq(f->officials[1].name, "Margaret Holt");
    nf_facts_free(f);
}
END_TEST

/* A later mention by a two-word surname is the same person. */
START_TEST(test_two_word_surname)
{
    const char *text = "He appeared before Magistrate Donatella Frendo Dimech in Malta. "
                       "Magistrate Frendo Dimech granted bail.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_officials, 1);
    ck_assert_str_eq(f->officials[0].name, "Donatella Frendo Dimech");
    ck_assert_uint_eq(f->officials[0].n_mentions, 2);
    nf_facts_free(f);
}
END_TEST

Suite *people_suite(void)
{
    Suite *s = suite_create("people");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_officials, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_loop_test(tc, test_not_officials, 0,
                        (int)(sizeof not_officials / sizeof not_officials[0]));
    tcase_add_test(tc, test_plural_title);
    tcase_add_test(tc, test_plural_title_list);
    tcase_add_test(tc, test_surname_mentions);
    tcase_add_test(tc, test_two_word_surname);
    tcase_add_test(tc, test_same_surname);
    tcase_add_test(tc, test_titles_do_not_cross_names);
    tcase_add_test(tc, test_title_anaphora);
    tcase_add_test(tc, test_long_capitalised_run);
    tcase_set_timeout(tc, 20);
    suite_add_tcase(s, tc);
    return s;
}
