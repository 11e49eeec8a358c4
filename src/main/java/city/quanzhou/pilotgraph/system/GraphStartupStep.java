package city.quanzhou.pilotgraph.system;

/**
 * A step that brings the graph up to date at start-up, after the schema migrations and before the service
 * reports ready, such as loading the seed data. Declared here and implemented by the features, so that the
 * platform runs them without knowing them; steps run in their {@code @Order}.
 */
public interface GraphStartupStep {

	void run();

}
