package city.quanzhou.pilotgraph.digest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one delivery by its channel; any failure is an exception, which the {@link DeliveryJob} records as a
 * failed attempt. Each call has its own time limits (the SMTP client's, set by {@code spring.mail.properties},
 * and {@code pilotgraph.digest.webhook-timeout}), so one stuck server holds up only its own delivery.
 */
@Component
class DeliveryChannels {

	/** Headers of a webhook call; receivers check the signature over "timestamp.body" with the shared secret. */
	static final String DELIVERY_HEADER = "X-Pilotgraph-Delivery";

	static final String TIMESTAMP_HEADER = "X-Pilotgraph-Timestamp";

	static final String SIGNATURE_HEADER = "X-Pilotgraph-Signature";

	private final ObjectProvider<JavaMailSender> mail;

	private final DigestMessages messages;

	private final Signatures signatures;

	private final DigestProperties properties;

	private final HttpClient http;

	DeliveryChannels(ObjectProvider<JavaMailSender> mail, DigestMessages messages, Signatures signatures,
			DigestProperties properties) {
		this.mail = mail;
		this.messages = messages;
		this.signatures = signatures;
		this.properties = properties;
		this.http = HttpClient.newBuilder().connectTimeout(properties.webhookTimeout()).build();
	}

	void send(DigestDelivery delivery, Digest digest, DigestSubscription subscription, Instant now) throws Exception {
		switch (delivery.channel()) {
			case EMAIL -> mail(delivery, digest, now);
			case WEBHOOK -> webhook(delivery, digest, subscription, now);
		}
	}

	private void mail(DigestDelivery delivery, Digest digest, Instant now) throws Exception {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("no SMTP server is configured (SPRING_MAIL_HOST)");
		}
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.mailFrom());
		helper.setTo(delivery.target());
		helper.setSubject(digest.title());
		helper.setText(this.messages.text(digest, now), this.messages.html(digest, now));
		// lets a mail system that sees the same delivery twice (after a lost acknowledgement) recognise it
		message.setHeader(DELIVERY_HEADER, delivery.key());
		sender.send(message);
	}

	private void webhook(DigestDelivery delivery, Digest digest, DigestSubscription subscription, Instant now)
			throws Exception {
		String body = this.messages.json(delivery, digest, subscription, now);
		long timestamp = now.getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.target()))
			.timeout(this.properties.webhookTimeout())
			.header("Content-Type", "application/json; charset=utf-8")
			.header(DELIVERY_HEADER, delivery.key())
			.header(TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(SIGNATURE_HEADER, this.signatures.webhook(timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("the receiver answered HTTP " + response.statusCode());
		}
	}

}
