/**
 * Delivered digests (定期推送): subscriptions of a base, a result owner or a planner's chain to a digest, run on a
 * cron schedule, each run writing one digest (the in-app inbox entry) and one outbox delivery per channel (e-mail,
 * webhook) in the same transaction, and a delivery job that claims, sends and retries them. Recipients answer
 * 感兴趣 / 不相关 from a signed link or the API, and the answers shape the next digest.
 */
package city.quanzhou.pilotgraph.digest;
