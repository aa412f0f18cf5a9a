docker service create --replicas abc alpine
notty
