/**
 * Bulk import and export of the seed-data format (CSV and XLSX): validation of whole files before any write,
 * the seed load at first start, and the exports editors and planners download.
 */
package city.quanzhou.pilotgraph.ingest;
