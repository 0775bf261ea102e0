-- title: Every fact of one story (--param sha256=PREFIX or --param source=PATH)
-- question: What facts were extracted from a story, where exactly is each one, and in which sentence?
-- filter: (:sha256 IS NULL OR substr(sha256, 1, length(:sha256)) = lower(:sha256)) AND (:source IS NULL OR source = :source)
-- The view lists the facts of all stories; the saved query adds the filter
-- line above (sha256 may be a prefix).
SELECT d.sha256 AS sha256, d.source AS source, f.kind AS kind, f.fact AS fact,
       f.text AS text, f.start AS start, f."end" AS "end", s.idx AS sentence
FROM (
    SELECT document_id, 'event' AS kind,
           type || CASE WHEN main THEN ' (main)' ELSE '' END
                || coalesce(', ' || location, '') || coalesce(', ' || date, '') AS fact,
           text, start, "end", sentence_id FROM events
    UNION ALL
    SELECT m.document_id, 'country', m.code || ' ' || coalesce(c.common_name, c.name),
           m.text, m.start, m."end", m.sentence_id
      FROM country_mentions AS m JOIN countries AS c ON c.code = m.code
    UNION ALL
    SELECT m.document_id, 'official',
           p.name || coalesce(', ' || r.title, '') || coalesce(', ' || r.country_code, ''),
           m.text, m.start, m."end", m.sentence_id
      FROM person_mentions AS m JOIN people AS p ON p.id = m.person_id
      LEFT JOIN official_roles AS r ON r.person_id = m.person_id AND r.document_id = m.document_id
    UNION ALL
    SELECT document_id, 'casualty',
           category || ' ' || count || ' ' || qualifier || coalesce(' ' || grp, ''),
           text, start, "end", sentence_id FROM casualties
    UNION ALL
    SELECT document_id, 'arrest', coalesce(count, '?') || coalesce(' ' || suspects, ''),
           text, start, "end", sentence_id FROM arrests
    UNION ALL
    SELECT q.document_id, 'quote', coalesce(p.name, q.speaker, '(unattributed)'),
           q.text, q.start, q."end", q.sentence_id
      FROM quotes AS q LEFT JOIN people AS p ON p.id = q.person_id
    UNION ALL
    SELECT document_id, 'amount', printf('%.2f', value) || ' ' || currency,
           text, start, "end", sentence_id FROM amounts
) AS f
JOIN documents AS d ON d.id = f.document_id
LEFT JOIN sentences AS s ON s.id = f.sentence_id
ORDER BY d.source, d.sha256, f.start, f.kind;
