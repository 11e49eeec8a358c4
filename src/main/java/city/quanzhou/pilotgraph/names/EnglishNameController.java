package city.quanzhou.pilotgraph.names;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.chain.ChainLink;
import city.quanzhou.pilotgraph.chain.IndustryChain;
import city.quanzhou.pilotgraph.entity.District;

/** {@code nameEn} of chains, links and districts: a lookup in memory, so no batching is needed. */
@Controller
class EnglishNameController {

	private final EnglishNames names;

	EnglishNameController(EnglishNames names) {
		this.names = names;
	}

	@SchemaMapping(typeName = "IndustryChain", field = "nameEn")
	String chainNameEn(IndustryChain chain) {
		return this.names.of(chain.core().id());
	}

	@SchemaMapping(typeName = "ChainLink", field = "nameEn")
	String linkNameEn(ChainLink link) {
		return this.names.of(link.core().id());
	}

	@SchemaMapping(typeName = "District", field = "nameEn")
	String districtNameEn(District district) {
		return this.names.of(district.code());
	}

}
