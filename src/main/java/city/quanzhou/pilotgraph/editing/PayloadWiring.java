package city.quanzhou.pilotgraph.editing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Each kind's payload names its entity after the kind ({@code base}, {@code institute}, ...); one
 * {@link EntityPayload} record serves them all, wired here field by field.
 */
@Configuration(proxyBeanMethods = false)
class PayloadWiring {

	@Bean
	RuntimeWiringConfigurer entityPayloadFields() {
		return (wiring) -> {
			for (EditableKind editable : EditableKind.values()) {
				String payloadType = editable.kind().label() + "Payload";
				wiring.type(payloadType, (type) -> type.dataFetcher(editable.payloadField(),
						(environment) -> ((EntityPayload) environment.getSource()).entity()));
			}
		};
	}

}
