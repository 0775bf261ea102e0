-- 001_init.sql — the newsfacts schema, version 1.
--
-- The migration runner in loader/db.c applies schema/NNN_*.sql in order, each
-- in its own transaction, and sets PRAGMA user_version = NNN after it (the
-- files never set it themselves). Tables are ordinary (not STRICT, which DB
-- Browser 3.12 cannot show): types are enforced with CHECK(typeof(...)).
-- Offsets are byte offsets into documents.text, start inclusive, end
-- exclusive; every fact row keeps text = substr of the story for evidence,
-- and sentence_id = the sentence containing its start offset (NULL if none).
-- Everything a story owns is deleted with its documents row (ON DELETE
-- CASCADE); people and countries outlive stories.

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE
               CHECK (typeof(sha256) = 'text' AND length(sha256) = 64),
    source     TEXT NOT NULL CHECK (typeof(source) = 'text'),
    title      TEXT CHECK (title IS NULL OR typeof(title) = 'text'),
    url        TEXT CHECK (url IS NULL OR typeof(url) = 'text'),
    published  TEXT CHECK (published IS NULL OR typeof(published) = 'text'),
    bytes      INTEGER NOT NULL CHECK (typeof(bytes) = 'integer' AND bytes >= 0),
    text       TEXT NOT NULL CHECK (typeof(text) = 'text'),
    loaded_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL CHECK (typeof(idx) = 'integer' AND idx >= 0),  -- 0-based
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    UNIQUE (document_id, idx)
);

-- Full-text index over sentences.text (external content: the text is stored
-- once, in sentences); the triggers keep it in step in the same transaction.
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    text, content = 'sentences', content_rowid = 'id'
);
CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_au AFTER UPDATE OF text ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL CHECK (typeof(ord) = 'integer'),  -- the event's id in the story's facts
    type        TEXT CHECK (type IS NULL OR typeof(type) = 'text'),
    main        INTEGER NOT NULL CHECK (main IN (0, 1)),
    location    TEXT CHECK (location IS NULL OR typeof(location) = 'text'),
    date        TEXT CHECK (date IS NULL OR typeof(date) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,
    UNIQUE (document_id, ord)
);

CREATE TABLE countries (
    code        TEXT PRIMARY KEY
                CHECK (typeof(code) = 'text' AND length(code) = 2 AND code = upper(code)),
    alpha3      TEXT CHECK (alpha3 IS NULL OR typeof(alpha3) = 'text'),
    name        TEXT NOT NULL CHECK (typeof(name) = 'text'),
    common_name TEXT CHECK (common_name IS NULL OR typeof(common_name) = 'text')
);

-- The countries a story names (one row per story and country, even when the
-- facts carry no mention span); their mentions are the evidence.
CREATE TABLE document_countries (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL REFERENCES countries(code),
    PRIMARY KEY (document_id, code)
);

CREATE TABLE country_mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code        TEXT NOT NULL REFERENCES countries(code),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

-- One row per person across all stories: name_key is the name lowercased,
-- accents stripped, punctuation folded and leading honorifics (Mr, Mrs, Ms,
-- Dr, ...) dropped; name is the longest form seen.
CREATE TABLE people (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL CHECK (typeof(name) = 'text'),
    name_key TEXT NOT NULL UNIQUE CHECK (typeof(name_key) = 'text' AND name_key <> '')
);

CREATE TABLE official_roles (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id),
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    title        TEXT CHECK (title IS NULL OR typeof(title) = 'text'),
    country_code TEXT REFERENCES countries(code),
    UNIQUE (person_id, document_id)
);

CREATE TABLE person_mentions (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

CREATE TABLE casualties (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    category    TEXT NOT NULL
                CHECK (category IN ('dead', 'injured', 'missing', 'survivors', 'aboard')),
    count       INTEGER NOT NULL CHECK (typeof(count) = 'integer' AND count >= 0),
    qualifier   TEXT NOT NULL
                CHECK (qualifier IN ('exact', 'at_least', 'more_than', 'up_to', 'approximate')),
    grp         TEXT CHECK (grp IS NULL OR typeof(grp) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

CREATE TABLE arrests (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
    count       INTEGER CHECK (count IS NULL OR (typeof(count) = 'integer' AND count >= 0)),
    suspects    TEXT CHECK (suspects IS NULL OR typeof(suspects) = 'text'),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

-- speaker is the name the facts give (NULL when nobody is named); person_id
-- links it to people when the speaker is a known person (an official of any
-- story, matched by name_key, or by surname among the story's officials).
-- Organisations ("Downing Street") and unknown speakers get no people row.
CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker     TEXT CHECK (speaker IS NULL OR typeof(speaker) = 'text'),
    person_id   INTEGER REFERENCES people(id) ON DELETE SET NULL,
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

CREATE TABLE amounts (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    value       REAL NOT NULL CHECK (typeof(value) = 'real'),
    currency    TEXT NOT NULL
                CHECK (typeof(currency) = 'text' AND length(currency) = 3 AND currency = upper(currency)),
    start       INTEGER NOT NULL CHECK (typeof(start) = 'integer' AND start >= 0),
    "end"       INTEGER NOT NULL CHECK (typeof("end") = 'integer' AND "end" >= start),
    text        TEXT NOT NULL CHECK (typeof(text) = 'text'),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE
);

-- Filled (and kept in step) by the program from queries/*.sql; each one is
-- also a view of the same name.
CREATE TABLE saved_queries (
    name        TEXT PRIMARY KEY CHECK (typeof(name) = 'text'),
    title       TEXT NOT NULL CHECK (typeof(title) = 'text'),
    description TEXT CHECK (description IS NULL OR typeof(description) = 'text'),
    sql         TEXT NOT NULL CHECK (typeof(sql) = 'text')
);

-- Indexes for the joins and filters of queries/*.sql and for ON DELETE CASCADE.
CREATE INDEX sentences_document   ON sentences(document_id);
CREATE INDEX events_sentence      ON events(sentence_id);
CREATE INDEX doc_countries_code   ON document_countries(code);
CREATE INDEX country_mentions_doc ON country_mentions(document_id, code);
CREATE INDEX country_mentions_code ON country_mentions(code);
CREATE INDEX country_mentions_sentence ON country_mentions(sentence_id);
CREATE INDEX official_roles_doc   ON official_roles(document_id);
CREATE INDEX official_roles_country ON official_roles(country_code);
CREATE INDEX person_mentions_person ON person_mentions(person_id);
CREATE INDEX person_mentions_doc  ON person_mentions(document_id);
CREATE INDEX person_mentions_sentence ON person_mentions(sentence_id);
CREATE INDEX casualties_doc       ON casualties(document_id, event_id, category);
CREATE INDEX casualties_event     ON casualties(event_id);
CREATE INDEX casualties_sentence  ON casualties(sentence_id);
CREATE INDEX arrests_doc          ON arrests(document_id);
CREATE INDEX arrests_event        ON arrests(event_id);
CREATE INDEX arrests_sentence     ON arrests(sentence_id);
CREATE INDEX quotes_doc           ON quotes(document_id);
CREATE INDEX quotes_person        ON quotes(person_id);
CREATE INDEX quotes_sentence      ON quotes(sentence_id);
CREATE INDEX amounts_doc          ON amounts(document_id);
CREATE INDEX amounts_sentence     ON amounts(sentence_id);

-- Every ISO 3166-1 country, generated from iso-codes by tools/gen_countries.sh.
-- BEGIN countries
INSERT INTO countries(code, alpha3, name, common_name) VALUES
  ('AD', 'AND', 'Andorra', NULL),
  ('AE', 'ARE', 'United Arab Emirates', NULL),
  ('AF', 'AFG', 'Afghanistan', NULL),
  ('AG', 'ATG', 'Antigua and Barbuda', NULL),
  ('AI', 'AIA', 'Anguilla', NULL),
  ('AL', 'ALB', 'Albania', NULL),
  ('AM', 'ARM', 'Armenia', NULL),
  ('AO', 'AGO', 'Angola', NULL),
  ('AQ', 'ATA', 'Antarctica', NULL),
  ('AR', 'ARG', 'Argentina', NULL),
  ('AS', 'ASM', 'American Samoa', NULL),
  ('AT', 'AUT', 'Austria', NULL),
  ('AU', 'AUS', 'Australia', NULL),
  ('AW', 'ABW', 'Aruba', NULL),
  ('AX', 'ALA', 'Åland Islands', NULL),
  ('AZ', 'AZE', 'Azerbaijan', NULL),
  ('BA', 'BIH', 'Bosnia and Herzegovina', NULL),
  ('BB', 'BRB', 'Barbados', NULL),
  ('BD', 'BGD', 'Bangladesh', NULL),
  ('BE', 'BEL', 'Belgium', NULL),
  ('BF', 'BFA', 'Burkina Faso', NULL),
  ('BG', 'BGR', 'Bulgaria', NULL),
  ('BH', 'BHR', 'Bahrain', NULL),
  ('BI', 'BDI', 'Burundi', NULL),
  ('BJ', 'BEN', 'Benin', NULL),
  ('BL', 'BLM', 'Saint Barthélemy', NULL),
  ('BM', 'BMU', 'Bermuda', NULL),
  ('BN', 'BRN', 'Brunei Darussalam', NULL),
  ('BO', 'BOL', 'Bolivia, Plurinational State of', 'Bolivia'),
  ('BQ', 'BES', 'Bonaire, Sint Eustatius and Saba', NULL),
  ('BR', 'BRA', 'Brazil', NULL),
  ('BS', 'BHS', 'Bahamas', NULL),
  ('BT', 'BTN', 'Bhutan', NULL),
  ('BV', 'BVT', 'Bouvet Island', NULL),
  ('BW', 'BWA', 'Botswana', NULL),
  ('BY', 'BLR', 'Belarus', NULL),
  ('BZ', 'BLZ', 'Belize', NULL),
  ('CA', 'CAN', 'Canada', NULL),
  ('CC', 'CCK', 'Cocos (Keeling) Islands', NULL),
  ('CD', 'COD', 'Congo, The Democratic Republic of the', NULL),
  ('CF', 'CAF', 'Central African Republic', NULL),
  ('CG', 'COG', 'Congo', NULL),
  ('CH', 'CHE', 'Switzerland', NULL),
  ('CI', 'CIV', 'Côte d''Ivoire', NULL),
  ('CK', 'COK', 'Cook Islands', NULL),
  ('CL', 'CHL', 'Chile', NULL),
  ('CM', 'CMR', 'Cameroon', NULL),
  ('CN', 'CHN', 'China', NULL),
  ('CO', 'COL', 'Colombia', NULL),
  ('CR', 'CRI', 'Costa Rica', NULL),
  ('CU', 'CUB', 'Cuba', NULL),
  ('CV', 'CPV', 'Cabo Verde', NULL),
  ('CW', 'CUW', 'Curaçao', NULL),
  ('CX', 'CXR', 'Christmas Island', NULL),
  ('CY', 'CYP', 'Cyprus', NULL),
  ('CZ', 'CZE', 'Czechia', NULL),
  ('DE', 'DEU', 'Germany', NULL),
  ('DJ', 'DJI', 'Djibouti', NULL),
  ('DK', 'DNK', 'Denmark', NULL),
  ('DM', 'DMA', 'Dominica', NULL),
  ('DO', 'DOM', 'Dominican Republic', NULL),
  ('DZ', 'DZA', 'Algeria', NULL),
  ('EC', 'ECU', 'Ecuador', NULL),
  ('EE', 'EST', 'Estonia', NULL),
  ('EG', 'EGY', 'Egypt', NULL),
  ('EH', 'ESH', 'Western Sahara', NULL),
  ('ER', 'ERI', 'Eritrea', NULL),
  ('ES', 'ESP', 'Spain', NULL),
  ('ET', 'ETH', 'Ethiopia', NULL),
  ('FI', 'FIN', 'Finland', NULL),
  ('FJ', 'FJI', 'Fiji', NULL),
  ('FK', 'FLK', 'Falkland Islands (Malvinas)', NULL),
  ('FM', 'FSM', 'Micronesia, Federated States of', NULL),
  ('FO', 'FRO', 'Faroe Islands', NULL),
  ('FR', 'FRA', 'France', NULL),
  ('GA', 'GAB', 'Gabon', NULL),
  ('GB', 'GBR', 'United Kingdom', NULL),
  ('GD', 'GRD', 'Grenada', NULL),
  ('GE', 'GEO', 'Georgia', NULL),
  ('GF', 'GUF', 'French Guiana', NULL),
  ('GG', 'GGY', 'Guernsey', NULL),
  ('GH', 'GHA', 'Ghana', NULL),
  ('GI', 'GIB', 'Gibraltar', NULL),
  ('GL', 'GRL', 'Greenland', NULL),
  ('GM', 'GMB', 'Gambia', NULL),
  ('GN', 'GIN', 'Guinea', NULL),
  ('GP', 'GLP', 'Guadeloupe', NULL),
  ('GQ', 'GNQ', 'Equatorial Guinea', NULL),
  ('GR', 'GRC', 'Greece', NULL),
  ('GS', 'SGS', 'South Georgia and the South Sandwich Islands', NULL),
  ('GT', 'GTM', 'Guatemala', NULL),
  ('GU', 'GUM', 'Guam', NULL),
  ('GW', 'GNB', 'Guinea-Bissau', NULL),
  ('GY', 'GUY', 'Guyana', NULL),
  ('HK', 'HKG', 'Hong Kong', NULL),
  ('HM', 'HMD', 'Heard Island and McDonald Islands', NULL),
  ('HN', 'HND', 'Honduras', NULL),
  ('HR', 'HRV', 'Croatia', NULL),
  ('HT', 'HTI', 'Haiti', NULL),
  ('HU', 'HUN', 'Hungary', NULL),
  ('ID', 'IDN', 'Indonesia', NULL),
  ('IE', 'IRL', 'Ireland', NULL),
  ('IL', 'ISR', 'Israel', NULL),
  ('IM', 'IMN', 'Isle of Man', NULL),
  ('IN', 'IND', 'India', NULL),
  ('IO', 'IOT', 'British Indian Ocean Territory', NULL),
  ('IQ', 'IRQ', 'Iraq', NULL),
  ('IR', 'IRN', 'Iran, Islamic Republic of', 'Iran'),
  ('IS', 'ISL', 'Iceland', NULL),
  ('IT', 'ITA', 'Italy', NULL),
  ('JE', 'JEY', 'Jersey', NULL),
  ('JM', 'JAM', 'Jamaica', NULL),
  ('JO', 'JOR', 'Jordan', NULL),
  ('JP', 'JPN', 'Japan', NULL),
  ('KE', 'KEN', 'Kenya', NULL),
  ('KG', 'KGZ', 'Kyrgyzstan', NULL),
  ('KH', 'KHM', 'Cambodia', NULL),
  ('KI', 'KIR', 'Kiribati', NULL),
  ('KM', 'COM', 'Comoros', NULL),
  ('KN', 'KNA', 'Saint Kitts and Nevis', NULL),
  ('KP', 'PRK', 'Korea, Democratic People''s Republic of', 'North Korea'),
  ('KR', 'KOR', 'Korea, Republic of', 'South Korea'),
  ('KW', 'KWT', 'Kuwait', NULL),
  ('KY', 'CYM', 'Cayman Islands', NULL),
  ('KZ', 'KAZ', 'Kazakhstan', NULL),
  ('LA', 'LAO', 'Lao People''s Democratic Republic', 'Laos'),
  ('LB', 'LBN', 'Lebanon', NULL),
  ('LC', 'LCA', 'Saint Lucia', NULL),
  ('LI', 'LIE', 'Liechtenstein', NULL),
  ('LK', 'LKA', 'Sri Lanka', NULL),
  ('LR', 'LBR', 'Liberia', NULL),
  ('LS', 'LSO', 'Lesotho', NULL),
  ('LT', 'LTU', 'Lithuania', NULL),
  ('LU', 'LUX', 'Luxembourg', NULL),
  ('LV', 'LVA', 'Latvia', NULL),
  ('LY', 'LBY', 'Libya', NULL),
  ('MA', 'MAR', 'Morocco', NULL),
  ('MC', 'MCO', 'Monaco', NULL),
  ('MD', 'MDA', 'Moldova, Republic of', 'Moldova'),
  ('ME', 'MNE', 'Montenegro', NULL),
  ('MF', 'MAF', 'Saint Martin (French part)', NULL),
  ('MG', 'MDG', 'Madagascar', NULL),
  ('MH', 'MHL', 'Marshall Islands', NULL),
  ('MK', 'MKD', 'North Macedonia', NULL),
  ('ML', 'MLI', 'Mali', NULL),
  ('MM', 'MMR', 'Myanmar', NULL),
  ('MN', 'MNG', 'Mongolia', NULL),
  ('MO', 'MAC', 'Macao', NULL),
  ('MP', 'MNP', 'Northern Mariana Islands', NULL),
  ('MQ', 'MTQ', 'Martinique', NULL),
  ('MR', 'MRT', 'Mauritania', NULL),
  ('MS', 'MSR', 'Montserrat', NULL),
  ('MT', 'MLT', 'Malta', NULL),
  ('MU', 'MUS', 'Mauritius', NULL),
  ('MV', 'MDV', 'Maldives', NULL),
  ('MW', 'MWI', 'Malawi', NULL),
  ('MX', 'MEX', 'Mexico', NULL),
  ('MY', 'MYS', 'Malaysia', NULL),
  ('MZ', 'MOZ', 'Mozambique', NULL),
  ('NA', 'NAM', 'Namibia', NULL),
  ('NC', 'NCL', 'New Caledonia', NULL),
  ('NE', 'NER', 'Niger', NULL),
  ('NF', 'NFK', 'Norfolk Island', NULL),
  ('NG', 'NGA', 'Nigeria', NULL),
  ('NI', 'NIC', 'Nicaragua', NULL),
  ('NL', 'NLD', 'Netherlands', NULL),
  ('NO', 'NOR', 'Norway', NULL),
  ('NP', 'NPL', 'Nepal', NULL),
  ('NR', 'NRU', 'Nauru', NULL),
  ('NU', 'NIU', 'Niue', NULL),
  ('NZ', 'NZL', 'New Zealand', NULL),
  ('OM', 'OMN', 'Oman', NULL),
  ('PA', 'PAN', 'Panama', NULL),
  ('PE', 'PER', 'Peru', NULL),
  ('PF', 'PYF', 'French Polynesia', NULL),
  ('PG', 'PNG', 'Papua New Guinea', NULL),
  ('PH', 'PHL', 'Philippines', NULL),
  ('PK', 'PAK', 'Pakistan', NULL),
  ('PL', 'POL', 'Poland', NULL),
  ('PM', 'SPM', 'Saint Pierre and Miquelon', NULL),
  ('PN', 'PCN', 'Pitcairn', NULL),
  ('PR', 'PRI', 'Puerto Rico', NULL),
  ('PS', 'PSE', 'Palestine, State of', NULL),
  ('PT', 'PRT', 'Portugal', NULL),
  ('PW', 'PLW', 'Palau', NULL),
  ('PY', 'PRY', 'Paraguay', NULL),
  ('QA', 'QAT', 'Qatar', NULL),
  ('RE', 'REU', 'Réunion', NULL),
  ('RO', 'ROU', 'Romania', NULL),
  ('RS', 'SRB', 'Serbia', NULL),
  ('RU', 'RUS', 'Russian Federation', NULL),
  ('RW', 'RWA', 'Rwanda', NULL),
  ('SA', 'SAU', 'Saudi Arabia', NULL),
  ('SB', 'SLB', 'Solomon Islands', NULL),
  ('SC', 'SYC', 'Seychelles', NULL),
  ('SD', 'SDN', 'Sudan', NULL),
  ('SE', 'SWE', 'Sweden', NULL),
  ('SG', 'SGP', 'Singapore', NULL),
  ('SH', 'SHN', 'Saint Helena, Ascension and Tristan da Cunha', NULL),
  ('SI', 'SVN', 'Slovenia', NULL),
  ('SJ', 'SJM', 'Svalbard and Jan Mayen', NULL),
  ('SK', 'SVK', 'Slovakia', NULL),
  ('SL', 'SLE', 'Sierra Leone', NULL),
  ('SM', 'SMR', 'San Marino', NULL),
  ('SN', 'SEN', 'Senegal', NULL),
  ('SO', 'SOM', 'Somalia', NULL),
  ('SR', 'SUR', 'Suriname', NULL),
  ('SS', 'SSD', 'South Sudan', NULL),
  ('ST', 'STP', 'Sao Tome and Principe', NULL),
  ('SV', 'SLV', 'El Salvador', NULL),
  ('SX', 'SXM', 'Sint Maarten (Dutch part)', NULL),
  ('SY', 'SYR', 'Syrian Arab Republic', 'Syria'),
  ('SZ', 'SWZ', 'Eswatini', NULL),
  ('TC', 'TCA', 'Turks and Caicos Islands', NULL),
  ('TD', 'TCD', 'Chad', NULL),
  ('TF', 'ATF', 'French Southern Territories', NULL),
  ('TG', 'TGO', 'Togo', NULL),
  ('TH', 'THA', 'Thailand', NULL),
  ('TJ', 'TJK', 'Tajikistan', NULL),
  ('TK', 'TKL', 'Tokelau', NULL),
  ('TL', 'TLS', 'Timor-Leste', NULL),
  ('TM', 'TKM', 'Turkmenistan', NULL),
  ('TN', 'TUN', 'Tunisia', NULL),
  ('TO', 'TON', 'Tonga', NULL),
  ('TR', 'TUR', 'Türkiye', NULL),
  ('TT', 'TTO', 'Trinidad and Tobago', NULL),
  ('TV', 'TUV', 'Tuvalu', NULL),
  ('TW', 'TWN', 'Taiwan, Province of China', 'Taiwan'),
  ('TZ', 'TZA', 'Tanzania, United Republic of', 'Tanzania'),
  ('UA', 'UKR', 'Ukraine', NULL),
  ('UG', 'UGA', 'Uganda', NULL),
  ('UM', 'UMI', 'United States Minor Outlying Islands', NULL),
  ('US', 'USA', 'United States', NULL),
  ('UY', 'URY', 'Uruguay', NULL),
  ('UZ', 'UZB', 'Uzbekistan', NULL),
  ('VA', 'VAT', 'Holy See (Vatican City State)', NULL),
  ('VC', 'VCT', 'Saint Vincent and the Grenadines', NULL),
  ('VE', 'VEN', 'Venezuela, Bolivarian Republic of', 'Venezuela'),
  ('VG', 'VGB', 'Virgin Islands, British', NULL),
  ('VI', 'VIR', 'Virgin Islands, U.S.', NULL),
  ('VN', 'VNM', 'Viet Nam', 'Vietnam'),
  ('VU', 'VUT', 'Vanuatu', NULL),
  ('WF', 'WLF', 'Wallis and Futuna', NULL),
  ('WS', 'WSM', 'Samoa', NULL),
  ('YE', 'YEM', 'Yemen', NULL),
  ('YT', 'MYT', 'Mayotte', NULL),
  ('ZA', 'ZAF', 'South Africa', NULL),
  ('ZM', 'ZMB', 'Zambia', NULL),
  ('ZW', 'ZWE', 'Zimbabwe', NULL);
-- END countries
