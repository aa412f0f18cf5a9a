docker service create
notty
