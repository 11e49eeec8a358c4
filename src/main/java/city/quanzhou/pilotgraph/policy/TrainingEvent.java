package city.quanzhou.pilotgraph.policy;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * A training event (技术经纪人培训, 中试基地人才培训) organised by an agency or institute (ORGANISED_BY); the
 * brokers and bases it trained are TRAINED ties.
 */
public record TrainingEvent(EntityCore core, LocalDate heldOn, String audience, String level, Integer participants,
		Integer newBrokers) implements GraphEntity {

	public static TrainingEvent from(MapAccessor node) {
		return new TrainingEvent(EntityCore.from(node), NodeProps.date(node, "heldOn"), NodeProps.text(node, "audience"),
				NodeProps.text(node, "level"), NodeProps.integer(node, "participants"), NodeProps.integer(node, "newBrokers"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.TRAINING_EVENT;
	}

}
