package city.quanzhou.pilotgraph.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 signatures: of webhook bodies (receivers check them with the shared webhook secret) and of the
 * feedback links in mails (only this service checks them). Comparisons take constant time.
 */
@Component
public class Signatures {

	private static final Logger log = LoggerFactory.getLogger(Signatures.class);

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] linkKey;

	private final byte[] webhookKey;

	Signatures(DigestProperties properties) {
		this.linkKey = keyOrRandom(properties.linkSecret(), "pilotgraph.digest.link-secret",
				"feedback links in mails stop working at the next start and differ between instances");
		this.webhookKey = keyOrRandom(properties.webhookSecret(), "pilotgraph.digest.webhook-secret",
				"webhook receivers cannot check signatures");
	}

	/** The value of the {@code X-Pilotgraph-Signature} header: {@code sha256=} and the hex HMAC of "timestamp.body". */
	public String webhook(long timestamp, String body) {
		return "sha256=" + hmac(this.webhookKey, timestamp + "." + body);
	}

	/** The signature of a feedback link: item, answer and expiry, so none of them can be changed. */
	String link(String itemId, FeedbackAnswer answer, Instant expires) {
		return hmac(this.linkKey, itemId + "|" + answer.name() + "|" + expires.getEpochSecond());
	}

	boolean linkValid(String itemId, FeedbackAnswer answer, Instant expires, String signature) {
		return signature != null && MessageDigest.isEqual(link(itemId, answer, expires).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	/** For receivers (and the tests that play one): HMAC-SHA256 of {@code text} with {@code secret}, in hex. */
	public static String hmac(byte[] secret, String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private static byte[] keyOrRandom(String secret, String property, String consequence) {
		if (secret != null && !secret.isBlank()) {
			return secret.getBytes(StandardCharsets.UTF_8);
		}
		log.warn("{} is not set: using a random key for this run, so {}", property, consequence);
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
