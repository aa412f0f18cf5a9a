// `docker ps --format` is checked before the daemon is asked (docker/cli v28.2.2
// cli/command/container/list.go buildContainerListOptions): the template as typed is parsed and
// run once over an empty ContainerContext, which both reports a bad template early
// ("failed to parse template: …", "failed to execute template: …") and records whether .Size
// was used, so the CLI asks the daemon for sizes only then.

import { CliError } from '../command.js';
import { goMethod, goStruct, parseTemplate, ParseError } from '../format/go-template/index.js';

/** emptyContext is NewContainerContext(): every accessor over a zero container.Summary. */
function emptyContext(onSize: () => void): object {
  // Marked like a formatter context so `{{json .}}` calls every accessor, Size included.
  return goStruct({
    ID: '', Names: '', Image: '', Command: '""', CreatedAt: '1970-01-01 00:00:00 +0000 UTC', RunningFor: 'Less than a second ago',
    Platform: null, Ports: '', State: '', Status: '',
    Size: () => {
      onSize();
      return '0B';
    },
    Labels: '', Label: goMethod(['string'], () => ''), Mounts: '', LocalVolumes: '0', Networks: '',
  }, '*formatter.ContainerContext', { jsonAsMap: true });
}

/** checkPsFormat validates a --format value and says whether it uses .Size; throws the CLI's error. */
export function checkPsFormat(format: string): { usesSize: boolean } {
  const tmpl = parseTemplate(format);
  if (tmpl instanceof ParseError) throw new CliError(`failed to parse template: ${tmpl.message}`);
  let usesSize = false;
  const out = tmpl.execute(emptyContext(() => (usesSize = true)), { typeName: '*formatter.ContainerContext' });
  if (typeof out !== 'string') throw new CliError(`failed to execute template: ${out.message}`);
  return { usesSize };
}
