docker service create -p
notty
