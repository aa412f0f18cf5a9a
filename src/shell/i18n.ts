// The shell's own words (not Docker's, which are always English) in the session's language.
// pt-BR is the classroom's language and the default; English when the client's LANG says so.

/** Lang is a supported session language. */
export type Lang = 'pt' | 'en';

/** langFromEnv picks the language from LC_ALL, LC_MESSAGES or LANG as the client sent them. */
export function langFromEnv(env: Readonly<Record<string, string>>): Lang {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^en([_.@-]|$)/i.test(value)) return 'en';
  return 'pt';
}

/** roleText describes a node's role in a sentence. */
export function roleText(lang: Lang, role: 'leader' | 'manager' | 'worker' | 'none'): string {
  const pt = { leader: 'gerente, líder', manager: 'gerente', worker: 'trabalhador', none: 'fora do swarm' };
  const en = { leader: 'manager, leader', manager: 'manager', worker: 'worker', none: 'not in the swarm' };
  return (lang === 'en' ? en : pt)[role];
}

/** WelcomeInfo is what the login banner says. */
export interface WelcomeInfo {
  user: string;
  node: string;
  team: string;
  role: 'leader' | 'manager' | 'worker' | 'none';
  teammates: { user: string; node: string }[];
}

/** welcomeText is the short banner shown at login. */
export function welcomeText(lang: Lang, info: WelcomeInfo): string {
  const mates = info.teammates.map((m) => (lang === 'en' ? `${m.user} on ${m.node}` : `${m.user} em ${m.node}`)).join(', ');
  if (lang === 'en') {
    return [
      `Welcome to swarmlab, ${info.user}!`,
      `You are on node ${info.node} (${roleText(lang, info.role)}) of team ${info.team}.`,
      mates ? `Teammates online: ${mates}.` : 'No teammates online yet.',
      'Type `docker --help` to start, or `help` for the commands of this shell.',
      '',
    ].join('\n');
  }
  return [
    `Bem-vindo(a) ao swarmlab, ${info.user}!`,
    `Você está no nó ${info.node} (${roleText(lang, info.role)}) do time ${info.team}.`,
    mates ? `Colegas online: ${mates}.` : 'Nenhum colega online ainda.',
    'Digite `docker --help` para começar, ou `help` para ver os comandos deste shell.',
    '',
  ].join('\n');
}

/** helpText lists the node shell's commands. */
export function helpText(lang: Lang): string {
  const rows: [string, string, string][] = [
    ['docker ...', 'o Docker CLI deste nó (docker --help)', 'this node\'s Docker CLI (docker --help)'],
    ['docker exec -it <tarefa> sh', 'abre um shell dentro de um contêiner deste nó', 'open a shell inside a container on this node'],
    ['who', 'quem do seu time está online, e em qual nó', 'who of your team is online, and on which node'],
    ['wall <text>', 'manda uma mensagem para o seu time', 'send a message to your team'],
    ['write <user> <text>', 'manda uma mensagem para um colega', 'send a message to one teammate'],
    ['hostname, whoami, date', 'quem e onde você está', 'who and where you are'],
    ['history, clear, exit', 'histórico, limpar a tela, sair', 'history, clear the screen, log out'],
    ['grep, head, tail, wc, sort', 'filtros para usar com |', 'filters to use with |'],
  ];
  const intro = lang === 'en' ? 'Commands on this node:' : 'Comandos neste nó:';
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return `${intro}\n${rows.map((r) => `  ${r[0].padEnd(width)}${lang === 'en' ? r[2] : r[1]}`).join('\n')}\n`;
}

/** whoText renders `who`: one line per teammate session. */
export function whoText(sessions: { user: string; node: string; since: string }[]): string {
  return sessions.map((s) => `${s.user.padEnd(12)} ${s.node.padEnd(12)} ${s.since}\n`).join('');
}
