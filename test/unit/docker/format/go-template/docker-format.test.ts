// The --format values students type, through docker's functions and formatter: raw templates,
// `table` with a header row and the tabwriter, `json`, and docker's error wrapping.
// Fidelity: docker/cli templates/templates.go, cli/command/formatter/formatter.go.
import { describe, expect, it } from 'vitest';
import { goMap, goMethod, goStruct, parseTemplate, renderFormat, templateString } from '../../../../../src/docker/format/go-template/index.js';

const service = goStruct({
  ID: 'x7k2m9p4q1w8',
  Name: 'web',
  Leader: true,
  Spec: goStruct({
    Name: 'web',
    Labels: goMap({ 'com.docker.stack.namespace': 'shop', tier: 'front' }, 'map[string]string'),
    Mode: goStruct({ Replicated: goStruct({ Replicas: 3 }, '*swarm.ReplicatedService') }, 'swarm.ServiceMode'),
  }, 'swarm.ServiceSpec'),
  Containers: [goStruct({ Name: 'web.1' }, 'types.Container'), goStruct({ Name: 'web.2' }, 'types.Container')],
  Labels: new Map([['tier', 'front'], ['app', 'shop']]),
}, 'swarm.Service');

function exec(format: string, data: unknown = service): string {
  const tmpl = parseTemplate(format);
  if (!('execute' in tmpl)) return tmpl.message;
  const out = tmpl.execute(data, { typeName: 'swarm.Service' });
  return typeof out === 'string' ? out : out.message;
}

describe('templates students type', () => {
  it.each([
    ['{{.Name}}', 'web'],
    ['{{.ID}}\t{{.Name}}', 'x7k2m9p4q1w8\tweb'],
    ['{{json .Spec}}', '{"Name":"web","Labels":{"com.docker.stack.namespace":"shop","tier":"front"},"Mode":{"Replicated":{"Replicas":3}}}'],
    ['{{range .Containers}}{{.Name}} {{end}}', 'web.1 web.2 '],
    ['{{index .Spec.Labels "com.docker.stack.namespace"}}', 'shop'],
    ['{{index .Spec.Labels "missing"}}', ''],
    ['{{upper .Name}}', 'WEB'],
    ['{{.Spec.Mode.Replicated.Replicas}}', '3'],
    ['{{if .Leader}}*{{end}}', '*'],
    ['{{range $k, $v := .Labels}}{{$k}}={{$v}}{{end}}', 'app=shoptier=front'],
    ['{{printf "%-10s|" .Name}}', 'web       |'],
    ['{{.Spec.Labels}}', 'map[com.docker.stack.namespace:shop tier:front]'],
    ['{{len .Containers}}', '2'],
    ['{{(index .Containers 1).Name}}', 'web.2'],
    ['{{with .Spec.Mode.Replicated}}{{.Replicas}} replicas{{else}}global{{end}}', '3 replicas'],
    ['{{range $i, $c := .Containers}}{{if $i}}, {{end}}{{$c.Name}}{{end}}', 'web.1, web.2'],
    ['{{- range .Containers }}\n  {{ .Name }}\n{{- end }}', '\n  web.1\n  web.2'],
    ['{{.Name}} {{/* a comment */}}ok', 'web ok'],
    ['{{.Nope}}', 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type swarm.Service'],
    ['{{.Spec.Nope}}', 'template: :1:7: executing "" at <.Spec.Nope>: can\'t evaluate field Nope in type swarm.ServiceSpec'],
  ])('%j', (format, want) => {
    expect(exec(format)).toBe(want);
  });
});

describe("docker's template functions (templates.go basicFunctions)", () => {
  it.each([
    ['{{split "a,b,c" ","}}', '[a b c]'],
    ['{{split "abc" ""}}', '[a b c]'],
    ['{{join (split "a,b" ",") "+"}}', 'a+b'],
    ['{{join .Labels ","}}', 'front,shop'], // map values, sorted
    ['{{join .Containers ","}}', '{web.1},{web.2}'],
    ['{{title "hello wide-world_x"}}', 'Hello Wide-World_x'],
    ['{{lower "ÀBC"}}', 'àbc'],
    ['{{upper "straße"}}', 'STRAßE'], // Go maps rune by rune: ß has no single-rune upper case
    ['{{pad .Name 2 3}}|', '  web   |'],
    ['{{pad "" 2 3}}|', '|'],
    ['{{truncate .Name 2}}', 'we'],
    ['{{truncate .Name 10}}', 'web'],
    ['{{json "a<b&c>"}}', '"a<b&c>"'], // SetEscapeHTML(false)
    ['{{json .Labels}}', '{"app":"shop","tier":"front"}'],
    ['{{json .Containers}}', '[{"Name":"web.1"},{"Name":"web.2"}]'],
    ['{{json 1.5}} {{json 3}} {{json true}} {{json nil}}', '1.5 3 true null'],
    ['{{println .Name}}', 'web\n'],
    ['{{.Name | printf "%q"}}', '"web"'],
  ])('%j', (format, want) => {
    expect(exec(format)).toBe(want);
  });
});

const rows = [
  { ID: 'x7k2m9p4q1w8', Name: 'web', Image: 'nginx:1.27', Label: goMethod(['string'], (k: string) => (k === 'tier' ? 'front' : '')) },
  { ID: 'a1b2c3d4e5f6', Name: 'db-primary', Image: 'postgres:16', Label: goMethod(['string'], () => '') },
];
const opts = { headers: { ID: 'ID', Name: 'NAME', Image: 'IMAGE' }, typeName: '*formatter.serviceContext' };

function render(format: string): string {
  const out = renderFormat(format, rows, opts);
  return typeof out === 'string' ? out : `ERROR ${out.message}`;
}

describe('renderFormat (formatter.go Context.Write)', () => {
  it('prints one line per row for a raw template', () => {
    expect(render('{{.Name}}')).toBe('web\ndb-primary\n');
  });

  it('turns a typed \\t into a tab without aligning columns', () => {
    expect(render('{{.ID}}\\t{{.Name}}')).toBe('x7k2m9p4q1w8\tweb\na1b2c3d4e5f6\tdb-primary\n');
  });

  it('aligns a table and adds the header row', () => {
    expect(render('table {{.Name}}\\t{{.Image}}')).toBe(
      'NAME         IMAGE\nweb          nginx:1.27\ndb-primary   postgres:16\n',
    );
  });

  it('keeps header names intact through docker functions (HeaderFunctions)', () => {
    expect(render('table {{upper .Name}}\\t{{truncate .Image 5}}')).toBe('NAME         IMAGE\nWEB          nginx\nDB-PRIMARY   postg\n');
  });

  it('pads the header too (pad is not replaced)', () => {
    expect(render('table {{pad .Name 1 1}}|')).toBe(' NAME |\n web |\n db-primary |\n');
  });

  it('keeps the part of the header written before it fails', () => {
    expect(render('table {{.Name}}\\t{{.Label "tier"}}')).toBe('NAME         \nweb          front\ndb-primary   \n');
  });

  it('prints the header alone when there are no rows', () => {
    expect(renderFormat('table {{.Name}}\\t{{.Image}}', [], opts)).toBe('NAME      IMAGE\n');
  });

  it('prints one compact JSON object per row for json, keys sorted and HTML escaped', () => {
    const out = renderFormat('json', [{ Name: 'a<b', Image: 'x' }], opts);
    expect(out).toBe('{"Image":"x","Name":"a\\u003cb"}\n');
    expect(renderFormat('{{json .}}', [{ Name: 'a<b', Image: 'x' }], opts)).toBe(out);
  });

  it('wraps a template that does not parse', () => {
    expect(render('table {{.Name')).toBe('ERROR template parsing error: template: :1: unclosed action');
  });

  it('wraps a template that fails on a row, and prints nothing', () => {
    expect(render('table {{.Name}}\\t{{.Nope}}')).toBe(
      'ERROR template parsing error: template: :1:12: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.serviceContext',
    );
  });

  it.each([
    ['table', ''],
    ['json', '{{json .}}'],
    ['table {{.ID}}\\t{{.Name}}', '{{.ID}}\t{{.Name}}'],
    ['  {{.ID}}\\n  ', '{{.ID}}\n'],
    ['tablefoo {{.ID}}', 'foo {{.ID}}'],
  ])('templateString(%j)', (format, want) => {
    expect(templateString(format)).toBe(want);
  });
});
