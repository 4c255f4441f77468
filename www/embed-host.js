// The mock host site's own script: it uses newsmark the way any host would, from widget.js.
import { annotateElement } from './widget.js';

const story = document.getElementById('story');
let handle = null;

// A host handler that must keep working after highlighting.
let clicks = 0;
document.getElementById('harbor-link').addEventListener('click', () => {
  clicks += 1;
  document.body.dataset.linkClicks = String(clicks);
});

document.getElementById('highlight').addEventListener('click', async () => {
  handle = await annotateElement(story);
  document.body.dataset.highlighted = String(handle.annotations.spans.length);
});
document.getElementById('unhighlight').addEventListener('click', () => {
  handle?.clear();
  handle = null;
  delete document.body.dataset.highlighted;
});

// The property form: text set from script, with a newline kept as a newline.
document.getElementById('prop').text = 'Markets: the index rose 1.2% on Friday.\nOil fell to $71.50 a barrel.';
