-- title: Quotes with their speaker and the speaker's title
-- question: Who said what, in which role, in which story?
SELECT coalesce(p.name, q.speaker) AS speaker,
       r.title                     AS title,
       q.text                      AS quote,
       d.source                    AS source
FROM quotes AS q
JOIN documents AS d ON d.id = q.document_id
LEFT JOIN people AS p ON p.id = q.person_id
LEFT JOIN official_roles AS r ON r.person_id = q.person_id AND r.document_id = q.document_id
ORDER BY d.source, q.start;
