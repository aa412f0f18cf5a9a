docker service inspect --pretty teste_discovery_search
notty
