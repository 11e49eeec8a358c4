package city.quanzhou.pilotgraph.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether editors' writes wait for review ({@code pilotgraph.review.required}): off unless configured, on in
 * the prod profile. Admins' writes and imports apply at once either way.
 */
@ConfigurationProperties("pilotgraph.review")
public record ReviewProperties(boolean required) {
}
