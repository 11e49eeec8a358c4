package city.quanzhou.pilotgraph.broker;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

import city.quanzhou.pilotgraph.security.Roles;

/**
 * A broker's phone and email are personal data: anonymous callers get an UNAUTHORIZED error on these
 * fields (the rest of the broker stays readable), signed-in brokers, planners, editors and admins get them.
 */
@Controller
class BrokerContactController {

	@SchemaMapping
	@PreAuthorize(Roles.READS_EVERYTHING)
	String phone(Broker broker) {
		return broker.phone();
	}

	@SchemaMapping
	@PreAuthorize(Roles.READS_EVERYTHING)
	String email(Broker broker) {
		return broker.email();
	}

}
