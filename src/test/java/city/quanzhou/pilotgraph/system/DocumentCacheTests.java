package city.quanzhou.pilotgraph.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import city.quanzhou.pilotgraph.FixtureGraphTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A repeated document is answered from the cache as it was the first time; invalid ones are never kept. */
class DocumentCacheTests extends FixtureGraphTest {

	@Autowired
	DocumentCache cache;

	@Test
	void shouldAnswerARepeatedDocumentAlikeAndKeepOnlyValidOnes() {
		replaceGraph("CREATE (:District {code: '350582', name: '晋江市'})");
		for (int i = 0; i < 3; i++) {
			this.graphQl.documentName("cachedDistricts").execute().path("districts[0].name").entity(String.class).isEqualTo("晋江市");
		}
		int kept = this.cache.size();
		assertThat(kept).as("the valid document is kept").isPositive();
		// deliberately invalid, so inline
		this.graphQl.document("{ districts { noSuchField } }").execute().errors().satisfy((errors) ->
				assertThat(errors).singleElement().satisfies((error) -> assertThat(error.getMessage()).contains("noSuchField")));
		assertThat(this.cache.size()).as("invalid document not kept").isEqualTo(kept);
	}

}
