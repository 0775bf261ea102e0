-- title: Casualties per event: dead, injured, missing, survivors, aboard
-- question: How many people died, were hurt, went missing, survived or were aboard in each event of each story?
-- One row per story and event; each column is the largest whole-incident
-- count of that category (counts broken down by group are left out).
SELECT d.source                                                         AS source,
       e.ord                                                            AS event,
       e.type                                                           AS event_type,
       e.location                                                       AS location,
       max(CASE WHEN c.category = 'dead'      AND c.grp IS NULL THEN c.count END) AS dead,
       max(CASE WHEN c.category = 'injured'   AND c.grp IS NULL THEN c.count END) AS injured,
       max(CASE WHEN c.category = 'missing'   AND c.grp IS NULL THEN c.count END) AS missing,
       max(CASE WHEN c.category = 'survivors' AND c.grp IS NULL THEN c.count END) AS survivors,
       max(CASE WHEN c.category = 'aboard'    AND c.grp IS NULL THEN c.count END) AS aboard
FROM casualties AS c
JOIN documents AS d ON d.id = c.document_id
LEFT JOIN events AS e ON e.id = c.event_id
GROUP BY c.document_id, c.event_id
ORDER BY d.source, e.ord;
