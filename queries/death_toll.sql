-- title: Death toll per event, with the sentence that gives it
-- question: What is the death toll of each event, and which sentence of the story says so?
-- The largest whole-incident "dead" count of each event (SQLite takes the
-- other columns from the row that holds the max).
SELECT d.source       AS source,
       e.ord          AS event,
       e.type         AS event_type,
       max(c.count)   AS dead,
       c.qualifier    AS qualifier,
       c.text         AS evidence,
       s.text         AS sentence,
       d.sha256       AS sha256
FROM casualties AS c
JOIN documents AS d ON d.id = c.document_id
LEFT JOIN events AS e ON e.id = c.event_id
LEFT JOIN sentences AS s ON s.id = c.sentence_id
WHERE c.category = 'dead' AND c.grp IS NULL
GROUP BY c.document_id, c.event_id
ORDER BY d.source, e.ord;
