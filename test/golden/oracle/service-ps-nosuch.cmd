docker service ps nosuch
notty
