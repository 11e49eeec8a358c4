package city.quanzhou.pilotgraph.system;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import city.quanzhou.pilotgraph.security.Roles;

/**
 * Bearer tokens only, no sessions or cookies (so no CSRF surface). Locally, static tokens from
 * {@code PILOTGRAPH_TOKENS}; in production, OAuth2 JWTs from the issuer in
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, whose {@code roles} claim names the roles.
 * Requests without a token are anonymous and may read the public part of the graph; what each operation
 * needs is declared on it with {@code @PreAuthorize} and reported as UNAUTHORIZED or FORBIDDEN. Any
 * {@code Authorization} header that is not a valid bearer token is answered 401, before the rate limit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(ClientBudgets.Limits.class)
class SecurityConfiguration {

	/**
	 * Requests stay observed as a whole (http_server_requests, graphql_request); observing each filter of the chain,
	 * and each authentication and authorization, cost a fifth of a short read in a profile (docs/benchmarks.md).
	 * Without this the chain is still wrapped filter by filter even when those observations are switched off.
	 */
	@Bean
	static SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ClientBudgets clientBudgets(ClientBudgets.Limits limits) {
		return new ClientBudgets(limits);
	}

	@Bean
	ClientKeys clientKeys(ClientBudgets.Limits limits) {
		return new ClientKeys(limits.trustedProxies());
	}

	@Bean
	WebSocketLimits webSocketLimits(ClientBudgets budgets, ClientKeys keys) {
		return new WebSocketLimits(budgets, keys);
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, @Value("${pilotgraph.tokens:}") String tokens,
			@Value("${pilotgraph.static-tokens-allowed:true}") boolean staticTokensAllowed,
			@Value("${pilotgraph.actuator.admin-only:false}") boolean actuatorAdminOnly,
			@Value("${pilotgraph.jwt.name-claim:name}") String nameClaim, ClientBudgets budgets, ClientKeys keys,
			ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
		StaticTokens staticTokens = StaticTokens.parse(tokens);
		if (!staticTokens.isEmpty() && !staticTokensAllowed) {
			throw new IllegalStateException("PILOTGRAPH_TOKENS is set but static tokens are not allowed here "
					+ "(pilotgraph.static-tokens-allowed=false, the prod profile's default): use JWTs from the issuer, "
					+ "or set PILOTGRAPH_STATIC_TOKENS_ALLOWED=true on purpose");
		}
		boolean jwtsAccepted = jwtDecoder.getIfAvailable() != null;
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A streamed export finishes on an async dispatch, already authorised on the request itself.
			.authorizeHttpRequests((requests) -> {
				requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
					.requestMatchers("/admin/**").hasRole(Roles.ADMIN)
					.requestMatchers("/export/**").hasAnyRole(Roles.BROKER, Roles.PLANNER, Roles.EDITOR, Roles.REVIEWER, Roles.ADMIN);
				if (actuatorAdminOnly) {
					// probes stay open for the orchestrator; their details, and everything else, only for ADMIN
					requests.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
						.permitAll()
						.requestMatchers("/actuator/**").hasRole(Roles.ADMIN);
				}
				requests.anyRequest().permitAll();
			})
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new StaticTokenFilter(staticTokens, jwtsAccepted), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new RateLimitFilter(budgets, keys), BearerTokenAuthenticationFilter.class);
		if (jwtsAccepted) {
			DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
			// A static token is settled by the filter above; only other tokens are taken for JWTs.
			http.oauth2ResourceServer((server) -> server
				.bearerTokenResolver((request) -> {
					if (SecurityContextHolder.getContext().getAuthentication() != null) {
						// settled by the static-token filter, however the header was spaced
						return null;
					}
					String token = bearer.resolve(request);
					return (token == null || staticTokens.holderOf(token).isPresent()) ? null : token;
				})
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new RolesClaim(nameClaim))));
		}
		return http.build();
	}

	/** Authenticates a request whose bearer token is one of the configured static tokens. */
	private static final class StaticTokenFilter extends OncePerRequestFilter {

		private final StaticTokens tokens;

		private final boolean jwtsAccepted;

		StaticTokenFilter(StaticTokens tokens, boolean jwtsAccepted) {
			this.tokens = tokens;
			this.jwtsAccepted = jwtsAccepted;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header == null || SecurityContextHolder.getContext().getAuthentication() != null) {
				chain.doFilter(request, response);
				return;
			}
			if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				// Basic, Digest, garbage: a credential nobody here can vouch for is refused, never quietly
				// treated as anonymous (each variant would otherwise pass as a client of its own)
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Only bearer tokens are accepted");
				return;
			}
			String token = header.substring(7).strip();
			var holder = this.tokens.holderOf(token);
			if (holder.isPresent()) {
				var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().displayName(), null,
						List.of(new SimpleGrantedAuthority("ROLE_" + holder.get().role())));
				authentication.setDetails(holder.get());
				SecurityContextHolder.getContext().setAuthentication(authentication);
			}
			else if (!this.jwtsAccepted || !looksLikeJwt(token)) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown bearer token");
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean looksLikeJwt(String token) {
			return token.chars().filter((c) -> c == '.').count() == 2;
		}

	}

	/**
	 * Maps the JWT's {@code roles} claim to ROLE_ authorities. The actor's name, shown as the editor of what it
	 * changes, is the configured name claim ({@code name} by default), else the subject.
	 */
	private record RolesClaim(String nameClaim) implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			List<String> roles = jwt.getClaimAsStringList("roles");
			Collection<GrantedAuthority> authorities = (roles != null) ? roles.stream()
				.filter(Roles.ALL::contains)
				.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
				.toList() : List.of();
			String name = jwt.getClaimAsString(this.nameClaim);
			return new JwtAuthenticationToken(jwt, authorities, (name != null && !name.isBlank()) ? name.strip() : jwt.getSubject());
		}

	}

}
