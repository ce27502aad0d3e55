/**
 * The embeds' entry: the explorer's own views as web components for any portal,
 *
 *   <script src="https://govgraph.example/embed.js"></script>
 *   <govgraph-chain body="body-svo" depth="2"></govgraph-chain>
 *
 * /embed.js is a small stable loader (written by web/vite.config.mts) that imports this
 * module under its hashed name from /assets on the service. Where the views read the API
 * and where their links point is settled in api.ts, from the module's own URL, before any
 * view is defined (a view may fetch as soon as it is connected).
 */
import './components/chain';
import './components/item';
import './components/agreements';
import './components/body';
import './components/area';
import './components/search';
