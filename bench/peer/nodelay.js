// TCP_NODELAY on every socket this process opens from now on. neo4j-driver 5.28 (Node) leaves Nagle's algorithm on,
// and a statement it writes in more than one piece then waits for the database's delayed ACK, 40 ms on Linux; that
// put the peer's contract reads at 50 ms instead of 5-10 (docs/benchmarks.md, "Fourth round"). Call it before the
// driver connects.
import net from 'node:net';

export function withoutNagle() {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connectWithoutNagle(...args) {
    this.setNoDelay(true);
    return connect.apply(this, args);
  };
}
