package city.quanzhou.pilotgraph.matching;

import java.util.List;

import city.quanzhou.pilotgraph.result.Result;

/** A waiting result a base should hear about (定期推送), with why. */
public record ResultMatch(double score, Result result, List<String> reasons) {
}
