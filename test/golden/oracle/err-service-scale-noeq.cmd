docker service scale web
notty
