// V0002 indexed observations on a property the loader never writes (periodStart); observations keep their
// period start in `period`. Also index measure changes by their effective date, behind "in force on a date".
DROP INDEX observation_indicator IF EXISTS;
CREATE INDEX observation_indicator_period IF NOT EXISTS FOR (o:Observation) ON (o.indicator, o.period);
CREATE INDEX changed_effective IF NOT EXISTS FOR ()-[c:CHANGED]-() ON (c.effective);
