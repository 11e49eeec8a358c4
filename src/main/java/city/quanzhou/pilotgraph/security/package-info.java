/**
 * Who may do what: the role names that the platform's security configuration and every feature's
 * {@code @PreAuthorize} share. Depends on nothing, so that a feature can name a role without depending on
 * the platform package.
 */
package city.quanzhou.pilotgraph.security;
