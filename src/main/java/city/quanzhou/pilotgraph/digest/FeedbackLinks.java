package city.quanzhou.pilotgraph.digest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The signed 感兴趣 / 不相关 links of a digest item: item, answer and expiry signed with HMAC-SHA256, so a link
 * answers for its own item only, with its own answer, until it expires. The link opens a confirmation page whose
 * button records the answer: mail scanners that open every link of a mail record nothing.
 */
@Component
class FeedbackLinks {

	static final String PATH = "/digest/feedback";

	private final Signatures signatures;

	private final DigestProperties properties;

	FeedbackLinks(Signatures signatures, DigestProperties properties) {
		this.signatures = signatures;
		this.properties = properties;
	}

	String link(String itemId, FeedbackAnswer answer, Instant now) {
		Instant expires = now.plus(this.properties.linkValidity());
		String base = this.properties.publicUrl().replaceAll("/+$", "");
		return base + PATH + "?item=" + URLEncoder.encode(itemId, StandardCharsets.UTF_8) + "&answer=" + answer.name()
				+ "&expires=" + expires.getEpochSecond() + "&sig=" + this.signatures.link(itemId, answer, expires);
	}

	/** Why a link is refused, or null when it is good at {@code now}. */
	String problem(String itemId, String answer, Long expires, String signature, Instant now) {
		if (itemId == null || answer == null || expires == null || signature == null) {
			return "链接不完整";
		}
		FeedbackAnswer parsed;
		try {
			parsed = FeedbackAnswer.valueOf(answer);
		}
		catch (IllegalArgumentException ex) {
			return "链接不完整";
		}
		if (!this.signatures.linkValid(itemId, parsed, Instant.ofEpochSecond(expires), signature)) {
			return "链接签名无效";
		}
		if (now.isAfter(Instant.ofEpochSecond(expires))) {
			return "链接已过期，请在应用内反馈";
		}
		return null;
	}

}
