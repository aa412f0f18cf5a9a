docker service rm teste_discovery_search
notty
