/**
 * Research institutes and universities (科研院所、高校) and their cooperation ties.
 */
package city.quanzhou.pilotgraph.institute;
