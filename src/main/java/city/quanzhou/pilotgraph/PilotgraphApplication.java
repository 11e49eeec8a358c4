package city.quanzhou.pilotgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PilotgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(PilotgraphApplication.class, args);
	}

}
