// Full-text search over names, aliases, titles and summaries of everything a user may look for.
// aliasText holds the aliases and native spellings joined, as full-text indexes take string properties.
CREATE FULLTEXT INDEX fact_text IF NOT EXISTS
FOR (n:Actor|Place|Topic|Measure|Event|Source)
ON EACH [n.name, n.title, n.aliasText, n.summary, n.description]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}};
