docker service create --network nosuch alpine
notty
