/**
 * Technology brokers (技术经纪人) and transfer agencies (技术转移机构), their deals, and the contact data that
 * only signed-in brokers and planners may read. Imports no other kind: fields that lead to one are answered in
 * {@code relationship}.
 */
package city.quanzhou.pilotgraph.broker;
