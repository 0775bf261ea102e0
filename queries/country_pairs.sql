-- title: Countries named together in the same story
-- question: Which pairs of countries appear together, and in how many stories?
SELECT a.code                                AS country_a,
       coalesce(ca.common_name, ca.name)     AS name_a,
       b.code                                AS country_b,
       coalesce(cb.common_name, cb.name)     AS name_b,
       count(*)                              AS stories
FROM document_countries AS a
JOIN document_countries AS b ON b.document_id = a.document_id AND b.code > a.code
JOIN countries AS ca ON ca.code = a.code
JOIN countries AS cb ON cb.code = b.code
GROUP BY a.code, b.code
ORDER BY stories DESC, country_a, country_b;
