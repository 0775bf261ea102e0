-- title: Officials: role, country, stories and quotes
-- question: Which officials appear in the stories, in what role and for which country, in how many stories, and how often are they quoted?
-- title and country are the ones the person is given most often.
SELECT p.name AS name,
       (SELECT r2.title FROM official_roles AS r2
         WHERE r2.person_id = p.id AND r2.title IS NOT NULL
         GROUP BY r2.title ORDER BY count(*) DESC, max(r2.document_id) DESC LIMIT 1) AS title,
       (SELECT r3.country_code FROM official_roles AS r3
         WHERE r3.person_id = p.id AND r3.country_code IS NOT NULL
         GROUP BY r3.country_code ORDER BY count(*) DESC, max(r3.document_id) DESC LIMIT 1) AS country,
       count(DISTINCT r.document_id) AS stories,
       (SELECT count(*) FROM quotes AS q WHERE q.person_id = p.id) AS quotes
FROM people AS p
JOIN official_roles AS r ON r.person_id = p.id
GROUP BY p.id
ORDER BY stories DESC, quotes DESC, name;
