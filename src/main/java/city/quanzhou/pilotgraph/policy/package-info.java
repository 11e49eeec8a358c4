/**
 * The bureau's policy instruments as kinds of entity: innovation voucher grants (科技创新券), subsidies and
 * rewards (补助, 奖补), recorded assessments of bases (绩效考核评价), the steps of a base's recognition
 * (入库培育 → 评估认定 → 省级认定), training events for brokers and base staff (技术经纪人培训) and a base's
 * IP and benefit-sharing terms (知识产权和利益共享). Like every kind, this package knows only {@code entity}.
 */
package city.quanzhou.pilotgraph.policy;
