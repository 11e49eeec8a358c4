package city.quanzhou.pilotgraph.digest;

import java.time.OffsetDateTime;

/**
 * Who hears what, when and where: the subject (a base, a result owner or a chain, and for gaps optionally a
 * district), the owner (an identity: a JWT subject or a static token's name), the channels besides the inbox,
 * and the cron schedule read in {@code zone}.
 */
public record DigestSubscription(String id, DigestKind kind, String subjectId, String subjectName, String district,
		String owner, String email, String webhookUrl, String schedule, String zone, OffsetDateTime nextRunAt,
		OffsetDateTime lastRunAt, OffsetDateTime createdAt) {
}
