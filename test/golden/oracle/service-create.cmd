docker service create --name teste_discovery_search --network minha_rede_overlay --replicas 2 alpine sleep 50m
notty
