package city.quanzhou.pilotgraph.system;

import java.util.Set;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * Sessions of the plain driver, for the code that runs its own transactions (path searches with their own time
 * limit, imports, exports, the embedding job, migrations), in the same causal chain as Spring's transactions.
 * <p>
 * Every session takes the bookmarks this instance last received (Spring's {@link Neo4jBookmarkManager}, the one
 * the transaction manager and {@code Neo4jClient} share) and hands back the bookmark its transactions end with.
 * On a cluster a read therefore waits until the server it is routed to has applied every transaction this
 * instance has committed or read before it, whichever way that transaction ran. On a single server the
 * bookmarks are always satisfied and cost nothing.
 */
public final class GraphSessions {

	private final Driver driver;

	private final SessionConfig write;

	private final SessionConfig read;

	public GraphSessions(Driver driver, Neo4jBookmarkManager bookmarks) {
		this.driver = driver;
		BookmarkManager shared = new SharedBookmarks(bookmarks);
		this.write = SessionConfig.builder().withBookmarkManager(shared).build();
		this.read = SessionConfig.builder().withBookmarkManager(shared).withDefaultAccessMode(AccessMode.READ).build();
	}

	/** For tools and benchmarks that run outside the service: a causal chain of their own. */
	public static GraphSessions standalone(Driver driver) {
		return new GraphSessions(driver, Neo4jBookmarkManager.create());
	}

	/** A session whose transactions go to a server that takes writes (the leader of a cluster). */
	public Session session() {
		return this.driver.session(this.write);
	}

	/** A session for reads only: on a cluster they may go to a secondary, which first catches up with the bookmarks. */
	public Session readSession() {
		return this.driver.session(this.read);
	}

	/**
	 * The driver's view of Spring's bookmark store, so that both kinds of session update one set of bookmarks.
	 * The driver never serializes a session's manager; the interface only allows it.
	 */
	@SuppressWarnings("serial")
	private record SharedBookmarks(Neo4jBookmarkManager spring) implements BookmarkManager {

		@Override
		public Set<Bookmark> getBookmarks() {
			return Set.copyOf(this.spring.getBookmarks());
		}

		@Override
		public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
			this.spring.updateBookmarks(previousBookmarks, newBookmarks);
		}

	}

}
