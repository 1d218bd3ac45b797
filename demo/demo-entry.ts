// The static demo's page entry (index.html's script in dist-demo/): the service worker first, then the console as
// the server build loads it.
import './worker-ready';
import '../src/web/main';
