/**
 * The fields that lead from one kind to another ({@code TestBase.covers}, {@code Enterprise.contracts}, ...) and
 * the records of relationships with properties (pilots, services, cooperations, contracts, solutions). Kept
 * here, above the kinds, so that no kind's package imports another's: one controller per type, named after it.
 */
package city.quanzhou.pilotgraph.relationship;
