// The search asks Lucene for facts of the statuses that count (see SearchText.among): the extractor's candidates,
// filtered only after the index's limit, could fill that limit and crowd out the facts that count. So fact_search
// indexes each fact's review status beside its text (none for curated facts). Nothing searches the status field
// with what a user typed: SearchText names the text fields it queries. The index is rebuilt under the same name and
// awaited, so the service answers searches only once it is online again.
DROP INDEX fact_search IF EXISTS;
CREATE FULLTEXT INDEX fact_search IF NOT EXISTS
FOR (n:Actor|Place|Topic|Measure|Event|Source|Observation)
ON EACH [n.name, n.title, n.aliasText, n.summary, n.description, n.question, n.status]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
CALL db.awaitIndex('fact_search', 1800);
