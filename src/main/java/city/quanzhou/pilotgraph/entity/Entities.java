package city.quanzhou.pilotgraph.entity;

import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.Node;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.broker.Broker;
import city.quanzhou.pilotgraph.broker.TransferAgency;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.chain.IndustryChain;
import city.quanzhou.pilotgraph.demand.Demand;
import city.quanzhou.pilotgraph.enterprise.Enterprise;
import city.quanzhou.pilotgraph.fund.Fund;
import city.quanzhou.pilotgraph.institute.Institute;
import city.quanzhou.pilotgraph.park.Park;
import city.quanzhou.pilotgraph.result.Result;

/**
 * Turns a node into the record of its kind. The one place that knows every kind's record.
 */
public final class Entities {

	private Entities() {
	}

	public static EntityKind kindOf(Node node) {
		for (String label : node.labels()) {
			var kind = EntityKind.ofLabel(label);
			if (kind.isPresent()) {
				return kind.get();
			}
		}
		throw new IllegalStateException("Node " + NodeProps.text(node, "id") + " has no entity kind label");
	}

	public static GraphEntity from(Node node) {
		return from(node, kindOf(node));
	}

	/**
	 * From a projection {@code n {.*, embedding: null, labels: labels(n)}}: what queries return when they do
	 * not need the 512-float embedding sent over the wire with every entity.
	 */
	public static GraphEntity fromProjection(MapAccessor projection) {
		for (String label : projection.get("labels").asList(org.neo4j.driver.Value::asString)) {
			var kind = EntityKind.ofLabel(label);
			if (kind.isPresent()) {
				return from(projection, kind.get());
			}
		}
		throw new IllegalStateException("Entity " + NodeProps.text(projection, "id") + " has no kind label");
	}

	private static GraphEntity from(MapAccessor node, EntityKind kind) {
		return switch (kind) {
			case INSTITUTE -> Institute.from(node);
			case ENTERPRISE -> Enterprise.from(node);
			case TEST_BASE -> TestBase.from(node);
			case RESULT -> Result.from(node);
			case INDUSTRY_CHAIN -> IndustryChain.from(node);
			case CHAIN_LINK -> ChainLink.from(node);
			case BROKER -> Broker.from(node);
			case TRANSFER_AGENCY -> TransferAgency.from(node);
			case DEMAND -> Demand.from(node);
			case FUND -> Fund.from(node);
			case PARK -> Park.from(node);
		};
	}

}
