package city.quanzhou.pilotgraph.quality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** An entity not updated for {@code staleAfter} ({@code pilotgraph.quality.stale-after}) counts as stale. */
@ConfigurationProperties("pilotgraph.quality")
public record QualityProperties(@DefaultValue("365d") Duration staleAfter) {
}
