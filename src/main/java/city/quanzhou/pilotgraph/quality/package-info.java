/**
 * The data-quality view: per kind, how many entities lack a district, a description, a source note or any
 * tie, how many have not been updated for a while, and how many editors' proposals wait for review.
 */
package city.quanzhou.pilotgraph.quality;
