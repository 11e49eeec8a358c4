package city.quanzhou.pilotgraph.digest;

import java.time.OffsetDateTime;

/**
 * One channel's delivery of a digest, the outbox row: PENDING until sent (or FAILED after the last attempt).
 * {@code key} is the delivery id a webhook carries.
 */
public record DigestDelivery(String key, String digestKey, DigestChannel channel, String target, DeliveryState state,
		int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, String lastError) {
}
