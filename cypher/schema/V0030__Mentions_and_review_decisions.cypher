// Mentions are facts of their own kind (a sentence reporting an event the graph holds), looked up by id like every
// kind. Review decisions are not facts: one per judged candidate, by the candidate's id, kept apart from the facts
// so that a reload of the extracted dataset (which may rewrite or prune the candidate) never loses them.
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (n:Mention) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_decision_id IF NOT EXISTS FOR (d:ReviewDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX mention_event IF NOT EXISTS FOR (n:Mention) ON (n.event);
CREATE INDEX fact_status IF NOT EXISTS FOR (n:Fact) ON (n.status);
