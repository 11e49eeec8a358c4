package city.quanzhou.pilotgraph.digest;

import java.util.List;

/** One thing a digest brings, with why it was chosen, and the recipient's answer once given. */
public record DigestItem(String id, String entityId, String entityKind, String name, double score,
		List<String> reasons, FeedbackAnswer answer) {
}
