docker service create --replicas
notty
