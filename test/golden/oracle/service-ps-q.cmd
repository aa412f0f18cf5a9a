docker service ps -q teste_discovery_search
notty
