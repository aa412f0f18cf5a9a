docker service
notty
