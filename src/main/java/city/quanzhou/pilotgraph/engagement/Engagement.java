package city.quanzhou.pilotgraph.engagement;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * An engagement (对接 record) between a subject (a result or a demand) and a party (an enterprise or a base for
 * a result, an institute for a demand), handled by a broker or an agency. Subject, party and handler are null
 * when that entity has since been deleted.
 *
 * @param stage the furthest open stage reached (CONTACTED to SIGNED), kept when the engagement is dropped
 * @param contract the transfer contract between the result and the enterprise, once an editor has made it
 */
public record Engagement(String id, EngagementStatus status, EngagementStatus stage, GraphEntity subject,
		GraphEntity party, GraphEntity handler, List<EngagementNote> notes, String nextStep, LocalDate nextStepDue,
		String recordedBy, ZonedDateTime createdAt, ZonedDateTime updatedAt, long version, TransferContract contract) {
}
