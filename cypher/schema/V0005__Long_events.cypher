// Period queries ("events between from and to", by overlap) seek events by start date within [from - 366 days, to];
// events that last longer than 366 days are flagged longSpan by the loader and found through this index instead.
CREATE INDEX event_long_span IF NOT EXISTS FOR (e:Event) ON (e.longSpan);
