docker service ps --no-trunc teste_discovery_search
notty
