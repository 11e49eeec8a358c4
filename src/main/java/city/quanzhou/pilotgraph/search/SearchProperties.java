package city.quanzhou.pilotgraph.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search and embeddings, under {@code pilotgraph.search.*}.
 *
 * @param queryInstruction prefix queries with BGE's retrieval instruction (measured: see docs/search.md)
 * @param enrichedText embed each entity with its kind's context (a base's services and covered links, a
 * result's maturity and links) rather than name, aliases and description alone
 */
@ConfigurationProperties("pilotgraph.search")
public record SearchProperties(@DefaultValue("false") boolean queryInstruction,
		@DefaultValue("true") boolean enrichedText) {
}
