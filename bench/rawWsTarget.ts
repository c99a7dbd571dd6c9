// The raw-ws baseline as a LiveRoomTarget: plain HTTP posts in, raw `ws` sockets out.
import type WebSocket from 'ws';
import type { ChildServer } from './childServer';
import { postJson, type LiveRoomTarget } from './liveRoomTarget';
import { closeSockets, openWsSubscriber } from './wsSubscriber';

export function createRawWsTarget(server: ChildServer): LiveRoomTarget {
  const base = `http://127.0.0.1:${server.port}`;
  const sockets: WebSocket[] = [];
  let closing = false;

  return {
    name: 'raw-ws',
    server,
    subscriberUrl: `ws://127.0.0.1:${server.port}/`,
    // Every socket gets every frame; there is nothing to subscribe to.
    subscribeRequest: null,

    async openSubscriber(index, onEvent, onTrouble) {
      const socket = await openWsSubscriber({
        url: this.subscriberUrl,
        request: null,
        onEvent,
        onTrouble,
        closing: () => closing,
        label: `subscriber ${index}`,
      });
      sockets.push(socket);
    },

    async viewerCount() {
      return (await fetch(`${base}/viewers`).then((r) => r.json())) as number;
    },

    async sendMessage(_index, body) {
      return (await postJson<{ seq: number }>(`${base}/message`, { body })).seq;
    },

    async sendCheer(_sender, emoji) {
      await postJson(`${base}/cheer`, { emoji });
    },

    async closeSubscribers() {
      closing = true;
      await closeSockets(sockets);
    },
  };
}
