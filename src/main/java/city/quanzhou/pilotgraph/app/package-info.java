/**
 * The composition root: the only package that may know every feature, and that no package imports. It holds
 * what must list every kind, such as the record each kind's nodes are read into.
 */
package city.quanzhou.pilotgraph.app;
