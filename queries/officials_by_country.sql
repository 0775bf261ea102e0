-- title: Officials of one country (--param country=FR)
-- question: Which officials serve a given country, in what role, and in how many stories?
-- filter: (:country IS NULL OR country = upper(:country))
-- The view lists every official with each country they serve; the saved
-- query adds the filter line above (without --param country=XX it shows all).
SELECT r.country_code                   AS country,
       coalesce(c.common_name, c.name)  AS country_name,
       p.name                           AS name,
       group_concat(DISTINCT r.title)   AS titles,
       count(DISTINCT r.document_id)    AS stories,
       (SELECT count(*) FROM quotes AS q WHERE q.person_id = p.id) AS quotes
FROM official_roles AS r
JOIN people AS p ON p.id = r.person_id
LEFT JOIN countries AS c ON c.code = r.country_code
GROUP BY r.country_code, p.id
ORDER BY country, stories DESC, name;
