-- title: Arrests per story
-- question: Who was arrested in each story, how many people, and what does the story say?
SELECT d.source   AS source,
       e.ord      AS event,
       e.type     AS event_type,
       a.count    AS count,
       a.suspects AS suspects,
       a.text     AS evidence
FROM arrests AS a
JOIN documents AS d ON d.id = a.document_id
LEFT JOIN events AS e ON e.id = a.event_id
ORDER BY d.source, a.start;
