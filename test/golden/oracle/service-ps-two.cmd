docker service ps teste_discovery_search d1
notty
