package city.quanzhou.pilotgraph.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Whose budget a request is charged to: the authenticated principal when the request carried a valid credential
 * (so every spelling of one token lands in one budget), else the client's address. The address is the peer of
 * the connection, unless that peer is one of the configured trusted proxies: then the right-most address in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Headers from anyone else are ignored, so a client
 * cannot pick its own budget.
 */
final class ClientKeys {

	private final List<Network> trustedProxies;

	ClientKeys(List<String> trustedProxies) {
		this.trustedProxies = new ArrayList<>();
		for (String proxy : trustedProxies) {
			if (!proxy.isBlank()) {
				this.trustedProxies.add(Network.parse(proxy.strip()));
			}
		}
	}

	/** The key of an authenticated caller, or null for an anonymous one. */
	static String principalKey(Principal principal) {
		if (principal instanceof JwtAuthenticationToken jwt) {
			return "jwt:" + jwt.getToken().getIssuer() + "|" + jwt.getToken().getSubject();
		}
		if (principal instanceof AbstractAuthenticationToken token && !(token instanceof AnonymousAuthenticationToken)
				&& token.isAuthenticated() && token.getDetails() instanceof StaticTokens.Holder holder) {
			return holder.clientKey();
		}
		return null;
	}

	String keyOf(Authentication authentication, String peerAddress, String forwardedFor) {
		String principal = principalKey(authentication);
		return (principal != null) ? principal : "address:" + addressOf(peerAddress, forwardedFor);
	}

	String addressOf(String peerAddress, String forwardedFor) {
		if (forwardedFor == null || !trusted(peerAddress)) {
			return peerAddress;
		}
		String[] hops = forwardedFor.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.isEmpty() && !trusted(hop)) {
				return hop;
			}
		}
		return peerAddress;
	}

	private boolean trusted(String address) {
		for (Network network : this.trustedProxies) {
			if (network.contains(address)) {
				return true;
			}
		}
		return false;
	}

	/** An address or a CIDR block, e.g. {@code 10.0.0.7} or {@code 10.0.0.0/8}. */
	private record Network(byte[] prefix, int bits) {

		static Network parse(String text) {
			String[] parts = text.split("/", 2);
			byte[] address = literal(parts[0]);
			if (address == null) {
				throw new IllegalArgumentException("pilotgraph.rate-limit.trusted-proxies: '" + text
						+ "' is not an IP address or CIDR block");
			}
			int bits = (parts.length == 2) ? Integer.parseInt(parts[1]) : address.length * 8;
			return new Network(address, bits);
		}

		boolean contains(String text) {
			byte[] address = literal(text);
			if (address == null || address.length != this.prefix.length) {
				return false;
			}
			for (int bit = 0; bit < this.bits; bit++) {
				int mask = 0x80 >> (bit % 8);
				if ((address[bit / 8] & mask) != (this.prefix[bit / 8] & mask)) {
					return false;
				}
			}
			return true;
		}

		/** The bytes of an IP literal; null for anything else (never a DNS lookup). */
		private static byte[] literal(String text) {
			String candidate = text.strip();
			if (candidate.startsWith("[") && candidate.endsWith("]")) {
				candidate = candidate.substring(1, candidate.length() - 1);
			}
			boolean ipv4 = candidate.matches("\\d{1,3}(\\.\\d{1,3}){3}");
			boolean ipv6 = candidate.contains(":") && candidate.matches("[0-9a-fA-F:.]+");
			if (!ipv4 && !ipv6) {
				return null;
			}
			try {
				return InetAddress.getByName(candidate).getAddress();
			}
			catch (UnknownHostException ex) {
				return null;
			}
		}

	}

}
