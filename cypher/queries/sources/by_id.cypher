// What does this source support? The source and every fact that cites it (claims included: a claim is one source's
// value for a field of another fact, named in `about`), each citation with where in the source to look (locator)
// and its note, in the order kind, date, id. No row when there is no source with that id; the citations are paged.
//
// :params {id: 'reuters-2023-03-16-trade-dispute', skip: 0, limit: 50}
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (f:Fact)-[c:CITES]->(s)
  WITH f, c ORDER BY f.fact, coalesce(f.date, f.period), f.id, toInteger(last(split(c.id, ':')))
  RETURN collect({id: f.id, kind: f.fact, name: coalesce(f.name, f.title), date: coalesce(f.date, f.period),
                  about: f.about, locator: c.locator, note: c.note}) AS citations
}
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.published AS published,
       s.publishedPrecision AS publishedPrecision, s.url AS url, s.language AS language, s.type AS type,
       s.corpusFile AS corpusFile, s.notes AS notes, size(citations) AS total,
       citations[$skip..$skip + $limit] AS items
