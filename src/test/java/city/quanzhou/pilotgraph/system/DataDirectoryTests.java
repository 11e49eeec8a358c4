package city.quanzhou.pilotgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import city.quanzhou.pilotgraph.FixtureGraphTest;
import city.quanzhou.pilotgraph.HttpGraphQl.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes are refused before the database's disk fills. The test cannot fill the machine's disk, so it raises the
 * watermark ({@code pilotgraph.disk.min-free}, read on every check) above the real free space of the data
 * directory's file system: the real "too little space" condition, measured the way production measures it.
 */
class DataDirectoryTests extends FixtureGraphTest {

	private static final String WATERMARK = "test-raised-watermark";

	private static final Map<String, Object> RENAME = Map.of("input",
			Map.of("id", "inst-disk", "version", 1, "name", "磁盘测试研究院（改）"));

	@Autowired
	ConfigurableEnvironment environment;

	@Autowired
	DataDirectory dataDirectory;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void lowerTheWatermark() {
		this.environment.getPropertySources().remove(WATERMARK);
	}

	@Test
	void shouldRefuseWritesWhileTheDataDirectoryIsBelowTheWatermarkAndTakeThemOnceThereIsSpace() throws Exception {
		replaceGraph("CREATE (:Entity:Institute {id: 'inst-disk', name: '磁盘测试研究院', source: 'SYNTHETIC', version: 1, inCity: true})");
		String before = graphSnapshot();
		raiseWatermarkAboveTheFreeSpace();

		Reply refused = http().postDocument("upsertInstitute", RENAME, EDITOR);
		assertThat(refused.<String>read("$.errors[0].extensions.classification")).isEqualTo("INSUFFICIENT_STORAGE");
		assertThat(refused.<String>read("$.errors[0].message")).contains("pilotgraph.disk.min-free").contains("reads still answer");
		assertThat(refused.body()).doesNotContain(this.dataDirectory.path().toString());
		assertThat(graphSnapshot()).as("nothing written").isEqualTo(before);

		Reply read = http().postDocument("institutes", Map.of("first", 5), null);
		assertThat(read.<Integer>read("$.data.institutes.totalCount")).isEqualTo(1);
		assertThat(read.body()).doesNotContain("\"errors\"");

		HttpResponse<String> upload = upload();
		assertThat(upload.statusCode()).isEqualTo(507);
		assertThat(upload.body()).contains("pilotgraph.disk.min-free");

		HttpResponse<String> health = get("/actuator/health");
		assertThat(JsonPath.parse(health.body()).<String>read("$.components.dataDirectory.status")).isEqualTo("DOWN");
		assertThat(get("/actuator/health/liveness").statusCode()).as("a restart frees no space").isEqualTo(200);

		this.environment.getPropertySources().remove(WATERMARK);
		Reply accepted = http().postDocument("upsertInstitute", RENAME, EDITOR);
		assertThat(accepted.<List<?>>read("$.data.upsertInstitute.errors")).isEmpty();
		assertThat(accepted.<String>read("$.data.upsertInstitute.institute.name")).isEqualTo("磁盘测试研究院（改）");
	}

	@Test
	void shouldWatchTheDataDirectoryNotTheWorkingDirectory() throws Exception {
		var health = JsonPath.parse(get("/actuator/health").body());
		assertThat(health.<String>read("$.components.dataDirectory.status")).isEqualTo("UP");
		assertThat(Path.of(health.<String>read("$.components.dataDirectory.details.path")))
			.isEqualTo(this.dataDirectory.path())
			.isNotEqualTo(Path.of("").toAbsolutePath());
		assertThat(health.<Map<String, Object>>read("$.components")).doesNotContainKey("diskSpace");
		assertThat(Files.isDirectory(this.dataDirectory.path())).isTrue();
	}

	private void raiseWatermarkAboveTheFreeSpace() throws Exception {
		long aboveFree = this.dataDirectory.usableBytes() + 64L * 1024 * 1024 * 1024;
		this.environment.getPropertySources()
			.addFirst(new MapPropertySource(WATERMARK, Map.of("pilotgraph.disk.min-free", aboveFree + "B")));
	}

	private HttpResponse<String> upload() throws Exception {
		String boundary = "disk-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"districts.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\ncode,name\r\n350599,测试区\r\n--" + boundary + "--\r\n";
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/admin/import"))
			.timeout(Duration.ofSeconds(60))
			.header("Authorization", "Bearer " + ADMIN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
