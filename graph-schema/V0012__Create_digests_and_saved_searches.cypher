// Delivered digests and saved searches: working records kept apart from the public graph (not :Entity).
// A subscription is found by id and, by the scheduler, by when it is next due.
CREATE CONSTRAINT digest_subscription_id IF NOT EXISTS FOR (s:DigestSubscription) REQUIRE s.id IS UNIQUE;
CREATE INDEX digest_subscription_due IF NOT EXISTS FOR (s:DigestSubscription) ON (s.nextRunAt);
// One digest per subscription and run: the key is the idempotency key of the run, so two instances that both
// run a subscription cannot both write a digest (the second transaction fails on the constraint).
CREATE CONSTRAINT digest_key IF NOT EXISTS FOR (d:Digest) REQUIRE d.key IS UNIQUE;
CREATE INDEX digest_subscription IF NOT EXISTS FOR (d:Digest) ON (d.subscriptionId);
// Items: an item id is what a signed feedback link names; (subscription, entity) finds repeats and answers.
CREATE CONSTRAINT digest_item_id IF NOT EXISTS FOR (i:DigestItem) REQUIRE i.id IS UNIQUE;
CREATE INDEX digest_item_subscription IF NOT EXISTS FOR (i:DigestItem) ON (i.subscriptionId, i.entityId);
// The outbox: one delivery per digest and channel, keyed by both; the job reads what is pending and due.
CREATE CONSTRAINT digest_delivery_key IF NOT EXISTS FOR (d:DigestDelivery) REQUIRE d.key IS UNIQUE;
CREATE INDEX digest_delivery_due IF NOT EXISTS FOR (d:DigestDelivery) ON (d.state, d.nextAttemptAt);
// Saved searches and their alerts: one alert per saved search and entity, whichever instance finds it first.
CREATE CONSTRAINT saved_search_id IF NOT EXISTS FOR (s:SavedSearch) REQUIRE s.id IS UNIQUE;
CREATE INDEX saved_search_owner IF NOT EXISTS FOR (s:SavedSearch) ON (s.owner);
CREATE CONSTRAINT search_alert_key IF NOT EXISTS FOR (a:SearchAlert) REQUIRE a.key IS UNIQUE;
CREATE INDEX search_alert_owner IF NOT EXISTS FOR (a:SearchAlert) ON (a.owner, a.at);
// Entities created since saved searches existed, checked by words at once and by meaning once embedded.
CREATE CONSTRAINT alert_check_entity IF NOT EXISTS FOR (c:AlertCheck) REQUIRE c.entityId IS UNIQUE;
CREATE INDEX alert_check_meaning IF NOT EXISTS FOR (c:AlertCheck) ON (c.meaningChecked);
