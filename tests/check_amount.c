/* check_amount.c — sums of money and their ISO 4217 currencies. */
#include "tests.h"

#include <string.h>

static const struct { const char *text; double value; const char *currency; const char *span; } rows[] = {
    {"supported with £54 million from the UK", 54e6, "GBP", "£54 million"},
    {"a $2.5bn plan", 2.5e9, "USD", "$2.5bn"},
    /* a country's adjective of two words before its money; São Tomé's dobra */
    {"a 7.5 billion Sri Lankan rupee facility", 7.5e9, "LKR", "7.5 billion Sri Lankan rupee"},
    {"São Tomé will put in 50 million dobras.", 50e6, "STN", "50 million dobras"},
    {"pledged US$2.5 million in aid", 2.5e6, "USD", "US$2.5 million"},
    {"a €1.2 billion programme", 1.2e9, "EUR", "€1.2 billion"},
    {"to pay 500,000 euros in compensation", 500000, "EUR", "500,000 euros"},
    {"ex gratia of Rs 10 lakh was announced in India", 1e6, "INR", "Rs 10 lakh"},
    {"compensation of Tk 500,000 each", 500000, "BDT", "Tk 500,000"},
    {"a reward of 10 million naira", 1e7, "NGN", "10 million naira"},
    {"allocated 5 billion soums for the victims", 5e9, "UZS", "5 billion soums"},
    {"would pay 300,000 denars to each family", 3e5, "MKD", "300,000 denars"},
    {"a contract worth 3.9 billion lei in Bucharest", 3.9e9, "RON", "3.9 billion lei"},
    {"a Moldovan firm paid 2 million lei", 2e6, "MDL", "2 million lei"},
    {"fined 500,000 leva by the court", 5e5, "BGN", "500,000 leva"},
    {"fees of 2033 dollars were paid", 2033, "USD", "2033 dollars"},
    {"a 1500 dollar fine", 1500, "USD", "1500 dollar"},
    {"a loan worth SDR 340 million", 340e6, "XDR", "SDR 340 million"},
    {"ED arrests ex-minister in ₹1,200-crore scam", 1.2e10, "INR", "₹1,200-crore"},
    {"a $2-billion deal", 2e9, "USD", "$2-billion"},
    {"hoped to earn SR1,500 a month", 1500, "SAR", "SR1,500"},
    {"spending of 436 billion meticais", 436e9, "MZN", "436 billion meticais"},
    {"the embassy gave IRs 200,000 to each family", 200000, "INR", "IRs 200,000"},
    {"South Africa committed R2.5bn in credit", 2.5e9, "ZAR", "R2.5bn"},
    {"tickets for 2,000 CFA francs in Ivory Coast", 2000, "XOF", "2,000 CFA francs"},
    {"tickets for £2.60 each", 2.6, "GBP", "£2.60"},
    {"Norway pledged 2 billion kroner", 2e9, "NOK", "2 billion kroner"},
    {"investors lost Rs 3.2 lakh crore in India", 3.2e12, "INR", "Rs 3.2 lakh crore"},
    {"The Philippine government promised 200,000 pesos", 200000, "PHP", "200,000 pesos"},
    {"In Australia, a $25 million package", 25e6, "AUD", "$25 million"},
    {"half a million pounds was raised", 500000, "GBP", "half a million pounds"},
    {"worth USD 296 at the time", 296, "USD", "USD 296"},
    /* letters for local currencies: shillings by the home country, N/P/R only at home */
    {"NAIROBI, Kenya - The Treasury released Sh1 billion", 1e9, "KES", "Sh1 billion"},
    {"Kenya's council paid KSh 250,000 in fees", 250000, "KES", "KSh 250,000"},
    {"ABUJA, Nigeria - Families will get N50 million", 5e7, "NGN", "N50 million"},
    {"MANILA, Philippines - Each family got P100,000 in aid", 100000, "PHP", "P100,000"},
    {"The Philippine agency sent P1.5 million worth of food", 1.5e6, "PHP", "P1.5 million"},
    /* thousands grouped by spaces and the decimal comma (South African copy) */
    {"The South African court set bail at R50 000 each", 50000, "ZAR", "R50 000"},
    {"South African police said the fine was R48 750", 48750, "ZAR", "R48 750"},
    {"South African police valued the haul at R1,2 million", 1.2e6, "ZAR", "R1,2 million"},
    {"a fine of 10,000 złoty", 10000, "PLN", "10,000 złoty"},
    {"It released 150 million quetzales for relief.", 150000000, "GTQ", "150 million quetzales"},
    {"a bribe of 20,000 lempiras", 20000, "HNL", "20,000 lempiras"},
    {"a fine of 5 million shekels", 5000000, "ILS", "5 million shekels"},
    /* a rand sum in billions wherever the story is set; the cedi sign; Omani rials */
    {"Delegates agreed to set up a R18bn facility.", 18000000000.0, "ZAR", "R18bn"},
    {"Each family will get GH₵10,000.", 10000, "GHS", "GH₵10,000"},
    {"Diggers in Ghana were paid as little as GH¢1,500 a well.", 1500, "GHS", "GH¢1,500"},
    {"Three men tried to sell a pangolin for 250,000 pula in Maun.", 250000, "BWP", "250,000 pula"},
    {"The stall owner was fined 300,000 kyat.", 300000, "MMK", "300,000 kyat"},
    {"The gold, valued at about QR2.7m, was seized in Doha.", 2700000, "QAR", "QR2.7m"},
    {"The court in Amman fined each of the nine Jordanians JD25,000.", 25000, "JOD", "JD25,000"},
    /* a dollar sum said to be US money, in a Canadian story */
    {"VANCOUVER - Police seized $640,000 in American currency.", 640000, "USD", "$640,000"},
    /* crowns: the krone, the krona or the koruna of the country named before */
    {"Equinor wrote down 9.8 billion Norwegian crowns on its assets.", 9.8e9, "NOK",
     "9.8 billion Norwegian crowns"},
    {"The fund paid 5 million Swedish crowns.", 5e6, "SEK", "5 million Swedish crowns"},
    /* or after a scale, the sentence naming a country of crowns */
    {"Czech police detained 11 people over a tender worth 1.8 billion crowns.", 1.8e9, "CZK",
     "1.8 billion crowns"},
    {"The tender was worth 1.8bn crowns, Czech police said.", 1.8e9, "CZK", "1.8bn crowns"},
    {"Iceland pledged 500 million Icelandic krónur.", 5e8, "ISK", "500 million Icelandic krónur"},
    {"he diverted about SFr140mn from clients", 1.4e8, "CHF", "SFr140mn"},
    {"It was part of an 86 million-euro upgrade.", 86000000, "EUR", "86 million-euro"},
    {"Racers in Peru face fines of S/ 5,150.", 5150, "PEN", "S/ 5,150"},
    {"The plant in Spanish Town was fined J$5 million.", 5000000, "JMD", "J$5 million"},
    {"A rubber tapper in Thailand earns about Bt9,000 a month.", 9000, "THB", "Bt9,000"},
    /* the koruna's sign, the dram */
    {"Shareholders will get Kč1,180 a share.", 1180, "CZK", "Kč1,180"},
    {"Armenia will spend 48bn drams on the road.", 48000000000.0, "AMD", "48bn drams"},
    /* the CFA franc after the sum */
    {"In Senegal, the State would pay 500,000 FCFA to each family.", 500000, "XOF", "500,000 FCFA"},
    {"In Cameroon, the State would pay 500 000 F CFA to each family.", 500000, "XAF", "500 000 F CFA"},
    /* Uruguay's money is the peso (UYU), not its indexed unit (UYI); a
     * country named after the sum does not take the home country's pesos */
    {"Montevideo, Uruguay - The fine was 20,000 pesos.", 20000, "UYU", "20,000 pesos"},
    {"BUENOS AIRES, Argentina - The court fined him 95 million pesos and seized a flat in "
     "Punta del Este, Uruguay.", 95000000, "ARS", "95 million pesos"},
    /* one letter, several currencies: the one of the country the story is in */
    {"Zambia's budget of K186.4 billion was tabled in Lusaka.", 186400000000.0, "ZMW", "K186.4 billion"},
    {"The court in Botswana heard the diamonds were worth P38.6 million.", 38600000, "BWP", "P38.6 million"},
    {"In the Philippines, the van carried P5 million.", 5000000, "PHP", "P5 million"},
    {"Malawi will spend MK2.5 billion on the floods.", 2500000000.0, "MWK", "MK2.5 billion"},
    {"Miners in Guyana are paid G$15,000 a week.", 15000, "GYD", "G$15,000"},
    {"Police seized cash of ZiG12,300.", 12300, "ZWG", "ZiG12,300"},
    {"Laos fined the company 1.5bn kip.", 1500000000, "LAK", "1.5bn kip"},
    {"Each family in Kyrgyzstan will receive 1 million soms.", 1000000, "KGS", "1 million soms"},
    {"The contractor in Kelowna was fined $48,500, and 24 workers died in B.C. last year.", 48500,
     "CAD", "$48,500"},
    /* "Rs." with its dot ends no sentence */
    {"Police in Sri Lanka put the damage at Rs. 850,000. The Speaker agreed.", 850000, "LKR",
     "Rs. 850,000"},
    /* the minutes of a time are no sum: the lakh after the symbol is */
    {"Dhaka, Bangladesh\n\n16:50 Tk 50 lakh seized", 5000000, "BDT", "Tk 50 lakh"},
    /* a word the home country uses, named in the sentence with another user */
    {"NAIROBI, Kenya - Methanol smuggled into Kenya from Uganda was sold for 20 shillings a "
     "sachet.", 20, "KES", "20 shillings"},
    {"Oman fines drivers up to RO 500.", 500, "OMR", "RO 500"},
    /* Malaysian and wire abbreviations of the multipliers */
    {"The contractor was fined RM12mil by the Sessions Court.", 12e6, "MYR", "RM12mil"},
    {"The group reported a profit of 1.2 tln won.", 1.2e12, "KRW", "1.2 tln won"},
    /* the Dominican peso's and the Liberian dollar's own signs */
    {"Customs officers took bribes of RD$150,000 a container.", 150000, "DOP", "RD$150,000"},
    {"The ministry paid L$2.5 million in arrears.", 2.5e6, "LRD", "L$2.5 million"},
    /* Croatia's money before the euro */
    {"Investigators found 310,000 kuna in cash in a safe.", 310000, "HRK", "310,000 kuna"},
    /* cents and pence: a hundredth of the home dollar, of the adjective's, of a pound */
    {"Wellington, New Zealand\n\nThe board declared a dividend of 25 cents a share.", 0.25, "NZD",
     "25 cents"},
    {"Earnings were 87 Canadian cents a share.", 0.87, "CAD", "87 Canadian cents"},
    {"A stamp costs 40 pence in Britain.", 0.40, "GBP", "40 pence"},
    /* Bhutan's ngultrum by its letters */
    {"Gasa, Bhutan\n\nThe government will provide Nu 500,000 to each family.", 500000, "BTN",
     "Nu 500,000"},
    {"CAIRO\n\nThe court fined the contractor LE 250,000 in Egypt.", 250000, "EGP", "LE 250,000"},
    {"The council in Madagascar allocated Ar 2.5 billion for repairs.", 2500000000.0, "MGA",
     "Ar 2.5 billion"},
    {"Türkiye has invested TL 1.2 billion in thermal cameras.", 1200000000.0, "TRY",
     "TL 1.2 billion"},
    {"Guatemala's minister offered a reward of Q150,000 for each fugitive.", 150000.0, "GTQ",
     "Q150,000"},
    /* Pacific currencies */
    {"In Samoa, members lose their allowance of 150 tala a day.", 150, "WST", "150 tala"},
    /* the dateline's city, not the neighbours the story names, is home */
    {"Amritsar, August 9\n\nPakistani smugglers dropped heroin by drone. Police seized Rs 21.5 "
     "lakh from the Pakistani handlers.", 2150000, "INR", "Rs 21.5 lakh"},
    {"In Oman, each family received 10,000 rials.", 10000, "OMR", "10,000 rials"},
    {"DOHA, Qatar — The fine is 5,000 riyals.", 5000, "QAR", "5,000 riyals"},
    {"CARACAS, Venezuela — The company was fined 5,000 bolivars.", 5000, "VES", "5,000 bolivars"},
    {"PERTH, Scotland (Reuters) - The council paid 5,000 dollars.", 5000, "USD", "5,000 dollars"},
    {"LONDON, Ontario (CP) - The council paid 5,000 dollars.", 5000, "CAD", "5,000 dollars"},
    {"Goods worth some 240 bln euros pass through it.", 240000000000.0, "EUR", "240 bln euros"},
    {"Prosecutors froze property worth 45 million lek.", 45000000, "ALL", "45 million lek"},
    {"N'DJAMENA, Chad - Treating a child costs about FCFA 25,000", 25000, "XAF", "FCFA 25,000"},
    {"DAKAR, Senegal - Tickets cost FCFA 2,000", 2000, "XOF", "FCFA 2,000"},
    {"gold worth Dh5,000 was seized", 5000, "AED", "Dh5,000"},
    /* the IMF's unit of account */
    {"The arrangement is worth 975 million special drawing rights.", 975000000, "XDR",
     "975 million special drawing rights"},
    /* pounds of money, not of goods */
    {"The council spent 2 million pounds of public money.", 2000000, "GBP", "2 million pounds"},
    /* an Australian state's initials place a bare dollar */
    {"Power was cut across regional NSW. Repairs will cost $5 million.", 5000000, "AUD",
     "$5 million"},
    /* a visitor from a Canadian town does not make a Wisconsin story Canadian */
    {"Two Illinois men were held. A man from Thunder Bay, Ontario, Canada, paid a $343.50 fine.",
     343.5, "USD", "$343.50"},
    /* a word other countries share, in a story datelined elsewhere */
    {"ROME - Tunisian police said each migrant paid 2,000 dinars", 2000, "TND", "2,000 dinars"},
    /* the signs of the Caucasus and Central Asia, and names written short */
    {"a record ₾32.4 billion budget", 32.4e9, "GEL", "₾32.4 billion"},
    {"a fine of ₸5,000 was imposed", 5000, "KZT", "₸5,000"},
    {"an additional 2 million zł for the families", 2e6, "PLN", "2 million zł"},
    {"to pay 40,000 convertible marks in compensation", 40000, "BAM", "40,000 convertible marks"},
    {"LA PAZ, Bolivia - The Government allocated Bs 35 million to the response", 35e6, "BOB",
     "Bs 35 million"},
    {"CARACAS, Venezuela - The fare rose to Bs 50", 50, "VES", "Bs 50"},
    {"PORT MORESBY, Papua New Guinea - talks on a K1.5 billion highway upgrade", 1.5e9, "PGK",
     "K1.5 billion"},
    {"it would give 15,000 quetzals to each family", 15000, "GTQ", "15,000 quetzals"},
    {"KIGALI, Rwanda - Cabinet has approved Rwf 3 billion for relief", 3e9, "RWF",
     "Rwf 3 billion"},
    {"ADDIS ABABA, Ethiopia - The budget includes Br 28 billion for salaries", 28e9, "ETB",
     "Br 28 billion"},
};

/* A range with its multiplier once: both ends are sums, over one span. */
START_TEST(test_range)
{
    const char *text = "The project will cost US$3–4 million.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_amounts, 2);
    ck_assert_double_eq_tol(f->amounts[0].value, 3e6, 1e-6);
    ck_assert_double_eq_tol(f->amounts[1].value, 4e6, 1e-6);
    ck_assert_str_eq(f->amounts[1].currency, "USD");
    ck_assert_str_eq(test_slice(text, f->amounts[1].text), "US$3–4 million");
    nf_facts_free(f);
}
END_TEST

START_TEST(test_amounts)
{
    const char *text = rows[_i].text;
    nf_facts *f = test_extract(text);
    ck_assert_msg(f->n_amounts == 1, "%s: %zu amounts", text, f->n_amounts);
    ck_assert_double_eq_tol(f->amounts[0].value, rows[_i].value, 1e-6);
    ck_assert_str_eq(f->amounts[0].currency, rows[_i].currency);
    ck_assert_str_eq(test_slice(text, f->amounts[0].text), rows[_i].span);
    nf_facts_free(f);
}
END_TEST

START_TEST(test_conversion_is_a_second_amount)
{
    const char *text = "They paid 30 million pesos (about $7,300) in Colombia.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_amounts, 2);
    ck_assert_str_eq(f->amounts[0].currency, "COP");
    ck_assert_str_eq(f->amounts[1].currency, "USD");
    ck_assert_double_eq(f->amounts[1].value, 7300);
    nf_facts_free(f);
}
END_TEST

START_TEST(test_same_sum_twice_is_one)
{
    const char *text = "A €1.2bn plan\n\nLeaders agreed a €1.2bn programme. The €1.2bn total.";
    nf_facts *f = test_extract(text);
    ck_assert_uint_eq(f->n_amounts, 1);
    ck_assert_str_eq(test_slice(text, f->amounts[0].text), "€1.2bn");
    ck_assert_uint_gt(f->amounts[0].text.start, 14);   /* the body, not the headline */
    nf_facts_free(f);
}
END_TEST

START_TEST(test_not_amounts)
{
    const char *texts[] = {"thousands of dollars", "a man weighing 200 pounds",
                           "ABUJA, Nigeria - He drove on the N1 and the A1 roads",
                           "LONDON - Taxis took the P100,000 route"  /* not at home */,
                           "the home side won 2-1", "13.4 metres", "it costs dollars",
                           "The club has won three crowns in five years",
                           "British police seized 2 million crowns",
                           "Ivory Coast's existing 2033 dollar bonds edged higher",
                           "its 2030 euro notes rallied",
                           "The government paid Tk 000,00 to each family" /* no value */,
                           "LONDON - Scan the QR code for 50 offers",
                           "PARIS - Le 250 was the club's motto" /* LE: at home in Egypt only */,
                           "PARIS - The K500 and P300 models were recalled" /* not at home */,
                           "($1 = 1,425.0000 won)" /* an exchange rate */,
                           "She scored 80 marks in the exam",
                           "PRETORIA, South Africa - The taxi crashed on the R573 Moloto Road",
                           "Police found about 2 pounds of methamphetamine in a backpack",
                           "The thieves took 200 pounds of copper wire"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        nf_facts *f = test_extract(texts[i]);
        ck_assert_msg(f->n_amounts == 0, "%s", texts[i]);
        nf_facts_free(f);
    }
}
END_TEST

Suite *amount_suite(void)
{
    Suite *s = suite_create("amount");
    TCase *tc = tcase_create("core");
    tcase_add_loop_test(tc, test_amounts, 0, (int)(sizeof rows / sizeof rows[0]));
    tcase_add_test(tc, test_range);
    tcase_add_test(tc, test_conversion_is_a_second_amount);
    tcase_add_test(tc, test_same_sum_twice_is_one);
    tcase_add_test(tc, test_not_amounts);
    suite_add_tcase(s, tc);
    return s;
}
