docker service ps
notty
