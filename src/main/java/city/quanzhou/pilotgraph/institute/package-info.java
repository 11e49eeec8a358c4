/**
 * Research institutes and universities (科研院所、高校): their record and list query. Their cooperations,
 * operated bases, solved demands and brokers are answered in {@code relationship}.
 */
package city.quanzhou.pilotgraph.institute;
