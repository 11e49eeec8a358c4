// The dashboard's only way to the data: the public GraphQL API, over HTTP for queries and over graphql-ws
// (the "graphql-transport-ws" WebSocket protocol) for the live changes. No client library: the protocol is
// small (connection_init / connection_ack, subscribe, next, error, complete, ping / pong).

/** Runs a query; resolves with its data, rejects with the errors' messages (each also in `messages`). */
export async function query(document, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) {
    const failure = new Error(body.errors.map((error) => error.message).join('; '));
    failure.messages = body.errors.map((error) => error.message);
    throw failure;
  }
  return body.data;
}

/**
 * Subscribes over graphql-ws and keeps the subscription alive: after a dropped connection it reconnects,
 * waiting longer each time (up to 30 s), and reports 'connected' again so the caller can reload what it
 * may have missed.
 *
 * @param onNext called with each event's data
 * @param onState called with 'connecting', 'connected', 'reconnecting' or 'error'
 * @returns a function that ends the subscription
 */
export function subscribe(document, variables, { onNext, onState }) {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  let socket;
  let attempts = 0;
  let ended = false;

  const send = (message) => socket.send(JSON.stringify(message));
  const connect = () => {
    onState(attempts === 0 ? 'connecting' : 'reconnecting');
    socket = new WebSocket(url, 'graphql-transport-ws');
    socket.onopen = () => send({ type: 'connection_init', payload: {} });
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      switch (message.type) {
        case 'connection_ack':
          attempts = 0;
          send({ id: 'changes', type: 'subscribe', payload: { query: document, variables } });
          onState('connected');
          break;
        case 'next':
          onNext(message.payload.data);
          break;
        case 'ping':
          send({ type: 'pong' });
          break;
        case 'error':
          onState('error');
          console.error('subscription refused', message.payload);
          break;
        case 'complete':
          socket.close();
          break;
        default:
          break;
      }
    };
    socket.onclose = () => {
      if (!ended) {
        attempts += 1;
        onState('reconnecting');
        setTimeout(connect, Math.min(30000, 500 * 2 ** attempts));
      }
    };
  };
  connect();
  return () => {
    ended = true;
    if (socket.readyState === WebSocket.OPEN) {
      send({ id: 'changes', type: 'complete' });
    }
    socket.close();
  };
}
