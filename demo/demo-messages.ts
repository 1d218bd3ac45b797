// What the demo's page and its service worker say to each other before the console renders: the scenario the link
// asked for (?scenario=), and whether the worker's mock cloud stands on it.
export interface DemoStartMessage {
  type: 'start';
  scenario: string | null;
}

export type DemoStartAnswer = { ok: true; scenario: string } | { ok: false; message: string };
