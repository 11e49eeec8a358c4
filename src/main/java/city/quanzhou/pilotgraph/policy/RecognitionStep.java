package city.quanzhou.pilotgraph.policy;

import java.time.LocalDate;

import org.neo4j.driver.types.MapAccessor;

import city.quanzhou.pilotgraph.entity.EntityCore;
import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.NodeProps;

/**
 * One step of a base's recognition (STEP_OF): applied, registered for cultivation (入库培育), assessed,
 * recognised (评估认定), provincial; when it was decided, how, and by which document.
 */
public record RecognitionStep(EntityCore core, String step, LocalDate decidedOn, String decision, String document) implements GraphEntity {

	public static RecognitionStep from(MapAccessor node) {
		return new RecognitionStep(EntityCore.from(node), NodeProps.text(node, "step"), NodeProps.date(node, "decidedOn"),
				NodeProps.text(node, "decision"), NodeProps.text(node, "document"));
	}

	@Override
	public EntityKind kind() {
		return EntityKind.RECOGNITION_STEP;
	}

}
