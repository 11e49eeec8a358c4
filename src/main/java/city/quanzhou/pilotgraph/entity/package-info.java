/**
 * What every kind shares: the {@code Entity} interface, Relay connections and paging, lookups by id, and the
 * generic reads of properties and ties behind the kind-specific controllers.
 */
package city.quanzhou.pilotgraph.entity;
