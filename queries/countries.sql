-- title: Countries named in the stories
-- question: Which countries do the stories name, in how many stories and how many times?
SELECT c.code                           AS code,
       coalesce(c.common_name, c.name)  AS name,
       count(DISTINCT dc.document_id)   AS stories,
       (SELECT count(*) FROM country_mentions AS m WHERE m.code = c.code) AS mentions
FROM countries AS c
JOIN document_countries AS dc ON dc.code = c.code
GROUP BY c.code
ORDER BY stories DESC, mentions DESC, code;
