package city.quanzhou.pilotgraph.digest;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

/**
 * Settings of digests, under {@code pilotgraph.digest.*}.
 *
 * @param scheduler whether this instance runs due subscriptions and deliveries on its own (tests drive them)
 * @param pollInterval how often the scheduler looks for due subscriptions and deliveries
 * @param defaultSchedule cron (second minute hour day month weekday) of a subscription that names none
 * @param zone the time zone schedules are read in
 * @param lookback how far back a first digest looks for news; later ones take what was never sent
 * @param maxItems most items in one digest
 * @param irrelevantSimilarity cosine at or above which a candidate counts as too like an item marked 不相关
 * @param publicUrl the address recipients reach this service at, for the feedback links in mails
 * @param linkSecret HMAC-SHA256 key of feedback links (a random key per start when empty: links then die with it)
 * @param linkValidity how long a feedback link works
 * @param webhookSecret HMAC-SHA256 key of webhook signatures, shared with the receivers
 * @param mailFrom sender of digest mails
 * @param maxAttempts attempts of one delivery before it is marked FAILED
 * @param firstRetry wait before the second attempt; each later wait is five times the one before (at most a day)
 * @param lease how long a claimed delivery is kept from other instances (longer than one send takes)
 * @param webhookTimeout the longest one webhook call may take
 */
@ConfigurationProperties("pilotgraph.digest")
public record DigestProperties(@DefaultValue("true") boolean scheduler, @DefaultValue("1m") Duration pollInterval,
		@DefaultValue("0 0 8 * * MON") String defaultSchedule, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("90d") Duration lookback, @DefaultValue("20") int maxItems,
		@DefaultValue("0.9") double irrelevantSimilarity, @DefaultValue("http://localhost:8080") String publicUrl,
		@DefaultValue("") String linkSecret, @DefaultValue("30d") Duration linkValidity,
		@DefaultValue("") String webhookSecret, @DefaultValue("pilotgraph@localhost") String mailFrom,
		@DefaultValue("6") int maxAttempts, @DefaultValue("1m") Duration firstRetry, @DefaultValue("5m") Duration lease,
		@DefaultValue("10s") Duration webhookTimeout) {

	public DigestProperties {
		if (!CronExpression.isValidExpression(defaultSchedule)) {
			throw new IllegalArgumentException("pilotgraph.digest.default-schedule is not a cron expression: " + defaultSchedule);
		}
		if (maxItems < 1 || maxItems > 100) {
			throw new IllegalArgumentException("pilotgraph.digest.max-items must be 1 to 100 (was " + maxItems + ")");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("pilotgraph.digest.max-attempts must be at least 1 (was " + maxAttempts + ")");
		}
		if (pollInterval.isNegative() || pollInterval.isZero() || lease.isNegative() || lease.isZero()) {
			throw new IllegalArgumentException("pilotgraph.digest.poll-interval and lease must be positive");
		}
	}

}
