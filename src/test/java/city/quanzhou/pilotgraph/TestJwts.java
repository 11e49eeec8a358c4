package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A signing key made for this test run, standing in for the production identity provider: the service
 * trusts its public key (as it would an issuer's), and tests sign tokens with roles in the {@code roles} claim.
 */
public final class TestJwts {

	private static final KeyPair KEYS = generate();

	private static final Path PUBLIC_KEY = writePublicKey();

	private TestJwts() {
	}

	public static String publicKeyLocation() {
		return "file:" + PUBLIC_KEY.toAbsolutePath();
	}

	public static String token(String subject, List<String> roles) {
		return token(subject, roles, java.util.Map.of());
	}

	/** A token with further claims, such as the {@code name} the service shows as the editor. */
	public static String token(String subject, List<String> roles, java.util.Map<String, Object> claims) {
		try {
			JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
			claims.forEach(builder::claim);
			JWTClaimsSet claimsSet = builder.subject(subject)
				.claim("roles", roles)
				.issueTime(Date.from(Instant.now()))
				.expirationTime(Date.from(Instant.now().plusSeconds(600)))
				.build();
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claimsSet);
			jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writePublicKey() {
		try {
			Path file = Files.createTempFile("pilotgraph-test-jwt", ".pem");
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			Files.writeString(file, pem);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
