package city.quanzhou.pilotgraph.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import city.quanzhou.pilotgraph.security.Roles;

/**
 * Bearer tokens for local use, configured as {@code PILOTGRAPH_TOKENS=token1=EDITOR,token2=PLANNER:王编辑}: each
 * token grants one role and may carry a display name after a colon. The display name (or, without one, the role)
 * is what the service shows as the editor of a change; the token itself, or anything computed from it, is
 * never shown, so that nobody can rebuild a credential or a rate-limit key from a public field.
 */
record StaticTokens(Map<String, Holder> holderByToken) {

	/**
	 * Who holds a token: its role, the name shown for it, and a key for its rate-limit budget that is made from
	 * the token's position in the configuration, not from the token.
	 */
	record Holder(String role, String displayName, String clientKey) {
	}

	static StaticTokens parse(String configured) {
		Map<String, Holder> holders = new HashMap<>();
		if (configured == null || configured.isBlank()) {
			return new StaticTokens(Map.of());
		}
		int position = 0;
		for (String pair : configured.split(",")) {
			String[] parts = pair.strip().split("=", 2);
			String[] roleAndName = (parts.length == 2) ? parts[1].split(":", 2) : new String[] { "" };
			String role = roleAndName[0].strip();
			String name = (roleAndName.length == 2) ? roleAndName[1].strip() : "";
			if (parts.length != 2 || parts[0].isBlank() || !Roles.ALL.contains(role)
					|| (roleAndName.length == 2 && name.isEmpty())) {
				throw new IllegalArgumentException("PILOTGRAPH_TOKENS entry #" + (position + 1)
						+ " must be token=ROLE or token=ROLE:display name, with ROLE one of " + Roles.ALL);
			}
			position++;
			holders.put(parts[0].strip(), new Holder(role, name.isEmpty() ? role : name, "static-token-" + position));
		}
		return new StaticTokens(Map.copyOf(holders));
	}

	Optional<Holder> holderOf(String token) {
		return Optional.ofNullable(this.holderByToken.get(token));
	}

	boolean isEmpty() {
		return this.holderByToken.isEmpty();
	}

}
