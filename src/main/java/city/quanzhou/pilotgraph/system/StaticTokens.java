package city.quanzhou.pilotgraph.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens for local use, configured as {@code PILOTGRAPH_TOKENS=token1=EDITOR,token2=PLANNER}.
 */
record StaticTokens(Map<String, String> roleByToken) {

	static StaticTokens parse(String configured) {
		Map<String, String> roles = new HashMap<>();
		if (configured == null || configured.isBlank()) {
			return new StaticTokens(Map.of());
		}
		for (String pair : configured.split(",")) {
			String[] parts = pair.strip().split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || !Roles.ALL.contains(parts[1].strip())) {
				throw new IllegalArgumentException("PILOTGRAPH_TOKENS entry '" + pair.strip()
						+ "' must be token=ROLE with ROLE one of " + Roles.ALL);
			}
			roles.put(parts[0].strip(), parts[1].strip());
		}
		return new StaticTokens(Map.copyOf(roles));
	}

	Optional<String> roleOf(String token) {
		return Optional.ofNullable(this.roleByToken.get(token));
	}

}
