docker service scale teste_discovery_search=3
notty
