package city.quanzhou.pilotgraph.digest;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The small page behind the 感兴趣 / 不相关 links of a mail. Opening the link (GET) only shows a confirmation with
 * a button; the button (POST, same signed parameters) records the answer. The signature is the authority: no
 * sign-in, but the link answers for one item, with one answer, until it expires.
 */
@RestController
class FeedbackController {

	private final FeedbackLinks links;

	private final DigestService digests;

	private final Clock clock;

	FeedbackController(FeedbackLinks links, DigestService digests, ObjectProvider<Clock> clock) {
		this.links = links;
		this.digests = digests;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	ResponseEntity<String> confirm(@RequestParam(required = false) String item, @RequestParam(required = false) String answer,
			@RequestParam(required = false) Long expires, @RequestParam(required = false) String sig) {
		String problem = this.links.problem(item, answer, expires, sig, this.clock.instant());
		if (problem != null) {
			return page(403, problem);
		}
		FeedbackAnswer chosen = FeedbackAnswer.valueOf(answer);
		String form = "<form method=\"post\" action=\"" + FeedbackLinks.PATH + "\">" + hidden("item", item)
				+ hidden("answer", answer) + hidden("expires", expires.toString()) + hidden("sig", sig)
				+ "<button type=\"submit\">确认：" + chosen.label() + "</button></form>";
		return ResponseEntity.ok(html("反馈", "<p>将此条推送标记为「" + chosen.label() + "」？</p>" + form));
	}

	@PostMapping(path = FeedbackLinks.PATH, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
	ResponseEntity<String> record(@RequestParam(required = false) String item, @RequestParam(required = false) String answer,
			@RequestParam(required = false) Long expires, @RequestParam(required = false) String sig) {
		String problem = this.links.problem(item, answer, expires, sig, this.clock.instant());
		if (problem != null) {
			return page(403, problem);
		}
		Optional<DigestItem> recorded = this.digests.answerFromLink(item, FeedbackAnswer.valueOf(answer), this.clock.instant());
		if (recorded.isEmpty()) {
			return page(404, "该推送条目已不存在");
		}
		return ResponseEntity.ok(html("已记录", "<p>已记录：「" + HtmlUtils.htmlEscape(recorded.get().name()) + "」"
				+ recorded.get().answer().label() + "。下一期推送会参考您的反馈。</p>"));
	}

	private static ResponseEntity<String> page(int status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.body(html("无法记录", "<p>" + HtmlUtils.htmlEscape(message) + "</p>"));
	}

	private static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlUtils.htmlEscape(value) + "\">";
	}

	private static String html(String title, String body) {
		return "<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
				+ body + "</body></html>";
	}

}
