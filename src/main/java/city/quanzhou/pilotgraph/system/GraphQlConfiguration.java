package city.quanzhou.pilotgraph.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars of our own: dates travel as ISO-8601 strings.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		return (wiring) -> wiring.scalar(dateScalar()).scalar(dateTimeScalar());
	}

	private static GraphQLScalarType dateScalar() {
		return GraphQLScalarType.newScalar().name("Date").coercing(new IsoCoercing<>("Date", LocalDate.class) {
			@Override
			LocalDate parse(String text) {
				return LocalDate.parse(text);
			}
		}).build();
	}

	private static GraphQLScalarType dateTimeScalar() {
		return GraphQLScalarType.newScalar().name("DateTime").coercing(new IsoCoercing<>("DateTime", OffsetDateTime.class) {
			@Override
			OffsetDateTime parse(String text) {
				return OffsetDateTime.parse(text);
			}

			@Override
			Object toOutput(Object value) {
				return (value instanceof ZonedDateTime zoned) ? zoned.toOffsetDateTime().toString() : super.toOutput(value);
			}
		}).build();
	}

	private abstract static class IsoCoercing<T> implements Coercing<T, String> {

		private final String name;

		private final Class<T> type;

		IsoCoercing(String name, Class<T> type) {
			this.name = name;
			this.type = type;
		}

		abstract T parse(String text);

		Object toOutput(Object value) {
			if (this.type.isInstance(value)) {
				return value.toString();
			}
			throw new CoercingSerializeException(this.name + " cannot represent " + value.getClass().getSimpleName());
		}

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			return (String) toOutput(value);
		}

		@Override
		public T parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(this.name + " must be ISO-8601, was '" + text + "'");
				}
			}
			throw new CoercingParseValueException(this.name + " must be an ISO-8601 string");
		}

		@Override
		public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				try {
					return parse(text.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException(this.name + " must be ISO-8601, was '" + text.getValue() + "'");
				}
			}
			throw new CoercingParseLiteralException(this.name + " must be an ISO-8601 string");
		}

	}

}
