// A compose file and its neighbours for stack command tests.
import { docker, FakeCluster } from '../harness.js';

/** COMPOSE is a two-service stack with a network, a secret and a config. */
export const COMPOSE = `version: "3.8"
services:
  web:
    image: nginx:1.27
    ports:
      - "8080:80"
    deploy:
      replicas: 2
      placement:
        constraints: [node.role == worker]
    secrets: [db_pw]
    configs:
      - source: site
        target: /etc/nginx/conf.d/site.conf
    networks: [front, back]
  db:
    image: redis
    command: redis-server --appendonly yes
    environment:
      REDIS_ARGS: --save 60 1
    networks: [back]
networks:
  front:
  back:
secrets:
  db_pw:
    file: ./pw.txt
configs:
  site:
    file: site.conf
`;

/** FILES are the user's files on manager1. */
export const FILES: Record<string, string> = { 'docker-compose.yml': COMPOSE, 'pw.txt': 's3cret\n', 'site.conf': 'server {}\n' };

/** deployed returns a classroom where stack `app` was deployed and has settled. */
export async function deployed(): Promise<FakeCluster> {
  const cluster = FakeCluster.classroom();
  const result = await docker(cluster, 'manager1', 'stack deploy -c docker-compose.yml app', { files: FILES });
  if (result.exitCode !== 0) throw new Error(result.stderr);
  cluster.advance(60_000);
  return cluster;
}
