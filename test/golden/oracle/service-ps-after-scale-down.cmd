docker service ps teste_discovery_search
notty
