import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/client';
import { App } from './app';
import { preloadScreenAt } from './screen-chunks';
import { appSession } from './session/app-session';

const client = createApolloClient();

// The screen's chunk loads while the session is restored, not after.
preloadScreenAt(window.location.pathname.replace(/^\/app/, ''));

// A cookie from an earlier visit restores the session without a sign-in.
appSession.refresh().catch(() => appSession.signOut('The server could not be reached. Try again in a moment.'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <BrowserRouter basename="/app">
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
