package city.quanzhou.pilotgraph.digest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One run of a subscription that found something new: the inbox entry, and what the mail and the webhook carry.
 * The key (subscription and the time the run was due) is the idempotency key of every delivery of it.
 */
public record Digest(String key, String subscriptionId, DigestKind kind, String title, OffsetDateTime createdAt,
		List<DigestItem> items, List<DigestDelivery> deliveries) {
}
