-- title: Most quoted speakers
-- question: Who is quoted most often, and in how many stories?
-- People are counted as one speaker across stories; organisations and
-- unresolved speakers by the name the story gives.
SELECT coalesce(p.name, q.speaker)      AS speaker,
       p.id IS NOT NULL                 AS is_person,
       count(*)                         AS quotes,
       count(DISTINCT q.document_id)    AS stories
FROM quotes AS q
LEFT JOIN people AS p ON p.id = q.person_id
WHERE q.person_id IS NOT NULL OR q.speaker IS NOT NULL
GROUP BY q.person_id, CASE WHEN q.person_id IS NULL THEN q.speaker END
ORDER BY quotes DESC, stories DESC, speaker;
