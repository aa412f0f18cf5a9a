// What secrets and configs share in swarmkit's control API (manager/controlapi/secret.go,
// config.go, common.go validateConfigOrSecretAnnotations): the name rule, the size bound, the
// name conflict, label-only updates and the in-use refusal on removal. secret.ts and config.ts
// give each kind its own limit and words.

import type { DecideContext } from '../context.js';
import type { DataEvent, DataKind } from '../data-events.js';
import { ClusterError } from '../errors.js';
import type { ClusterState, DataObject, ServiceSpec } from '../model.js';

const NAME = /^[a-zA-Z0-9]+(?:[a-zA-Z0-9-_.]*[a-zA-Z0-9])?$/;
// Control characters in labels would reach teammates' terminals through `inspect`.
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/;

/** DataRequest is a new secret's or config's spec. */
export interface DataRequest {
  name: string;
  labels: Record<string, string>;
  data: string;
}

/** DataRules are what differ between secrets and configs. */
export interface DataRules {
  kind: DataKind;
  /** maxBytes is swarmkit's exclusive upper bound on the data (MaxSecretSize, MaxConfigSize). */
  maxBytes: number;
  /** refs picks the references of this kind out of a service spec. */
  refs(spec: ServiceSpec): readonly { id: string }[];
}

function invalid(desc: string): ClusterError {
  return new ClusterError('invalid-argument', `rpc error: code = InvalidArgument desc = ${desc}`);
}

/** utf8Length is the byte length of text as UTF-8, the unit of swarmkit's size limits. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** dataObjects lists a cluster's secrets or configs without touching the state. */
export function dataObjects(state: Readonly<ClusterState>, kind: DataKind): DataObject[] {
  return Object.values((kind === 'secret' ? state.secrets : state.configs) ?? {});
}

function validate(rules: DataRules, req: DataRequest): void {
  if (req.name === '') throw invalid('name must be provided');
  if (req.name.length > 64 || !NAME.test(req.name)) {
    throw invalid('invalid name, only 64 [a-zA-Z0-9-_.] characters allowed, and the start and end character must be [a-zA-Z0-9]');
  }
  const size = utf8Length(req.data);
  if (size >= rules.maxBytes || size < 1) throw invalid(`${rules.kind} data must be larger than 0 and less than ${rules.maxBytes} bytes`);
  if (Object.entries(req.labels).flat().some((t) => CONTROL.test(t))) {
    throw new ClusterError('invalid-argument', 'swarmlab: control characters are not allowed in labels: other students would see them');
  }
}

/** createDataObject validates and names a new secret or config (names are unique, case-sensitively, per kind). */
export function createDataObject(state: ClusterState, ctx: DecideContext, rules: DataRules, req: DataRequest): DataEvent[] {
  if (!state.swarm) throw new ClusterError('failed-precondition', 'This node is not part of a swarm');
  validate(rules, req);
  if (dataObjects(state, rules.kind).some((o) => o.name === req.name)) {
    throw new ClusterError('already-exists', `rpc error: code = AlreadyExists desc = ${rules.kind} ${req.name} already exists`);
  }
  const object: DataObject = {
    id: ctx.entropy.swarmId(), name: req.name, labels: { ...req.labels }, data: req.data, createdAt: ctx.now, updatedAt: ctx.now, version: 1,
  };
  return [rules.kind === 'secret' ? { type: 'SecretCreated', data: { object } } : { type: 'ConfigCreated', data: { object } }];
}

/** updateDataObject changes labels only; any other change is refused as UpdateSecret/UpdateConfig refuse it. */
export function updateDataObject(state: ClusterState, ctx: DecideContext, rules: DataRules, id: string, req: DataRequest): DataEvent[] {
  const object = dataStoreView(state, rules.kind)[id];
  if (!object) throw new ClusterError('not-found', `rpc error: code = NotFound desc = ${rules.kind} ${id} not found`);
  if (object.name !== req.name || object.data !== req.data) throw invalid('only updates to Labels are allowed');
  validate(rules, req);
  const data = { at: ctx.now, id, labels: { ...req.labels } };
  return [rules.kind === 'secret' ? { type: 'SecretUpdated', data } : { type: 'ConfigUpdated', data }];
}

/** removeDataObject deletes a secret or config no service references. */
export function removeDataObject(state: ClusterState, ctx: DecideContext, rules: DataRules, id: string): DataEvent[] {
  const object = dataStoreView(state, rules.kind)[id];
  if (!object) throw new ClusterError('not-found', `rpc error: code = NotFound desc = could not find ${rules.kind} ${id}`);
  const users = Object.values(state.services).filter((s) => rules.refs(s.spec).some((r) => r.id === id)).map((s) => s.spec.name);
  if (users.length > 0) {
    const noun = users.length === 1 ? 'service' : 'services';
    throw invalid(`${rules.kind} '${object.name}' is in use by the following ${noun}: ${users.join(', ')}`);
  }
  const data = { at: ctx.now, id };
  return [rules.kind === 'secret' ? { type: 'SecretRemoved', data } : { type: 'ConfigRemoved', data }];
}

function dataStoreView(state: Readonly<ClusterState>, kind: DataKind): Readonly<Record<string, DataObject>> {
  return (kind === 'secret' ? state.secrets : state.configs) ?? {};
}

/** checkReferences is validate*RefsSpec then check*Existence for one kind, in swarmkit's order. */
export function checkReferences(state: Readonly<ClusterState>, rules: DataRules, refs: readonly { id: string; name: string; target: string }[]): void {
  const targets = new Map<string, string>();
  for (const ref of refs) {
    if (ref.id === '' || ref.name === '') throw invalid(`malformed ${rules.kind} reference`);
    if (ref.target === '') throw invalid(`malformed file ${rules.kind} reference, invalid target file name provided`);
    const previous = targets.get(ref.target);
    if (previous !== undefined) throw invalid(`${rules.kind} references '${previous}' and '${ref.name}' have a conflicting target: '${ref.target}'`);
    targets.set(ref.target, ref.name);
  }
  const store = dataStoreView(state, rules.kind);
  const failed = refs.filter((r) => store[r.id]?.name !== r.name).map((r) => r.name);
  if (failed.length > 0) throw invalid(`${rules.kind}${failed.length === 1 ? '' : 's'} not found: ${failed.join(', ')}`);
}
