package city.quanzhou.pilotgraph.editing;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * Finds existing entities a new one may duplicate, for the warning a create answers with. The duplicates
 * feature implements it (so this package need not know that one).
 */
public interface DuplicateCheck {

	/** One warning per likely duplicate of the named entity, saying which and why; {@code ownId} is left out. */
	List<FieldError> likelyDuplicates(EntityKind kind, String ownId, String name, List<String> aliases,
			String districtCode);

}
