package city.quanzhou.pilotgraph.digest;

/** A recipient's answer to a digest item. */
public enum FeedbackAnswer {

	/** 感兴趣: items like it are ranked a little higher in later digests. */
	INTERESTED("感兴趣"),
	/** 不相关: items too like it are left out of later digests. */
	IRRELEVANT("不相关");

	private final String label;

	FeedbackAnswer(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
