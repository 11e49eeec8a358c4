package city.quanzhou.pilotgraph.system;

/**
 * A request argument that cannot be served; the message names the argument and says why. Mapped to a
 * BAD_REQUEST GraphQL error with the argument in the error's extensions.
 */
public class InvalidArgumentException extends RuntimeException {

	private final String argument;

	public InvalidArgumentException(String argument, String reason) {
		super(argument + ": " + reason);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
