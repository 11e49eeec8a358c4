package city.quanzhou.pilotgraph.matching;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;

/** A base that could take a result, with why, in words a broker can read. */
public record BaseMatch(double score, TestBase base, List<String> reasons) {
}
