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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer tokens only, no sessions or cookies (so no CSRF surface). Locally, static tokens from
 * {@code PILOTGRAPH_TOKENS}; in production, OAuth2 JWTs from the issuer in
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, whose {@code roles} claim names the roles.
 * Requests without a token are anonymous and may read the public part of the graph; what each operation
 * needs is declared on it with {@code @PreAuthorize} and reported as UNAUTHORIZED or FORBIDDEN.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, @Value("${pilotgraph.tokens:}") String tokens,
			@Value("${pilotgraph.rate-limit.per-second:100}") double perSecond,
			@Value("${pilotgraph.rate-limit.burst:400}") double burst, ObjectProvider<JwtDecoder> jwtDecoder)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.addFilterBefore(new RateLimitFilter(perSecond, burst), DisableEncodeUrlFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// A streamed export finishes on an async dispatch, already authorised on the request itself.
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
				.requestMatchers("/admin/**").hasRole(Roles.ADMIN)
				.requestMatchers("/export/**").hasAnyRole(Roles.BROKER, Roles.PLANNER, Roles.EDITOR, Roles.ADMIN)
				.anyRequest().permitAll())
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new StaticTokenFilter(StaticTokens.parse(tokens), jwtDecoder.getIfAvailable() != null),
					BearerTokenAuthenticationFilter.class);
		if (jwtDecoder.getIfAvailable() != null) {
			StaticTokens staticTokens = StaticTokens.parse(tokens);
			DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
			// A static token is settled by the filter above; only other tokens are taken for JWTs.
			http.oauth2ResourceServer((server) -> server
				.bearerTokenResolver((request) -> {
					String token = bearer.resolve(request);
					return (token == null || staticTokens.roleOf(token).isPresent()) ? null : token;
				})
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(new RolesClaim())));
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
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
					&& SecurityContextHolder.getContext().getAuthentication() == null) {
				String token = header.substring(7).strip();
				var role = this.tokens.roleOf(token);
				if (role.isPresent()) {
					var authentication = new UsernamePasswordAuthenticationToken("token:" + role.get().toLowerCase()
							+ "-" + Integer.toHexString(token.hashCode()), null,
							List.of(new SimpleGrantedAuthority("ROLE_" + role.get())));
					SecurityContextHolder.getContext().setAuthentication(authentication);
				}
				else if (!this.jwtsAccepted || !looksLikeJwt(token)) {
					// a token nobody can vouch for is refused, never quietly treated as anonymous
					response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Unknown bearer token");
					return;
				}
			}
			chain.doFilter(request, response);
		}

		private static boolean looksLikeJwt(String token) {
			return token.chars().filter((c) -> c == '.').count() == 2;
		}

	}

	/** Maps the JWT's {@code roles} claim to ROLE_ authorities; the subject becomes the actor's name. */
	private static final class RolesClaim implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			List<String> roles = jwt.getClaimAsStringList("roles");
			Collection<GrantedAuthority> authorities = (roles != null) ? roles.stream()
				.filter(Roles.ALL::contains)
				.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
				.toList() : List.of();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		}

	}


}
