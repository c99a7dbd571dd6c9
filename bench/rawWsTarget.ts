// The raw-ws baseline as a LiveRoomTarget: plain HTTP posts in, raw `ws` sockets out.
import WebSocket from 'ws';
import type { ChildServer } from './childServer';
import type { RoomEvent } from './deliveries';
import { postJson, type LiveRoomTarget } from './liveRoomTarget';

export function createRawWsTarget(server: ChildServer): LiveRoomTarget {
  const base = `http://127.0.0.1:${server.port}`;
  const sockets: WebSocket[] = [];
  let closing = false;

  return {
    name: 'raw-ws',
    server,

    openSubscriber(index, onEvent, onTrouble) {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/`);
      sockets.push(socket);
      // Hot path: once per delivered frame. Parsed like graphql-ws parses its frames.
      socket.on('message', (data) => onEvent((JSON.parse(data.toString()) as { payload: { data: { roomEvents: RoomEvent } } }).payload.data.roomEvents));
      socket.on('close', (code) => closing || onTrouble(`subscriber ${index} closed with ${code}`));
      return new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.on('error', (error) => (closing ? undefined : socket.readyState === WebSocket.CONNECTING ? reject(error) : onTrouble(`subscriber ${index}: ${error.message}`)));
      });
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
      await Promise.all(
        sockets.map((socket) => new Promise<void>((done) => {
          if (socket.readyState === WebSocket.CLOSED) return done();
          socket.once('close', () => done());
          socket.terminate();
        })),
      );
    },
  };
}
