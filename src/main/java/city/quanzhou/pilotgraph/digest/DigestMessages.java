package city.quanzhou.pilotgraph.digest;

import java.time.Instant;
import java.util.LinkedHashMap;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/** A digest as a mail (plain text and HTML) and as a webhook's JSON body, each item with its reasons and feedback links. */
@Component
class DigestMessages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final FeedbackLinks links;

	DigestMessages(FeedbackLinks links) {
		this.links = links;
	}

	String text(Digest digest, Instant now) {
		StringBuilder text = new StringBuilder(digest.title()).append("\n\n");
		int position = 1;
		for (DigestItem item : digest.items()) {
			text.append(position++).append(". ").append(item.name()).append("（匹配度 ")
				.append(String.format("%.2f", item.score())).append("）\n");
			for (String reason : item.reasons()) {
				text.append("   · ").append(reason).append('\n');
			}
			text.append("   感兴趣：").append(this.links.link(item.id(), FeedbackAnswer.INTERESTED, now)).append('\n');
			text.append("   不相关：").append(this.links.link(item.id(), FeedbackAnswer.IRRELEVANT, now)).append("\n\n");
		}
		text.append("您的反馈会用于下一期推送：不相关的内容及与之相近的内容不再推送。\n");
		return text.toString();
	}

	String html(Digest digest, Instant now) {
		StringBuilder html = new StringBuilder("<html><body><h2>").append(HtmlUtils.htmlEscape(digest.title())).append("</h2><ol>");
		for (DigestItem item : digest.items()) {
			html.append("<li><b>").append(HtmlUtils.htmlEscape(item.name())).append("</b>（匹配度 ")
				.append(String.format("%.2f", item.score())).append("）<ul>");
			for (String reason : item.reasons()) {
				html.append("<li>").append(HtmlUtils.htmlEscape(reason)).append("</li>");
			}
			html.append("</ul><a href=\"")
				.append(HtmlUtils.htmlEscape(this.links.link(item.id(), FeedbackAnswer.INTERESTED, now)))
				.append("\">感兴趣</a> | <a href=\"")
				.append(HtmlUtils.htmlEscape(this.links.link(item.id(), FeedbackAnswer.IRRELEVANT, now)))
				.append("\">不相关</a></li>");
		}
		return html.append("</ol><p>您的反馈会用于下一期推送。</p></body></html>").toString();
	}

	/** The webhook body: the delivery id (the receiver's idempotency key), the digest and its items. */
	String json(DigestDelivery delivery, Digest digest, DigestSubscription subscription, Instant now) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("deliveryId", delivery.key());
		body.put("digestKey", digest.key());
		body.put("subscriptionId", digest.subscriptionId());
		body.put("kind", digest.kind().name());
		body.put("subject", (subscription == null) ? null : Map.of("id", subscription.subjectId(), "name",
				String.valueOf(subscription.subjectName())));
		body.put("title", digest.title());
		body.put("createdAt", digest.createdAt().toString());
		body.put("items", digest.items().stream().map((item) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("itemId", item.id());
			entry.put("entityId", item.entityId());
			entry.put("kind", item.entityKind());
			entry.put("name", item.name());
			entry.put("score", item.score());
			entry.put("reasons", item.reasons());
			entry.put("feedback", Map.of("interested", this.links.link(item.id(), FeedbackAnswer.INTERESTED, now),
					"irrelevant", this.links.link(item.id(), FeedbackAnswer.IRRELEVANT, now)));
			return entry;
		}).toList());
		return JSON.writeValueAsString(body);
	}

}
