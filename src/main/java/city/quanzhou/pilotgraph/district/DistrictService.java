package city.quanzhou.pilotgraph.district;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.entity.District;
import city.quanzhou.pilotgraph.entity.GraphReads;

/**
 * The county-level divisions. Arguments that take a district accept its code or its name.
 */
@Service
public class DistrictService {

	/** A district by its code or its name (the benchmark runs this same text directly). */
	static final String BY_CODE_OR_NAME = """
			MATCH (d:District) WHERE d.code = $key OR d.name = $key
			RETURN d.code AS code, d.name AS name
			""";

	private final GraphReads reads;

	DistrictService(GraphReads reads) {
		this.reads = reads;
	}

	public List<District> findAll() {
		return List.copyOf(this.reads.list("MATCH (d:District) RETURN d.code AS code, d.name AS name ORDER BY d.code",
				Map.of(), (row) -> new District(row.get("code").asString(), row.get("name").asString())));
	}

	public Optional<District> find(String codeOrName) {
		return this.reads.list(BY_CODE_OR_NAME, Map.of("key", codeOrName.strip()),
				(row) -> new District(row.get("code").asString(), row.get("name").asString()))
			.stream()
			.findFirst();
	}

}
