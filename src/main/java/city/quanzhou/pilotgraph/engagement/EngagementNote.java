package city.quanzhou.pilotgraph.engagement;

import java.time.LocalDate;

/**
 * One dated entry of an engagement: what happened on that day, who wrote it, and the status it left the
 * engagement in (every status change writes one; its text may then be empty).
 */
public record EngagementNote(LocalDate on, String text, String by, EngagementStatus status) {
}
