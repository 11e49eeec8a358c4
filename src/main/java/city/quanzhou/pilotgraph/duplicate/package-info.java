/**
 * Duplicates: pairs of entities of one kind that likely stand for the same thing, each with its evidence
 * (name and alias similarity, the same district, embedding similarity), the warning a create answers with when
 * it makes one, and the admin's merge of two entities into one.
 */
package city.quanzhou.pilotgraph.duplicate;
