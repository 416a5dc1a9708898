// Measures keep their status periods as :MeasurePeriod nodes (written by cypher/load/measure_periods.cypher after
// every load): indexed by their start, for "what was in force on a day", and by their measure, for one measure's.
CREATE INDEX measure_period_from IF NOT EXISTS FOR (p:MeasurePeriod) ON (p.from);
CREATE INDEX measure_period_measure IF NOT EXISTS FOR (p:MeasurePeriod) ON (p.measure);
