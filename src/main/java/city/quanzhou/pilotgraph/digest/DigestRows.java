package city.quanzhou.pilotgraph.digest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.neo4j.driver.Value;

/** Reads digest records from the maps the statements return. */
final class DigestRows {

	private DigestRows() {
	}

	static DigestSubscription subscription(Value s) {
		return new DigestSubscription(s.get("id").asString(), DigestKind.valueOf(s.get("kind").asString()),
				s.get("subjectId").asString(), text(s.get("subjectName")), text(s.get("district")),
				s.get("owner").asString(), text(s.get("email")), text(s.get("webhookUrl")), s.get("schedule").asString(),
				s.get("zone").asString(), time(s.get("nextRunAt")), time(s.get("lastRunAt")), time(s.get("createdAt")));
	}

	static DigestItem item(Value i) {
		return new DigestItem(i.get("id").asString(), i.get("entityId").asString(), i.get("entityKind").asString(),
				i.get("name").asString(), i.get("score").asDouble(), i.get("reasons").asList(Value::asString),
				i.get("answer").isNull() ? null : FeedbackAnswer.valueOf(i.get("answer").asString()));
	}

	static DigestDelivery delivery(Value d) {
		return new DigestDelivery(d.get("key").asString(), d.get("digestKey").asString(),
				DigestChannel.valueOf(d.get("channel").asString()), text(d.get("target")),
				DeliveryState.valueOf(d.get("state").asString()), d.get("attempts").asInt(), time(d.get("nextAttemptAt")),
				time(d.get("deliveredAt")), text(d.get("lastError")));
	}

	static Digest digest(org.neo4j.driver.Record row) {
		Value d = row.get("d");
		List<DigestItem> items = row.get("items").asList(DigestRows::item);
		List<DigestDelivery> deliveries = row.get("deliveries").asList(DigestRows::delivery);
		return new Digest(d.get("key").asString(), d.get("subscriptionId").asString(),
				DigestKind.valueOf(d.get("kind").asString()), d.get("title").asString(), time(d.get("createdAt")), items,
				deliveries);
	}

	static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

}
