package city.quanzhou.pilotgraph.matching;

import java.util.List;

/**
 * Matches with what was left out: the floor under which a candidate is not offered, how many candidates
 * fell below it or outside the field, and a note in plain Chinese when nothing fits (else null).
 */
public record MatchReport<T>(List<T> matches, double floor, int belowFloor, String note) {
}
