/**
 * Validated writes for editors: the upsert mutations of every kind, linking and unlinking ties, deletes,
 * and the audit log. A payload with errors wrote nothing; optimistic locking refuses stale updates.
 */
package city.quanzhou.pilotgraph.editing;
