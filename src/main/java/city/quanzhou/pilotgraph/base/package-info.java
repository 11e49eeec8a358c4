/**
 * Pilot-scale test bases (中试基地): their record, status and services, the list query, and the fields that stay
 * within the kind (district, operators). Fields that lead to another kind (chain links covered, pilots,
 * services given, investments, brokers) are answered in {@code relationship}, so that no kind imports another.
 */
package city.quanzhou.pilotgraph.base;
