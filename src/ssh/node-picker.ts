// The node picker for a bare `ssh user@host` with a terminal: list the team's nodes and let the
// student choose one by number or name.

import { LineEditor } from '../shell/line-editor/index.js';
import type { Lang } from '../shell/i18n.js';
import type { SessionRequest } from './server.js';

/** pickNode asks which node to log in to; undefined when the user gives up (Ctrl-C, Ctrl-D). */
export async function pickNode(request: SessionRequest, hosts: readonly string[], lang: Lang): Promise<string | undefined> {
  const term = request.terminal;
  term.write(lang === 'en' ? 'Which node do you want to log in to?\n' : 'Em qual nó você quer entrar?\n');
  hosts.forEach((h, i) => term.write(`  ${i + 1}) ${h}\n`));
  const editor = new LineEditor(term);
  const sub = term.onData((d) => editor.feed(d));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await editor.readLine(lang === 'en' ? 'Node: ' : 'Nó: ', { history: false });
      if (result.kind !== 'line') return undefined;
      const answer = result.line.trim();
      const byNumber = /^\d+$/.test(answer) ? hosts[Number(answer) - 1] : undefined;
      const choice = byNumber ?? hosts.find((h) => h === answer);
      if (choice) return choice;
      term.write(lang === 'en' ? `Type a number from 1 to ${hosts.length} or a node name.\n` : `Digite um número de 1 a ${hosts.length} ou o nome de um nó.\n`);
    }
    return undefined;
  } finally {
    sub.dispose();
    editor.close();
  }
}
