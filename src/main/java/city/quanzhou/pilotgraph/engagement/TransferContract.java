package city.quanzhou.pilotgraph.engagement;

/** The technology contract (a TRANSFERRED_TO tie) between an engagement's result and enterprise, once made. */
public record TransferContract(Double amount, Integer year) {
}
