// A room follower as its own process, so a test can SIGSTOP it: it stops reading its socket as a
// frozen device would. It resumes like the bundled client and, once it has applied seq TARGET,
// prints one `summary {…}` line with everything it was sent and exits 0.
//   WS_URL, ROOM_ID, TARGET (a seq) come from the environment.
// Lines on stdout: `socket <local port>` on every connection, `ready` once seq 1 is applied.
import { followRoom, fullTimelineSubscription } from './resumingSubscriber';

const wsUrl = process.env.WS_URL!;
const roomId = process.env.ROOM_ID!;
const target = Number(process.env.TARGET);

let ready = false;
const follower = followRoom(wsUrl, roomId, {
  query: fullTimelineSubscription,
  onSeq: (seq) => {
    if (!ready && seq >= 1) {
      ready = true;
      console.log('ready');
    }
  },
});
follower.client.on('connected', (socket) => {
  console.log(`socket ${(socket as { _socket?: { localPort?: number } })._socket?.localPort}`);
});

// No deadline of its own: its timers would fire the moment it is continued. The test bounds the wait.
void follower.reached(target, 2 ** 31 - 1).then(async () => {
  console.log(`summary ${JSON.stringify(follower.log)}`);
  await follower.dispose();
  process.exit(0);
});
