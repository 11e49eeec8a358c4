/**
 * Saved searches with alerts: a signed-in user saves a search (text, kinds, filters, threshold); each entity a
 * committed write or import creates is checked against the saved searches, by words when it is written and by
 * meaning once the embedding job has stored its vector, and a match above the threshold becomes one alert per
 * saved search and entity (unique in the database), read from the inbox or the {@code searchAlerts} stream.
 */
package city.quanzhou.pilotgraph.alert;
