package city.quanzhou.pilotgraph.ingest;

import java.util.List;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * Finds the likely duplicates of entities an import has just created, for the warnings of its report. The
 * duplicates feature implements it (so this package need not know that one).
 */
public interface ImportDuplicateCheck {

	/** A new entity as its row gave it. */
	record NewEntity(String id, String name, List<String> aliases, String districtCode) {
	}

	/** A likely duplicate of the new entity {@code id}: which, how alike, and why. */
	record Found(String id, String duplicateId, String duplicateName, double score, String evidence) {
	}

	/** The likely duplicates of new entities of one kind, each compared with every other entity of the kind. */
	List<Found> likelyDuplicates(EntityKind kind, List<NewEntity> entities);

}
