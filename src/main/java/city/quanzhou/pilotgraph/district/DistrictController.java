package city.quanzhou.pilotgraph.district;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.entity.District;

@Controller
class DistrictController {

	private final DistrictService districts;

	DistrictController(DistrictService districts) {
		this.districts = districts;
	}

	@QueryMapping
	List<District> districts() {
		return this.districts.findAll();
	}

	@QueryMapping
	District district(@Argument String codeOrName) {
		return this.districts.find(codeOrName).orElse(null);
	}

}
