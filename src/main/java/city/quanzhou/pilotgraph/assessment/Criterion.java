package city.quanzhou.pilotgraph.assessment;

/**
 * What a base is assessed on, each measured in the graph for one year (see {@code docs/assessment.md}).
 */
public enum Criterion {

	/** Service projects delivered to enterprises in the year: the sum of SERVED.projects (a tie without it counts 1). */
	SERVICES("服务项目数"),
	/** Distinct enterprises served in the year. */
	ENTERPRISES("服务企业数"),
	/** Distinct results piloted in the year. */
	PILOTS("中试成果数"),
	/** Results the base piloted by the year that reached industry: maturity INDUSTRIAL or transferred by then. */
	INDUSTRY("产业化成果数"),
	/** 1 when the base is open to the public (面向社会开放), else 0. */
	OPENNESS("开放共享");

	private final String label;

	Criterion(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
