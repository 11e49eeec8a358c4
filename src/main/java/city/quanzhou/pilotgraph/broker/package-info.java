/**
 * Technology brokers (技术经纪人) and transfer agencies (技术转移机构), their deals, and the contact data that
 * only signed-in brokers and planners may read.
 */
package city.quanzhou.pilotgraph.broker;
