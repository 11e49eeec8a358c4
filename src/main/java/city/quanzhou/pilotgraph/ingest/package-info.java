/**
 * Bulk import and export of the seed-data format (CSV and XLSX): validation of whole files before any write,
 * imports of any size written in chunks and kept all or nothing by a journal in the graph (undone on failure
 * and, after a crash, at the next start), the seed load at first start, and the exports editors and planners
 * download. Files are decoded here
 * (UTF-8, GB18030, XLSX) and cells escaped reversibly; values are checked by the column rules of
 * {@link city.quanzhou.pilotgraph.ingest.DatasetFormat} and entities written by
 * {@link city.quanzhou.pilotgraph.ingest.GraphWrites}, which the editor shares.
 */
package city.quanzhou.pilotgraph.ingest;
