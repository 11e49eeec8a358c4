package city.quanzhou.pilotgraph.district;

import java.util.List;
import java.util.Optional;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import city.quanzhou.pilotgraph.entity.District;

/**
 * The county-level divisions. Arguments that take a district accept its code or its name.
 */
@Service
@Transactional(readOnly = true)
public class DistrictService {

	/** A district by its code or its name (the benchmark runs this same text directly). */
	static final String BY_CODE_OR_NAME = """
			MATCH (d:District) WHERE d.code = $key OR d.name = $key
			RETURN d.code AS code, d.name AS name
			""";

	private final Neo4jClient neo4j;

	DistrictService(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<District> findAll() {
		return List.copyOf(this.neo4j.query("MATCH (d:District) RETURN d.code AS code, d.name AS name ORDER BY d.code")
			.fetchAs(District.class)
			.mappedBy((types, row) -> new District(row.get("code").asString(), row.get("name").asString()))
			.all());
	}

	public Optional<District> find(String codeOrName) {
		return this.neo4j.query(BY_CODE_OR_NAME)
			.bind(codeOrName.strip()).to("key")
			.fetchAs(District.class)
			.mappedBy((types, row) -> new District(row.get("code").asString(), row.get("name").asString()))
			.first();
	}

}
