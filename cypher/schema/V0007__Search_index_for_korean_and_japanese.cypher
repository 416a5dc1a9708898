// The full-text index of V0003 cuts text at spaces and punctuation only, so a Korean or Japanese word inside a longer
// run of hangul or kanji (한국 in 한국갤럽, 規制 in 輸出規制) is never a term of its own, and observations were not
// indexed at all. This index analyses text with Lucene's CJK analyzer: hangul, kanji and kana become overlapping
// pairs of characters, so everyday words are found inside longer ones; Latin text is lower-cased and split into
// words as before (common English stop words are left out). It replaces fact_text, which is dropped once this one
// exists; the API's search asks fact_search.
CREATE FULLTEXT INDEX fact_search IF NOT EXISTS
FOR (n:Actor|Place|Topic|Measure|Event|Source|Observation)
ON EACH [n.name, n.title, n.aliasText, n.summary, n.description, n.question]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}};
DROP INDEX fact_text IF EXISTS;
