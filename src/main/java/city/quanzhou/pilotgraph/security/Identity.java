package city.quanzhou.pilotgraph.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who a caller is, as opposed to the name shown for them: a JWT's subject, which the issuer keeps for one
 * person while their display name may change or be shared with a namesake. A static token (local and test
 * deployments) carries only its holder's name, which is then the identity too.
 */
public final class Identity {

	private Identity() {
	}

	public static String of(Authentication caller) {
		if (caller instanceof JwtAuthenticationToken jwt && jwt.getToken().getSubject() != null
				&& !jwt.getToken().getSubject().isBlank()) {
			return jwt.getToken().getSubject();
		}
		return caller.getName();
	}

}
