docker service scale
notty
