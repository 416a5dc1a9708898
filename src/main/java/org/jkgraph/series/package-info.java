/**
 * Time series of events for dashboards (Grafana Infinity, Superset): counts per period and group, and a
 * cooperation index from Goldstein scores and CAMEO QuadClasses, as flat JSON or CSV. Entry point:
 * {@link EventSeries}.
 */
package org.jkgraph.series;
