docker service create --name teste_discovery_search alpine
notty
