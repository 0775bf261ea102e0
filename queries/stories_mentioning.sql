-- title: Stories that name a country (--param country=FR)
-- question: Which stories name a given country, and how many times?
-- filter: (:country IS NULL OR country = upper(:country))
-- The view lists every story and country it names; the saved query adds
-- the filter line above.
SELECT dc.code                          AS country,
       coalesce(c.common_name, c.name)  AS country_name,
       d.source                         AS source,
       d.title                          AS title,
       d.published                      AS published,
       (SELECT count(*) FROM country_mentions AS m
         WHERE m.document_id = dc.document_id AND m.code = dc.code) AS mentions,
       d.sha256                         AS sha256
FROM document_countries AS dc
JOIN documents AS d ON d.id = dc.document_id
JOIN countries AS c ON c.code = dc.code
ORDER BY country, mentions DESC, source;
