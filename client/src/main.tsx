// Wires the pieces once: theme, token store, socket, Apollo client, session, the user event bus and
// the toasts, then renders the app.
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { SocketContext } from './events/SocketContext';
import { createUserEventBus } from './events/userEventBus';
import { UserEventBusContext } from './events/UserEventBusContext';
import { createSocket, sameOriginSocketUrl } from './socket';
import { applyTheme } from './ui/theme';
import { ToastProvider } from './ui/ToastContext';
import { createSession, type Session } from './users/session';
import { SessionContext } from './users/SessionContext';
import { createTokenStore } from './users/tokenStore';
import './ui/app.css';
import './ui/chat.css';
import './ui/roomPanels.css';
import './ui/liveMessages.css';
import './ui/moderation.css';
import './ui/moderationPanel.css';
import './ui/dark.css';

applyTheme();

const tokens = createTokenStore();
let session: Session | undefined;
const socket = createSocket({
  url: sameOriginSocketUrl(),
  token: tokens.get,
  onForbidden: (token) => session?.refused(token),
});
const apollo = createApolloClient({ token: tokens.get, socket, onUnauthenticated: (token) => session?.refused(token) });
session = createSession(tokens, socket, () => apollo);
const userEvents = createUserEventBus();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={apollo}>
      <SocketContext.Provider value={socket}>
        <SessionContext.Provider value={session}>
          <UserEventBusContext.Provider value={userEvents}>
            <ToastProvider>
              <App />
            </ToastProvider>
          </UserEventBusContext.Provider>
        </SessionContext.Provider>
      </SocketContext.Provider>
    </ApolloProvider>
  </StrictMode>,
);
