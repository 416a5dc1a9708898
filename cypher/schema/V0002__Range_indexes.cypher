// Indexes behind the API's filters: events by date and type, actors by kind and country, observations by
// indicator, and facts by the dataset that owns them (a full reload of a dataset prunes what it no longer has).
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.date);
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.date);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX actor_country IF NOT EXISTS FOR (a:Actor) ON (a.country);
CREATE INDEX measure_kind IF NOT EXISTS FOR (m:Measure) ON (m.kind);
CREATE INDEX observation_indicator IF NOT EXISTS FOR (o:Observation) ON (o.indicator, o.periodStart);
CREATE INDEX fact_dataset IF NOT EXISTS FOR (n:Fact) ON (n.dataset);
CREATE INDEX load_started IF NOT EXISTS FOR (l:Load) ON (l.startedAt);
