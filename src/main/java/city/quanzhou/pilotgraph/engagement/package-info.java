/**
 * 对接 records: brokers' and agencies' engagements between a result or a demand and a party that could take it
 * up, with their status, dated notes and next step; the pipeline by status and handler, the funnel per chain,
 * and the spreadsheet export. Engagements are working records, not part of the public graph: they are not
 * entities, are never searched, embedded, exported with the dataset or announced on the change stream, and
 * only brokers, planners and admins read them.
 */
package city.quanzhou.pilotgraph.engagement;
