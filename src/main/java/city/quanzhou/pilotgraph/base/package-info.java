/**
 * Pilot-scale test bases (中试基地): status, services, the chain links they cover, operators, and the pilots and
 * services they gave.
 */
package city.quanzhou.pilotgraph.base;
