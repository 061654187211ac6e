// The moderation console's entry: one custom element, `<pc-console>`, in index.html.
import './console-app.js';
