// Where do the facts come from? Sources filtered by publisher and a piece of their title or author (both ignoring
// case), type, language and publication dates, newest first (undated last): each with its publisher, author, date
// and address, and how many facts cite it. One row with the number of such sources and the requested page.
//
// :params {publisher: 'Reuters', q: null, type: null, language: null, from: null, to: null, statuses: ['accepted'], skip: 0, limit: 50}
//   publisher    text to find in the publisher's name (e.g. 'Reuters'); null for any
//   q            text to find in the title or the author; null for any
//   type         news | analysis | official | dataset | reference; null for any
//   language     a language code (e.g. 'en'); null for any
//   from, to     publication dates; null for open-ended
//   statuses     review statuses that count, of the source and of the facts citing it: 'accepted' (curated facts
//                have none and count as accepted), 'candidate' (the documents the extractor read, and its facts)
//   skip, limit  the page
MATCH (s:Source)
WHERE ($publisher IS NULL OR toLower(s.publisher) CONTAINS toLower($publisher))
  AND ($q IS NULL OR toLower(s.title) CONTAINS toLower($q) OR toLower(coalesce(s.author, '')) CONTAINS toLower($q))
  AND ($type IS NULL OR s.type = $type)
  AND ($language IS NULL OR s.language = $language)
  AND ($from IS NULL OR s.published >= $from)
  AND ($to IS NULL OR s.published <= $to)
  // which facts count: their review status
  AND coalesce(s.status, 'accepted') IN $statuses
WITH s ORDER BY s.published IS NULL, s.published DESC, s.id
WITH collect(s) AS rows
RETURN size(rows) AS total,
       [s IN rows[$skip..$skip + $limit] | {
         id: s.id, title: s.title, publisher: s.publisher, author: s.author, published: s.published,
         publishedPrecision: s.publishedPrecision, url: s.url, language: s.language, type: s.type,
         citedBy: COUNT { (f:Fact)-[:CITES]->(s) WHERE coalesce(f.status, 'accepted') IN $statuses }
       }] AS items
