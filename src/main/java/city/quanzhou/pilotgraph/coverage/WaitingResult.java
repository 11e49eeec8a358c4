package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import city.quanzhou.pilotgraph.base.TestBase;
import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.result.Result;

/** A result waiting for pilot testing and the operating bases that could take it soonest. */
public record WaitingResult(Result result, List<ChainLink> links, List<TestBase> candidateBases) {
}
